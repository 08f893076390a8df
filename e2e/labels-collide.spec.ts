/**
 * No two labels overlap (issue #16): in every state a passage shows, the visible SVG `<text>` boxes inside the
 * graphic (a text element is one box, its tspans included) do not overlap by more than 1 px in
 * both directions. A label drawn twice on purpose (a white halo copy under the same words at the
 * same place) is one label.
 *
 * A label's box is as wide as the browser's (getBoundingClientRect: the advance width) and one em
 * tall (its font size on screen), centered where the browser's box is. The browser's box is the
 * font's whole line height (Source Sans 3: about 1.4 em), so two lines of one label set 1.2 em
 * apart, which do not touch, would "overlap" by 3–4 px.
 */
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE_360, PHONE_390, openStory, report, sizeTitle, skipOtherProject, walk, firstOfEachState } from './reading-walk';

const TOLERANCE_PX = 1;

for (const size of [PHONE_360, PHONE_390, DESKTOP]) {
  test(`no two visible labels in a graphic overlap, in every state the passages show, ${sizeTitle(size)}`, async ({ browser }, info) => {
    skipOtherProject(size, info);
    test.setTimeout(120_000);
    const page = await openStory(browser, size);
    const findings: { where: string; what: string }[] = [];
    let labels = 0;
    await walk(page, async ({ figure, where }) => {
      const result = await figure.evaluate((root, tol) => {
        const emBox = (el: SVGTextElement) => {
          const r = el.getBoundingClientRect();
          const ctm = el.getScreenCTM();
          const em = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
          const cy = (r.top + r.bottom) / 2;
          return { left: r.left, right: r.right, top: cy - em / 2, bottom: cy + em / 2, width: r.width, height: em };
        };
        const boxes = [...root.querySelectorAll<SVGTextElement>('svg text')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
          })
          .map((el) => ({ text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), r: emBox(el) }))
          .filter(({ text }) => text);
        const out: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (w <= tol || h <= tol) continue;
            const halo = a.text === b.text && w * h > 0.8 * Math.min(a.r.width * a.r.height, b.r.width * b.r.height);
            if (halo) continue;
            const cut = (s: string) => (s.length > 32 ? `${s.slice(0, 32)}…` : s);
            out.push(`“${cut(a.text)}” × “${cut(b.text)}” (${w.toFixed(1)}×${h.toFixed(1)} px)`);
          }
        }
        return { count: boxes.length, out };
      }, TOLERANCE_PX);
      labels += result.count;
      for (const what of result.out) findings.push({ where, what });
    }, firstOfEachState());
    await page.close();
    expect(labels, 'labels looked at').toBeGreaterThan(0);
    expect(report(findings), `overlapping labels at ${size.width}×${size.height} (visual/state: labels and overlap)`).toEqual([]);
  });
}
