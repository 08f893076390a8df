#!/usr/bin/env node
// @ts-check
/**
 * Runs Debian's nginx on the built site with the server block the build generated, for the nginx
 * suite (playwright.nginx.config.ts): `node scripts/nginx-serve.mjs <port> [dir=dist]`.
 *
 * Everything nginx writes (pid, logs, temp files) goes to its own temporary prefix; the generated
 * `<dir>-deploy/nginx-site.conf` is used as built, with only its `listen` and `root` lines pointed
 * at 127.0.0.1:<port> and <dir>. Without nginx or its Brotli module it fails loudly: the suite must
 * never pass by not running (.ci/run installs `nginx libnginx-mod-http-brotli-static`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const port = Number(process.argv[2]);
const root = resolve(process.argv[3] ?? 'dist');
const site = join(process.env.DEPLOY_DIR ?? join(dirname(root), `${basename(root)}-deploy`), 'nginx-site.conf');

/** @param {string} message @returns {never} */
const fail = (message) => {
  console.error(`\nnginx suite: ${message}\n`);
  process.exit(1);
};
if (!Number.isInteger(port) || port <= 0) fail('usage: node scripts/nginx-serve.mjs <port> [dir]');
if (!existsSync(NGINX)) fail(`${NGINX} not found. Install Debian's nginx: apt-get install -y nginx libnginx-mod-http-brotli-static`);
if (!existsSync(BROTLI)) fail(`${BROTLI} not found. Install it: apt-get install -y libnginx-mod-http-brotli-static`);
if (!existsSync(join(root, 'index.html'))) fail(`${root}/index.html not found: build the site first (npx astro build)`);
if (!existsSync(site)) fail(`${site} not found: the build writes it (src/build/deploy-config.ts)`);

/**
 * Replaces the one directive line `name …;` of the generated block; it must be there exactly once.
 * @param {string} conf @param {string} name @param {string} value
 */
function point(conf, name, value) {
  const re = new RegExp(`^(\\s*)${name}\\s+[^;]+;`, 'gm');
  const count = conf.match(re)?.length ?? 0;
  if (count !== 1) fail(`${site}: expected one \`${name}\` line, found ${count}`);
  return conf.replace(re, `$1${name} ${value};`);
}

const prefix = mkdtempSync(join(tmpdir(), 'nginx-suite-'));
let conf = readFileSync(site, 'utf8');
conf = point(conf, 'listen', `127.0.0.1:${port}`);
conf = point(conf, 'root', root);
writeFileSync(join(prefix, 'site.conf'), conf);
writeFileSync(
  join(prefix, 'nginx.conf'),
  `# The nginx suite's own main config; the server block is the build's.
load_module ${BROTLI};
${process.getuid?.() === 0 ? '# Workers read the build wherever the clone is (CI runs as root).\nuser root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/site.conf;
}
`,
);

const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf')];
const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
if (check.status !== 0) fail(`nginx -t rejected the generated config:\n${check.stderr}`);

const nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx ${port}: ${root} with ${site}`);
const stop = () => nginx.kill('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
nginx.on('exit', (code, signal) => {
  const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8').trim() : '';
  if (log) console.error(`nginx error.log:\n${log}`);
  rmSync(prefix, { recursive: true, force: true });
  process.exit(signal ? 0 : (code ?? 1));
});
