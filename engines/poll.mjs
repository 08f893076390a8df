// @ts-check
/**
 * Condition-based waiting for the cross-engine suite: a probe runs until it reports `ok`, or
 * the wait fails with the probe's last answer (or error), so a failure says what was seen.
 */
import { setTimeout as delay } from 'node:timers/promises';

/**
 * @template {{ ok: boolean }} T
 * @param {string} what what is awaited, for the failure message
 * @param {() => Promise<T>} probe
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(what, probe, { timeout = 10_000, interval = 40 } = {}) {
  const until = Date.now() + timeout;
  /** @type {unknown} */
  let last = null;
  for (;;) {
    try {
      const answer = await probe();
      if (answer.ok) return answer;
      last = answer;
    } catch (error) {
      // A navigation in progress (meta refresh, a new document) can make one probe throw.
      last = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await delay(interval);
  }
}

/**
 * Fails with `message` and the values when `condition` is false.
 * @param {unknown} condition
 * @param {string} message
 * @param {unknown} [detail]
 * @returns {asserts condition}
 */
export function check(condition, message, detail) {
  if (!condition) throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`);
}
