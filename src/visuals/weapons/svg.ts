/**
 * Markup for the weapons visual: one artboard (wide or compact) as an SVG string, drawn for a
 * given state. Every mark any state needs is in it; each carries its position in every state as
 * CSS custom properties (--x2/--y2 packages, --x3/--y3 since-march), and the drawn state's
 * position and visibility as presentation attributes, so the picture is right without CSS too
 * (feeds, share-card rasterizers) while page CSS moves between states. Also the source of truth
 * for the golden files.
 */
import { CATEGORIES, category } from './data';
import { itemDetail, namedDetail } from './detail';
import { detail } from '../kit/details';
import { layout, SIZES, type Layout, type LegendEntry, type StateName, type Text } from './layout';
import type { ArtboardName } from '../kit/artboards';
import { escapeXml as esc } from '../kit/escape';
import { round } from '../kit/round';
import { FONTS, PALETTE } from '../kit/tokens';

const INK = PALETTE.ink;
const SOFT = PALETTE.inkSoft;
const RULE = PALETTE.rule;
const BAND = '#fde9b6';


const HIDE = ' opacity="0" visibility="hidden"';

function text(t: Text, state?: StateName): string {
  const attrs = [
    t.title && state ? `data-title="${state}"` : '',
    `x="${t.x}"`,
    `y="${t.y}"`,
    `font-size="${t.size}"`,
    t.bold ? 'font-weight="700"' : '',
    t.anchor && t.anchor !== 'start' ? `text-anchor="${t.anchor}"` : '',
    `fill="${t.color ?? (t.soft ? SOFT : INK)}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(t.text)}</text>`;
}

function legend(e: LegendEntry): string {
  const cy = round(e.y - e.size * 0.35);
  const sx = e.x + 4;
  let swatch = '';
  if (e.kind === 'dot') swatch = `<circle cx="${sx}" cy="${cy}" r="3.5" fill="${e.color}"/>`;
  else if (e.kind === 'hollow') swatch = `<circle cx="${sx}" cy="${cy}" r="3" fill="#fff" stroke="${e.color}" stroke-width="1.5"/>`;
  else if (e.kind === 'ring') swatch = `<circle cx="${sx}" cy="${cy}" r="2.6" fill="#444"/><circle cx="${sx}" cy="${cy}" r="5" fill="none" stroke="${e.color}" stroke-width="1.3"/>`;
  else if (e.kind === 'square') swatch = `<rect x="${sx - 3.5}" y="${cy - 3.5}" width="7" height="7" fill="${e.color}"/>`;
  else if (e.kind === 'circle') swatch = `<circle cx="${sx}" cy="${cy}" r="3.5" fill="${e.color}"/>`;
  else if (e.kind === 'band') swatch = `<rect x="${e.x - 1}" y="${cy - 4.5}" width="10" height="9" fill="${e.color}"/>`;
  return `${swatch}${text({ x: e.x + 12, y: e.y, text: e.text, size: e.size, soft: true })}`;
}

/** Without JavaScript the marks are not interactive: the description says what the picture shows. */
const DESC: Record<StateName, string> = {
  'named-items': 'Unit chart of the four items the text names: one square per Avenger system or T-72B tank, one circle per 1,000 shells, HAWK missiles without marks as no number was given. All items and sources are listed in the notes.',
  packages: 'The item lists of the Nov 4 and Nov 10 packages, one line per item with its quantity as written. All items and sources are listed in the notes.',
  'since-march': 'Selected packages: the item lists in our data, one row per date, one dot per kind of item listed (not a quantity), by category. All items and sources are listed in the notes.',
};

export interface RenderOptions {
  idPrefix: string;
  title: string;
}

export function renderSvg(sizeName: ArtboardName, state: StateName, options: RenderOptions, precomputed?: Layout): string {
  const L = precomputed ?? layout(SIZES[sizeName]);
  const { width: W, height: H } = L.size;
  const id = `${options.idPrefix}-${sizeName}`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="wx-svg wx-${sizeName}" viewBox="0 0 ${W} ${H}" role="group" tabindex="-1" aria-labelledby="${id}-title" aria-describedby="${id}-desc" data-artboard="${sizeName}" font-family="${FONTS.sans}">`,
    `<title id="${id}-title">${esc(options.title)}</title>`,
    `<desc id="${id}-desc">${esc(DESC[state])}</desc>`,
  );

  // Static layers: one per state.
  for (const s of ['named-items', 'packages', 'since-march'] as const) {
    const parts: string[] = [];
    for (const [x1, y1, x2, y2] of L.rules[s]) parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${RULE}" stroke-width="1"/>`);
    if (s === 'named-items') {
      for (const n of L.named) {
        if (n.empty) {
          const [x, y, w, h] = n.empty;
          parts.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${w}" height="${h}" fill="none" stroke="${category(n.item.category).color}" stroke-width="1.2" stroke-dasharray="4 3"/>`);
        }
        n.texts.forEach((t) => parts.push(text(t)));
        n.blocks.forEach((b) => b.label && parts.push(text(b.label)));
      }
    }
    L.texts[s].forEach((t) => parts.push(text(t, s)));
    L.legends[s].forEach((e) => parts.push(legend(e)));
    out.push(`<g class="wx-layer" data-s="${s}"${s === state ? '' : HIDE}>${parts.join('')}</g>`);
  }

  out.push('<g class="wx-marks">');
  // State 1: unit blocks.
  for (const n of L.named) {
    const color = category(n.item.category).color;
    if (n.empty) {
      const [x, y, w, h] = n.empty;
      const k = n.item.key;
      out.push(
        `<g class="wx-mark" data-k="${k}" data-cat="${n.item.category}" data-in="1"${detail(namedDetail(n.item))}${state === 'named-items' ? '' : HIDE}>`,
        `<rect class="wx-ring" x="${x - 3}" y="${y - 3}" width="${w + 7}" height="${h + 7}" rx="3" fill="none"/>`,
        `<rect class="wx-hit" x="${x}" y="${y}" width="${w}" height="${h}" fill="transparent"/></g>`,
      );
      continue;
    }
    n.blocks.forEach((b) => {
      const [bx, by, bw, bh] = b.box;
      const vars = [b.to2 ? `--ux2:${b.to2.dx};--uy2:${b.to2.dy}` : '', b.to3 ? `--ux3:${b.to3.dx};--uy3:${b.to3.dy}` : ''].filter(Boolean).join(';');
      const marks = b.marks
        .map((m) =>
          b.shape === 'square'
            ? `<rect x="${round(m.x - L.size.mark / 2)}" y="${round(m.y - L.size.mark / 2)}" width="${L.size.mark}" height="${L.size.mark}"/>`
            : `<circle cx="${m.x}" cy="${m.y}" r="${L.size.mark / 2}"/>`,
        )
        .join('');
      out.push(
        `<g class="wx-mark wx-units" data-k="${b.key}" data-cat="${b.category}" data-in="1"${detail(namedDetail(n.item))}${vars ? ` style="${vars}"` : ''}${state === 'named-items' ? '' : HIDE}>`,
        `<rect class="wx-ring" x="${bx - 3}" y="${by - 3}" width="${bw + 6}" height="${bh + 6}" rx="3" fill="none"/>`,
        `<g fill="${color}">${marks}</g></g>`,
      );
    });
  }
  // States 2 and 3: one mark per listed item.
  const { dot, rowPitch } = L.size;
  for (const it of L.items) {
    const cat = category(it.item.category);
    const k = `i${it.index}`;
    const shown = state === 'since-march' || (state === 'packages' && it.inPackages);
    const pos = state === 'since-march' ? it.p3 : it.p2;
    const hollow = it.item.quantity === null;
    const parts: string[] = [];
    if (it.band > 0) parts.push(`<rect class="wx-band" x="${-dot - 3}" y="${-(rowPitch / 2) + 1}" width="${it.band + dot + 3}" height="${rowPitch - 2}" fill="${BAND}"${state === 'packages' ? '' : ' opacity="0"'}/>`);
    parts.push(
      hollow
        ? `<circle class="wx-dot" r="${dot - 0.6}" fill="#fff" stroke="${cat.color}" stroke-width="1.5"/>`
        : `<circle class="wx-dot" r="${dot}" fill="${cat.color}"/>`,
    );
    if (it.item.named && L.size.name === 'wide') parts.push(`<circle class="wx-nring" r="${dot + (L.size.name === 'wide' ? 2.6 : 1.7)}" fill="none" stroke="${INK}" stroke-width="1.3"${state === 'since-march' ? '' : ' opacity="0"'}/>`);
    if (it.label) {
      const size = L.size.name === 'wide' ? 14 : L.size.text;
      const lines = it.label.map((line, i) => `<tspan x="${dot + 5}" dy="${i === 0 ? 0 : round(size * 1.15)}">${esc(line)}</tspan>`).join('');
      parts.push(`<text class="wx-label" x="${dot + 5}" y="${round(size * 0.36)}" font-size="${size}" fill="${INK}"${state === 'packages' ? '' : ' opacity="0"'}>${lines}</text>`);
    }
    parts.push(`<circle class="wx-ring" r="${dot + 4.5}" fill="none"/>`);
    out.push(
      `<g class="wx-mark wx-item" data-k="${k}" data-cat="${cat.id}" data-in="${it.inPackages ? '23' : '3'}"${it.item.named ? ` data-named="${it.item.named}"` : ''}${detail(itemDetail(it.item))} style="--x2:${it.p2.x};--y2:${it.p2.y};--x3:${it.p3.x};--y3:${it.p3.y}" transform="translate(${pos.x} ${pos.y})"${shown ? '' : HIDE}>${parts.join('')}</g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}

export { CATEGORIES };
