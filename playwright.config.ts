import { defineConfig, devices } from '@playwright/test';

import { CHROME, CHROME_FLAGS } from './scripts/chromium.mjs';

/**
 * PORT/OUT_DIR let several checkouts or helpers test side by side. The servers are always started
 * here (never reused): a server already listening on PORT is someone else's build, and the run
 * fails with "port already used" instead of silently testing it.
 */
const PORT = Number(process.env.PORT ?? 4321);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';

const launchOptions = { executablePath: CHROME, args: CHROME_FLAGS };

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['nginx/**'], // the nginx suite's own checks (playwright.nginx.config.ts)
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off', screenshot: 'off' },
  // Tags in test titles say which project runs a test: none, desktop only; `@phone`, both;
  // `@phone-only`, the phone project only (a check of the phone layout, or made once per run).
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
      grepInvert: /@phone-only/,
    },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, isMobile: false, hasTouch: true, launchOptions },
      grep: /@phone/,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs ${OUT_DIR} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A news page on another origin that embeds chapters (e2e/embed*.spec.ts): PORT + 10.
    {
      command: `node scripts/serve.mjs e2e/fixtures ${PORT + 10} 127.0.0.1 --no-csp`,
      url: `http://127.0.0.1:${PORT + 10}/host.html`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
