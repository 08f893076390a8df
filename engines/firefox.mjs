// @ts-check
/**
 * Firefox driver: Debian's Firefox ESR, headless, over WebDriver BiDi with puppeteer-core
 * (no geckodriver, no X display). Console errors and uncaught exceptions come from the
 * browser's own log (BiDi log.entryAdded), for the page and its frames, from the first script on.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** @returns {Promise<import('./driver').Driver>} */
export async function launchFirefox() {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  // Our own throwaway profile, so it can be removed after the process is killed (below).
  const profile = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
  const launching = puppeteer.launch({
    userDataDir: profile,
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // No update checks, telemetry or remote settings traffic from the test profile.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
  });
  const browser = await launching.catch((error) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  const version = await browser.version();

  return {
    engine: 'firefox',
    version,
    async open(url) {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    async resize(width, height) {
      await page.setViewport({ width, height });
      return page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    },
    // puppeteer's evaluate types are wider than the Driver's; the call is the same.
    run: (fn, ...args) => /** @type {Promise<any>} */ (page.evaluate(/** @type {any} */ (fn), ...args)),
    async runInFrame(selector, fn, ...args) {
      const handle = await page.$(selector);
      const frame = await handle?.contentFrame();
      await handle?.dispose();
      if (!frame) throw new Error(`no frame for ${selector}`);
      return /** @type {Promise<any>} */ (frame.evaluate(/** @type {any} */ (fn), ...args));
    },
    async takeErrors() {
      return errors.splice(0);
    },
    async close() {
      // browser.close() takes 3–5 s in Firefox; ending the process is enough for a throwaway profile.
      const child = browser.process();
      await browser.disconnect().catch(() => {});
      child?.kill('SIGKILL');
      if (child && child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
