// @ts-check
/**
 * Benchmark plumbing: build the site into its own folder, serve it on loopback with
 * scripts/serve.mjs (killed by pid, never by name), launch Debian's Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

import { CHROME, CHROME_FLAGS } from '../chromium.mjs';

export { CHROME, CHROME_FLAGS };

/**
 * Loose data: the bench report, a Lighthouse result, CDP events and what page scripts return. Left
 * untyped on purpose (it is read and printed, not built on).
 * @typedef {any} Json
 */

/** @param {Buffer | string} bytes */
export const gz9 = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** @param {unknown[]} xs @returns {number | null} */
export const median = (xs) => {
  const v = /** @type {number[]} */ (xs.filter((x) => typeof x === 'number' && Number.isFinite(x))).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? /** @type {number} */ (v[mid]) : (/** @type {number} */ (v[mid - 1]) + /** @type {number} */ (v[mid])) / 2;
};

/** @param {string} outDir @param {string} cacheDir */
export function build(outDir, cacheDir) {
  const started = Date.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`astro build failed (exit ${result.status})`);
  }
  return { seconds: (Date.now() - started) / 1000 };
}

/** Starts `node scripts/serve.mjs <dir> <port>` directly (so its pid is the server's own). */
/** @param {string} dir @param {number} port */
export async function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`scripts/serve.mjs exited early (port ${port} in use?)`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop() {
      if (!exited) child.kill('SIGTERM');
    },
  };
}

export function launch() {
  return chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
}

/** Every file of the build with its size, for the report (what exists, not what we assume). */
/** @param {string} dir */
export function builtFiles(dir) {
  /** @type {{ path: string, bytes: number }[]} */
  const out = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      // A precompressed copy (src/build/precompress.ts) is an encoding of its file, not a file.
      else if (/\.(br|gz)$/.test(name) && existsSync(path.slice(0, -3))) continue;
      else out.push({ path: path.slice(dir.length).replace(/\\/g, '/'), bytes: st.size });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Visual folders in src/visuals and whether each has a client.ts. */
export function visualFolders() {
  const dir = 'src/visuals';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'meta.ts')))
    .map((name) => ({ name, client: existsSync(join(dir, name, 'client.ts')) }));
}
