/**
 * Global setup of the WordPress suite: real WordPress 6.5 (WordPress Playground's CLI, PHP 8.3
 * in WebAssembly, from this folder's own node_modules: nothing is downloaded) and the built
 * story served on the origin it was built for (SITE_ORIGIN, read from the build's canonical
 * link). One boot serves every check. WordPress gets, by blueprint:
 *   - a must-use plugin that lets it fetch oEmbed from our loopback port (WordPress only fetches
 *     from ports 80, 443 and 8080 and refuses loopback hosts by default);
 *   - posts made as an editor would: a chapter's share link pasted on its own line, the same in
 *     an embed block, every chapter in one post, and the story's own link with a #chapter.
 * Sets WP_URL, SITE_URL and WP_CHAPTERS for the tests; returns the teardown.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const HERE = import.meta.dirname;
const BUILDS = join(HERE, 'node_modules/@wp-playground/wordpress-builds');
const CLI = join(HERE, 'node_modules/.bin/wp-playground-cli');
const WP_VERSION = '6.5';
const POSTS = ['chapter-link', 'chapter-block', 'every-chapter', 'story-link'];

function siteOf(outDir: string): URL {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const m = /<link rel="canonical" href="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error(`${outDir}/index.html has no canonical link: build the site first (npx astro build)`);
  const site = new URL(m[1]);
  if (site.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(site.hostname) || !site.port) {
    throw new Error(`the WordPress suite serves the build on its own origin, which must be http://localhost:<port> or http://127.0.0.1:<port>; it was built for ${site.origin} (SITE_ORIGIN)`);
  }
  return site;
}

function chaptersOf(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<section class="chapter[^"]*" id="([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

/** WordPress's files: the release zip, plus the static files it lacks (emoji script, fonts…). */
function wordpressFolder(): string {
  if (!existsSync(CLI)) throw new Error('WordPress Playground is not installed: npm ci --prefix e2e-wordpress');
  const dir = mkdtempSync(join(tmpdir(), 'mm-wordpress-'));
  execFileSync('unzip', ['-q', join(BUILDS, `src/wordpress/wp-${WP_VERSION}.zip`), '-d', dir]);
  execFileSync('cp', ['-rn', join(BUILDS, `public/wp-${WP_VERSION}`) + '/.', dir]);
  return dir;
}

function blueprint(site: URL, chapters: string[]): object {
  const share = (slug: string) => new URL(`share/${slug}/`, site).href;
  const [first = '', second = first] = chapters;
  const posts = [
    { name: 'chapter-link', title: 'A chapter pasted as a link', content: `An editor pasted a chapter's link on its own line.\n\n${share(first)}\n\nThe article goes on.` },
    {
      name: 'chapter-block',
      title: 'A chapter in an embed block',
      content: `<!-- wp:embed {"url":"${share(second)}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${share(second)}\n</div></figure>\n<!-- /wp:embed -->`,
    },
    { name: 'every-chapter', title: 'Every chapter', content: chapters.map(share).join('\n\n') },
    { name: 'story-link', title: 'The story with a #chapter', content: `\n${new URL(`#${first}`, site).href}\n` },
  ];
  const php = [
    "<?php require '/wordpress/wp-load.php';",
    ...posts.map((p) => `wp_insert_post(${phpArray({ post_name: p.name, post_title: p.title, post_content: p.content, post_status: 'publish' })});`),
  ].join('\n');
  const plugin = [
    '<?php',
    '// Test only: let WordPress fetch oEmbed from the story served on a loopback test port;',
    '// no cron (its loopback request would wait on the one PHP worker).',
    "if (!defined('DISABLE_WP_CRON')) define('DISABLE_WP_CRON', true);",
    `add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${Number(site.port)}; return $ports; });`,
    "add_filter('http_request_host_is_external', function ($external, $host) { return $external || in_array($host, array('localhost', '127.0.0.1'), true); }, 10, 2);",
  ].join('\n');
  return {
    preferredVersions: { php: '8.3', wp: WP_VERSION },
    steps: [
      { step: 'writeFile', path: '/wordpress/wp-content/mu-plugins/mm-test-oembed.php', data: plugin },
      { step: 'runPHP', code: php },
    ],
  };
}

function phpArray(o: Record<string, string>): string {
  const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `array(${Object.entries(o).map(([k, v]) => `${str(k)} => ${str(v)}`).join(', ')})`;
}

function waitFor(child: ChildProcess, pattern: RegExp, what: string, ms: number): Promise<void> {
  return new Promise((done, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start within ${ms / 1000} s:\n${log.slice(-3000)}`)), ms);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (pattern.test(log)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code}) before it was ready:\n${log.slice(-3000)}`));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const outDir = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  const site = siteOf(outDir);
  const chapters = chaptersOf(outDir);
  if (chapters.length === 0) throw new Error(`no chapters found in ${outDir}/index.html`);
  const children: ChildProcess[] = [];
  const folders: string[] = [];
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (!(await answers(new URL('oembed.json', site).href))) {
      const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), outDir, site.port, '127.0.0.1'], { stdio: 'pipe' });
      children.push(server);
      await waitFor(server, /Serving /, 'the story server', 15_000);
    }
    // PORT + 40: clear of Playwright's PORT and PORT + 10, nginx's PORT + 20 and the engines' PORT + 30…32.
    const wpPort = Number(process.env.WP_PORT ?? Number(process.env.PORT ?? 4321) + 40);
    const wordpress = wordpressFolder();
    folders.push(wordpress);
    const blueprintFile = join(wordpress, '..', `${wordpress.split('/').pop()}-blueprint.json`);
    writeFileSync(blueprintFile, JSON.stringify(blueprint(site, chapters)));
    folders.push(blueprintFile);
    const wp = spawn(
      CLI,
      ['server', `--port=${wpPort}`, `--mount-before-install=${wordpress}:/wordpress`, '--wordpress-install-mode=install-from-existing-files', `--blueprint=${blueprintFile}`, '--workers=3'],
      { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
    );
    children.push(wp);
    await waitFor(wp, /Ready!/, 'WordPress Playground', 240_000);
    process.env.WP_URL = `http://127.0.0.1:${wpPort}`;
    // First views: WordPress discovers and fetches our oEmbed once per URL and keeps it (post meta).
    for (const name of POSTS) {
      const started = Date.now();
      const response = await fetch(`${process.env.WP_URL}/?name=${name}`, { signal: AbortSignal.timeout(180_000) });
      await response.text();
      console.log(`WordPress: first view of "${name}" ${response.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    process.env.SITE_URL = site.href;
    process.env.WP_CHAPTERS = chapters.join(',');
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
