/**
 * The axe scan every spec uses (e2e/helpers.ts: legacy mode, violations only) still finds what it
 * must: a broken image, an unlabelled control and low-contrast text put into a passage, in its
 * scope, and nothing outside the scope it was given.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, scrollToPassage } from './helpers';

test('the shared axe scan reports missing alt text, unnamed buttons and low contrast inside its scope only', async ({ page }) => {
  await page.goto('/');
  await scrollToPassage(page, 'kherson-1');
  // Put in the passage the reader is on (on screen, over the page's own background, so axe can
  // compute the contrast rather than leave it "incomplete").
  const scope = '#kherson-1';
  await page.locator(scope).evaluate((fig) => {
    const broken = document.createElement('div');
    broken.id = 'axe-probe';
    broken.innerHTML = '<img src="data:," width="10" height="10"><button></button><p style="color:#ddd;background:#fff;font-size:14px">faint words</p>';
    fig.append(broken);
  });
  const found = (await axeViolations(page, scope)).map((v) => v.id).sort();
  expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'image-alt']));
  // The same faults outside the scope are not reported against it.
  expect(await axeViolations(page, 'header.opening')).toEqual([]);
});
