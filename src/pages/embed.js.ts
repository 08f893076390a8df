/**
 * Serves /embed.js, the loader host pages include (source: src/embed/loader.ts). Bundled and
 * minified with esbuild (Vite's own dependency) at build time, with the story's chapter ids and
 * headlines baked in, so the loader is one small self-contained classic script.
 */
import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { getStory } from '../lib/story';

export const GET: APIRoute = async () => {
  const { story, meta } = await getStory();
  const chapters = Object.fromEntries(story.chapters.map((c) => [c.slug, c.headline]));
  const result = await build({
    // Astro builds from the project root; import.meta.url would point into the build output.
    entryPoints: [resolve(process.cwd(), 'src/embed/loader.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
    define: {
      __CHAPTERS__: JSON.stringify(chapters),
      __STORY_TITLE__: JSON.stringify(meta.title),
    },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('embed.js: esbuild produced no output for src/embed/loader.ts');
  return new Response(`/* Mixed messages — embed loader. Docs: docs/embeds.md */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
