// @ts-check
/**
 * Debian's Chromium and the flags every browser run here uses (Playwright, the benchmark,
 * screenshots). Never `npx playwright install`: no downloads on this machine.
 */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
];
