/**
 * Corrections without clutter: typo fixes are applied silently and counted; substantive
 * corrections and notes get a small marker whose popover opens in place (keyboard and touch),
 * never moves the page, closes with Escape and gives focus back to the marker. Every change stays
 * listed in "About this text" with its original words.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { corrections, notes } from './story-content';

const typos = corrections.filter((c) => c.basis === 'typo');
const substantive = corrections.filter((c) => c.basis !== 'typo');

/** Brings a marker to the middle of the view (a reader's scroll), and returns it. */
async function markerInView(page: Page, id: string) {
  const marker = page.locator(`#${id}`);
  await marker.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.6, behavior: 'instant' }));
  await page.waitForTimeout(100); // let the engine settle on the passage
  return marker;
}

function popoverOf(page: Page, marker: import('@playwright/test').Locator) {
  return marker.evaluate((el) => el.getAttribute('popovertarget')).then((id) => page.locator(`#${id}`));
}

test('markers only where there is something to say: one per substantive correction and note, none for typos @phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main button.mark')).toHaveCount(substantive.length + notes.length);
  await expect(page.locator('main button.mark[id^="correction-ref-"]')).toHaveCount(substantive.length);
  await expect(page.locator('main button.mark[id^="note-ref-"]')).toHaveCount(notes.length);
  // Typos: the corrected words are in the text, with no marker and no highlight beside them.
  for (const [i, c] of corrections.entries()) {
    if (c.basis !== 'typo') continue;
    await expect(page.locator(`#correction-ref-${i + 1}`)).toHaveCount(0);
    await expect(page.locator(`[data-paragraph="${c.paragraph}"]`).first()).toContainText(c.corrected);
  }
  // The count is computed from content/corrections.yaml, and every typo is listed with its original words.
  await expect(page.locator('#lightly-edited')).toContainText(`Lightly edited: ${typos.length} typos`);
  await expect(page.locator('#about-this-text ol.typos > li')).toHaveCount(typos.length);
  for (const t of typos) await expect(page.locator('#about-this-text ol.typos q.original', { hasText: t.original })).toHaveCount(1);
});

test('a click opens the correction in place: the page does not move, Escape closes, focus returns @phone', async ({ page }) => {
  test.slow(); // axe on this long page takes about 20 s on a 2-core machine
  const errors = collectErrors(page);
  await page.goto('/');
  const n = corrections.findIndex((c) => c.basis !== 'typo') + 1;
  const marker = await markerInView(page, `correction-ref-${n}`);
  await expect(marker).toHaveAccessibleName(/^Correction: the translation said “/);
  const popover = await popoverOf(page, marker);
  const before = await page.evaluate(() => window.scrollY);
  await marker.click();
  await expect(popover).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(popover).toContainText(corrections[n - 1]!.original);
  await expect(popover).toContainText(corrections[n - 1]!.corrected);
  // Beside its marker, inside the view.
  const [m, p] = [await marker.boundingBox(), await popover.boundingBox()];
  const view = page.viewportSize()!;
  expect(p!.x).toBeGreaterThanOrEqual(0);
  expect(p!.x + p!.width).toBeLessThanOrEqual(view.width);
  expect(p!.y).toBeGreaterThanOrEqual(0);
  expect(p!.y + p!.height).toBeLessThanOrEqual(view.height);
  expect(Math.min(Math.abs(p!.y - (m!.y + m!.height)), Math.abs(p!.y + p!.height - m!.y))).toBeLessThan(40);
  const step = await marker.evaluate((el) => el.closest('[data-step]')?.id);
  await expectNoAxeViolations(page, `#${step}`);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  expect(errors).toEqual([]);
});

test('by keyboard: Enter opens a note, Tab reaches its links, Escape closes and returns focus', async ({ page }) => {
  await page.goto('/');
  const marker = await markerInView(page, 'note-ref-1');
  await expect(marker).toHaveAccessibleName(/^Note on “/);
  const popover = await popoverOf(page, marker);
  const before = await page.evaluate(() => window.scrollY);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Note.');
  await page.keyboard.press('Tab');
  expect(await popover.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('a tap opens a marker’s popover without moving the page; a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/');
    const marker = await markerInView(page, 'note-ref-2');
    const popover = await popoverOf(page, marker);
    const before = await page.evaluate(() => window.scrollY);
    await marker.tap();
    await expect(popover).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.touchscreen.tap(5, 5);
    await expect(popover).toBeHidden();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a marker still opens its explanation, and its link leads to the full entry', async ({ page }) => {
    await page.goto('/');
    const marker = page.locator('#note-ref-1');
    await marker.scrollIntoViewIfNeeded();
    const popover = page.locator('#note-1-pop');
    await marker.click();
    await expect(popover).toBeVisible();
    await popover.locator('a[href="#note-1"]').click();
    await expect(page.locator('#note-1')).toBeInViewport();
  });
});
