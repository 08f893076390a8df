/**
 * House typography, self-hosted: Source Serif 4 (text) and Source Sans 3 (heads, labels, charts),
 * both SIL Open Font License 1.1, from the pinned Fontsource npm packages. After the build, each
 * face is cut down to the characters the built pages and scripts actually contain (harfbuzz, via
 * the pinned `subset-font`; no network) and written as WOFF2 to dist/fonts/, keeping every
 * OpenType feature (tabular figures for charts: `font-variant-numeric: tabular-nums`).
 *
 * The @font-face rules are in src/styles/base.css (URLs = FONT_DIR + file below) with
 * metric-matched local fallbacks, so text does not move if a web font arrives late.
 * Budget: all faces together <= 80 kB (e2e/budgets.spec.ts; docs/performance.md).
 * Runs before precompress (woff2 is compressed already, so it gets no .br/.gz copy).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { filesUnder } from './precompress';

/** Where the faces are served from (and written to, under the build's outDir). */
export const FONT_DIR = '/fonts/';

export interface Face {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** npm package and file inside it. */
  from: string;
  /** File name under FONT_DIR. */
  file: string;
  /** Preloaded by Base.astro: used above the fold. */
  preload: boolean;
}

export const FACES: readonly Face[] = [
  { family: 'Source Serif 4', weight: 400, style: 'normal', from: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', file: 'source-serif-4-400.woff2', preload: true },
  { family: 'Source Serif 4', weight: 400, style: 'italic', from: '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', file: 'source-serif-4-400-italic.woff2', preload: false },
  { family: 'Source Sans 3', weight: 400, style: 'normal', from: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2', file: 'source-sans-3-400.woff2', preload: true },
  { family: 'Source Sans 3', weight: 700, style: 'normal', from: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2', file: 'source-sans-3-700.woff2', preload: true },
];

/** Every character in the built text files (HTML and scripts); printable ASCII always. */
export async function charactersUsed(dir: string): Promise<string> {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for await (const path of filesUnder(dir)) {
    if (!['.html', '.js'].includes(extname(path))) continue;
    for (const ch of await readFile(path, 'utf8')) chars.add(ch);
  }
  return [...chars].sort().join('');
}

export interface FontReport {
  file: string;
  before: number;
  after: number;
}

/** Writes every face, subset to `text`, into `<dir>/fonts/`. */
export async function writeFaces(dir: string, text: string): Promise<FontReport[]> {
  const require = createRequire(import.meta.url);
  const out = join(dir, FONT_DIR);
  await mkdir(out, { recursive: true });
  return Promise.all(
    FACES.map(async (face) => {
      const original = await readFile(require.resolve(face.from));
      const subset = await subsetFont(original, text, { targetFormat: 'woff2' });
      await writeFile(join(out, face.file), subset);
      return { file: face.file, before: original.length, after: subset.length };
    }),
  );
}

export default function fonts(): AstroIntegration {
  return {
    name: 'fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = Date.now();
        const text = await charactersUsed(root);
        const report = await writeFaces(root, text);
        const total = report.reduce((s, r) => s + r.after, 0);
        logger.info(`${report.length} faces, ${text.length} characters: ${report.map((r) => `${r.file} ${(r.after / 1000).toFixed(1)} kB`).join(', ')}; ${(total / 1000).toFixed(1)} kB in all, ${Date.now() - started} ms`);
      },
    },
  };
}
