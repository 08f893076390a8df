/**
 * aid-flow in the browser: each passage that uses it brings its state, the state's layer is
 * the one on screen, labels stay inside the picture and do not collide, marks carry details
 * (no links), axe finds nothing, downloads hold what the table shows, and nothing loads from
 * another host. Runs at 1280×800 and (tests tagged @phone) at 360×740; the legibility tests
 * at the end set 360×740, 390×844 and 1280×800 themselves.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, collectForeignRequests, expectNoAxeViolations, expectState, figure, passagesOf, scrollToPassage, waitForVisualSettled, wheelToPassage } from './helpers';
import type { StateOfVisual } from '../src/visuals/names';

const VISUAL = 'aid-flow';
type State = StateOfVisual<typeof VISUAL>;
/** chapter, passage anchor, state: what content/chapters asks of this visual. */
const PASSAGES: [string, string, State][] = [
  ['pressures', 'pressures-1', 'stocks'],
  ['aid', 'aid-1', 'who-else-gives'],
  ['aid', 'aid-2', 'what-comes-next'],
] as const;

/** The SVG the reader sees (wide on desktop, compact on phones). */
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

/** No link on any mark: the figure has no <a> inside its SVG, and every bar shown carries its details (value and source). */
async function checkDetails(page: Page, chapter: string) {
  const { links, marks, bare } = await visibleSvg(page, chapter).evaluate((svg) => {
    const shown = [...svg.querySelectorAll('.af-layer rect.af-seg, .af-layer rect.af-bar, .af-layer rect.af-donor')].filter((r) => (r as SVGGraphicsElement).checkVisibility({ visibilityProperty: true }));
    return {
      links: svg.querySelectorAll('a').length,
      marks: shown.length,
      bare: shown.filter((r) => !/\(source: |not split/.test(r.getAttribute('data-detail') ?? '')).map((r) => r.outerHTML.slice(0, 80)),
    };
  });
  expect(links).toBe(0);
  expect(marks).toBeGreaterThan(3);
  expect(bare).toEqual([]);
}

test.describe('aid-flow', () => {
  test('every passage that uses the visual asks for one of its states @phone', async ({ page }) => {
    await page.goto('/');
    const asked = [...(await passagesOf(page, 'pressures')), ...(await passagesOf(page, 'aid'))].filter((p) => p.visual === VISUAL).map((p) => `${p.id}:${p.state}`);
    expect(asked).toEqual(PASSAGES.map(([, id, state]) => `${id}:${state}`));
  });

  test.describe('states at rest', () => {
    // At rest: these check each state's end picture (axe, labels, chrome); reduced motion gives it at once
    // (the engine jumps, CSS transitions are zero). The animations themselves are the wheel and tween tests'.
    test.use({ reducedMotion: 'reduce' });
    for (const [chapter, id, state] of PASSAGES) {
      test(`#${id} shows ${state}; labels fit; marks carry details; axe clean @phone`, async ({ page }) => {
        test.setTimeout(120_000);
        const errors = collectErrors(page);
        const foreign = collectForeignRequests(page);
        await page.goto('/');
        await scrollToPassage(page, id);
        await waitForLayers(page, chapter, state);
        await expect(figure(page, chapter, VISUAL).locator('[data-description]')).toContainText(/\d/);
        await expect(figure(page, chapter, VISUAL).locator(`.af-source .af-when[data-in="${state}"]`)).toBeVisible();
        await checkLabels(page, chapter);
        await checkDetails(page, chapter);
        await expectNoAxeViolations(page, `section#${chapter} [data-visual="${VISUAL}"]`);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });

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
    await waitForVisualSettled(figure(page, 'aid', VISUAL)); // the request's row has faded out of the place the total takes
    await expect(visibleSvg(page, 'aid').locator('.af-request')).toBeHidden();
    await expect(figure(page, 'aid', VISUAL).locator('.af-source .af-when[data-in="appropriated"]')).toBeVisible();
    await checkLabels(page, 'aid');
    await checkDetails(page, 'aid');
    await expectNoAxeViolations(page, `section#aid [data-visual="${VISUAL}"]`);
  });

  test('wheeling down and back up animates between states and ends where the reader is', async ({ page }) => {
    await page.goto('/');
    await wheelToPassage(page, 'aid-1');
    await waitForLayers(page, 'aid', 'who-else-gives');
    await wheelToPassage(page, 'aid-2');
    await expectState(page, 'aid', VISUAL, 'what-comes-next');
    // The request box grows in (a CSS transition), then rests at full height.
    const req = visibleSvg(page, 'aid').locator('.af-seg--request');
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
    await expect(page.locator('#pressures--aid-flow--notes table a[href$="/data/aid-flow/stocks.csv"]')).toBeAttached();
    await expectNoAxeViolations(page, '#pressures--aid-flow--notes');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('each chapter shows its key state, statically @phone', async ({ page }) => {
      await page.goto('/');
      await expect(figure(page, 'pressures', VISUAL)).toHaveAttribute('data-state', 'stocks');
      await expect(figure(page, 'aid', VISUAL)).toHaveAttribute('data-state', 'what-comes-next');
      await expect(visibleSvg(page, 'aid').locator('.af-request')).toBeVisible();
      await expect(visibleSvg(page, 'aid').locator('.af-acts')).toBeVisible();
      await expect(visibleSvg(page, 'pressures').locator('.af-stocks')).toBeVisible();
    });
  });
});

/* ------------------------------------------------------------------ legibility (issue #14) */

/** Every state a reader can reach, and how: a passage, or (appropriated) set as the engine would. */
const EVERY_STATE: [string, string, State][] = [...PASSAGES, ['aid', 'aid-2', 'appropriated']];

async function showState(page: Page, chapter: string, id: string, state: State) {
  await scrollToPassage(page, id);
  const asked = (await passagesOf(page, chapter)).find((p) => p.id === id)?.state;
  if (asked !== state) {
    await expectState(page, chapter, VISUAL, asked as State);
    await figure(page, chapter, VISUAL).evaluate((f, s) => {
      (f as HTMLElement).dataset.state = s;
    }, state);
  }
  await waitForLayers(page, chapter, state);
  await waitForVisualSettled(figure(page, chapter, VISUAL));
}

/** Every text a reader sees in the figure (SVG and HTML), with its em box on screen and its size in CSS px. */
async function textsOnScreen(page: Page, chapter: string) {
  return figure(page, chapter, VISUAL).evaluate((fig) => {
    const seen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible' && el.checkVisibility({ opacityProperty: true });
    };
    const svgTexts = [...fig.querySelectorAll<SVGTextElement>('svg text')].filter(seen).map((t) => {
      const ctm = t.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      const r = t.getBoundingClientRect();
      const lines = Math.max(1, t.querySelectorAll('tspan[x]').length);
      const h = Math.min(r.height, px * lines);
      return { text: t.textContent ?? '', px, x: r.x, y: r.y + (r.height - h) / 2, w: r.width, h, svg: true };
    });
    // HTML words (caption, source line): the size of each element that holds text directly.
    const html = [...fig.querySelectorAll<HTMLElement>('figcaption *, figcaption, [data-source-line], [data-source-line] *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && seen(el))
      .map((el) => ({ text: el.textContent!.trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize), x: 0, y: 0, w: 0, h: 0, svg: false }));
    return [...svgTexts, ...html];
  });
}

/** Marks (bars, segments, the marker rule) on screen, to check that no label crosses a mark it does not label. */
async function marksOnScreen(page: Page, chapter: string) {
  return figure(page, chapter, VISUAL).evaluate((fig) =>
    [...fig.querySelectorAll('svg rect.af-seg, svg rect.af-bar, svg rect.af-donor, svg line.af-marker')]
      .filter((m) => getComputedStyle(m).visibility === 'visible' && m.checkVisibility({ opacityProperty: true }))
      .map((m) => {
        const r = m.getBoundingClientRect();
        return { what: m.getAttribute('class') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      })
      .filter((r) => r.w > 0 || r.h > 0),
  );
}

for (const [w, h] of [
  [360, 740],
  [390, 844],
  [1280, 800],
] as const) {
  test.describe(`legibility at ${w}×${h}`, () => {
    test.use({ viewport: { width: w, height: h } });
    test(`every state: texts ≥ 12 px on phones, no two text boxes overlap, no text crosses a mark`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      const small: string[] = [];
      const overlaps: string[] = [];
      for (const [chapter, id, state] of EVERY_STATE) {
        await showState(page, chapter, id, state);
        const texts = await textsOnScreen(page, chapter);
        expect(texts.filter((t) => t.svg).length, `${state} shows text`).toBeGreaterThan(3);
        if (w < 900) for (const t of texts) if (t.px < 11.99) small.push(`${state}: “${t.text}” at ${t.px.toFixed(2)} px`);
        const boxes = texts.filter((t) => t.svg);
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${state}: “${a.text}” × “${b.text}”`);
          }),
        );
        // Values printed inside their own bar segment (wide only, white) are the one exception.
        const inBar = new Set(await figure(page, chapter, VISUAL).locator('svg text.af-in-bar').allTextContents());
        for (const t of boxes.filter((b) => !inBar.has(b.text)))
          for (const m of await marksOnScreen(page, chapter))
            if (t.x < m.x + m.w && m.x < t.x + t.w && t.y < m.y + m.h && m.y < t.y + t.h) overlaps.push(`${state}: “${t.text}” crosses ${m.what}`);
      }
      expect(small, 'texts under 12 px on screen').toEqual([]);
      expect(overlaps, 'text boxes that overlap').toEqual([]);
    });
  });
}
