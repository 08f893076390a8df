/**
 * Every step visibly changes the picture (issue #16): the sticky graphic is captured at each
 * passage and compared with the previous passage's graphic (the previous chapter's last one for a
 * chapter's first passage). A step "changes" when at least 1 % of the graphic's pixels differ
 * (a pixel differs when a color channel moves by more than 24 of 255, which ignores
 * anti-aliasing noise). At least 90 % of steps must change; a step that does not change must be
 * one the chapter file holds on purpose (`hold: true` → `data-hold`); a chapter's first step must
 * always differ from the previous chapter's last.
 *
 * The images are compared in the page (PNG decoded by createImageBitmap): no image library.
 */
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE_390, openStory, sizeTitle, skipOtherProject, walk, type StoryPassage } from './reading-walk';

const MIN_CHANGED = 0.01;
const MIN_STEPS_CHANGING = 0.9;
const CHANNEL_NOISE = 24;

/** Share of pixels that differ from the previous image kept in the page (1 when the size differs or there is none). */
async function changedShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async ([b64, noise]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(bitmap, 0, 0);
      const now = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const w = window as unknown as { __stepsPrev?: ImageData };
      const prev = w.__stepsPrev;
      w.__stepsPrev = now;
      if (!prev || prev.width !== now.width || prev.height !== now.height) return 1;
      let differing = 0;
      const a = prev.data;
      const b = now.data;
      for (let i = 0; i < a.length; i += 4) {
        if (Math.abs(a[i]! - b[i]!) > noise || Math.abs(a[i + 1]! - b[i + 1]!) > noise || Math.abs(a[i + 2]! - b[i + 2]!) > noise) differing++;
      }
      return differing / (now.width * now.height);
    },
    [png.toString('base64'), CHANNEL_NOISE] as const,
  );
}

for (const size of [PHONE_390, DESKTOP]) {
  test(`every step changes the graphic (≥ ${MIN_CHANGED * 100} % of its pixels) unless held on purpose, ${sizeTitle(size)}`, async ({ browser }, info) => {
    skipOtherProject(size, info);
    test.setTimeout(150_000);
    const page = await openStory(browser, size);
    const steps: { p: StoryPassage; share: number; chapterStart: boolean }[] = [];
    let previous: StoryPassage | null = null;
    await walk(page, async ({ passage, graphic }) => {
      const share = await changedShare(page, await graphic.screenshot({ animations: 'disabled', caret: 'hide' }));
      if (previous) steps.push({ p: passage, share, chapterStart: previous.chapter !== passage.chapter });
      previous = passage;
    });
    await page.close();
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    const line = (s: (typeof steps)[number]) => `${s.p.id} (${s.p.visual}/${s.p.state}${s.p.hold ? ', hold' : ''}): ${pct(s.share)} changed`;
    const unchanged = steps.filter((s) => s.share < MIN_CHANGED);
    const changing = (steps.length - unchanged.length) / steps.length;
    info.annotations.push({ type: 'steps', description: steps.map(line).join('\n') });
    expect(steps.length, 'steps compared').toBeGreaterThan(1);
    expect.soft(
      unchanged.filter((s) => s.chapterStart).map(line),
      'a chapter’s first step must differ from the previous chapter’s last',
    ).toEqual([]);
    expect.soft(
      unchanged.filter((s) => !s.chapterStart && !s.p.hold).map(line),
      'steps that change less than 1 % of the graphic without `hold: true` in their chapter file',
    ).toEqual([]);
    expect(changing, `share of steps that change the graphic (${steps.length - unchanged.length} of ${steps.length})`).toBeGreaterThanOrEqual(MIN_STEPS_CHANGING);
  });
}
