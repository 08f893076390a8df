/**
 * Production server config, written at build from the one header policy (header-policy.mjs) and
 * the inline-script hashes of this very build, so nginx, static hosts and scripts/serve.mjs agree:
 *   - `<outDir>/_headers`                      Netlify / Cloudflare Pages (they read it, never serve it)
 *   - `<outDir>-deploy/nginx-site.conf`        an nginx `server {}` block for Debian's nginx with
 *                                              libnginx-mod-http-brotli-static (outside the web root:
 *                                              nginx must not serve its own config)
 * DEPLOY_ROOT (default: the absolute build folder) and DEPLOY_LISTEN (default 80) set nginx's
 * `root` and `listen` for the machine it will run on. How to deploy: docs/deploy.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TYPES, UTF8_TYPES, headersFor, rules, siteHashes, type Rule } from './header-policy.mjs';

const GENERATED = 'Generated at build by src/build/deploy-config.ts from src/build/header-policy.mjs. Do not edit: rebuild.';

/** The `_headers` file: one block per rule, in order. */
export function renderHeadersFile(ruleList: Rule[]): string {
  const lines = [`# ${GENERATED}`, '# Rules apply in order; docs/deploy.md explains each header.', ''];
  for (const rule of ruleList) {
    lines.push(rule.path);
    for (const [name, value] of Object.entries(rule.headers)) {
      if (rule.hostDefault?.includes(name)) {
        lines.push(`  # ${name}: ${value} (left to the host, whose default is to revalidate)`);
        continue;
      }
      lines.push(`  ${name}: ${value}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** nginx `location` for a _headers pattern: exact match, or a prefix that wins over regexes. */
function locationOf(pattern: string): string {
  if (pattern === '/*') return 'location /';
  if (pattern.endsWith('*')) return `location ^~ ${pattern.slice(0, -1)}`;
  return `location = ${pattern}`;
}

/**
 * The headers of every path an nginx location serves: for an exact location, the rules matching
 * that path; for a prefix location, only the prefix rules that cover the whole prefix (an exact
 * rule such as `/` must not leak into `location /`).
 */
export function headersForLocation(ruleList: Rule[], pattern: string): Record<string, string> {
  if (!pattern.endsWith('*')) return headersFor(ruleList, pattern);
  const prefix = pattern.slice(0, -1);
  return headersFor(
    ruleList.filter((r) => r.path.endsWith('*') && prefix.startsWith(r.path.slice(0, -1))),
    prefix,
  );
}

/** nginx quoting for a header value (CSP values hold single quotes and semicolons). */
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The nginx server block. `add_header` is not inherited into a location that has its own, so each
 * location carries the full merged set for its paths (headersFor on the pattern), with `always` so
 * 404s get them too. A 404 is answered by an internal redirect to /404.html, which takes the
 * headers of `location /` (revalidated, framing allowed: it shows inside embed frames too).
 */
export function renderNginxSite(ruleList: Rule[], options: { root: string; listen: string }): string {
  const types = Object.entries(
    Object.entries(TYPES).reduce<Record<string, string[]>>((acc, [ext, type]) => ((acc[type] ??= []).push(ext), acc), {}),
  ).map(([type, exts]) => `        ${type} ${exts.join(' ')};`);
  const locations = ruleList.map((rule) => {
    const headers = Object.entries(headersForLocation(ruleList, rule.path)).map(([n, v]) => `        add_header ${n} ${quote(v)} always;`);
    return [`    ${locationOf(rule.path)} {`, ...headers, '    }'].join('\n');
  });
  return `# ${GENERATED}
# Needs Debian's nginx with libnginx-mod-http-brotli-static (brotli_static); include this file
# inside http {} (e.g. /etc/nginx/sites-enabled/). docs/deploy.md says how.
server {
    listen ${options.listen};
    server_name _;
    root ${options.root};
    index index.html;

    server_tokens off;
    # Redirects (a folder without its slash) say only the path: never another host or port.
    absolute_redirect off;

    # Content types as scripts/serve.mjs sends them (header-policy.mjs TYPES).
    types {
${types.join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${UTF8_TYPES.filter((t) => t !== 'text/html').join(' ')}; # text/html is always included

    # The build wrote .br and .gz copies beside every text file over 1 kB (precompress.ts).
    brotli_static on;
    gzip_static on;
    gzip_vary on;

    error_page 404 /404.html;
    # The static hosts' config file is not content.
    location = /_headers { return 404; }

${locations.join('\n\n')}
}
`;
}

/** The integration: runs after the share cards (which rewrite share pages) and before precompression. */
export default function deployConfig(): AstroIntegration {
  return {
    name: 'deploy-config',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const hashes = await siteHashes(out);
        const ruleList = rules(hashes);
        const deployDir = process.env.DEPLOY_DIR ?? join(dirname(out), `${basename(out)}-deploy`);
        await mkdir(deployDir, { recursive: true });
        await writeFile(join(out, '_headers'), renderHeadersFile(ruleList));
        const site = renderNginxSite(ruleList, { root: process.env.DEPLOY_ROOT ?? out, listen: process.env.DEPLOY_LISTEN ?? '80' });
        await writeFile(join(deployDir, 'nginx-site.conf'), site);
        logger.info(`_headers and ${join(deployDir, 'nginx-site.conf')} (CSP: ${hashes.scripts.length} inline scripts, ${hashes.styles.length} inline styles by hash)`);
      },
    },
  };
}
