/**
 * aid-flow in the browser: each passage that uses it brings its state, the state's layer is
 * the one on screen, labels stay inside the picture and do not collide, figures link to their
 * sources, axe finds nothing, downloads hold what the table shows, and nothing loads from
 * another host. Runs at 1280×800 and (tests tagged @phone) at 360×740.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, expectState, figure, passagesOf, scrollToPassage, wheelToPassage } from './helpers';
import type { StateOfVisual } from '../src/visuals/names';

const VISUAL = 'aid-flow';
type State = StateOfVisual<typeof VISUAL>;
/** chapter, passage anchor, state: what content/chapters asks of this visual. */
const PASSAGES: [string, string, State][] = [
  ['pressures', 'pressures-1', 'delivered'],
  ['aid', 'aid-1', 'who-else-gives'],
  ['aid', 'aid-2', 'what-comes-next'],
] as const;

/** The SVG the reader sees (wide on desktop, narrow on phones). */
function visibleSvg(page: Page, chapter: string) {
  return figure(page, chapter, VISUAL).locator('svg.af-svg:visible');
}

/** Text boxes of the layers shown, in viewBox units, with the viewBox. */
async function shownTexts(page: Page, chapter: string) {
  return visibleSvg(page, chapter).evaluate((svg) => {
    const vb = (svg as SVGSVGElement).viewBox.baseVal;
    const texts = [...svg.querySelectorAll<SVGTextElement>('.af-layer text')].filter((t) => getComputedStyle(t).visibility === 'visible' && getComputedStyle(t.closest('.af-layer')!).opacity !== '0');
    return {
      vb: { w: vb.width, h: vb.height },
      boxes: texts.map((t) => {
        const b = t.getBBox();
        // getBBox's height is the font's line box (ascent + descent + line gap), which depends on
        // the face: the house font's metric-matched fallback reports a taller box than DejaVu did.
        // Compare em boxes instead (one font-size tall per line, centred on the line box), so the
        // test measures where the glyphs are, whatever face the machine renders.
        const em = parseFloat(getComputedStyle(t).fontSize);
        const lines = Math.max(1, t.querySelectorAll('tspan').length);
        const h = Math.min(b.height, em * lines);
        return { text: t.textContent ?? '', x: b.x, y: b.y + (b.height - h) / 2, w: b.width, h };
      }),
    };
  });
}

async function waitForLayers(page: Page, chapter: string, state: State) {
  await expectState(page, chapter, VISUAL, state);
  const layer = visibleSvg(page, chapter).locator(`.af-layer[data-in~="${state}"]`).first();
  await expect(layer).toBeVisible();
  await expect.poll(() => layer.evaluate((g) => getComputedStyle(g).opacity)).toBe('1');
}

async function checkLabels(page: Page, chapter: string) {
  const { vb, boxes } = await shownTexts(page, chapter);
  expect(boxes.length).toBeGreaterThan(5);
  const outside = boxes.filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.w > vb.w + 0.5 || b.y + b.h > vb.h + 0.5);
  expect(outside.map((b) => b.text)).toEqual([]);
  const overlaps: string[] = [];
  const dy = 0; // em boxes (shownTexts): stacked lines may touch, never overlap
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y + dy < b.y + b.h - dy && b.y + dy < a.y + a.h - dy) overlaps.push(`${a.text} × ${b.text}`);
    }),
  );
  expect(overlaps).toEqual([]);
}

async function checkCitedNumbers(page: Page, chapter: string) {
  const unlinked = await visibleSvg(page, chapter).evaluate((svg) =>
    [...svg.querySelectorAll<SVGTextElement>('.af-layer text')]
      .filter((t) => getComputedStyle(t).visibility === 'visible' && /[$€]\d/.test(t.textContent ?? '') && !t.classList.contains('af-tick-label'))
      .filter((t) => {
        const a = t.closest('a') ?? t.querySelector('a');
        return !a || !/^https?:\/\//.test(a.getAttribute('href') ?? '') || !a.getAttribute('aria-label');
      })
      .map((t) => t.textContent),
  );
  expect(unlinked).toEqual([]);
}

test.describe('aid-flow', () => {
  test('every passage that uses the visual asks for one of its states @phone', async ({ page }) => {
    await page.goto('/');
    const asked = [...(await passagesOf(page, 'pressures')), ...(await passagesOf(page, 'aid'))].filter((p) => p.visual === VISUAL).map((p) => `${p.id}:${p.state}`);
    expect(asked).toEqual(PASSAGES.map(([, id, state]) => `${id}:${state}`));
  });

  for (const [chapter, id, state] of PASSAGES) {
    test(`#${id} shows ${state}; labels fit; numbers cite; axe clean @phone`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = collectErrors(page);
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(r.url());
      });
      await page.goto('/');
      await scrollToPassage(page, id);
      await waitForLayers(page, chapter, state);
      await expect(figure(page, chapter, VISUAL).locator('[data-description]')).toContainText(/\d/);
      await expect(figure(page, chapter, VISUAL).locator(`.af-source .af-when[data-in="${state}"]`)).toBeVisible();
      await checkLabels(page, chapter);
      await checkCitedNumbers(page, chapter);
      await expectNoAxeViolations(page, `section#${chapter} [data-visual="${VISUAL}"]`);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('the appropriated view (carried by what-comes-next) works on its own @phone', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await scrollToPassage(page, 'aid-2');
    await waitForLayers(page, 'aid', 'what-comes-next');
    // No passage asks for it alone; set it as the engine would.
    await figure(page, 'aid', VISUAL).evaluate((f) => {
      (f as HTMLElement).dataset.state = 'appropriated';
    });
    await waitForLayers(page, 'aid', 'appropriated');
    await expect(visibleSvg(page, 'aid').locator('.af-request')).toBeHidden();
    await expect(figure(page, 'aid', VISUAL).locator('.af-source .af-when[data-in="appropriated"]')).toBeVisible();
    await checkLabels(page, 'aid');
    await checkCitedNumbers(page, 'aid');
    await expectNoAxeViolations(page, `section#aid [data-visual="${VISUAL}"]`);
  });

  test('wheeling down and back up animates between states and ends where the reader is', async ({ page }) => {
    await page.goto('/');
    await wheelToPassage(page, 'aid-1');
    await waitForLayers(page, 'aid', 'who-else-gives');
    await wheelToPassage(page, 'aid-2');
    await expectState(page, 'aid', VISUAL, 'what-comes-next');
    // The request box grows in (a CSS transition), then rests at full height.
    const req = visibleSvg(page, 'aid').locator('.af-node--request');
    await expect.poll(() => req.evaluate((r) => getComputedStyle(r).transform)).toBe('none');
    await scrollToPassage(page, 'aid-1');
    await waitForLayers(page, 'aid', 'who-else-gives');
    await expect(visibleSvg(page, 'aid').locator('.af-request')).toBeHidden();
  });

  test('notes: table, downloads of exactly what is drawn, sources', async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    // One set of notes for every chapter the chart appears in, in "How we did this" at the end.
    const notes = page.locator('#how-we-did-this #pressures--aid-flow--notes');
    await expect(notes).toBeAttached();
    await page.locator('#how-we-did-this summary').first().click();
    await notes.locator('summary', { hasText: 'Show the data' }).click();
    for (const state of ['appropriated', 'what-comes-next', 'who-else-gives']) {
      const table = notes.locator('table', { has: page.locator(`a[href$="/data/aid-flow/${state}.csv"]`) });
      await expect(table).toBeVisible();
      const rows = await table.locator('tbody tr').count();
      const csv = await request.get(`/data/aid-flow/${state}.csv`);
      expect(csv.ok()).toBe(true);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const json = await (await request.get(`/data/aid-flow/${state}.json`)).json();
      expect(json.rows).toHaveLength(rows);
      expect(json.rows.every((r: { source_url: string; derived: boolean }) => /^https?:/.test(r.source_url) && r.derived === false)).toBe(true);
    }
    await expect(page.locator('#pressures--aid-flow--notes table a[href$="/data/aid-flow/delivered.csv"]')).toBeAttached();
    await expectNoAxeViolations(page, '#pressures--aid-flow--notes');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('each chapter shows its key state, statically @phone', async ({ page }) => {
      await page.goto('/');
      await expect(figure(page, 'pressures', VISUAL)).toHaveAttribute('data-state', 'delivered');
      await expect(figure(page, 'aid', VISUAL)).toHaveAttribute('data-state', 'what-comes-next');
      await expect(visibleSvg(page, 'aid').locator('.af-request')).toBeVisible();
      await expect(visibleSvg(page, 'aid').locator('.af-sankey')).toBeVisible();
      await expect(visibleSvg(page, 'pressures').locator('.af-timeline')).toBeVisible();
    });
  });
});
