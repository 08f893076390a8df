/**
 * Precompression: after the build, every text file worth compressing gets a Brotli (`.br`,
 * quality 11) and a gzip (`.gz`, level 9) copy beside it, so a server can send the smallest
 * encoding the browser accepts without compressing on each request (scripts/serve.mjs does;
 * nginx `brotli_static`/`gzip_static`, Netlify and Cloudflare Pages do the same).
 *
 * Why Brotli matters here: the story page repeats its map and debate drawings in several
 * chapters, far apart in the file. gzip's 32 kB window cannot see those repeats; Brotli's
 * window (4 MB here) can, so the story page travels at less than half the gzip size.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { COMPRESSIBLE } from './header-policy.mjs';

/** The extensions worth compressing: one list for the build and the servers (header-policy.mjs). */
export { COMPRESSIBLE };
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

/** Both encodings of one file's bytes. */
export async function compress(bytes: Buffer): Promise<Compressed> {
  const [b, g] = await Promise.all([
    br(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: 22,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gz(bytes, { level: 9 }),
  ]);
  return { br: b, gz: g };
}

/** Every file below `dir`, depth first (also used to version the share cards' URLs). */
export async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export interface PrecompressReport {
  files: number;
  raw: number;
  br: number;
  gz: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` for each compressible file of at least MIN_BYTES under
 * `dir`, each only where it is smaller than the file itself. Stale copies are overwritten.
 */
export async function precompressDir(dir: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, raw: 0, br: 0, gz: 0 };
  const work: Promise<void>[] = [];
  for await (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    if ((await stat(path)).size < MIN_BYTES) continue;
    work.push(
      (async () => {
        const bytes = await readFile(path);
        const out = await compress(bytes);
        report.files += 1;
        report.raw += bytes.length;
        for (const kind of ['br', 'gz'] as const) {
          const body = out[kind];
          if (body.length >= bytes.length) continue;
          await writeFile(`${path}.${kind}`, body);
          report[kind] += body.length;
        }
      })(),
    );
  }
  await Promise.all(work); // zlib runs these on libuv's thread pool
  return report;
}

/** The integration: runs last, after every other integration has written its files. */
export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const r = await precompressDir(fileURLToPath(dir));
        const kB = (n: number) => `${Math.round(n / 1000)} kB`;
        logger.info(`${r.files} files, ${kB(r.raw)} → brotli ${kB(r.br)}, gzip ${kB(r.gz)} in ${Date.now() - started} ms`);
      },
    },
  };
}
