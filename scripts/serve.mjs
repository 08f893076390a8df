#!/usr/bin/env node
/**
 * A small static server for the built site: `node scripts/serve.mjs [dir=dist] [port=4321] [host=127.0.0.1]`.
 * Serves index.html for folders, 404.html with status 404 for anything unknown, and never anything
 * outside `dir`. Compression, as a static host does it: the build's precompressed copy
 * (`<file>.br`, then `<file>.gz`, from src/build/precompress.ts) when the browser accepts that
 * encoding, else gzip on the fly. Used by `npm start`, Playwright and the benchmark.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = process.argv[4] ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml']);

function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const index = join(full, 'index.html');
      return statSync(index).isFile() ? { path: index, redirect: !pathname.endsWith('/') } : null;
    }
    return stat.isFile() ? { path: full, redirect: false } : null;
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

function send(req, res, path, status) {
  const ext = extname(path);
  const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' };
  let body = path;
  let gzipNow = false;
  if (COMPRESSIBLE.has(ext)) {
    headers['Vary'] = 'Accept-Encoding';
    const accepts = accepted(req.headers['accept-encoding']);
    const copy = [['br', '.br'], ['gzip', '.gz']].find(([name, suffix]) => accepts.has(name) && existsSync(path + suffix));
    if (copy) {
      headers['Content-Encoding'] = copy[0];
      body = path + copy[1];
      headers['Content-Length'] = statSync(body).size;
    } else if (accepts.has('gzip')) {
      headers['Content-Encoding'] = 'gzip';
      gzipNow = true;
    }
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(body);
  (gzipNow ? stream.pipe(createGzip()) : stream).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = fileFor(url.pathname);
  if (found?.redirect) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (found) return send(req, res, found.path, 200);
  const notFound = join(root, '404.html');
  try {
    statSync(notFound);
    send(req, res, notFound, 404);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
