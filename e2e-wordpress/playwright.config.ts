/**
 * WordPress as an embed consumer (e2e-wordpress/wordpress.spec.ts): its own Playwright project,
 * run by `npm test` after the main suite when this folder's dependencies are installed
 * (`npm ci --prefix e2e-wordpress`; .ci/run does it). Report: reports/wordpress.json.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalSetup: './setup.ts',
  reporter: [['list'], ['json', { outputFile: '../reports/wordpress.json' }]],
  outputDir: '../test-results/wordpress',
  use: { trace: 'off', screenshot: 'off' },
  projects: [{ name: 'wordpress', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: { executablePath: CHROME, args: CHROME_FLAGS } } }],
});
