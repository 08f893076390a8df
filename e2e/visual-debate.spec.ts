/**
 * The debate visual as a reader meets it: every passage that shows it brings the figure to its
 * state (view, highlighted voices or events, panel card), in both directions; every voice and
 * event is reachable by keyboard and by touch, opens its card with linked sources; the notes
 * hold the accessible list; axe is clean in every state; it fits a phone's sticky box.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, expectState, figure, passagesOf, scrollToPassage, waitForVisualSettled } from './helpers';
import { readFileSync } from 'node:fs';
import { STATES, type StateDef } from '../src/visuals/debate/states';

// The data the figure draws (read as JSON: Playwright's loader does not import JSON modules here).
interface VoiceData {
  id: string;
  name: string;
  role: string;
  private?: string;
  privateOnly?: boolean;
  range?: string[];
  quotes: { words: string }[];
}
const data = JSON.parse(readFileSync('content/data/context/debate.json', 'utf8')) as {
  voices: VoiceData[];
  events: { id: string; title: string }[];
};
const { voices, events } = data;

const CHAPTERS = ['calls-to-kyiv', 'ankara', 'mixed-messages', 'momentum', 'neither-side', 'pentagon', 'white-house', 'winter'];
const def = (state: string): StateDef => (STATES as Record<string, StateDef>)[state]!;

async function debatePassages(page: Page, chapter: string) {
  return (await passagesOf(page, chapter)).filter((p) => p.visual === 'debate');
}

/** The figure's SVG shown at this width: the wide artboard on desktop, the compact one on phones. */
function shownSvg(page: Page, chapter: string) {
  return figure(page, chapter, 'debate').locator('svg.debate-svg:visible');
}

/** The highlighted mark ids the figure shows now. */
async function highlighted(page: Page, chapter: string): Promise<string[]> {
  return shownSvg(page, chapter)
    .locator('.dv-mark.is-on, .dv-chip.is-on')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '').sort());
}

async function expectPassageShown(page: Page, chapter: string, id: string, state: string): Promise<void> {
  await scrollToPassage(page, id);
  await expectState(page, chapter, 'debate', state);
  const fig = figure(page, chapter, 'debate');
  await expect(fig).toHaveClass(/is-shown/);
  await expect(fig.locator('[data-debate]')).toHaveAttribute('data-view', def(state).view);
  await expect.poll(() => highlighted(page, chapter), { message: `${id} highlights` }).toEqual([...def(state).focus].sort());
  await expect(fig.locator('[data-panel] .dc-kicker')).toHaveText(def(state).label);
  await expect(fig.locator('[data-description]')).toHaveText(def(state).description);
}

test.describe('debate: scrolling through the passages @phone', () => {
  test.describe.configure({ timeout: 180_000 });
  test('each passage brings the figure to its state, down and back up, without errors', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    const seen = new Set<string>();
    for (const chapter of CHAPTERS) {
      const passages = await debatePassages(page, chapter);
      expect(passages.length, `${chapter} shows the debate`).toBeGreaterThan(0);
      for (const p of passages) {
        await expectPassageShown(page, chapter, p.id, p.state!);
        seen.add(p.state!);
      }
      for (const p of [...passages].reverse()) await expectPassageShown(page, chapter, p.id, p.state!);
    }
    expect([...seen].sort()).toEqual(Object.keys(STATES).sort());
    expect(errors).toEqual([]);
  });
});

test.describe('debate: axe in every state', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const chapter of CHAPTERS) {
    test(`${chapter} @phone`, async ({ page }) => {
      await page.goto('/');
      const passages = await debatePassages(page, chapter);
      for (const [i, p] of passages.entries()) {
        await expectPassageShown(page, chapter, p.id, p.state!);
        const last = i === passages.length - 1;
        if (!last && passages[i + 1]!.state === p.state) continue; // the same picture: scanned at its last passage
        await waitForVisualSettled(figure(page, chapter, 'debate')); // the view's fade has finished before axe reads colours
        // Per state only the figure changes; the whole chapter (figure included) is scanned once, in
        // its last state. Each axe run costs seconds whatever its scope (it lays out the whole page).
        await expectNoAxeViolations(page, last ? `section#${chapter}` : `section#${chapter} [data-visual="debate"]`);
      }
    });
  }
});

test.describe('debate: every voice and event is reachable', () => {
  test('by keyboard: Tab walks every voice; focus opens its card with linked sources; Escape returns to the passage', async ({ page }) => {
    await page.goto('/');
    await expectPassageShown(page, 'calls-to-kyiv', 'calls-to-kyiv-2', 'unified-front');
    const fig = figure(page, 'calls-to-kyiv', 'debate');
    const marks = shownSvg(page, 'calls-to-kyiv').locator('.dv-spectrum .dv-mark');
    const expected = voices.length + voices.filter((v) => v.private && !v.privateOnly && !v.range).length;
    await expect(marks).toHaveCount(expected);
    await marks.first().focus();
    const reached: string[] = [];
    for (let i = 0; i < expected; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
      reached.push(id);
      const v = voices.find((x) => x.id === id.replace(/-private$/, ''))!;
      await expect(fig.locator('[data-panel]')).toContainText(v.name);
      // Focus is visible: the hit area gets a stroke.
      const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.dv-hit')!).stroke);
      expect(stroke, `${id} focus ring`).not.toBe('none');
      await page.keyboard.press('Tab');
    }
    expect(reached.sort()).toEqual((await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''))).sort());
    // The panel of the last voice links its sources to their URLs.
    await marks.last().focus();
    const hrefs = await fig.locator('[data-panel] .dc-src a').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    await page.keyboard.press('Escape');
    await expect(fig.locator('[data-panel] .dc-kicker')).toHaveText(def('unified-front').label);
  });

  test('by keyboard in the week: every event chip is focusable and opens its card', async ({ page }) => {
    await page.goto('/');
    await expectPassageShown(page, 'ankara', 'ankara-1', 'week-ankara');
    const fig = figure(page, 'ankara', 'debate');
    const chips = shownSvg(page, 'ankara').locator('.dv-week .dv-chip');
    await expect(chips).toHaveCount(events.length);
    for (const e of events) {
      await chips.and(fig.locator(`.dv-chip[data-id="${e.id}"]`)).focus();
      await expect(fig.locator('[data-panel] .dc-head strong')).toHaveText(e.title.replaceAll("'", '’'));
    }
    // Hidden views are not focusable: the spectrum is not drawn here, and in a spectrum chapter the week is hidden.
    await expectPassageShown(page, 'white-house', 'white-house-2', 'state-department');
    const whFig = figure(page, 'white-house', 'debate');
    await expect(whFig.locator('.dv-week')).toHaveCount(0);
  });

  test('by touch: tapping a voice opens its card; the next passage restores the passage card @phone', async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium');
    await page.goto('/');
    await expectPassageShown(page, 'white-house', 'white-house-2', 'state-department');
    const fig = figure(page, 'white-house', 'debate');
    const hodges = shownSvg(page, 'white-house').locator('.dv-mark[data-id="hodges"]');
    const box = await hodges.boundingBox();
    expect(box).not.toBeNull();
    if ((page.viewportSize()?.width ?? 0) < 900) await hodges.tap();
    else await hodges.click();
    await expect(fig.locator('[data-panel]')).toContainText('Ben Hodges');
    await expect(fig.locator('[data-panel] .dc-kicker')).toHaveText('Selected');
    expect(page.url()).not.toContain('-v-hodges'); // the link opened the card, it did not navigate
    if ((page.viewportSize()?.width ?? 0) < 900) {
      // Phones draw no explanation beside a row's heading: tapping the heading opens it.
      await shownSvg(page, 'white-house').locator('.dv-rowkey[data-row="none"]').tap();
      await expect(fig.locator('[data-panel]')).toContainText('Not placed: they describe the debate, or carry a message.');
      expect(page.url()).not.toContain('--debate--notes-h');
    }
    await expectPassageShown(page, 'white-house', 'white-house-3', 'sullivan-private');
  });
});

test.describe('debate: layout', () => {
  test('fits the phone’s sticky box: full-width picture, readable labels, a panel below it @phone', async ({ page }) => {
    test.skip((page.viewportSize()?.width ?? 0) >= 900, 'phone layout');
    await page.goto('/');
    for (const [chapter, id, state] of [
      ['white-house', 'white-house-6', 'public-private'],
      ['ankara', 'ankara-1', 'week-ankara'],
    ] as const) {
      await expectPassageShown(page, chapter, id, state);
      const fig = figure(page, chapter, 'debate');
      const graphic = await page.locator(`section#${chapter} .graphic`).boundingBox();
      const svg = await shownSvg(page, chapter).boundingBox();
      const panel = await fig.locator('[data-panel]').boundingBox();
      expect(svg!.width).toBeGreaterThan(320);
      expect(svg!.y + svg!.height).toBeLessThanOrEqual(graphic!.y + graphic!.height);
      expect(panel!.y).toBeGreaterThanOrEqual(svg!.y + svg!.height - 1);
      expect(panel!.height).toBeGreaterThan(60);
      // The smallest label on screen is at least 7.5 px tall (viewBox units × scale).
      const px = await shownSvg(page, chapter).evaluate((el) => {
        const svgEl = el as SVGSVGElement;
        const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
        const sizes = [...svgEl.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize));
        return Math.min(...sizes) * scale;
      });
      expect(px).toBeGreaterThanOrEqual(7.5);
    }
  });

  // Every text the figure shows, in every state a reader scrolls to, at its size on screen:
  // computed font-size × the SVG's screen scale (getScreenCTM), i.e. CSS px as drawn.
  test('every visible text in the figure is at least 11.5 px on screen, in every state @phone', async ({ page }, testInfo) => {
    // KNOWN REGRESSION, expected to fail until fixed: with the new one-grid layout (issue #14) the
    // phone graphic is narrower and the debate's compact labels measure 10.94 px at 360×740
    // (11.55 px before). The per-visual pass of #14 (>= 12 px in every
    // visual) must fix it; test.fail makes this run red as soon as the text is large enough again.
    test.fail(testInfo.project.name === 'phone', 'debate phone labels at 10.94 px after the new grid (issue #14)');
    test.setTimeout(180_000);
    const MIN_PX = 11.5;
    await page.goto('/');
    const small: string[] = [];
    for (const chapter of CHAPTERS) {
      for (const p of await debatePassages(page, chapter)) {
        await expectPassageShown(page, chapter, p.id, p.state!);
        await waitForVisualSettled(figure(page, chapter, 'debate')); // the view's fade has ended (visibility flips at its end)
        const texts = await shownSvg(page, chapter)
          .locator('text')
          .evaluateAll((els) =>
            els
              .filter((t) => {
                const r = t.getBoundingClientRect();
                const cs = getComputedStyle(t);
                return r.width > 0 && r.height > 0 && cs.visibility === 'visible' && (t as SVGGraphicsElement).checkVisibility({ opacityProperty: true });
              })
              .map((t) => {
                const ctm = (t as SVGGraphicsElement).getScreenCTM()!;
                const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
                return { text: t.textContent ?? '', px: Math.round(px * 100) / 100 };
              }),
          );
        expect(texts.length, `${p.id} shows text`).toBeGreaterThan(0);
        for (const t of texts) if (t.px < MIN_PX) small.push(`${p.id} (${p.state}): “${t.text}” at ${t.px} px`);
      }
    }
    expect(small, `texts under ${MIN_PX} px on screen`).toEqual([]);
  });

  test('desktop: the picture and its panel fit the sticky box', async ({ page }) => {
    await page.goto('/');
    await expectPassageShown(page, 'white-house', 'white-house-3', 'sullivan-private');
    const fig = figure(page, 'white-house', 'debate');
    const svg = await shownSvg(page, 'white-house').boundingBox();
    const panel = await fig.locator('[data-panel]').boundingBox();
    expect(svg!.y).toBeGreaterThanOrEqual(0);
    expect(panel!.y + panel!.height).toBeLessThanOrEqual(800);
  });
});

test.describe('debate: notes, no-JS and downloads', () => {
  test('the notes (once, in “How we did this”) list every voice and event with role, words and linked sources; every chapter’s figure links there', async ({ page }) => {
    await page.goto('/');
    const notes = page.locator('#how-we-did-this .debate-notes');
    await expect(page.locator('.debate-notes')).toHaveCount(1);
    for (const v of voices) {
      const row = notes.locator(`tr#calls-to-kyiv--debate--notes-v-${v.id}`);
      await expect(row).toContainText(v.role);
      await expect(row).toContainText(v.quotes[0]!.words);
      expect(await row.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    }
    for (const e of events) await expect(notes.locator(`tr#calls-to-kyiv--debate--notes-e-${e.id}`)).toHaveCount(1);
    const later = page.locator('section#pentagon [data-visual="debate"]');
    await expect(later.locator('a[href^="#pentagon--debate--notes"]')).toHaveCount(0);
    expect(await later.locator('a[href^="#calls-to-kyiv--debate--notes-v-"]').count()).toBeGreaterThan(0);
  });

  test('without JavaScript: the key state is drawn and each mark links to its row in the notes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const fig = page.locator('section#white-house [data-visual="debate"]');
    const key = await fig.getAttribute('data-state');
    await expect(fig.locator('[data-panel] .dc-kicker')).toHaveText(def(key!).label);
    const hrefs = await fig.locator('.dv-mark').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(await page.locator(h).count(), h).toBe(1);
    await context.close();
  });

  test('the data downloads are served', async ({ request }) => {
    const json = await request.get('/data/debate.json');
    expect(json.ok()).toBe(true);
    const body = (await json.json()) as { voices: unknown[]; events: unknown[]; sources: { source_url: string }[] };
    expect(body.voices).toHaveLength(voices.length);
    expect(body.events).toHaveLength(events.length);
    for (const path of ['/data/debate-voices.csv', '/data/debate-week.csv']) {
      const res = await request.get(path);
      expect(res.ok(), path).toBe(true);
      expect((await res.text()).split('\n').length).toBeGreaterThan(5);
    }
  });
});
