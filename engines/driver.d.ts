/**
 * What the engine-neutral checks (checks.mjs) need from a browser; firefox.mjs and webkit.mjs
 * implement it over WebDriver BiDi (puppeteer-core) and classic WebDriver (webdriverio).
 * `run`/`runInFrame` send a self-contained function to the page: it may use only its arguments.
 */
export interface Driver {
  /** "firefox" or "webkit". */
  readonly engine: string;
  /** The browser's own version string, for the report. */
  readonly version: string;
  /** Loads `url` as a new document (via about:blank, so a #fragment is a real deep link) and waits for load. */
  open(url: string): Promise<void>;
  /** Sets the viewport (layout size) and returns what the page then reports. */
  resize(width: number, height: number): Promise<{ width: number; height: number }>;
  /** Runs `fn` in the top document. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<R>;
  /** Runs `fn` inside the iframe matched by the CSS selector `iframe` (any origin). */
  runInFrame<A extends unknown[], R>(iframe: string, fn: (...args: A) => R, ...args: A): Promise<R>;
  /** Console errors and uncaught errors since the last call (and how they were collected). */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}
