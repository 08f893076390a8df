// @ts-check
/**
 * The one HTTP policy of the site: content types, what gets compressed, caching, security headers,
 * the Content-Security-Policy and CORS. Three servers read it and must agree:
 *   - scripts/serve.mjs (the local preview server) calls `headersFor` on every response;
 *   - src/build/deploy-config.ts renders it at build into `dist/_headers` (Netlify / Cloudflare
 *     Pages) and an nginx server block (`<outDir>-deploy/nginx-site.conf`).
 * Plain JavaScript (checked by tsc through @ts-check) so that serve.mjs can import it without a build.
 * Why each header is what it is: docs/deploy.md.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** MIME type by extension (without the dot); nginx gets the same map as its `types` block. */
export const TYPES = /** @type {const} */ ({
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  txt: 'text/plain',
  xml: 'application/xml',
  woff2: 'font/woff2',
});
/** Types that are text in UTF-8: sent with `; charset=utf-8` (nginx `charset_types`). */
export const UTF8_TYPES = ['text/html', 'text/css', 'text/javascript', 'application/json', 'text/csv', 'image/svg+xml', 'text/plain', 'application/xml'];

/** The extensions worth compressing (precompress.ts writes .br/.gz copies of these); images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml']);

/** `Content-Type` for a file name's extension (with its dot, e.g. '.html'). @param {string} ext */
export function contentType(ext) {
  const type = /** @type {Record<string, string>} */ (TYPES)[ext.replace(/^\./, '')];
  if (!type) return 'application/octet-stream';
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Caching. Only files whose name carries a hash of their content may be kept for a year: Vite's
 * `/_astro/*` bundles (a new build gives a changed file a new name). Everything else (pages,
 * /embed.js whose URL other sites hold, data downloads, share cards versioned by `?v=`) is
 * revalidated on every use, cheaply, with ETag / Last-Modified and 304.
 */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
/** Path patterns (_headers syntax) of the content-hashed files. */
export const HASHED_PATHS = ['/_astro/*'];

/** sha256 CSP source of a string, e.g. `'sha256-…'`. @param {string} text */
export const sha256Source = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline `<script>` bodies a browser executes (classic or module; not JSON/data blocks) and
 * the inline `<style>` bodies of one HTML document, as CSP hash sources.
 * @param {string} html
 */
export function inlineHashes(html) {
  /** @type {Set<string>} */ const scripts = new Set();
  /** @type {Set<string>} */ const styles = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // data block: never run
    scripts.add(sha256Source(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(sha256Source(m[1] ?? ''));
  return { scripts, styles };
}

/**
 * The hashes of every inline script and style in the built site (one policy for all pages: a
 * header per page would make the nginx and _headers files as long as the site).
 * @param {string} dir the build folder
 * @returns {Promise<{ scripts: string[], styles: string[] }>} sorted, so the output is stable
 */
export async function siteHashes(dir) {
  const scripts = new Set();
  const styles = new Set();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const found = inlineHashes(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    for (const s of found.scripts) scripts.add(s);
    for (const s of found.styles) styles.add(s);
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * The Content-Security-Policy. Scripts: our own files and exactly the inline scripts of the build.
 * Styles: Astro inlines every stylesheet as `<style>`, allowed by hash (style-src-elem); the
 * markup also carries `style="…"` attributes (CSS custom properties per mark, SVG from the build),
 * which hashes cannot name without 'unsafe-hashes' for each, so attributes get 'unsafe-inline'
 * (style-src-attr). `style-src` is the fallback for browsers without the CSP3 -elem/-attr split.
 * No fonts, images or connections leave the origin. `frame-ancestors` decides who may frame us.
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @param {string} frameAncestors
 */
export function contentSecurityPolicy(hashes, frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' ${hashes.styles.join(' ')}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * @typedef {{ path: string, headers: Record<string, string>, hostDefault?: string[] }} Rule
 * `path` is a _headers pattern: exact (`/`) or a prefix ending in `*`. Rules apply in order and a
 * later rule's header replaces an earlier one's (Netlify's rule). Only Content-Security-Policy is
 * set by two rules that can match one path, and there Cloudflare Pages' rule (join with a comma =
 * enforce both policies) gives the same result: the stricter frame-ancestors of the story page.
 * `hostDefault` lists headers left out of _headers because the static hosts already send them
 * and repeating them would be joined with the hashed rule's value on Cloudflare Pages.
 */

/**
 * The rules. Every response: nosniff, a referrer policy, CORS for everyone (a public static site
 * without cookies: a sandboxed embed has an opaque origin, so each of its module chunks, JSON
 * fetches and images is a cross-origin request), the CSP allowing framing from anywhere (embeds,
 * and the 404 page, which also shows inside embed frames). The story page itself may only be
 * framed by us. Hashed files are cached for a year.
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @returns {Rule[]}
 */
export function rules(hashes) {
  const story = { 'Content-Security-Policy': contentSecurityPolicy(hashes, "'self'") };
  return [
    {
      path: '/*',
      headers: {
        'Cache-Control': CACHE_REVALIDATE,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Content-Security-Policy': contentSecurityPolicy(hashes, '*'),
      },
      hostDefault: ['Cache-Control'],
    },
    ...HASHED_PATHS.map((path) => ({ path, headers: { 'Cache-Control': CACHE_HASHED } })),
    { path: '/', headers: story },
    { path: '/index.html', headers: story },
  ];
}

/**
 * Whether a _headers pattern matches a URL path.
 * @param {string} pattern
 * @param {string} path
 */
export const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/**
 * The headers for a URL path (of a 200 answer; a 404 answer takes those of '/404.html', as nginx's
 * `error_page` does).
 * @param {Rule[]} ruleList
 * @param {string} path
 */
export function headersFor(ruleList, path) {
  /** @type {Record<string, string>} */ const out = {};
  for (const rule of ruleList) if (matches(rule.path, path)) Object.assign(out, rule.headers);
  return out;
}
