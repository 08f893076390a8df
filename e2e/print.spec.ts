/**
 * Print (issue 14): the whole story on at most 24 A4 pages, graphics beside the text at a print
 * width (10.5 cm, so their labels print at about 8-11 pt, not the 26-36 px of a phone artboard
 * stretched to A4), no controls, the notes once (the "How we did this" heading, not per chapter).
 */
import { expect, test } from '@playwright/test';

test('the story prints on at most 24 A4 pages', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(5);
  expect(pages).toBeLessThanOrEqual(24);
});

test('in print: graphics at a print width beside the text, print-size labels, no controls', async ({ page }) => {
  await page.setViewportSize({ width: 718, height: 1000 }); // A4 less the page margins, at 96 px/in
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.chapter-tools', '.toc', '.visual-data', '.step-link']) {
    const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(shown, `${sel} hidden in print`).toBe(0);
  }
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.chapter .graphic')].map((g) => {
      const box = g.getBoundingClientRect();
      const steps = g.closest('section')!.querySelector('.steps')!.getBoundingClientRect();
      let max = 0;
      for (const t of g.querySelectorAll<SVGTextElement>('svg text')) {
        const svg = t.ownerSVGElement!;
        const vb = svg.viewBox.baseVal;
        if (!t.getClientRects().length || !vb?.width) continue;
        max = Math.max(max, parseFloat(getComputedStyle(t).fontSize) * (svg.getBoundingClientRect().width / vb.width));
      }
      return { chapter: g.closest('section')!.id, width: box.width, beside: box.left >= steps.right, maxLabelPx: max };
    }),
  );
  expect(sizes.length).toBeGreaterThan(5);
  for (const s of sizes) {
    expect(s.width, s.chapter).toBeGreaterThan(360);
    expect(s.width, s.chapter).toBeLessThan(420);
    expect(s.beside, `${s.chapter}: graphic beside the text`).toBe(true);
    // 16 px = 12 pt: headings inside a figure may reach it, labels stay under.
    expect(s.maxLabelPx, s.chapter).toBeLessThanOrEqual(16);
  }
  await expect(page.locator('.chapter .km-notes, .chapter .debate-notes, .chapter-notes')).toHaveCount(0);
});
