/**
 * One graphic frame (issue #14): at a given window size every visual, in every chapter, sits in
 * the same box — the sticky `.graphic` and the shown figure inside it have the same position and
 * size (±1 px) whichever visual is shown, so a chapter that changes visual changes only what is
 * inside the frame.
 */
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE_360, PHONE_390, openStory, sizeTitle, skipOtherProject, walk, type StoryPassage } from './reading-walk';

type Box = { x: number; y: number; w: number; h: number };
const round = (r: Box): Box => ({ x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) });
const same = (a: Box, b: Box) => Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1 && Math.abs(a.w - b.w) <= 1 && Math.abs(a.h - b.h) <= 1;
const show = (b: Box) => `x ${b.x} y ${b.y} ${b.w}×${b.h}`;

for (const size of [PHONE_360, PHONE_390, DESKTOP]) {
  test(`every visual sits in the same graphic frame, ${sizeTitle(size)}`, async ({ browser }, info) => {
    skipOtherProject(size, info);
    test.setTimeout(90_000);
    const page = await openStory(browser, size);
    // One passage per chapter × visual: the first that shows it.
    const firsts = new Set<string>();
    const keep = (p: StoryPassage) => {
      const key = `${p.chapter} ${p.visual}`;
      if (firsts.has(key)) return false;
      firsts.add(key);
      return true;
    };
    const seen: { where: string; graphic: Box; figure: Box }[] = [];
    await walk(
      page,
      async ({ passage, graphic, figure }) => {
        const box = async (l: typeof graphic): Promise<Box> => {
          const b = (await l.boundingBox())!;
          return round({ x: b.x, y: b.y, w: b.width, h: b.height });
        };
        seen.push({ where: `${passage.chapter}/${passage.visual}`, graphic: await box(graphic), figure: await box(figure) });
      },
      keep,
    );
    await page.close();
    expect(seen.length, 'visuals looked at').toBeGreaterThan(1);
    const ref = seen[0]!;
    const odd = seen.filter((s) => !same(s.graphic, ref.graphic) || !same(s.figure, ref.figure));
    expect(
      odd.map((s) => `${s.where}: graphic ${show(s.graphic)}, figure ${show(s.figure)}`),
      `frames that differ from ${ref.where}'s (graphic ${show(ref.graphic)}, figure ${show(ref.figure)})`,
    ).toEqual([]);
  });
}
