/**
 * The chapter actions (Share, Embed): one component, one look, one copy helper. They open as
 * popovers that move neither the page nor the graphic, fit a phone, close with Escape, and are
 * accessible open. (Copying itself: e2e/share.spec.ts and e2e/embed.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const CHAPTER = 'kherson';

async function atChapter(page: Page) {
  await page.goto(`/#${CHAPTER}`);
  await page.waitForLoadState('load');
  await page.mouse.wheel(0, 1); // a reader's scroll; then let the engine settle
  await page.waitForTimeout(300);
  return page.locator(`section#${CHAPTER}`);
}

test('Share and Embed are the same control: same height, same shape, same type', async ({ page }) => {
  const section = await atChapter(page);
  const toggles = section.locator('.chapter-actions .action-toggle');
  await expect(toggles).toHaveCount(2);
  const looks = await toggles.evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      return { h: Math.round(el.getBoundingClientRect().height), radius: s.borderRadius, border: s.border, font: s.font, bg: s.backgroundColor };
    }),
  );
  expect(looks[0]).toEqual(looks[1]);
  expect(looks[0]!.h).toBeGreaterThanOrEqual(44);
});

for (const [name, panel] of [
  ['Share', '.share-panel'],
  ['Embed', '.embed-panel'],
] as const) {
  test(`opening ${name} moves neither the page nor the graphic, and Escape gives focus back @phone`, async ({ page }) => {
    test.slow(); // axe on this long page takes about 20 s on a 2-core machine
    const section = await atChapter(page);
    const graphic = section.locator('.graphic');
    const toggle = section.locator('.action-toggle', { hasText: name });
    const before = { y: await page.evaluate(() => window.scrollY), box: await graphic.boundingBox() };
    await toggle.click();
    const open = section.locator(panel);
    await expect(open).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);
    expect(await graphic.boundingBox()).toEqual(before.box);
    // Inside the view, below its toggle.
    const [t, p] = [await toggle.boundingBox(), await open.boundingBox()];
    const width = page.viewportSize()!.width;
    expect(p!.x).toBeGreaterThanOrEqual(0);
    expect(p!.x + p!.width).toBeLessThanOrEqual(width);
    expect(p!.y).toBeGreaterThanOrEqual(t!.y + t!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `section#${CHAPTER} .chapter-head`);
    // Only one panel at a time.
    await expect(page.locator('.action-panel:popover-open')).toHaveCount(1);
    await open.locator('a, button, [tabindex="0"]').first().focus();
    await page.keyboard.press('Escape');
    await expect(open).toBeHidden();
    await expect(toggle).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);
  });
}

test('one copy helper: no second copy of the clipboard code in the page’s scripts', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) bodies.push(await r.text());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src])').allTextContents();
  const writes = [...bodies, ...inline].join('\n').match(/clipboard\.writeText/g) ?? [];
  expect(writes).toHaveLength(1);
});

test('no internal file paths in what a reader sees', async ({ page }) => {
  await page.goto('/');
  const text = await page.evaluate(() => {
    // Popovers and closed disclosures hold reader-facing text too.
    const all: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, pre, code') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) all.push(walker.currentNode.textContent ?? '');
    return all.join(' ');
  });
  const found = [/\bcontent\//, /\bsrc\//, /\.json\b/, /\.ya?ml\b/].flatMap((pattern) =>
    [...text.matchAll(new RegExp(`.{0,40}${pattern.source}.{0,40}`, 'g'))].map((m) => m[0]),
  );
  expect(found).toEqual([]);
});

for (const width of [320, 360, 390]) {
  test(`the weapons controls fit at ${width} px: buttons whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/#weapons-1');
    const controls = page.locator('section#weapons .wx-controls').first();
    await expect(controls).toBeVisible();
    // The category menu is gone (redesign, docs/visuals.md): three view buttons only.
    const fit = await controls.evaluate((el) => {
      const boxes = [...el.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return {
        right: Math.max(...boxes.map((b) => b.right)),
        cut: [...el.querySelectorAll('button')].filter((b) => b.scrollWidth > b.clientWidth + 1).length,
      };
    });
    expect(fit.right).toBeLessThanOrEqual(width);
    expect(fit.cut).toBe(0);
  });
}
