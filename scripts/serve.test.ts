/**
 * Abuse tests for the local preview server (scripts/serve.mjs), run as a real process on a port the
 * system picks, on a small site written to a temporary folder: the request targets that used to
 * end the process, the open redirect, aborted downloads (open files counted in /proc/<pid>/fd), a
 * load run (autocannon), validators and 304s, caching and security headers, and refusing to start
 * without a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Source } from '../src/build/header-policy.mjs';
import { get as probeGet, raw as probeRaw } from './http-probe';

// SERVE_UNDER_TEST runs these tests against another copy (e.g. an older serve.mjs, to see them fail).
const SERVE = process.env.SERVE_UNDER_TEST ?? join(import.meta.dirname, 'serve.mjs');
const INLINE = "document.documentElement.classList.add('js');";
const PAGE = `<!doctype html><title>t</title><style>p{color:red}</style><script>${INLINE}</script><p>${'story '.repeat(3000)}</p>`;

let site: string;
let server: ChildProcess;
let base: string;

/** Starts serve.mjs on port 0; resolves with its URL once it says where it listens. */
function start(dir: string, ...flags: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVE, dir, '0', '127.0.0.1', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
  });
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => probeGet(base, path, headers, method);
const raw = (target: string) => probeRaw(base, target);

const alive = () => server.exitCode === null && server.signalCode === null;
const openFiles = () => readdirSync(`/proc/${server.pid}/fd`).length;

/** Polls until the server's open-file count is back to `limit` or below (sockets close asynchronously). */
async function settleFiles(limit: number, ms = 5000): Promise<number> {
  const until = Date.now() + ms;
  let n = openFiles();
  while (n > limit && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    n = openFiles();
  }
  return n;
}

/** Starts a download and hangs up as soon as the first bytes arrive. */
function abortedDownload(path: string, encoding: string): Promise<void> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${encoding}\r\n\r\n`),
    );
    socket.once('data', () => socket.destroy());
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-test-'));
  for (const dir of ['_astro', 'share/kherson', 'embed/kherson']) mkdirSync(join(site, dir), { recursive: true });
  writeFileSync(join(site, 'index.html'), PAGE);
  writeFileSync(join(site, 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title><h1>Not found</h1>');
  writeFileSync(join(site, 'share/kherson/index.html'), '<!doctype html><title>share</title>');
  writeFileSync(join(site, 'embed/kherson/index.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(site, '_astro/app.D3adB33f.js'), 'export const x = 1;\n'.repeat(200));
  writeFileSync(join(site, '_headers'), '/*\n  X-Test: 1\n');
  writeFileSync(join(site, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 7)); // far more than socket buffers hold
  writeFileSync(join(site, 'big.txt'), 'word '.repeat(2 * 1024 * 1024)); // gzipped on the fly
  const started = await start(site);
  server = started.child;
  base = started.url;
}, 20_000);

afterAll(() => {
  server?.kill();
  rmSync(site, { recursive: true, force: true });
});

describe('serve.mjs under abuse', () => {
  it.each(['//%', '//a:b', '//[', '//%ZZ', 'http://[', '//evil.com%2F..%2Fembed/kherson'])(
    'answers 400 to the malformed target %s and stays up',
    async (target) => {
      expect((await raw(target)).status).toBe(400);
      expect(alive()).toBe(true);
      expect((await get('/')).status).toBe(200);
    },
  );

  it.each(['/.//share/kherson', '/./share//kherson', '/share/./kherson', '/%2e/share/kherson', '/embed/../share/kherson'])(
    'redirects %s only to a path on this origin',
    async (target) => {
      const { status, location } = await raw(target);
      expect(status).toBe(301);
      expect(location).toBe('/share/kherson/');
    },
  );

  it('keeps the query on a folder redirect without letting it change the origin', async () => {
    expect(await raw('/share/kherson?u=//evil.com')).toEqual({ status: 301, location: '/share/kherson/?u=//evil.com' });
    expect((await raw('http://evil.com//share/kherson')).status).toBe(400);
    expect((await raw('/\\evil.com/share/kherson')).status).toBe(400);
  });

  it('never serves outside its folder, nor the static hosts’ _headers file', async () => {
    for (const target of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/_headers']) {
      expect((await raw(target)).status, target).toBeGreaterThanOrEqual(400);
    }
    expect(alive()).toBe(true);
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('closes the file of each of 300 aborted downloads (open files in /proc/<pid>/fd)', async () => {
    await get('/big.bin'); // warm up
    const before = await settleFiles(0, 500);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => abortedDownload(i % 2 ? '/big.bin' : '/big.txt', i % 2 ? 'identity' : 'gzip')),
      );
    }
    expect(alive()).toBe(true);
    expect(await settleFiles(before)).toBeLessThanOrEqual(before);
    expect((await get('/')).status).toBe(200);
  }, 30_000);

  it('serves 200 connections for 4 s without an error, and lets go of them afterwards', async () => {
    const before = await settleFiles(0, 500);
    const result = await autocannon({ url: `${base}/`, connections: 200, duration: 4, headers: { 'accept-encoding': 'br, gzip' } });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(200);
    expect(alive()).toBe(true);
    expect(await settleFiles(before)).toBeLessThanOrEqual(before);
  }, 30_000);
});

describe('serve.mjs caching and headers', () => {
  it('keeps hashed assets a year and makes pages revalidate', async () => {
    expect((await get('/_astro/app.D3adB33f.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/share/kherson/')).headers['cache-control']).toBe('no-cache');
    const missing = await get('/_astro/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache'); // a 404 is never cached for a year
  });

  it('answers 304 to If-None-Match and If-Modified-Since, per encoding', async () => {
    for (const encoding of ['br', 'identity']) {
      const first = await get('/', { 'accept-encoding': encoding });
      expect(first.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
      expect(first.headers['last-modified']).toBeTruthy();
      const byTag = await get('/', { 'accept-encoding': encoding, 'if-none-match': first.headers.etag! });
      expect(byTag.status).toBe(304);
      expect(byTag.body.length).toBe(0);
      expect(byTag.headers['cache-control']).toBe('no-cache');
      expect((await get('/', { 'accept-encoding': encoding, 'if-modified-since': first.headers['last-modified']! })).status).toBe(304);
      expect((await get('/', { 'accept-encoding': encoding, 'if-none-match': '"other"' })).status).toBe(200);
    }
    const br = await get('/', { 'accept-encoding': 'br' });
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(br.headers.etag).not.toBe(plain.headers.etag); // two representations, two validators
  });

  it('sends the precompressed Brotli copy, or gzips on the fly, with Vary', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    expect((await get('/', { 'accept-encoding': 'identity' })).body.toString()).toBe(PAGE);
  });

  it('sends nosniff, a referrer policy, CORS for everyone, and a CSP with the inline script’s hash', async () => {
    for (const path of ['/', '/_astro/app.D3adB33f.js', '/embed/kherson/', '/nope']) {
      const { headers } = await get(path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['access-control-allow-origin'], path).toBe('*');
      expect(headers['content-security-policy'], path).toContain(`script-src 'self' ${sha256Source(INLINE)}`);
      expect(headers['content-security-policy'], path).toContain(sha256Source('p{color:red}'));
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
    expect((await get('/')).headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect((await get('/embed/kherson/')).headers['content-security-policy']).toContain('frame-ancestors *');
    expect((await get('/nope')).headers['content-security-policy']).toContain('frame-ancestors *'); // the 404 shows inside embed frames
  });

  it('leaves the CSP out with --no-csp (test fixtures that play another site)', async () => {
    const other = await start(site, '--no-csp');
    try {
      const res = await fetch(`${other.url}/`);
      expect(res.headers.get('content-security-policy')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      other.child.kill();
    }
  });
});

describe('serve.mjs without a build', () => {
  it('refuses to start, says why and exits non-zero', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'));
    try {
      const child = spawn(process.execPath, [SERVE, empty, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).not.toBe(0);
      expect(err).toMatch(/index\.html does not exist.*Build the site first/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
