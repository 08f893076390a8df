/** Readers without JavaScript, with reduced motion, on phones and desktops, on paper, with assistive tech. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, passagesOf, scrollToPassage, waitForVisualSettled } from './helpers';
import { sourceParagraphs } from './story-content';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every passage is readable and every visual shows its static SVG with caption and source @phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/no-js/);
    const paragraphs = page.locator('[data-paragraph]');
    await expect(paragraphs).toHaveCount(sourceParagraphs.length);
    for (let i = 0; i < sourceParagraphs.length; i += 7) await expect(paragraphs.nth(i)).toBeVisible();
    const figures = page.locator('[data-visual]');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toBeVisible();
      // A visual may ship several SVGs (e.g. wide and narrow layouts); one must show, at a real size.
      const heights = await figure.locator('svg').evaluateAll((svgs) =>
        svgs.map((svg) => svg.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map((r) => r.height),
      );
      expect(Math.max(0, ...heights), 'a visible SVG with a real size').toBeGreaterThan(100);
      const source = figure.locator('[data-source-line]');
      await expect(source.first(), 'a visible source line (docs/visuals.md)').toBeVisible();
      await expect(source.first()).toHaveText(/\w{3}/);
    }
    const noOverflow = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(noOverflow).toBe(true);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('state changes are instant', async ({ page }) => {
    await page.goto('/');
    const chapters = await page.locator('section.chapter[data-scrolly]').evaluateAll((els) => els.map((e) => e.id));
    test.skip(chapters.length === 0, 'no chapter has a visual yet');
    const chapter = chapters[0]!;
    const passages = await passagesOf(page, chapter);
    const last = passages.at(-1)!;
    await scrollToPassage(page, last.id);
    const figure = page.locator(`section#${chapter} [data-visual="${last.visual}"]`);
    await expect(figure).toHaveAttribute('data-state', last.state!);
    const durations = await figure.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].map((n) => getComputedStyle(n).transitionDuration).filter((d) => d.split(',').some((x) => parseFloat(x) > 0)),
    );
    expect(durations).toEqual([]);
  });
});

for (const viewport of [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}x${viewport.height}: no horizontal scroll, a sticky graphic, readable text`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chapters = await page.locator('section.chapter[data-scrolly]').evaluateAll((els) => els.map((e) => e.id));
    for (const chapter of chapters) {
      const passages = await passagesOf(page, chapter);
      const p = passages.at(-1)!;
      await scrollToPassage(page, p.id);
      const graphic = await page.locator(`section#${chapter} .graphic`).boundingBox();
      expect(Math.abs(graphic!.y), `${chapter}: graphic stuck to the top`).toBeLessThanOrEqual(1);
      const text = await page.locator(`#${p.id} .passage-text`).boundingBox();
      if (viewport.width < 900) {
        // Phone: graphic on top, the active passage starts below it.
        expect(text!.y, `${p.id} starts below the graphic`).toBeGreaterThanOrEqual(graphic!.y + graphic!.height - 1);
      } else {
        // Desktop: graphic beside the text, not over it.
        expect(text!.x + text!.width).toBeLessThanOrEqual(graphic!.x + 1);
      }
      const overflowHere = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflowHere).toBeLessThanOrEqual(0);
    }
  });
}

test('print lays out each chapter as text followed by its static visual, without controls', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const graphics = page.locator('.graphic');
  const count = await graphics.count();
  for (let i = 0; i < count; i++) {
    expect(await graphics.nth(i).evaluate((el) => getComputedStyle(el).position)).toBe('static');
  }
  await expect(page.locator('.step-link').first()).toBeHidden();
  const after = await page.locator('.about a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('(http');
});

test.describe('accessibility', () => {
  test('axe finds no WCAG 2.1 AA violations at the top and in the middle of the story @phone-only', async ({ page }) => {
    // The page's colours are the same at every width; each chapter is scanned at both sizes by the
    // visual specs. The whole page once, at phone size.
    test.setTimeout(150_000); // axe over the whole story page is slow on a 2-core machine
    await page.goto('/');
    await expectNoAxeViolations(page);
    const steps = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => ({ id: e.id, uses: (e as HTMLElement).dataset.uses })));
    const middle = steps[Math.floor(steps.length / 2)]!;
    await scrollToPassage(page, middle.id);
    // Axe reads colours: wait until that passage's visual has finished its transition.
    if (middle.uses) await waitForVisualSettled(page.locator(`section:has(#${middle.id}) [data-visual="${middle.uses}"]`).first());
    await expectNoAxeViolations(page);
  });
});
