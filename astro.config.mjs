// @ts-check
import { defineConfig } from 'astro/config';
import shareCards from './src/share/integration.ts';
import precompress from './src/build/precompress.ts';
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
  // Draws the 1200×630 share cards (/share/**/card.png) after the pages are built, then writes
  // .br and .gz copies of every text file for the server to send (src/build/precompress.ts).
  // fonts() cuts the self-hosted faces down to the characters the pages use (src/build/fonts.ts).
  integrations: [shareCards(), fonts(), precompress()],
  build: { inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 0 } },
});
