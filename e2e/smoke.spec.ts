/**
 * Smoke test of the site as a server delivers it, with its real headers (CSP, CORS, caching): run
 * against scripts/serve.mjs (playwright.config.ts) and against nginx with the build's generated
 * config (playwright.nginx.config.ts). The story scrolls from state to state, an embed works inside
 * a sandbox without allow-same-origin (an opaque origin: every module chunk and JSON it loads is a
 * cross-origin request), a share page forwards — and the console shows no CSP violation or error.
 */
import { expect, test, type Page } from '@playwright/test';
import { passagesOf, scrollToPassage } from './helpers';

/** Every console error and CSP violation, from every frame (an init script runs in each). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return problems;
}

test('the story page runs under its CSP: passages change the picture, no violation', async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await expect(page.locator('html')).toHaveClass(/\bjs\b/); // the hashed inline script ran
  const chapter = await page.locator('main section.chapter[data-scrolly]').first().getAttribute('id');
  const passages = (await passagesOf(page, chapter!)).filter((p) => p.visual && p.state);
  expect(passages.length).toBeGreaterThan(1);
  for (const p of passages) {
    await scrollToPassage(page, p.id);
    await expect(page.locator(`section#${chapter} [data-visual="${p.visual}"]`)).toHaveAttribute('data-state', p.state!);
  }
  // A visual's client is its own module chunk: it must have loaded and rendered.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('visual:')).length)).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('an embed runs inside sandbox="allow-scripts" (opaque origin) on another site, no violation', async ({ page, baseURL }) => {
  const problems = watchConsole(page);
  const chapter = 'kherson';
  const chunks: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/_astro/')) chunks.push(r.status());
  });
  // The host: any page (here our 404 page; Chromium refuses to let a public origin frame a loopback
  // one, so the host stays on loopback). The strictest sandbox gives the frame an opaque origin
  // whatever the host is, so every request the frame makes is cross-origin (Origin: null).
  await page.goto('/host-page-for-the-sandbox-test');
  await page.evaluate((src) => {
    (window as unknown as { got: string[] }).got = [];
    addEventListener('message', (e) => (window as unknown as { got: string[] }).got.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.title = 'chapter';
    iframe.style.cssText = 'width:100%;height:1200px;border:0';
    iframe.src = src;
    document.body.append(iframe);
  }, `${baseURL}/embed/${chapter}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-visual]').first()).toBeVisible();
  // The frame's module script ran (cross-origin for an opaque origin: needs CORS) and said hello.
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: string[] }).got.some((m) => m.includes('"ready"')))).toBe(true);
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.every((s) => s === 200 || s === 304)).toBe(true);
  expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]); // the host page is a 404
});

test('a share page carries its card and forwards to the chapter, no violation', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/share/kherson/');
  await page.waitForURL(/\/#kherson$/);
  await expect(page.locator('section#kherson')).toBeVisible();
  expect(problems).toEqual([]);
});

test('an unknown address gets the 404 page with status 404, no violation', async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]); // Chromium logs the 404 status itself
});
