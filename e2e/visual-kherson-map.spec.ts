/**
 * kherson-map in the browser: every passage that uses the map brings its state (camera,
 * layers, labels, legend, screen-reader description); the withdrawal really tweens the line
 * between the two snapshots; labels stay inside the frame and do not collide with real font
 * metrics; text is legible at 360 px; the map credits DeepStateMap.live, Natural Earth and
 * GeoNames and links to its data table; axe finds nothing; nothing loads from another host.
 * Runs at 1280×800 and (tests tagged @phone) at 360×740.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, collectForeignRequests, expectNoAxeViolations, expectState, figure, passagesOf, scrollToPassage, wheelToPassage } from './helpers';
import type { StateOfVisual } from '../src/visuals/names';

const VISUAL = 'kherson-map';
type State = StateOfVisual<typeof VISUAL>;

/** What the chapters ask for (content/chapters/*.yaml): chapter → [passage anchor, state]. */
const PLAN: Record<string, [string, State][]> = {
  momentum: [
    ['momentum-1', 'where'],
    ['momentum-2', 'crimea'],
  ],
  pentagon: [
    ['pentagon-1', 'crimea'],
    ['pentagon-2', 'south'],
  ],
  kherson: [
    ['kherson-1', 'withdrawal'],
    ['kherson-2', 'after'],
  ],
  winter: [['winter-3', 'kherson-city']],
};

const map = (page: Page, chapter: string) => figure(page, chapter, VISUAL);

// Axe over a large inline SVG is slow on a busy 2-core machine.
test.setTimeout(150_000);

/** The camera the state's CSS asks for, as the matrix getComputedStyle reports. */
async function expectedCamera(page: Page, chapter: string, state: string): Promise<string> {
  const css = (await map(page, chapter).locator('style').first().textContent()) ?? '';
  const m = css.match(new RegExp(`\\[data-state='${state}'\\] \\.km-camera\\{transform:translate\\(([-\\d.]+)px,([-\\d.]+)px\\) scale\\(([-\\d.]+)\\)`));
  if (!m) throw new Error(`no camera rule for ${state}`);
  const [x, y, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return `matrix(${k}, 0, 0, ${k}, ${x}, ${y})`;
}

/** Waits until the state's overlay (labels, stamp, scale bar) is fully shown and the camera has settled. */
async function settled(page: Page, chapter: string, state: State) {
  await expectState(page, chapter, VISUAL, state);
  const overlay = map(page, chapter).locator(`.km-overlay[data-km="${state}"]`);
  await expect.poll(() => overlay.evaluate((g) => getComputedStyle(g).opacity)).toBe('1');
  const camera = map(page, chapter).locator('.km-camera');
  let last = '';
  await expect
    .poll(async () => {
      const now = await camera.evaluate((g) => getComputedStyle(g).transform);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

/** Boxes (viewBox units) of the labels of the state on screen. */
async function labelBoxes(page: Page, chapter: string, state: string) {
  return map(page, chapter)
    .locator(`.km-overlay[data-km="${state}"]`)
    .evaluate((g) => {
      const svg = (g as SVGGElement).ownerSVGElement!;
      const vb = svg.viewBox.baseVal;
      const scale = svg.getBoundingClientRect().width / vb.width;
      return {
        vb: { w: vb.width, h: vb.height },
        scale,
        boxes: [...g.querySelectorAll<SVGTextElement>('text')].map((t) => {
          const b = t.getBBox();
          return { text: t.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        }),
      };
    });
}

async function checkLabels(page: Page, chapter: string, state: string) {
  const { vb, boxes, scale } = await labelBoxes(page, chapter, state);
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  const outside = boxes.filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.w > vb.w + 0.5 || b.y + b.h > vb.h + 0.5);
  expect(outside.map((b) => b.text)).toEqual([]);
  const overlaps: string[] = [];
  const inset = 1; // glyph boxes include line gaps; ignore hairline touches
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x + inset < b.x + b.w - inset && b.x + inset < a.x + a.w - inset && a.y + inset < b.y + b.h - inset && b.y + inset < a.y + a.h - inset) overlaps.push(`${a.text} × ${b.text}`);
    }),
  );
  expect(overlaps).toEqual([]);
  // Legible: no map text under 9.5 CSS px on screen (place labels are larger; the scale bar is the smallest).
  expect(scale).toBeGreaterThan(0);
  const tiny = boxes.filter((b) => b.px < 9.5).map((b) => `${b.text} ${b.px.toFixed(1)}px`);
  expect(tiny).toEqual([]);
}

async function checkStateChrome(page: Page, chapter: string, state: string) {
  const fig = map(page, chapter);
  // The screen-reader description follows the state, and names what the passage needs.
  const descriptions = JSON.parse((await fig.getAttribute('data-descriptions')) ?? '{}') as Record<string, string>;
  expect(descriptions[state]).toBeTruthy();
  await expect(fig.locator('[data-description]')).toHaveText(descriptions[state]!);
  // Only this state's legend list is shown (every state's list is stacked in one cell, the others
  // invisible, so the caption keeps its height), and it has an entry with a date where lines are drawn.
  const shownLists = fig.locator('.km-legend-set:visible');
  await expect(shownLists).toHaveCount(1);
  await expect(shownLists).toHaveAttribute('data-kl', state);
  expect(await shownLists.locator('li').count()).toBeGreaterThan(0);
  if (state !== 'where') await expect(shownLists).toContainText(/Nov \d+, 2022/); // US style (kit/dates.ts)
  // Credits on the map itself.
  await expect(fig.locator('.km-credit')).toContainText('Territorial control: DeepStateMap.live');
  await expect(fig.locator('.km-credit')).toContainText('Natural Earth');
  await expect(fig.locator('.km-credit')).toContainText('GeoNames');
}

test.describe('map states at rest', () => {
  // At rest: these check each state's end picture (axe, labels, chrome); reduced motion gives it at once
  // (the engine jumps, CSS transitions are zero). The animations themselves are the wheel and tween tests'.
  test.use({ reducedMotion: 'reduce' });
  for (const [chapter, plan] of Object.entries(PLAN)) {
    test(`${chapter}: each passage shows its map state; labels fit; axe is clean @phone`, async ({ page }, info) => {
      // axe: every state on the phone artboard; the wide one in the chapter's last state (same
      // marks, names and colours, another framing), as the debate's tests do: a scan costs seconds.
      const everyState = info.project.name === 'phone';
      const errors = collectErrors(page);
      const foreign = collectForeignRequests(page);
      await page.goto('/');
      const passages = await passagesOf(page, chapter);
      for (const [anchor, state] of plan) {
        expect(passages.find((p) => p.id === anchor)).toMatchObject({ visual: VISUAL, state });
      }
      for (const [i, [anchor, state]] of plan.entries()) {
        await scrollToPassage(page, anchor);
        await settled(page, chapter, state);
        await expect(map(page, chapter)).toBeVisible();
        // The camera is the one this state frames (its own zoom, not a relabel of another's).
        const camera = await map(page, chapter).locator('.km-camera').evaluate((g) => getComputedStyle(g).transform);
        const want = (await expectedCamera(page, chapter, state)).match(/[-\d.]+/g)!.map(Number);
        camera.match(/[-\d.]+/g)!.map(Number).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 1));
        await checkLabels(page, chapter, state);
        await checkStateChrome(page, chapter, state);
        // The whole chapter (map included) is scanned once, in its last state: each axe run costs
        // seconds whatever its scope (it lays out the whole page).
        const last = i === plan.length - 1;
        if (last || everyState) await expectNoAxeViolations(page, last ? `section#${chapter}` : `section#${chapter} [data-visual="${VISUAL}"]`);
      }
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

/**
 * Scrolls to just before the Kherson chapter, records every shape the front line takes (in
 * window.kmShapes) while the reader wheels in, and returns the line once the map is in its
 * withdrawal state. The tween may finish before the passage reaches the trigger line: it plays
 * as soon as the map is in view.
 */
async function wheelIntoWithdrawal(page: Page) {
  await page.goto('/');
  await scrollToPassage(page, 'pentagon-4');
  const front = map(page, 'kherson').locator('path.km-front.km-morph');
  await front.evaluate((p) => {
    const w = window as unknown as { kmShapes: string[] };
    w.kmShapes = [];
    new MutationObserver(() => w.kmShapes.push(p.getAttribute('d') ?? '')).observe(p, { attributes: true, attributeFilter: ['d'] });
  });
  await wheelToPassage(page, 'kherson-1');
  await expectState(page, 'kherson', VISUAL, 'withdrawal');
  return front;
}

test('the withdrawal plays between the two snapshots when the reader arrives, then the river is the front @phone', async ({ page }) => {
  const front = await wheelIntoWithdrawal(page);
  const [d0, d1] = await front.evaluate((p) => [p.getAttribute('data-d0'), p.getAttribute('data-d1')]);
  expect(d0).toBeTruthy();
  expect(d1).toBeTruthy();
  expect(d0).not.toBe(d1);
  // Same structure at both ends: the tween interpolates numbers, point for point.
  expect(d0!.replace(/[-\d.]+/g, '#')).toBe(d1!.replace(/[-\d.]+/g, '#'));
  // It starts at 7 Nov, passes through shapes in between, and ends at 12 Nov.
  await expect.poll(() => front.getAttribute('d'), { timeout: 8000 }).toBe(d1);
  const shapes = await page.evaluate(() => (window as unknown as { kmShapes: string[] }).kmShapes);
  expect(shapes[0]).toBe(d0);
  expect(shapes.filter((d) => d !== d0 && d !== d1).length).toBeGreaterThan(5);
  expect(shapes[shapes.length - 1]).toBe(d1);
  // The clipped 7 Nov area is gone at the end: under it, the retaken ground shows in its own
  // color, named on the map and in the legend.
  await expect.poll(() => map(page, 'kherson').locator('.km-bridgehead').evaluate((g) => getComputedStyle(g).opacity)).toBe('0');
  const retaken = map(page, 'kherson').locator('.km-layer.km-retaken');
  await expect.poll(() => retaken.evaluate((g) => getComputedStyle(g).opacity)).toBe('1');
  const fills = await map(page, 'kherson').evaluate((fig) =>
    ['.km-retaken', '.km-occ', '.km-land-ua'].map((c) => getComputedStyle(fig.querySelector(c)!).fill),
  );
  expect(new Set(fills).size).toBe(3);
  await expect(map(page, 'kherson').locator('.km-overlay[data-km="withdrawal"]')).toContainText('Retaken by Ukraine');
  await expect(map(page, 'kherson').locator('.km-legend-set[data-kl="withdrawal"]')).toContainText('Retaken by Ukraine, Nov 9–11');
  await scrollToPassage(page, 'kherson-2');
  await settled(page, 'kherson', 'after');
  await expect(map(page, 'kherson').locator('.km-overlay[data-km="after"]')).toContainText('75,000');
  await expect(map(page, 'kherson').locator('.km-overlay[data-km="after"]')).toContainText('now the front');
});

test('a deep link to the withdrawal passage jumps to 12 Nov without playing', async ({ page }) => {
  await page.goto('/#kherson-1');
  await expectState(page, 'kherson', VISUAL, 'withdrawal');
  const front = map(page, 'kherson').locator('path.km-front.km-morph');
  const d1 = await front.getAttribute('data-d1');
  await expect.poll(() => front.getAttribute('d')).toBe(d1);
});

test('the Crimea state states the measured distance and what it measures', async ({ page }) => {
  await page.goto('/');
  await scrollToPassage(page, 'momentum-2');
  await settled(page, 'momentum', 'crimea');
  const overlay = map(page, 'momentum').locator('.km-overlay[data-km="crimea"]');
  const km = (await overlay.locator('text.km-callout').textContent())?.match(/(\d+) km/)?.[1];
  expect(Number(km)).toBeGreaterThan(30);
  await expect(overlay).toContainText('occupied');
  await expect(overlay).toContainText('since 2014');
  await expect(overlay.locator('line.km-distance')).toHaveCount(1);
  // The notes say what the number measures, with the same number.
  const notes = page.locator('#how-we-did-this .km-notes');
  await expect(notes).toContainText(`(${km} km) is measured on the map's own data`);
  await expect(notes).toContainText('line of contact');
  await expect(notes).toContainText('administrative border');
  const json = (await (await page.request.get('/data/kherson-map-distance.json')).json()) as { printed_km: number; km: number };
  expect(json.printed_km).toBe(Number(km));
  expect(Math.round(json.km)).toBe(Number(km));
});

test('the map links to its data table: places, bank, control on 7 and 12 Nov @phone', async ({ page }) => {
  await page.goto('/');
  await scrollToPassage(page, 'kherson-2');
  await settled(page, 'kherson', 'after');
  await map(page, 'kherson').locator('a.km-table-link').click();
  const details = page.locator('#how-we-did-this details.km-data');
  await expect(details).toHaveAttribute('open', '');
  const table = details.locator('table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead')).toContainText('Bank of the Dnipro');
  await expect(table.locator('thead')).toContainText('Nov 7, 2022');
  await expect(table.locator('thead')).toContainText('Nov 12, 2022');
  const kherson = table.locator('tbody tr', { hasText: 'Kherson (Херсон)' });
  await expect(kherson).toContainText('right (west)');
  await expect(kherson.locator('td').nth(2)).toHaveText('Occupied');
  await expect(kherson.locator('td').nth(3)).toHaveText('Not occupied');
  const csv = await (await page.request.get('/data/kherson-map-places.csv')).text();
  expect(csv.split('\n')[0]).toContain('dnipro_bank');
  expect(csv).toContain('Kherson,Херсон,city,right (west),Occupied,Not occupied');
  await expectNoAxeViolations(page, '#how-we-did-this');
});

test('without JavaScript the Kherson chapter shows the key state (12 Nov) as a static map', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const fig = page.locator('section#kherson [data-visual="kherson-map"]');
  await expect(fig).toHaveAttribute('data-state', 'after');
  await expect(fig.locator('.km-overlay[data-km="after"]')).toContainText('75,000');
  const shown = await fig.locator('.km-overlay[data-km="after"]').evaluate((g) => getComputedStyle(g).opacity);
  expect(shown).toBe('1');
  await context.close();
});

test('with reduced motion the withdrawal jumps to 12 Nov: no tween frames', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const front = await wheelIntoWithdrawal(page);
  const [d0, d1] = await front.evaluate((p) => [p.getAttribute('data-d0'), p.getAttribute('data-d1')]);
  await expect.poll(() => front.getAttribute('d')).toBe(d1);
  await page.waitForTimeout(600);
  const shapes = await page.evaluate(() => (window as unknown as { kmShapes: string[] }).kmShapes);
  expect(shapes.filter((d) => d !== d0 && d !== d1)).toEqual([]);
  await context.close();
});

// Text size on phones (360×740, 390×844) in every map state: e2e/reading.spec.ts,
// which measures every visual's SVG text (font-size × getScreenCTM) and caption the same way.
