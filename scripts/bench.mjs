#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: measures the built site the same way every time (issue 8).
 *
 *   1. builds the site into dist-bench/ (its own folder and Astro cache);
 *   2. serves it on 127.0.0.1:4338 with scripts/serve.mjs (gzip on; stopped at the end);
 *   3. in headless Debian Chromium, measures the story page and the first chapter's embed page:
 *      bytes per type and requests (first view, and after scrolling through); what each visual
 *      costs; time from navigation to each visual's first render; smoothness of a steady scroll
 *      at phone (360x740) and desktop (1280x800) sizes; Lighthouse (mobile preset), median of runs;
 *   4. prints tables and the targets' verdicts, writes reports/bench.json and the generated block
 *      of docs/performance.md.
 *
 * Options: --no-build (reuse dist-bench/), --dir DIR (measure an existing build in DIR, no build), --lh-runs N (3), --smooth-runs N (3), --visual-runs N (3),
 *          --speed PX_PER_S (1500), --cpu-throttle N (1: phone run without CPU slowdown),
 *          --only bytes,visuals,smooth,lighthouse (subset), --port N (4338), --no-doc,
 *          --quick (1 Lighthouse run and 1 load per visual: for trying a change, not for quoting).
 * Environment: CHROME_PATH (default /usr/bin/chromium).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { build, builtFiles, launch, median, serve, visualFolders } from './bench/site.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { smoothness } from './bench/smooth.mjs';
import { visualRenderTimes } from './bench/visuals.mjs';
import { printReport, writeDoc } from './bench/report.mjs';

const args = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => args.includes(`--${name}`);
/** @param {string} name @param {string | number} fallback */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const OUT_DIR = String(option('dir', 'dist-bench'));
const quick = flag('quick');
const options = {
  build: !flag('no-build') && !args.includes('--dir'),
  lhRuns: Number(option('lh-runs', quick ? 1 : 3)),
  smoothRuns: Number(option('smooth-runs', quick ? 1 : 3)),
  visualRuns: Number(option('visual-runs', quick ? 1 : 3)),
  speed: Number(option('speed', 1500)),
  cpuThrottle: Number(option('cpu-throttle', 1)),
  port: Number(option('port', 4338)),
  only: new Set(String(option('only', 'bytes,visuals,smooth,lighthouse')).split(',')),
  doc: !flag('no-doc'),
};

const started = Date.now();
/** @param {string} msg */
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
/** @param {string} cmd */
const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** @type {import('./bench/site.mjs').Json} the report (reports/bench.json) */
const result = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: git('rev-parse --short HEAD'),
  dirty: git('status --porcelain --untracked-files=no -- src content public astro.config.mjs package.json') !== '',
  host: { cpus: cpus().length, load: loadavg() },
  options: { ...options, only: [...options.only] },
};

/** @type {Awaited<ReturnType<typeof serve>> | null} */
let server = null;
/** @type {import('playwright-core').Browser | null} */
let browser = null;
const stop = () => {
  server?.stop();
  server = null;
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

try {
  if (options.build) {
    log(`building into ${OUT_DIR}/`);
    result.build = build(OUT_DIR, 'node_modules/.astro-bench');
  }
  result.files = builtFiles(OUT_DIR);
  result.visualFolders = visualFolders();
  server = await serve(OUT_DIR, options.port);
  const base = server.url;
  browser = await launch();
  result.chromium = browser.version();

  // Which pages: the story, and the embed page of its first chapter if the build has one.
  const probeContext = await browser.newContext();
  const probe = await probeContext.newPage();
  await probe.goto(`${base}/`);
  const firstChapter = await probe.evaluate(() => document.querySelector('section.chapter')?.id ?? null);
  await probeContext.close();
  const embedPath = firstChapter ? `/embed/${firstChapter}/` : null;
  const embedStatus = embedPath ? (await fetch(`${base}${embedPath}`)).status : null;
  const embedOk = embedStatus === 200;
  const embedMissing = !firstChapter ? 'the story page has no chapters' : `${embedPath} is not in the build (HTTP ${embedStatus})`;
  log(embedOk ? `pages: / and ${embedPath}` : `pages: / only (${embedMissing})`);

  let chunks = { entry: {}, owners: {} };
  if (options.only.has('bytes')) {
    log('bytes and requests: story page');
    result.pages = { story: await measureBytes(browser, base, '/', { visuals: true }) };
    chunks = result.pages.story.chunks;
    log(embedOk ? `bytes and requests: ${embedPath}` : 'bytes: embed page skipped');
    result.pages.embed = embedOk && embedPath ? await measureBytes(browser, base, embedPath) : { skipped: embedMissing };
  }
  if (options.only.has('visuals')) {
    log(`time to each visual's first render (${options.visualRuns} runs each)`);
    result.visualTimes = await visualRenderTimes(browser, base, chunks, { runs: options.visualRuns });
  }
  if (options.only.has('smooth')) {
    result.smoothness = {};
    for (const [name, viewport, mobile, cpuThrottle] of /** @type {const} */ ([
      ['phone', { width: 360, height: 740 }, true, options.cpuThrottle],
      ['desktop', { width: 1280, height: 800 }, false, 1],
    ])) {
      log(`smoothness: ${name} ${viewport.width}x${viewport.height}, ${options.smoothRuns} run(s) at ${options.speed} px/s`);
      result.smoothness[name] = await smoothness(browser, base, '/', { viewport, mobile, speed: options.speed, cpuThrottle }, options.smoothRuns);
    }
  }
  await browser.close();
  browser = null;
  if (options.only.has('lighthouse')) {
    result.lighthouse = {};
    log(`Lighthouse: story page, ${options.lhRuns} runs`);
    result.lighthouse.story = await lighthouse(`${base}/`, 'reports/lighthouse/story.json', options.lhRuns, median);
    if (embedOk) {
      log(`Lighthouse: ${embedPath}, ${options.lhRuns} runs`);
      result.lighthouse.embed = await lighthouse(`${base}${embedPath}`, 'reports/lighthouse/embed.json', options.lhRuns, median);
    }
    result.lighthouseVersion = '12.2.3';
  }
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  stop();
}
if (process.exitCode) process.exit(process.exitCode);

result.seconds = (Date.now() - started) / 1000;
mkdirSync('reports', { recursive: true });
for (const page of Object.values(result.pages ?? {})) for (const f of page.files ?? []) delete f.text;
writeFileSync('reports/bench.json', `${JSON.stringify(result, null, 2)}\n`);
printReport(result);
if (options.doc && options.only.size === 4) writeDoc('docs/performance.md', result);
log(`wrote reports/bench.json${options.doc && options.only.size === 4 ? ' and docs/performance.md' : ''}`);
