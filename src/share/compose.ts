/**
 * Lays out a 1200×630 share card as one self-contained SVG (every style an attribute, text as
 * <text> in DejaVu, which fontconfig always has) and rasterizes it with sharp (librsvg).
 * Lines are wrapped with DejaVu's own advance widths (kit/text-metrics.ts: no kerning, so they
 * err wide and nothing overflows; cards.test.ts holds them to Pango, the shaper librsvg uses).
 * Every text is at least MIN_TEXT px (src/visuals/types.ts).
 *
 *  - picture: headline panel on the left; the visual's drawing, its key and the source credit on white;
 *  - quote / number: headline, the words or the number large, speaker or label, credit;
 *  - text: headline and the chapter's opening words (a chapter without any card);
 *  - site: the story's title and tagline.
 */
import sharp from 'sharp';
import { CARD_HEIGHT as H, CARD_WIDTH as W, MIN_TEXT, type CardBody, type KeyItem } from '../visuals/types';
import { escapeXml as xml } from '../visuals/kit/escape';
import { textWidth, wrapText } from '../visuals/kit/text-metrics';
import { trimDescription } from './text';
import { PALETTE } from '../visuals/kit/tokens';

const { ink: INK, inkSoft: SOFT, accent: ACCENT, wash: WASH } = PALETTE;

/** The card's faces, as the glyph table names them, and how SVG asks for each. */
export const FACES = {
  cardSans: 'font-family="DejaVu Sans" font-weight="normal" font-style="normal"',
  cardSansBold: 'font-family="DejaVu Sans" font-weight="bold" font-style="normal"',
  cardSerifItalic: 'font-family="DejaVu Serif" font-weight="normal" font-style="italic"',
  cardSerifBold: 'font-family="DejaVu Serif" font-weight="bold" font-style="normal"',
} as const;

export interface Font {
  size: number;
  face: keyof typeof FACES;
  color?: string;
}

const wrap = (text: string, f: Font, width: number): string[] => wrapText(text, f.size, width, f.face);

/** The largest of `sizes` at which `text` wraps into at most `maxLines` lines (the smallest otherwise). */
function fit(text: string, f: Omit<Font, 'size'>, sizes: number[], width: number, maxLines: number) {
  let lines: string[] = [];
  let size = sizes[0]!;
  for (size of sizes) {
    lines = wrap(text, { ...f, size }, width);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, f.face) <= width)) break;
  }
  return { font: { ...f, size }, lines };
}

const LEADING = 1.18;

/** <text> for lines whose first line's top is at `top`; returns it and the block's bottom. */
export function textBlock(lines: string[], x: number, top: number, f: Font, anchor: 'start' | 'end' = 'start') {
  const size = Math.max(f.size, MIN_TEXT);
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * LEADING)}">${xml(l)}</tspan>`).join('');
  const svg = `<text x="${x}" y="${Math.round(top + size * 0.8)}" ${FACES[f.face]} font-size="${size}" fill="${f.color ?? INK}" text-anchor="${anchor}">${spans}</text>`;
  return { svg, bottom: top + size * (1 + (lines.length - 1) * LEADING) };
}

/** Publisher names joined, dropping trailing ones ("+2 more") until they fit two lines. */
function creditLines(credit: string[], width: number) {
  const f: Font = { size: MIN_TEXT, face: 'cardSans', color: SOFT };
  const names = [...new Set(credit)];
  for (let n = names.length; n >= 1; n--) {
    const text = `${names.length > 1 ? 'Sources' : 'Source'}: ${names.slice(0, n).join(', ')}${n < names.length ? ` and ${names.length - n} more` : ''}`;
    const lines = wrap(text, f, width);
    if (lines.length <= 2) return lines;
  }
  return wrap(`Source: ${names[0] ?? ''}`, f, width);
}

function swatch(item: KeyItem, x: number, cy: number): string {
  if (item.shape === 'line') return `<rect x="${x}" y="${cy - 4}" width="40" height="8" fill="${item.color}"/>`;
  if (item.shape === 'circle') return `<circle cx="${x + 18}" cy="${cy}" r="16" fill="${item.color}"/>`;
  return `<rect x="${x}" y="${cy - 17}" width="34" height="34" fill="${item.color}"/>`;
}

function frame(body: string[], background: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="${background}"/>`,
    ...body,
    `<rect width="14" height="${H}" fill="${ACCENT}"/>`,
    '</svg>',
  ].join('');
}

export interface CardText {
  headline: string;
  siteName: string;
}

const PAD = 44;
const siteLine = (name: string, y = H - PAD - MIN_TEXT) => textBlock([name], PAD + 8, y, { size: MIN_TEXT, face: 'cardSerifBold' }).svg;

function pictureCard(t: CardText, body: Extract<CardBody, { kind: 'picture' }>): string {
  const panel = 470;
  const head = fit(t.headline, { face: 'cardSansBold' }, [56, 52, 48, 44, 40], panel - PAD * 2 - 8, 6);
  const x0 = panel + 36;
  const width = W - x0 - 32;
  const credit = creditLines(body.credit, width);
  const creditTop = H - 28 - MIN_TEXT * (1 + (credit.length - 1) * LEADING);
  const keyRow = MIN_TEXT * 1.3;
  const keyTop = creditTop - 16 - body.key.length * keyRow;
  const parts = [
    `<rect width="${panel}" height="${H}" fill="${WASH}"/>`,
    textBlock(head.lines, PAD + 8, PAD, head.font).svg,
    siteLine(t.siteName),
    `<g transform="translate(${x0} 28)">${body.draw(width, keyTop - 28 - 20)}</g>`,
    ...body.key.map((k, i) => {
      const cy = keyTop + i * keyRow + keyRow / 2;
      return swatch(k, x0, cy) + textBlock([k.text], x0 + 52, cy - MIN_TEXT * 0.55, { size: MIN_TEXT, face: 'cardSans' }).svg;
    }),
    textBlock(credit, x0, creditTop, { size: MIN_TEXT, face: 'cardSans', color: SOFT }).svg,
  ];
  return frame(parts, '#ffffff');
}

/** Headline on top, something large in the middle, site name and credit at the bottom. */
function wordsCard(t: CardText, middle: { text: string; font: Omit<Font, 'size'>; sizes: number[]; lines: number }, under: string, credit: string[]) {
  const x = PAD + 8;
  const width = W - x - PAD;
  const head = fit(t.headline, { face: 'cardSansBold', color: ACCENT }, [48, 44, 40], width, 2);
  const headBlock = textBlock(head.lines, x, PAD, head.font);
  const big = fit(middle.text, middle.font, middle.sizes, width, middle.lines);
  const underLines = under ? wrap(under, { size: MIN_TEXT, face: 'cardSansBold' }, width) : [];
  // The words and their speaker (or number and label), centred in the space between headline and footer.
  const rule = H - PAD - MIN_TEXT - 22;
  const bigHeight = big.font.size * (1 + (big.lines.length - 1) * LEADING);
  const underHeight = underLines.length ? 24 + MIN_TEXT * (1 + (underLines.length - 1) * LEADING) : 0;
  const top = headBlock.bottom + Math.max(28, (rule - headBlock.bottom - bigHeight - underHeight) / 2);
  const bigBlock = textBlock(big.lines, x, top, big.font);
  const underBlock = textBlock(underLines, x, bigBlock.bottom + 24, { size: MIN_TEXT, face: 'cardSansBold' });
  const creditText = creditLines(credit, width - 400)[0] ?? '';
  return frame(
    [
      headBlock.svg,
      bigBlock.svg,
      underLines.length ? underBlock.svg : '',
      `<rect x="${x}" y="${rule}" width="${width}" height="2" fill="#cfc9bc"/>`,
      siteLine(t.siteName),
      credit.length ? textBlock([creditText], W - PAD, H - PAD - MIN_TEXT, { size: MIN_TEXT, face: 'cardSans', color: SOFT }, 'end').svg : '',
    ],
    WASH,
  );
}

/** The card's SVG for a chapter: its body, or the typographic card from its opening words. */
export function chapterSvg(t: CardText, body: CardBody | null, opening: string): string {
  if (body?.kind === 'picture') return pictureCard(t, body);
  if (body?.kind === 'quote') {
    const text = `“${body.quote}”`;
    return wordsCard(t, { text, font: { face: 'cardSerifItalic' }, sizes: [76, 68, 60, 54, 48, 44, 40], lines: 4 }, `— ${body.speaker}`, body.credit);
  }
  if (body?.kind === 'number') {
    return wordsCard(t, { text: body.value, font: { face: 'cardSansBold' }, sizes: [150, 130, 110, 90], lines: 1 }, body.label, body.credit);
  }
  // Typographic: as many opening words as fit three lines.
  const font: Font = { size: 44, face: 'cardSerifItalic', color: SOFT };
  let words = trimDescription(opening, 140);
  for (let max = 140; max > 20 && wrap(`“${words}”`, font, W - 2 * PAD - 8).length > 3; max -= 15) words = trimDescription(opening, max);
  return wordsCard(t, { text: `“${words}”`, font, sizes: [44], lines: 3 }, '', []);
}

export function siteSvg(name: string, tagline: string, kicker: string): string {
  const x = PAD + 8;
  const width = W - x - PAD;
  const title = fit(name, { face: 'cardSerifBold' }, [150, 130, 110, 96, 84], width, 1);
  const tag = wrap(tagline, { size: 48, face: 'cardSans' }, width);
  return frame(
    [
      textBlock([kicker.toUpperCase()], x, 96, { size: MIN_TEXT, face: 'cardSansBold', color: ACCENT }).svg,
      textBlock(title.lines, x, 170, title.font).svg,
      textBlock(tag, x, 380, { size: 48, face: 'cardSans', color: SOFT }).svg,
    ],
    WASH,
  );
}

/** A card SVG as a 1200×630 PNG. */
export function rasterize(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 }).resize(W, H, { fit: 'fill' }).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
}
