/**
 * The opening screen (issue 14): our headline, a dek of at most 30 words, a map drawn from the
 * story's own data with its sources, the byline (reporting credit, date, what the text is), and
 * the chapters behind one compact, keyboard-friendly control.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('headline, short dek, map with its sources and byline all on the first screen', async ({ page }) => {
  await page.goto('/');
  const opening = page.locator('header.opening');
  const h1 = opening.locator('h1');
  await expect(h1).toBeInViewport();
  expect(await h1.textContent()).not.toBe('Mixed messages');
  const dek = (await opening.locator('.dek').textContent())!.trim();
  expect(dek.split(/\s+/).length).toBeLessThanOrEqual(30);
  const map = opening.locator('figure.opening-map');
  await expect(map.locator('svg')).toBeVisible();
  await expect(map).toBeInViewport({ ratio: 0.6 });
  // No claim without its source line: the caption names the data and links the sources.
  await expect(map.locator('figcaption')).toContainText('DeepStateMap.live');
  expect(await map.locator('figcaption a[href^="http"]').count()).toBeGreaterThan(0);
  const byline = opening.locator('.byline');
  await expect(byline).toContainText('Reporting by');
  await expect(byline.locator('time')).toHaveAttribute('datetime', '2022-11-14');
  await expect(byline.locator('a[href="#about-this-text"]')).toHaveText('about this text');
  await expect(byline).toContainText('Machine translation, lightly corrected');
  await expect(byline).toBeInViewport();
});

test('the chapters open from one control, by keyboard @phone', async ({ page }) => {
  test.setTimeout(120_000); // axe on the whole story page is slow on a busy machine
  await page.goto('/');
  const toc = page.locator('header.opening details.toc');
  await expect(toc).not.toHaveAttribute('open');
  await expect(toc.locator('a')).toHaveCount(await page.locator('section.chapter').count());
  await expect(toc.locator('a').first()).toBeHidden();
  await toc.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(toc).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(toc.locator('a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#calls-to-kyiv$/);
  await expectNoAxeViolations(page, 'header.opening');
});
