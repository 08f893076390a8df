#!/usr/bin/env node
// @ts-check
/**
 * The LOCAL PREVIEW server for the built site (npm start, Playwright, the benchmark). Production
 * runs nginx or a static host with the config the build generates: docs/deploy.md.
 *
 *   node scripts/serve.mjs [dir=dist] [port=4321] [host=127.0.0.1] [--no-csp]
 *
 * Serves index.html for folders, 404.html with status 404 for anything unknown, never anything
 * outside `dir`, GET and HEAD only. The build's precompressed copy (`<file>.br`, then `.gz`, from
 * src/build/precompress.ts) when the browser accepts it, else gzip on the fly. Headers (caching,
 * CSP with the build's inline-script hashes, CORS, nosniff…) come from src/build/header-policy.mjs,
 * the module nginx's config and `_headers` are generated from. `--no-csp` leaves out the CSP, for
 * test fixtures that play someone else's site.
 *
 * Hardening: a malformed request target answers 400 and never throws; files are streamed with
 * stream.pipeline, so a client hanging up closes the file; redirects are built from the path of the
 * folder found, so they never leave the origin; without `dir/index.html` it refuses to start.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE, contentType, headersFor, rules, siteHashes } from '../src/build/header-policy.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const csp = !process.argv.includes('--no-csp');
const root = resolve(args[0] ?? 'dist');
const port = Number(args[1] ?? process.env.PORT ?? 4321);
const host = args[2] ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve.mjs: ${join(root, 'index.html')} does not exist. Build the site first (npx astro build), or name the build folder.`);
  process.exit(2);
}
const policy = rules(await siteHashes(root));
/** @param {string} path @returns {Record<string, string | number>} */
const policyHeaders = (path) => {
  const headers = headersFor(policy, path);
  if (!csp) delete headers['Content-Security-Policy'];
  return headers;
};

/**
 * The URL path of a request target, decoded, or null when the target is malformed: not a path
 * (`//host…` is a network-path reference, the trick behind open redirects), bad percent-encoding,
 * encoded or raw slashes/backslashes that are not separators, NUL or control characters.
 */
function pathOf(target = '') {
  let raw = target.split(/[?#]/, 1)[0] ?? '';
  if (/^https?:\/\//i.test(raw)) {
    // absolute-form (proxies send it): keep its path when it parses
    try {
      raw = new URL(raw).pathname;
    } catch {
      return null;
    }
  }
  if (!raw.startsWith('/') || raw.startsWith('//') || /%(2f|5c)|\\/i.test(raw)) return null;
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\0-\x1f\x7f]/.test(path)) return null;
  return path.replace(/\/{2,}/g, '/'); // empty segments, as nginx's merge_slashes
}

/**
 * The file for a decoded path: { file } or { redirect } (a folder without its slash) or null.
 * @param {string} path
 * @returns {Promise<{ file: string } | { redirect: string } | null>}
 */
async function find(path) {
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const s = await stat(full);
    if (s.isFile()) return { file: full };
    if (!s.isDirectory() || !(await stat(join(full, 'index.html'))).isFile()) return null;
    if (path.endsWith('/')) return { file: join(full, 'index.html') };
    // Built from the folder's place under root, never from the request: always a path on this origin.
    const segments = relative(root, full).split(sep).filter(Boolean).map(encodeURIComponent);
    return { redirect: `/${segments.map((s) => `${s}/`).join('')}` };
  } catch {
    return null;
  }
}

/** The encodings the request accepts (q > 0), e.g. "gzip, deflate, br;q=0.9" → {gzip, deflate, br}. */
function accepted(header = '') {
  const names = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/**
 * Whether the request's validators match the representation (RFC 9110 §13.1.2: If-None-Match first).
 * @param {import('node:http').IncomingMessage} req @param {string} etag @param {number} mtime
 */
function notModified(req, etag, mtime) {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(ims) && Math.floor(mtime / 1000) * 1000 <= ims;
}

/**
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {string} path @param {number} status @param {Record<string, string | number>} headers
 */
async function send(req, res, path, status, headers) {
  const ext = extname(path);
  headers['Content-Type'] = contentType(ext);
  let body = path;
  let gzipNow = false;
  if (COMPRESSIBLE.has(ext)) {
    headers['Vary'] = 'Accept-Encoding';
    const accepts = accepted(req.headers['accept-encoding']);
    const copy = /** @type {const} */ ([['br', '.br'], ['gzip', '.gz']]).find(([name, suffix]) => accepts.has(name) && existsSync(path + suffix));
    if (copy) {
      headers['Content-Encoding'] = copy[0];
      body = path + copy[1];
    } else if (accepts.has('gzip')) {
      headers['Content-Encoding'] = 'gzip';
      gzipNow = true;
    }
  }
  const file = await open(body); // opened before any header is sent: a vanished file is a 404, not a broken answer
  let streaming = false;
  try {
    const s = await file.stat();
    // One validator per representation: the copy sent (identity, .br, .gz, gzipped now).
    const etag = `${gzipNow ? 'W/' : ''}"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}${gzipNow ? '-gz' : ''}"`;
    headers['Last-Modified'] = s.mtime.toUTCString();
    if (status === 200) headers['ETag'] = etag;
    if (status === 200 && notModified(req, etag, s.mtimeMs)) {
      delete headers['Content-Encoding'];
      res.writeHead(304, headers).end();
      return;
    }
    if (!gzipNow) headers['Content-Length'] = s.size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    streaming = true;
    const stream = file.createReadStream(); // closes the file when it ends or is destroyed
    /** @param {NodeJS.ErrnoException | null} err */
    const done = (err) => {
      if (err) res.destroy(); // client gone or read error: pipeline has destroyed (and closed) the streams
    };
    if (gzipNow) pipeline(stream, createGzip(), res, done);
    else pipeline(stream, res, done);
  } finally {
    if (!streaming) await file.close();
  }
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = pathOf(req.url);
  if (path === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('Bad request\n');
    return;
  }
  const found = path.split('/').includes('_headers') ? null : await find(path); // the static hosts' config file is not content
  if (found && 'redirect' in found) {
    const query = /\?[\x21-\x7e]*$/.exec(req.url ?? '')?.[0] ?? ''; // kept only when plain ASCII
    res.writeHead(301, { ...policyHeaders(path), Location: found.redirect + query }).end();
    return;
  }
  if (found && 'file' in found) return send(req, res, found.file, 200, policyHeaders(path));
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(req, res, notFound, 404, policyHeaders('/404.html'));
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    // Anything unexpected (a file removed mid-request…) ends this answer, never the process.
    if (!res.headersSent) res.writeHead(err?.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    else res.destroy();
  });
});
server.on('error', (err) => {
  console.error(`serve.mjs: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port; // port 0: the system picks a free one
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/ (local preview server; production: docs/deploy.md)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
