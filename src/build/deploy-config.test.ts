import { describe, expect, it } from 'vitest';
import { contentType, headersFor, inlineHashes, rules, sha256Source } from './header-policy.mjs';
import { headersForLocation, renderHeadersFile, renderNginxSite } from './deploy-config';

const hashes = { scripts: [sha256Source('run()')], styles: [sha256Source('p{}')] };
const policy = rules(hashes);

describe('header policy', () => {
  it('hashes the inline scripts a browser runs and every inline style, not data blocks or external scripts', () => {
    const html = `<script>run()</script><script type="module">go()</script><script type="application/json">{"a":1}</script>
      <script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{}</style>`;
    const found = inlineHashes(html);
    expect([...found.scripts].sort()).toEqual([sha256Source('run()'), sha256Source('go()')].sort());
    expect([...found.styles]).toEqual([sha256Source('p{}')]);
    // The value a browser computes for `<script>run()</script>` (base64 of sha256 of the UTF-8 text).
    expect(sha256Source('run()')).toBe("'sha256-AvyuiL0SD1mVY3NNxR+V2uo+lhk6RMFrytWmRt6CrJQ='"); // computed independently (Python hashlib)
  });

  it('lets only the story page refuse framing; hashed files alone are immutable', () => {
    expect(headersFor(policy, '/')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headersFor(policy, '/index.html')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    for (const path of ['/embed/kherson/', '/share/kherson/', '/404.html', '/_astro/a.js']) {
      expect(headersFor(policy, path)['Content-Security-Policy'], path).toContain('frame-ancestors *');
    }
    expect(headersFor(policy, '/_astro/a.B1c2.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/embed.js', '/data/x.json', '/share/kherson/card.png']) {
      expect(headersFor(policy, path)['Cache-Control'], path).toBe('no-cache');
    }
    expect(headersFor(policy, '/data/x.csv')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('allows exactly the hashed inline scripts and nothing from elsewhere', () => {
    const csp = headersFor(policy, '/')['Content-Security-Policy']!;
    expect(csp).toContain(`script-src 'self' ${hashes.scripts[0]};`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/https?:|\bdata:/);
    expect(csp).toContain("object-src 'none'");
  });

  it('types text as UTF-8', () => {
    expect(contentType('.html')).toBe('text/html; charset=utf-8');
    expect(contentType('.png')).toBe('image/png');
    expect(contentType('.exe')).toBe('application/octet-stream');
  });
});

describe('generated server config', () => {
  it('_headers: only Content-Security-Policy is set by two rules that can match one path', () => {
    const file = renderHeadersFile(policy);
    const blocks = file.split(/\n(?=\/)/).filter((b) => b.startsWith('/'));
    const setBy = new Map<string, string[]>();
    for (const block of blocks) {
      const [path, ...lines] = block.trim().split('\n');
      for (const line of lines.filter((l) => !l.trim().startsWith('#'))) {
        const name = line.trim().split(':')[0]!;
        setBy.set(name, [...(setBy.get(name) ?? []), path!]);
      }
    }
    expect(setBy.get('Cache-Control')).toEqual(['/_astro/*']); // pages: the hosts' own default revalidates
    expect(setBy.get('Content-Security-Policy')).toEqual(['/*', '/', '/index.html']);
    expect(file).not.toContain("Cache-Control: no-cache\n");
  });

  it('nginx: each location carries the whole header set of its paths, with `always`', () => {
    const conf = renderNginxSite(policy, { root: '/srv/site', listen: '8080' });
    expect(conf).toContain('brotli_static on;');
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('absolute_redirect off;');
    const location = (head: string) => conf.slice(conf.indexOf(`${head} {`), conf.indexOf('}', conf.indexOf(`${head} {`)));
    expect(location('location /')).toContain('frame-ancestors *');
    expect(location('location /')).toContain('add_header Cache-Control "no-cache" always;');
    expect(location('location = /')).toContain("frame-ancestors 'self'");
    expect(location('location ^~ /_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location('location ^~ /_astro/')).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(headersForLocation(policy, '/*')).toEqual(headersFor(policy, '/embed/x/'));
  });
});
