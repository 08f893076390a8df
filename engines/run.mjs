#!/usr/bin/env node
// @ts-check
/**
 * Cross-engine smoke suite: the built story in Debian's Firefox ESR (headless, WebDriver BiDi)
 * and WebKitGTK (MiniBrowser under a private Xvfb, classic WebDriver), at a desktop and a phone
 * size. The checks are written once (checks.mjs); firefox.mjs and webkit.mjs are the drivers.
 *
 *   node engines/run.mjs            (npm run test:engines; needs a build in dist/)
 *
 * Env: ENGINES_PORT (default PORT + 30, i.e. 4351 with PORT's default 4321: the build on it, the host
 * page on +1, WebKitWebDriver on +2; clear of Playwright's PORT, PORT + 10, nginx's PORT + 20 and
 * WordPress's PORT + 40, so `npm test` can run the suites side by side),
 * ENGINES=firefox,webkit (which engines), ENGINES_ONLY=<regex> (checks, by "size check"), OUT_DIR (default dist). The engines run in parallel.
 * Writes reports/engines.json (counted by scripts/summary.mjs); exits 1 on any failure,
 * including a browser that is not installed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { checks } from './checks.mjs';
import { launchFirefox } from './firefox.mjs';
import { serve, stopAll } from './processes.mjs';
import { launchWebKit } from './webkit.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? Number(process.env.PORT ?? 4321) + 30);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const ENGINES = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
/** ENGINES_ONLY=<regex>: run only the checks (or sizes) whose "size check" label matches, when debugging. */
const ONLY = new RegExp(process.env.ENGINES_ONLY ?? '');
/** Phone: 390x844 (a current iPhone's CSS viewport); desktop: 1280x800. */
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
/**
 * No single check may hang the suite. Generous: WebKit's desktop walk took 60–130 s on this
 * 2-core machine while it was shared with other jobs (load 22–37); see docs/testing.md.
 */
const CHECK_TIMEOUT = 300_000;

/** @type {Record<string, () => Promise<import('./driver').Driver>>} */
const launchers = {
  firefox: () => launchFirefox(),
  webkit: () => launchWebKit({ port: PORT + 2 }),
};

/** @typedef {{ engine: string, size: string, check: string, ok: boolean, ms: number, error?: string }} Result */

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 */
function within(promise, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/**
 * Every check at every size in one engine; a browser that cannot start is one failed result.
 * @param {string} engine
 * @param {{ site: string, host: string }} origins
 * @param {Record<string, string>} versions
 * @returns {Promise<Result[]>}
 */
async function runEngine(engine, origins, versions) {
  /** @type {Result[]} */
  const results = [];
  const started = Date.now();
  const launcher = launchers[engine];
  /** @type {import('./driver').Driver | null} */
  let driver = null;
  try {
    if (!launcher) throw new Error(`unknown engine "${engine}" (known: ${Object.keys(launchers).join(', ')})`);
    driver = await within(launcher(), 60_000, `starting ${engine}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`[${engine}] FAIL  browser did not start: ${message}`);
    return [{ engine, size: '-', check: 'browser starts', ok: false, ms: Date.now() - started, error: message }];
  }
  versions[engine] = driver.version;
  console.log(`[${engine}] ${driver.version}, started in ${Date.now() - started} ms`);
  try {
    for (const size of SIZES) {
      if (!driver) break;
      const label = `${size.name} ${size.width}x${size.height}`;
      for (const [name, run] of Object.entries(checks)) {
        if (!driver) break;
        if (!ONLY.test(`${size.name} ${name}`)) continue;
        const t0 = Date.now();
        /** @type {Result} */
        let result;
        try {
          const got = await driver.resize(size.width, size.height);
          if (got.width !== size.width || got.height !== size.height) {
            throw new Error(`viewport is ${got.width}x${got.height}, not ${size.width}x${size.height}`);
          }
          await within(run(driver, origins), CHECK_TIMEOUT, name);
          result = { engine, size: label, check: name, ok: true, ms: Date.now() - t0 };
        } catch (error) {
          if (error instanceof Error && error.message.includes('did not finish within')) {
            // The browser may still be busy with the abandoned check: give the next one a fresh one.
            await driver.close().catch(() => {});
            driver = await within(/** @type {() => Promise<import('./driver').Driver>} */ (launcher)(), 60_000, `restarting ${engine}`).catch((e) => {
              results.push({ engine, size: label, check: 'browser restarts after a timeout', ok: false, ms: 0, error: String(e) });
              return null;
            });
          } else {
            await driver.takeErrors().catch(() => []); // start the next check with a clean slate
          }
          result = { engine, size: label, check: name, ok: false, ms: Date.now() - t0, error: error instanceof Error ? error.message : String(error) };
        }
        results.push(result);
        const time = `${(result.ms / 1000).toFixed(1)} s`;
        console.log(`[${engine} ${label}] ${result.ok ? 'ok   ' : 'FAIL '} ${name} (${time})${result.error ? `\n    ${result.error}` : ''}`);
      }
    }
  } finally {
    await driver?.close().catch(() => {});
  }
  return results;
}

async function main() {
  const started = Date.now();
  /** @type {Result[]} */
  let results = [];
  /** @type {Record<string, string>} */
  const versions = {};
  try {
    if (!existsSync(`${OUT_DIR}/index.html`)) throw new Error(`no build in ${OUT_DIR}/ (run \`npm run build\` first)`);
    // The host page plays another site: its inline script must run (as playwright.config.ts serves it).
    const [site, host] = await Promise.all([serve(OUT_DIR, PORT), serve('e2e/fixtures', PORT + 1, ['127.0.0.1', '--no-csp'])]);
    const origins = { site: site.origin, host: host.origin };
    console.log(`Cross-engine smoke: ${ENGINES.join(' + ')} against ${origins.site} (host page ${origins.host})`);
    results = (await Promise.all(ENGINES.map((engine) => runEngine(engine, origins, versions)))).flat();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAIL  the suite could not run: ${message}`);
    results.push({ engine: '-', size: '-', check: 'suite starts', ok: false, ms: Date.now() - started, error: message });
  } finally {
    await stopAll();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const ms = Date.now() - started;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/engines.json', JSON.stringify({ stats: { passed, failed, ms }, versions, results }, null, 2));
  console.log(`\nCross-engine smoke: ${passed} passed, ${failed} failed in ${(ms / 1000).toFixed(1)} s (reports/engines.json)`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

await main();
