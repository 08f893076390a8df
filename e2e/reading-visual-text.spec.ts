/**
 * Every visible text inside every graphic is at least 12 px on screen on phones (issue #14:
 * "readable at 360 px"), in every state a passage of the story shows: SVG text at its computed font-size times
 * the SVG's scale on screen (getScreenCTM), HTML text (captions, keys, source lines, controls) at
 * its computed font-size. A text element with its own text counts; a tspan with its own size is
 * measured on its own. Visually hidden text (screen-reader descriptions) is not on screen.
 */
import { expect, test } from '@playwright/test';
import { PHONE_360, PHONE_390, openStory, sizeTitle, skipOtherProject, walk, firstOfEachState } from './reading-walk';

const MIN_PX = 12;

/** One line per visual/state: how many texts are too small, the smallest, and a few of them. */
function summarize(findings: { where: string; text: string; px: number }[]): string[] {
  const places = [...new Set(findings.map((f) => f.where))];
  return places.map((where) => {
    const small = findings.filter((f) => f.where === where).sort((a, b) => a.px - b.px);
    const texts = [...new Set(small.map((f) => `“${f.text}” ${f.px}`))];
    return `${where}: ${texts.length} texts under ${MIN_PX} px, smallest ${small[0]!.px} px: ${texts.slice(0, 4).join(', ')}${texts.length > 4 ? ', …' : ''}`;
  });
}

for (const size of [PHONE_360, PHONE_390]) {
  test(`every visible text in every graphic is at least ${MIN_PX} px on screen, in every state the passages show, ${sizeTitle(size)}`, async ({ browser }, info) => {
    skipOtherProject(size, info);
    test.setTimeout(120_000);
    const page = await openStory(browser, size);
    const findings: { where: string; text: string; px: number }[] = [];
    let measured = 0;
    await walk(page, async ({ figure, where }) => {
      const texts = await figure.evaluate((root) => {
        const out: { text: string; px: number }[] = [];
        const visible = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 1 && r.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        };
        const ownText = (el: Element) =>
          [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
        for (const el of root.querySelectorAll('*')) {
          const text = ownText(el);
          if (!text || !visible(el)) continue;
          let px = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGElement) {
            const ctm = (el as SVGGraphicsElement).getScreenCTM?.() ?? (el.closest('text') as SVGGraphicsElement | null)?.getScreenCTM();
            if (!ctm) continue;
            px *= Math.hypot(ctm.a, ctm.b);
          }
          out.push({ text: text.length > 40 ? `${text.slice(0, 40)}…` : text, px: Math.round(px * 10) / 10 });
        }
        return out;
      });
      measured += texts.length;
      for (const t of texts) if (t.px < MIN_PX) findings.push({ where, text: t.text, px: t.px });
    }, firstOfEachState());
    await page.close();
    expect(measured, 'texts measured').toBeGreaterThan(0);
    expect(summarize(findings), `texts under ${MIN_PX} px on screen at ${size.width}×${size.height} (visual/state: text size)`).toEqual([]);
  });
}
