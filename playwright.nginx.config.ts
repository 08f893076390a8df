import { defineConfig, devices } from '@playwright/test';

import { CHROME, CHROME_FLAGS } from './scripts/chromium.mjs';

/**
 * The nginx suite: Debian's nginx serves the build with the server block the build generated
 * (scripts/nginx-serve.mjs; it fails loudly when nginx or its Brotli module is missing). Runs the
 * HTTP checks (e2e/nginx/) and the smoke spec (e2e/smoke.spec.ts) against it. Port: NGINX_PORT,
 * else PORT + 20 (PORT + 10 is the e2e host fixture).
 */
const PORT = Number(process.env.PORT ?? 4321);
const NGINX_PORT = Number(process.env.NGINX_PORT ?? PORT + 20);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: ['nginx/**/*.spec.ts', 'smoke.spec.ts'],
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  outputDir: 'test-results/nginx',
  reporter: [['list'], ['json', { outputFile: 'reports/nginx.json' }]],
  use: { baseURL: `http://127.0.0.1:${NGINX_PORT}`, trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'nginx',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: { executablePath: CHROME, args: CHROME_FLAGS } },
    },
  ],
  webServer: {
    command: `node scripts/nginx-serve.mjs ${NGINX_PORT} ${OUT_DIR}`,
    url: `http://127.0.0.1:${NGINX_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
