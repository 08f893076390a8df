/**
 * "How we did this" (issue 14): every visual's sources, method, tables and downloads once, at the
 * end, collapsed; no method block between chapters; each figure links to its part, and following
 * a link into the section (the figure's, or a chart's link to a row) opens it where it points.
 */
import { expect, test, type Page } from '@playwright/test';

/** Share of the page's height taken by method/notes blocks (the section, and any left in chapters). */
const notesShare = (page: Page) =>
  page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('#how-we-did-this, .chapter-notes, .chapter [class$="-notes"]')];
    const h = blocks.reduce((s, b) => s + b.getBoundingClientRect().height, 0);
    return h / document.documentElement.scrollHeight;
  });

for (const width of [1280, 390]) {
  test(`notes take at most 8% of the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 900 ? 800 : 844 });
    await page.goto('/');
    expect(await notesShare(page)).toBeLessThanOrEqual(0.08);
  });
}

test('each visual’s notes render once, after the last chapter, collapsed', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.chapter .km-notes, .chapter .debate-notes, .chapter .af-notes, .chapter .wx-notes, .chapter-notes')).toHaveCount(0);
  const method = page.locator('#how-we-did-this');
  for (const cls of ['km-notes', 'debate-notes', 'af-notes', 'wx-notes']) await expect(method.locator(`.${cls}`)).toHaveCount(1);
  await expect(method.locator('details.method-details')).not.toHaveAttribute('open');
  const after = await page.evaluate(() => {
    const chapters = [...document.querySelectorAll('section.chapter')];
    const last = chapters[chapters.length - 1]!;
    return !!(last.compareDocumentPosition(document.getElementById('how-we-did-this')!) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
});

test('a figure’s “Data and method” link opens its part of the section', async ({ page }) => {
  await page.goto('/#weapons');
  const fig = page.locator('section#weapons [data-visual="weapons"]');
  await fig.locator('.visual-data a').click();
  await expect(page.locator('#how-we-did-this details.method-details')).toHaveAttribute('open', '');
  await expect(page.locator('#how-we-did-this--weapons .wx-notes h3')).toBeInViewport();
});

test('a later chapter’s link into the notes lands on the row in the one section', async ({ page }) => {
  await page.goto('/');
  // The pentagon chapter is not the debate's first: its links point at the first chapter's ids.
  const href = await page.locator('section#pentagon [data-visual="debate"] a[href*="--debate--notes-v-"]').first().getAttribute('href');
  expect(href).toMatch(/^#calls-to-kyiv--debate--notes-v-/);
  await page.goto(`/${href}`);
  const row = page.locator(href!);
  await expect(row).toBeVisible();
  await expect(row).toBeInViewport();
});

test('without JavaScript the section is a plain <details> that opens by hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const summary = page.locator('#how-we-did-this summary').first();
  await summary.click();
  await expect(page.locator('#how-we-did-this .km-notes')).toBeVisible();
  await context.close();
});
