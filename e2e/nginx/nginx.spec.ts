/**
 * The nginx suite's HTTP checks (playwright.nginx.config.ts): Debian's nginx runs the build with
 * the server block the build generated (scripts/nginx-serve.mjs). Encodings, caching, security
 * headers, CORS, the 404 page, redirects — and every policy header equal to what
 * src/build/header-policy.mjs gives for that path, i.e. what scripts/serve.mjs sends.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFor, rules, siteHashes } from '../../src/build/header-policy.mjs';
import { get, raw } from '../../scripts/http-probe';

const DIST = resolve(process.env.OUT_DIR ?? 'dist');
const ASSET = `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js') && readdirSync(join(DIST, '_astro')).includes(`${f}.br`))}`; // one with precompressed copies

test.describe('nginx with the generated config', () => {
  test('sends the Brotli copy, the gzip copy or the file itself, as asked, with Vary', async ({ baseURL }) => {
    for (const path of ['/', '/embed/kherson/', '/embed.js', ASSET, '/data/debate.json']) {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      for (const [accept, encoding, suffix] of [['br, gzip', 'br', '.br'], ['gzip', 'gzip', '.gz'], ['identity', undefined, '']] as const) {
        const res = await get(baseURL!, path, { 'Accept-Encoding': accept });
        expect(res.status, `${path} ${accept}`).toBe(200);
        expect(res.headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
        expect(res.body.equals(readFileSync(file + suffix)), `${path} ${accept}: the build's own bytes`).toBe(true);
        expect(res.headers.vary, `${path} ${accept}`).toMatch(/Accept-Encoding/i);
      }
    }
  });

  test('caches hashed files a year, revalidates the rest, and answers 304', async ({ baseURL }) => {
    expect((await get(baseURL!, ASSET)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/embed/kherson/', '/share/kherson/', '/embed.js', '/data/debate.json', '/share/kherson/card.png']) {
      expect((await get(baseURL!, path)).headers['cache-control'], path).toBe('no-cache');
    }
    for (const path of ['/', ASSET]) {
      const first = await get(baseURL!, path, { 'Accept-Encoding': 'br' });
      expect(first.headers.etag, path).toBeTruthy();
      expect(first.headers['last-modified'], path).toBeTruthy();
      expect((await get(baseURL!, path, { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag! })).status, path).toBe(304);
      expect((await get(baseURL!, path, { 'Accept-Encoding': 'br', 'If-Modified-Since': first.headers['last-modified']! })).status, path).toBe(304);
    }
    const missing = await get(baseURL!, '/_astro/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache'); // never a year-long 404
  });

  test('sends the same policy headers as scripts/serve.mjs (header-policy.mjs), on every kind of answer', async ({ baseURL }) => {
    const policy = rules(await siteHashes(DIST));
    for (const [path, policyPath, status] of [
      ['/', '/', 200],
      ['/index.html', '/index.html', 200],
      ['/embed/kherson/', '/embed/kherson/', 200],
      ['/share/kherson/', '/share/kherson/', 200],
      [ASSET, ASSET, 200],
      ['/embed.js', '/embed.js', 200],
      ['/data/debate-voices.csv', '/data/debate-voices.csv', 200],
      ['/no/such/page', '/404.html', 404],
      ['/embed/no-such-chapter/', '/404.html', 404],
    ] as const) {
      const res = await get(baseURL!, path);
      expect(res.status, path).toBe(status);
      for (const [name, value] of Object.entries(headersFor(policy, policyPath))) {
        expect(res.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
      }
      expect(res.headers['x-frame-options'], path).toBeUndefined();
    }
    const story = (await get(baseURL!, '/')).headers['content-security-policy'];
    expect(story).toContain("frame-ancestors 'self'");
    expect(story).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect((await get(baseURL!, '/embed/kherson/')).headers['content-security-policy']).toContain('frame-ancestors *');
  });

  test('sends each file type with its content type', async ({ baseURL }) => {
    const types: Record<string, string> = {
      '/': 'text/html; charset=utf-8',
      [ASSET]: 'text/javascript; charset=utf-8',
      '/data/debate.json': 'application/json; charset=utf-8',
      '/data/debate-voices.csv': 'text/csv; charset=utf-8',
      '/favicon.svg': 'image/svg+xml; charset=utf-8',
      '/share/kherson/card.png': 'image/png',
    };
    for (const [path, type] of Object.entries(types)) expect((await get(baseURL!, path)).headers['content-type'], path).toBe(type);
  });

  test('answers unknown addresses with the 404 page, and never serves config files', async ({ baseURL }) => {
    const page404 = readFileSync(join(DIST, '404.html'));
    for (const path of ['/no/such/page', '/_headers', '/nginx-site.conf', '/../dist-deploy/nginx-site.conf']) {
      const res = await get(baseURL!, path, { 'Accept-Encoding': 'identity' });
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.body.equals(page404), path).toBe(true);
    }
    expect(statSync(join(DIST, '_headers')).isFile()).toBe(true); // it is in the build, for static hosts, just not served
  });

  test('redirects folders to their slash on this origin only, and shrugs off malformed targets', async ({ baseURL }) => {
    expect(await raw(baseURL!, '/share/kherson')).toEqual({ status: 301, location: '/share/kherson/' });
    expect(await raw(baseURL!, '/.//share/kherson')).toEqual({ status: 301, location: '/share/kherson/' });
    for (const target of ['//%', '//a:b', '//[', '//%ZZ', 'http://[', '//evil.com%2F..%2Fembed/kherson']) {
      const { status, location } = await raw(baseURL!, target);
      expect(status, target).toBeGreaterThanOrEqual(301);
      expect(status, target).toBeLessThan(500);
      if (location !== null) expect(location, target).toMatch(/^\/(?![/\\])/);
    }
    expect((await get(baseURL!, '/')).status).toBe(200);
  });
});
