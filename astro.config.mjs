// @ts-check
import { defineConfig } from 'astro/config';
import precompress from './src/build/precompress.ts';
import deployConfig from './src/build/deploy-config.ts';
import validateData from './src/build/validate-data.ts';
import fonts from './src/build/fonts.ts';

// One configurable origin for every absolute URL (social cards, og:url, embed snippets).
// SITE_ORIGIN overrides it at build time; the default is the local preview server.
const site = process.env.SITE_ORIGIN ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  // OUT_DIR lets parallel builds (benchmarks, helpers) write to their own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  // validateData checks every file in content/data/ against its schema before anything renders;
  // fonts() cuts the self-hosted faces down to the characters the pages use (src/build/fonts.ts);
  // deployConfig writes dist/_headers and the nginx server block with this build's CSP hashes
  // (src/build/deploy-config.ts); then precompress writes .br and .gz copies of every text file
  // for the server to send (src/build/precompress.ts).
  integrations: [validateData(), fonts(), deployConfig(), precompress()],
  build: { inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 0 } },
});
