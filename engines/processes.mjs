// @ts-check
/**
 * The processes the cross-engine suite starts and always stops: our static server (the build
 * under test, and the host fixture on another origin) and an X display for WebKitGTK.
 * Each is started fresh per run and waited for by a condition (its own "ready" output or a
 * port that answers), never by a fixed sleep.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/** @type {Set<import('node:child_process').ChildProcess>} */
const started = new Set();

/** Stops every process this module started (SIGTERM, then SIGKILL after a grace period). */
export async function stopAll() {
  await Promise.all([...started].map((child) => stop(child)));
}

/** @param {import('node:child_process').ChildProcess} child */
export async function stop(child) {
  started.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/**
 * Spawns a process that ends with the suite. Rejects on spawn errors (a missing binary).
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export function launch(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/**
 * Resolves when the child prints a line matching `ready`; rejects if it exits or errors first,
 * or after `timeout` ms, with what it printed.
 * @param {import('node:child_process').ChildProcess} child
 * @param {RegExp} ready
 * @param {string} what
 * @param {number} [timeout]
 * @param {'stdout' | 'stderr'} [stream]
 */
export function waitForOutput(child, ready, what, timeout = 20_000, stream = 'stdout') {
  return new Promise((resolve, reject) => {
    let seen = '';
    const fail = (/** @type {string} */ why) => {
      clearTimeout(timer);
      reject(new Error(`${what} ${why}; output: ${seen.slice(-800) || '(none)'}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeout} ms`), timeout);
    const onData = (/** @type {Buffer} */ chunk) => {
      seen += chunk.toString();
      const match = seen.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', stream === 'stdout' ? onData : (c) => (seen += c));
    child.stderr?.on('data', stream === 'stderr' ? onData : (c) => (seen += c));
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`));
  });
}

/**
 * Serves `dir` with scripts/serve.mjs on 127.0.0.1:`port` and waits for its "Serving" line, so
 * the suite always tests its own server (a port already in use makes the server exit: the run fails).
 * @param {string} dir
 * @param {number} port
 * @param {string[]} [extra] more arguments for serve.mjs (e.g. the host fixture's `127.0.0.1 --no-csp`)
 */
export async function serve(dir, port, extra = /** @type {string[]} */ ([])) {
  const child = launch(process.execPath, ['scripts/serve.mjs', dir, String(port), ...extra]);
  await waitForOutput(child, /Serving .* at http/, `node scripts/serve.mjs ${dir} ${port}`);
  return { child, origin: `http://127.0.0.1:${port}` };
}

/**
 * Starts a private X display for a browser without a headless mode. `-displayfd` makes Xvfb
 * pick a free display number itself and write it to fd 3 once it accepts clients.
 */
export async function startXvfb() {
  const child = launch('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1400x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const fd3 = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
  const number = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb gave no display number within 15 s')), 15_000);
    fd3.on('data', (chunk) => {
      text += chunk.toString();
      if (/\d+\n/.test(text)) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    child.once('error', (error) => reject(new Error(`Xvfb could not start: ${error.message} (apt-get install xvfb xauth)`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
  return { child, display: `:${number}` };
}

/**
 * Resolves once an HTTP server answers on `port` (any status), polling every 50 ms.
 * @param {number} port
 * @param {string} path
 * @param {number} timeout
 */
export async function waitForHttp(port, path, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port, path, timeout: 1000 }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.on('timeout', () => req.destroy());
      req.end();
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing answered on port ${port} within ${timeout} ms`);
    await delay(50);
  }
}
