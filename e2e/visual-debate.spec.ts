/**
 * The debate visual as a reader meets it: every passage brings the figure to its state (view,
 * drawn rows and marks, highlighted ones, the state's note), in both directions; the picture
 * changes with every passage; axe is clean in every state; every visible text is at least 12 px
 * on a phone; nothing overflows or scrolls inside the sticky box; marks carry details, not links;
 * the notes hold the accessible list; no-JS shows the key state.
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

/** The highlighted mark ids (voices, events) the figure shows now. */
async function highlighted(page: Page, chapter: string): Promise<string[]> {
  return shownSvg(page, chapter)
    .locator('.dv-mark.is-on, .dv-event.is-on')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '').sort());
}

async function expectPassageShown(page: Page, chapter: string, id: string, state: string): Promise<void> {
  await scrollToPassage(page, id);
  await expectState(page, chapter, 'debate', state as never);
  const fig = figure(page, chapter, 'debate');
  await expect(fig).toHaveClass(/is-shown/);
  const d = def(state);
  await expect(fig.locator('[data-debate]')).toHaveAttribute('data-view', d.view);
  const marks = d.view === 'ankara' ? [] : [...d.focus].sort();
  await expect.poll(() => highlighted(page, chapter), { message: `${id} highlights` }).toEqual(marks);
  await expect(fig.locator('.dv-note:not(.is-hidden)')).toHaveText(d.note);
  await expect(fig.locator('[data-description]')).toHaveText(d.description);
}

/** The figure's pixels, for comparing one passage's picture with the next. */
async function picture(page: Page, chapter: string): Promise<Buffer> {
  await waitForVisualSettled(figure(page, chapter, 'debate'), 30);
  return shownSvg(page, chapter).screenshot({ animations: 'disabled' });
}

test.describe('debate: scrolling through the passages', () => {
  test.describe.configure({ timeout: 180_000 });
  test('each passage brings the figure to its state, down and back up, without errors', async ({ page }) => {
    // The phone project walks down every passage in the axe tests below (the compact artboard);
    // going back up is the engine's, the same at every size: once, on the wide artboard.
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
  // At rest: these check each state's end picture (axe, labels, chrome); reduced motion gives it at once
  // (the engine jumps, CSS transitions are zero). The animations themselves are the wheel and tween tests'.
  test.use({ reducedMotion: 'reduce' });
  for (const chapter of CHAPTERS) {
    test(`${chapter}: axe in every state; every passage changes the picture @phone-only`, async ({ page }) => {
      // Every state on the phone artboard; the wide one: the test below.
      await page.goto('/');
      const passages = await debatePassages(page, chapter);
      let before: Buffer | null = null;
      for (const [i, p] of passages.entries()) {
        await expectPassageShown(page, chapter, p.id, p.state!);
        // Stricter than e2e/reading.spec.ts (every debate passage, not 90 %).
        const now = await picture(page, chapter);
        if (before) expect(now.equals(before), `${p.id} (${p.state}) looks like the passage before`).toBe(false);
        before = now;
        const last = i === passages.length - 1;
        if (!last && passages[i + 1]!.state === p.state) continue; // the same state: scanned at the next passage
        // Per state only the figure changes; the whole chapter (figure included) is scanned once, in its last state.
        await expectNoAxeViolations(page, last ? `section#${chapter}` : `section#${chapter} [data-visual="debate"]`);
      }
    });
  }

  test('the wide artboard in each chapter’s last state; the desktop chapter layout once', async ({ page }) => {
    // The same marks, names and colours as the compact artboard scanned in every state above,
    // in another layout: each chapter's last state, reached directly, on one page.
    await page.goto('/');
    for (const [i, chapter] of CHAPTERS.entries()) {
      const p = (await debatePassages(page, chapter)).at(-1)!;
      await expectPassageShown(page, chapter, p.id, p.state!);
      await waitForVisualSettled(figure(page, chapter, 'debate'));
      await expectNoAxeViolations(page, i === 0 ? `section#${chapter}` : `section#${chapter} [data-visual="debate"]`);
    }
  });
});

test.describe('debate: marks carry details, not links', () => {
  test('every voice and event drawn is a data-detail mark with its name; the figure has no link but in its source line', async ({ page }) => {
    await page.goto('/');
    await expectPassageShown(page, 'calls-to-kyiv', 'calls-to-kyiv-2', 'unified-front');
    const fig = figure(page, 'calls-to-kyiv', 'debate');
    const details = await shownSvg(page, 'calls-to-kyiv')
      .locator('.dv-mark:not(.is-hidden)')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-id') ?? '', el.getAttribute('data-detail') ?? ''] as const));
    expect(details.length).toBeGreaterThanOrEqual(14);
    for (const [id, text] of details) {
      const v = voices.find((x) => x.id === id.replace(/-private$/, ''))!;
      expect(text, id).toContain(v.name);
      expect(text, id).toContain('Sources:');
    }
    await expect(fig.locator('svg a')).toHaveCount(0);
    const links = await fig.locator('.debate a').evaluateAll((els) => els.map((a) => a.closest('[data-source-line]') !== null));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every(Boolean)).toBe(true);
    // The week's events too.
    await expectPassageShown(page, 'winter', 'winter-1', 'week');
    const chips = shownSvg(page, 'winter').locator('.dv-event');
    await expect(chips).toHaveCount(events.length);
    for (const e of events) await expect(chips.and(page.locator(`[data-id="${e.id}"]`))).toHaveAttribute('data-detail', new RegExp(e.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", '[\'’]')));
  });
});

function layoutTests(size: string): void {
  test(`fits the sticky box in every state: nothing overflows it, nothing inside scrolls (${size}) @phone-only`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const bad: string[] = [];
    for (const chapter of CHAPTERS) {
      const graphic = page.locator(`section#${chapter} .graphic`);
      for (const p of await debatePassages(page, chapter)) {
        await expectPassageShown(page, chapter, p.id, p.state!);
        const box = (await graphic.boundingBox())!;
        const out = await figure(page, chapter, 'debate').evaluate((fig, b) => {
          const found: string[] = [];
          for (const el of fig.querySelectorAll<HTMLElement>('.debate, .debate > *, .visual-data')) {
            const r = el.getBoundingClientRect();
            if (r.height === 0 || getComputedStyle(el).visibility !== 'visible') continue;
            if (r.bottom > b.y + b.height + 0.5 || r.top < b.y - 0.5) found.push(`${el.className} spans ${Math.round(r.top)}–${Math.round(r.bottom)}`);
            const oy = getComputedStyle(el).overflowY;
            if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight) found.push(`${el.className} scrolls`);
          }
          return found;
        }, box);
        for (const o of out) bad.push(`${p.id} (${p.state}): ${o} in a box ${Math.round(box.y)}–${Math.round(box.y + box.height)}`);
      }
    }
    expect(bad).toEqual([]);
  });
}

// Text size at 360 and 390 and overflow at 390 and 1280 are measured for every visual by
// e2e/reading.spec.ts; this adds the box at 360 × 740.
test.describe('debate: layout', () => {
  layoutTests('360 × 740');
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

  test('without JavaScript: the key state is drawn, with its note and source line only', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const fig = page.locator('section#white-house [data-visual="debate"]');
    const key = (await fig.getAttribute('data-state'))!;
    await expect(fig.locator('.dv-note:visible')).toHaveText(def(key).note);
    await expect(fig.locator('.dv-src:visible')).toHaveCount(1);
    await expect(fig.locator('svg.dv-wide .dv-mark.is-on').first()).toBeVisible();
    for (const h of await fig.locator('.dv-src:visible a[href^="#"]').evaluateAll((els) => els.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(h).count(), h).toBe(1);
    }
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
