/**
 * The contract of every registered visual, in the built page without JavaScript: each one appears
 * in some chapter, and each of its figures holds a drawn SVG in its key state, with a source line
 * (docs/visuals.md; the unit half is src/visuals/contract.test.ts).
 */
import { expect, test } from '@playwright/test';
import { VISUAL_NAMES } from '../src/visuals/names';

test('without JavaScript every registered visual shows its key state as a drawn SVG', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const figures = await page.locator('figure[data-visual]').evaluateAll((els) =>
    els.map((el) => {
      const svg = el.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      return {
        id: el.id,
        visual: (el as HTMLElement).dataset.visual ?? '',
        state: (el as HTMLElement).dataset.state ?? '',
        key: (el as HTMLElement).dataset.keyState ?? '',
        drawn: !!box && box.width > 0 && box.height > 0 && (svg?.querySelectorAll('path, rect, circle, text').length ?? 0) > 0,
        sourceLine: !!el.querySelector('[data-source-line]'),
      };
    }),
  );
  expect([...new Set(figures.map((f) => f.visual))].sort()).toEqual([...VISUAL_NAMES].sort());
  for (const f of figures) {
    expect(f.state, f.id).toBe(f.key);
    expect(f.drawn, `${f.id}: a drawn SVG`).toBe(true);
    expect(f.sourceLine, `${f.id}: a source line`).toBe(true);
  }
  await context.close();
});
