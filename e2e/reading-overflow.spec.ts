/**
 * Nothing scrolls or is cut off inside the sticky graphic (issue #14), in every state a passage shows:
 * - no element inside the graphic has more content than its box where its overflow is not
 *   visible (a scroll box, or text clipped by overflow: hidden/clip);
 * - nothing the figure shows extends past the graphic's box (the frame every visual shares);
 * - no visible SVG text extends past its own SVG (cut at the picture's edge).
 * Visually hidden text (1 px boxes for screen readers) is not on screen and is not counted.
 */
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE_390, openStory, report, sizeTitle, skipOtherProject, walk, firstOfEachState } from './reading-walk';

for (const size of [PHONE_390, DESKTOP]) {
  test(`nothing overflows inside the sticky graphic, in every state the passages show, ${sizeTitle(size)}`, async ({ browser }, info) => {
    skipOtherProject(size, info);
    test.setTimeout(120_000);
    const page = await openStory(browser, size);
    const findings: { where: string; what: string }[] = [];
    const looked = await walk(page, async ({ graphic, where }) => {
      const found = await graphic.evaluate((box) => {
        const out: string[] = [];
        const name = (el: Element) => {
          const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : (el.getAttribute('class') ?? '').split(/\s+/)[0];
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
          return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}>${text ? ` “${text}”` : ''}`;
        };
        const rendered = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 2 && r.height > 2 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        };
        const frame = box.getBoundingClientRect();
        const figure = box.querySelector('[data-visual].is-shown');
        for (const el of box.querySelectorAll('*')) {
          if (!(el instanceof HTMLElement) || !rendered(el)) continue;
          const cs = getComputedStyle(el);
          const clipsY = cs.overflowY !== 'visible';
          const clipsX = cs.overflowX !== 'visible';
          const overY = el.scrollHeight - el.clientHeight;
          const overX = el.scrollWidth - el.clientWidth;
          if (clipsY && overY > 1) out.push(`${name(el)} hides ${overY} px of its content (overflow-y: ${cs.overflowY})`);
          if (clipsX && overX > 1) out.push(`${name(el)} hides ${overX} px of its content (overflow-x: ${cs.overflowX})`);
        }
        if (figure) {
          // The outermost element that sticks out is named; what is inside a box that clips was counted above.
          const past: Element[] = [];
          for (const el of [figure, ...figure.querySelectorAll(':scope *')]) {
            if (!(el instanceof HTMLElement || el instanceof SVGSVGElement) || !rendered(el)) continue;
            if (past.some((p) => p.contains(el))) continue;
            let clipped = false;
            for (let a = el.parentElement; a && a !== figure; a = a.parentElement) if (getComputedStyle(a).overflow !== 'visible') clipped = true;
            if (clipped) continue;
            const r = el.getBoundingClientRect();
            const by = Math.max(frame.top - r.top, r.bottom - frame.bottom, frame.left - r.left, r.right - frame.right);
            if (by > 1) {
              past.push(el);
              out.push(`${name(el)} extends ${Math.round(by)} px past the graphic's box`);
            }
          }
          for (const t of figure.querySelectorAll('svg text')) {
            if (!rendered(t)) continue;
            let svg = (t as SVGElement).ownerSVGElement;
            while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
            if (!svg) continue;
            const s = svg.getBoundingClientRect();
            const r = t.getBoundingClientRect();
            const past = Math.max(s.top - r.top, r.bottom - s.bottom, s.left - r.left, r.right - s.right);
            if (past > 1) out.push(`${name(t)} is cut ${Math.round(past)} px at the SVG's edge`);
          }
        }
        return out;
      });
      for (const what of found) findings.push({ where, what });
    }, firstOfEachState());
    await page.close();
    expect(looked, 'states looked at').toBeGreaterThan(0);
    expect(report(findings), `overflow inside the graphic at ${size.width}×${size.height} (visual/state: what)`).toEqual([]);
  });
}
