// @ts-check
/**
 * WebKit driver: Debian's WebKitGTK (MiniBrowser, GTK3) through WebKitWebDriver, classic
 * WebDriver via webdriverio. MiniBrowser has no headless mode, so each run gets its own Xvfb
 * display. The driver refuses BiDi, so `wdio:enforceWebDriverClassic` is set.
 *
 * Console errors: classic WebDriver has no log, and MiniBrowser's console-to-stdout setting is
 * not applied to automation sessions (tried), so a recorder is installed in each document after
 * it loads (window "error", "unhandledrejection", console.error). Errors thrown while the page
 * loads are not seen this way; the checks catch those by requiring the engine to have booted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { remote } from 'webdriverio';
import { launch, startXvfb, stop, waitForHttp } from './processes.mjs';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * In-page recorder (runs in the page; self-contained): installs itself once per document; with
 * `take`, returns the errors so far and clears them.
 * @param {boolean} [take]
 */
function recorder(take = true) {
  const w = /** @type {Window & { __engineErrors?: string[] }} */ (window);
  if (!w.__engineErrors) {
    const errors = /** @type {string[]} */ ([]);
    w.__engineErrors = errors;
    // "ResizeObserver loop completed with undelivered notifications" is the ResizeObserver spec's
    // own notice that it deferred observations to the next frame: WebKit fires it as an error event
    // with no error object, and it is not a script failure. Every other error counts.
    window.addEventListener('error', (event) => {
      if (!event.error && /^ResizeObserver loop/.test(event.message)) return;
      errors.push(`uncaught: ${event.message}`);
    });
    window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
    const original = console.error.bind(console);
    console.error = (...args) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return take ? w.__engineErrors.splice(0) : [];
}

/**
 * A script that makes sure the document has a recorder, then runs `fn` with the call's
 * arguments: one round trip, and a frame that got a new document is covered from the next call.
 * @param {Function} fn
 */
const withRecorder = (fn) => `(${recorder.toString()})(false); return (${fn.toString()}).apply(null, arguments);`;

/**
 * @param {{ port: number }} options WebKitWebDriver's port
 * @returns {Promise<import('./driver').Driver>}
 */
export async function launchWebKit({ port }) {
  if (!existsSync(MINIBROWSER)) throw new Error(`MiniBrowser not found at ${MINIBROWSER} (apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH)`);
  const x = await startXvfb();
  const driver = launch('WebKitWebDriver', [`--port=${port}`, '--host=local'], { env: { ...process.env, DISPLAY: x.display } });
  const cleanup = async () => {
    await stop(driver);
    await stop(x.child);
  };
  try {
    await new Promise((resolve, reject) => {
      driver.once('error', (error) => reject(new Error(`WebKitWebDriver could not start: ${error.message} (apt-get install webkit2gtk-driver)`)));
      waitForHttp(port, '/status').then(resolve, reject);
    });
    // Without a display the new-session request hangs silently: bound it.
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const browser = await Promise.race([
      remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        connectionRetryCount: 0,
        connectionRetryTimeout: 150_000, // per request: a whole walk is one script; new session is bounded below
        capabilities: /** @type {any} */ ({
          browserName: 'MiniBrowser',
          // --full-screen hides MiniBrowser's toolbar: the window is then all viewport, and can be
          // as narrow as a phone (with the toolbar GTK keeps the window at least 447 px wide).
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
          'wdio:enforceWebDriverClassic': true,
        }),
      }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('WebKitWebDriver new session timed out after 30 s')), 30_000);
      }),
    ]).finally(() => clearTimeout(timer));
    // A walk through every passage runs in one script (checks.mjs): allow it more than the default 30 s.
    await browser.setTimeout({ script: 140_000 });
    const printed = spawnSync(MINIBROWSER, ['--version'], { env: { ...process.env, DISPLAY: x.display }, encoding: 'utf8', timeout: 10_000 });
    const version = (printed.stdout || '').trim() || `MiniBrowser (${String(await browser.execute(() => navigator.userAgent))})`;
    /** Frames whose documents got a recorder, to collect from them too. */
    const frames = new Set();

    /** @param {string} selector */
    const enterFrame = async (selector) => {
      await browser.switchFrame(await browser.$(selector));
    };

    return {
      engine: 'webkit',
      version,
      async open(url) {
        frames.clear();
        await browser.url('about:blank');
        await browser.url(url);
        await browser.execute(recorder, false);
      },
      async resize(width, height) {
        // setWindowSize sets the outer window: correct by whatever the browser's own chrome takes.
        /** @type {{ width: number, height: number }} */
        let inner = { width: 0, height: 0 };
        let outer = { width, height };
        for (let attempt = 0; attempt < 3; attempt++) {
          await browser.setWindowSize(outer.width, outer.height);
          inner = await browser.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));
          if (inner.width === width && inner.height === height) break;
          outer = { width: outer.width + width - inner.width, height: outer.height + height - inner.height };
        }
        return inner;
      },
      run: (fn, ...args) => /** @type {Promise<any>} */ (browser.execute(withRecorder(fn), ...args)),
      async runInFrame(selector, fn, ...args) {
        await enterFrame(selector);
        frames.add(selector);
        try {
          return /** @type {any} */ (await browser.execute(withRecorder(fn), ...args));
        } finally {
          await browser.switchFrame(null);
        }
      },
      async takeErrors() {
        const all = /** @type {string[]} */ (await browser.execute(recorder));
        for (const selector of frames) {
          try {
            await enterFrame(selector);
            all.push(...(/** @type {string[]} */ (await browser.execute(recorder))).map((e) => `${selector}: ${e}`));
          } catch {
            // The frame is gone (a new document): nothing more to read from it.
          } finally {
            await browser.switchFrame(null).catch(() => {});
          }
        }
        return all;
      },
      async close() {
        await browser.deleteSession().catch(() => {});
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
