/**
 * What the reading walk (e2e/reading.spec.ts) checks at each stop, one function a check: each
 * returns what it found; the spec decides where it applies and what fails.
 */
import type { Locator, Page } from '@playwright/test';

/** Labels may touch, never overlap by more than this (px, both directions). */
export const TOLERANCE_PX = 1;
/** The smallest text size on screen on phones (px). */
export const MIN_PX = 12;
/** Steps: a pixel differs when a channel moves by more than this (of 255): ignores anti-aliasing. */
export const CHANNEL_NOISE = 24;

/**
 * Visible SVG labels in a figure and the pairs that overlap. A label's box is as wide as the
 * browser's (the advance width) and one em tall, centred where the browser's box is (the browser's
 * box is the font's whole line height, so two lines set 1.2 em apart would "overlap"); a label
 * drawn twice on purpose (a white halo under the same words at the same place) is one label.
 */
export function labelOverlaps(figure: Locator): Promise<{ count: number; out: string[] }> {
  return figure.evaluate((root, tol) => {
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
}

/**
 * Every visible text in a figure with its size on screen: SVG text at its computed font-size times
 * the SVG's scale (getScreenCTM), HTML text at its computed font-size. A text element with its own
 * text counts; a tspan with its own size is measured on its own; visually hidden text is not on screen.
 */
export function textSizes(figure: Locator): Promise<{ text: string; px: number }[]> {
  return figure.evaluate((root) => {
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
}

/**
 * What is cut or scrolls inside the sticky graphic: an element with more content than its box
 * where its overflow is not visible, anything the figure shows past the graphic's box, visible
 * SVG text past its own SVG. Visually hidden text (1 px boxes) is not counted.
 */
export function overflows(graphic: Locator): Promise<string[]> {
  return graphic.evaluate((box) => {
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
}

/** Share of pixels that differ from the previous image kept in the page (1 when the size differs or there is none). */
export async function changedShare(page: Page, png: Buffer): Promise<number> {
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

/** One line per visual/state: how many texts are too small, the smallest, and a few of them. */
export function summarizeSmall(findings: { where: string; text: string; px: number }[]): string[] {
  const places = [...new Set(findings.map((f) => f.where))];
  return places.map((where) => {
    const small = findings.filter((f) => f.where === where).sort((a, b) => a.px - b.px);
    const texts = [...new Set(small.map((f) => `“${f.text}” ${f.px}`))];
    return `${where}: ${texts.length} texts under ${MIN_PX} px, smallest ${small[0]!.px} px: ${texts.slice(0, 4).join(', ')}${texts.length > 4 ? ', …' : ''}`;
  });
}

