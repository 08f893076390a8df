/**
 * The reading checks (issues #14 and #16), in one walk through the story per window size (reduced
 * motion, e2e/reading-walk.ts), each check applied at the stops it is about
 * (e2e/reading-checks.ts holds what each measures):
 *
 * - labels: no two visible SVG labels in a graphic overlap (± 1 px), every state, every size;
 * - text size: every visible text in every graphic is at least 12 px on screen, every state, on phones;
 * - overflow: nothing scrolls or is cut inside the sticky graphic, every state, at 390 and 1280;
 * - one frame: every visual sits in the same graphic box (± 1 px) at a given size, whichever is shown;
 * - steps: every step changes the graphic (≥ 1 % of its pixels, a channel moving > 24 of 255), at
 *   390 and 1280: at least 90 % of steps; a step that does not must be held on purpose
 *   (`hold: true` in its chapter file → `data-hold`); a chapter's first step must always differ
 *   from the previous chapter's last. Images are compared in the page (no image library).
 *
 * One walk, not one per check: visiting a passage (scroll, wait for its state, settle) is most of
 * each check's cost, and five walks at three sizes were twelve (docs/testing.md).
 */
import { expect, test, type Locator } from '@playwright/test';
import { DESKTOP, PHONE_360, PHONE_390, firstOfEachState, openStory, report, sizeName, sizeTitle, walk, type Face, type Size, type StoryPassage } from './reading-walk';
import { MIN_PX, changedShare, labelOverlaps, overflows, summarizeSmall, textSizes } from './reading-checks';

type Check = 'labels' | 'text' | 'overflow' | 'frame' | 'steps';
// The 390 walk reads the page in the house sans's stand-in (reading-walk.ts, Face): labels laid
// out for Source Sans 3 must still fit and not collide where the font did not arrive in time.
const PLAN: [Size, Check[], Face][] = [
  [PHONE_360, ['labels', 'text', 'frame'], 'house'],
  [PHONE_390, ['labels', 'text', 'overflow', 'frame', 'steps'], 'stand-in'],
  [DESKTOP, ['labels', 'overflow', 'frame', 'steps'], 'house'],
];
const NAMES: Record<Check, string> = {
  labels: 'no two labels overlap',
  text: `texts ≥ ${MIN_PX} px`,
  overflow: 'nothing cut or scrolling in the graphic',
  frame: 'one frame for every visual',
  steps: 'every step changes the picture',
};

const MIN_CHANGED = 0.01;
const MIN_STEPS_CHANGING = 0.9;

type Box = { x: number; y: number; w: number; h: number };
const same = (a: Box, b: Box) => Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1 && Math.abs(a.w - b.w) <= 1 && Math.abs(a.h - b.h) <= 1;
const show = (b: Box) => `x ${b.x} y ${b.y} ${b.w}×${b.h}`;

for (const [size, checks, face] of PLAN) {
  const does = (c: Check) => checks.includes(c);
  test(`every state the passages show: ${checks.map((c) => NAMES[c]).join(', ')}, in the ${face} sans, ${sizeTitle(size)}`, async ({ browser }, info) => {
    test.setTimeout(240_000);
    const page = await openStory(browser, size, face);
    const at = sizeName(size);
    const eachState = firstOfEachState();
    const firstVisuals = new Set<string>();
    const overlaps: { where: string; what: string }[] = [];
    const small: { where: string; text: string; px: number }[] = [];
    const cut: { where: string; what: string }[] = [];
    const frames: { where: string; graphic: Box; figure: Box }[] = [];
    const steps: { p: StoryPassage; share: number; chapterStart: boolean }[] = [];
    let labels = 0;
    let texts = 0;
    let states = 0;
    let previous: StoryPassage | null = null;

    const box = async (l: Locator): Promise<Box> => {
      const b = (await l.boundingBox())!;
      return { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.width), h: Math.round(b.height) };
    };
    await walk(
      page,
      async ({ passage, graphic, figure, where }) => {
        if (eachState(passage)) {
          states++;
          if (does('labels')) {
            const found = await labelOverlaps(figure);
            labels += found.count;
            for (const what of found.out) overlaps.push({ where, what });
          }
          if (does('text')) {
            const found = await textSizes(figure);
            texts += found.length;
            for (const t of found) if (t.px < MIN_PX) small.push({ where, ...t });
          }
          if (does('overflow')) for (const what of await overflows(graphic)) cut.push({ where, what });
        }
        const visual = `${passage.chapter} ${passage.visual}`;
        if (does('frame') && !firstVisuals.has(visual)) {
          firstVisuals.add(visual);
          frames.push({ where: `${passage.chapter}/${passage.visual}`, graphic: await box(graphic), figure: await box(figure) });
        }
        if (does('steps')) {
          const share = await changedShare(page, await graphic.screenshot({ animations: 'disabled', caret: 'hide' }));
          if (previous) steps.push({ p: passage, share, chapterStart: previous.chapter !== passage.chapter });
          previous = passage;
        }
      },
      // Steps compare every passage with the one before; the other checks look once per state.
      does('steps') ? () => true : firstOfEachState(),
    );
    await page.close();
    expect(states, 'states looked at').toBeGreaterThan(1);

    if (does('labels')) {
      expect(labels, 'labels looked at').toBeGreaterThan(0);
      expect.soft(report(overlaps), `overlapping labels at ${at} (visual/state: labels and overlap)`).toEqual([]);
    }
    if (does('text')) {
      expect(texts, 'texts measured').toBeGreaterThan(0);
      expect.soft(summarizeSmall(small), `texts under ${MIN_PX} px on screen at ${at} (visual/state: text size)`).toEqual([]);
    }
    if (does('overflow')) expect.soft(report(cut), `overflow inside the graphic at ${at} (visual/state: what)`).toEqual([]);
    if (does('frame')) {
      expect(frames.length, 'visuals looked at').toBeGreaterThan(1);
      const ref = frames[0]!;
      const odd = frames.filter((s) => !same(s.graphic, ref.graphic) || !same(s.figure, ref.figure));
      expect.soft(
        odd.map((s) => `${s.where}: graphic ${show(s.graphic)}, figure ${show(s.figure)}`),
        `frames that differ from ${ref.where}'s (graphic ${show(ref.graphic)}, figure ${show(ref.figure)})`,
      ).toEqual([]);
    }
    if (does('steps')) {
      const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
      const line = (s: (typeof steps)[number]) => `${s.p.id} (${s.p.visual}/${s.p.state}${s.p.hold ? ', hold' : ''}): ${pct(s.share)} changed`;
      const unchanged = steps.filter((s) => s.share < MIN_CHANGED);
      const changing = (steps.length - unchanged.length) / steps.length;
      info.annotations.push({ type: 'steps', description: steps.map(line).join('\n') });
      expect(steps.length, 'steps compared').toBeGreaterThan(1);
      expect.soft(unchanged.filter((s) => s.chapterStart).map(line), 'a chapter’s first step must differ from the previous chapter’s last').toEqual([]);
      expect.soft(
        unchanged.filter((s) => !s.chapterStart && !s.p.hold).map(line),
        'steps that change less than 1 % of the graphic without `hold: true` in their chapter file',
      ).toEqual([]);
      expect(changing, `share of steps that change the graphic (${steps.length - unchanged.length} of ${steps.length})`).toBeGreaterThanOrEqual(MIN_STEPS_CHANGING);
    }
  });
}
