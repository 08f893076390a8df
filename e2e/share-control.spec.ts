/**
 * The share control (issue 9) on every chapter: named for it, linking its share page; it copies
 * the right link and says so — or, when copying is refused, hands it over selected.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { chaptersOf, metaTags, one, siteRoot } from './share-helpers';

test.describe('the share control', () => {
  const CHAPTER = 'kherson';

  async function openControl(page: Page) {
    await page.goto(`/#${CHAPTER}`);
    const control = page.locator(`section#${CHAPTER} div.share`);
    await control.locator('.action-toggle').click();
    await expect(control.locator('.share-panel')).toBeVisible();
    return control;
  }

  test('is on every chapter, named for it, and links to the chapter’s share page', async ({ page }) => {
    const root = await siteRoot(page);
    const chapters = await chaptersOf(page);
    for (const chapter of chapters) {
      const control = page.locator(`section#${chapter.id} .chapter-head div.share`);
      await expect(control).toHaveCount(1);
      await expect(control.locator('.action-toggle')).toHaveAccessibleName(`Share this chapter: ${chapter.headline}`);
      expect(await control.getAttribute('data-url')).toBe(new URL(`share/${chapter.id}/`, root).href);
    }
  });

  test.describe('with clipboard permission', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('copy link puts the share page URL on the clipboard and says so, visibly and to screen readers', async ({ page }) => {
      const root = await siteRoot(page);
      const control = await openControl(page);
      const status = control.locator('[data-share-status]');
      await expect(status).toHaveAttribute('role', 'status');
      await expect(status).toHaveAttribute('aria-live', 'polite');
      await control.locator('[data-share-copy]').click();
      await expect(status).toHaveText(/Link copied/);
      await expect(status).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(`share/${CHAPTER}/`, root).href);
      // The copied link is the one whose page carries this chapter's card.
      const html = await (await page.request.get(new URL(copied).pathname)).text();
      expect(metaTags(html).get('og:url')).toEqual([copied]);
      await expectNoAxeViolations(page, `section#${CHAPTER} .chapter-head`);
    });
  });

  test('when the browser refuses to copy, the link is selected with a way to copy it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      });
    });
    const control = await openControl(page);
    await control.locator('[data-share-copy]').click();
    const status = control.locator('[data-share-status]');
    await expect(status).toHaveText(/did not allow copying.*selected.*(Ctrl\+C|⌘C)/);
    const link = control.locator('a[data-share-url]');
    await expect(link).toBeFocused();
    // The whole link, and only it, is selected, ready for Ctrl+C.
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toBe(await link.textContent());
    expect(selected).toMatch(new RegExp(`/share/${CHAPTER}/$`));
    await expectNoAxeViolations(page, `section#${CHAPTER} .chapter-head`);
  });

  test('without a Clipboard API at all, the link is selected too', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    });
    const control = await openControl(page);
    await control.locator('[data-share-copy]').click();
    await expect(control.locator('[data-share-status]')).toHaveText(/does not let the page copy.*selected/);
    await expect(control.locator('a[data-share-url]')).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(/\/share\/[a-z-]+\/$/);
  });

  test('the native share sheet is offered where it exists and gets the chapter’s link', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: (data: ShareData) => (w.shared.push(data), Promise.resolve()) });
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    });
    const control = await openControl(page);
    const button = control.locator('[data-share-native]');
    await expect(button).toBeVisible();
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(await control.getAttribute('data-url'));
    expect(shared[0]!.title).toContain(await page.locator(`section#${CHAPTER} h2`).innerText());
  });

  test('no share button where there is no share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    const control = await openControl(page);
    await expect(control.locator('[data-share-native]')).toBeHidden();
    await expect(control.locator('[data-share-copy]')).toBeVisible();
  });

  test('Escape closes the panel and returns focus to its toggle', async ({ page }) => {
    const control = await openControl(page);
    await control.locator('[data-share-copy]').focus();
    await page.keyboard.press('Escape');
    await expect(control.locator('.share-panel')).toBeHidden();
    await expect(control.locator('.action-toggle')).toBeFocused();
  });

  test('fits a phone screen @phone-only', async ({ page }) => {
    const control = await openControl(page);
    const panel = control.locator('.share-panel');
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    const width = page.viewportSize()!.width;
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `section#${CHAPTER} .chapter-head`);
  });
});
