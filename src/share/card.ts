/**
 * Draws the 1200×630 share cards with sharp: an SVG for the background and the chapter's
 * visual (rendered by librsvg), with the text set by Pango (sharp's text input), which wraps
 * and measures lines with the real fonts so headlines are sized to fit. Fonts are the
 * machine's DejaVu family (always present with fontconfig; Liberation as second choice).
 *
 * Three layouts:
 *  - visual card: headline panel on the left, the chapter's no-JS visual on the right;
 *  - typographic card (chapter without a visual): headline, the opening words, site name;
 *  - story card: the story's title and dek, and up to four of its visuals in a strip.
 */
import sharp from 'sharp';
import { CARD_HEIGHT as H, CARD_WIDTH as W } from './card-size';
import { escapeAttr } from './html';
import { trimDescription } from './text';

export const INK = '#1a1a1a';
export const INK_SOFT = '#4a4a4a';
export const ACCENT = '#b3261e';
export const WASH = '#f4f1ea';
const SANS = 'DejaVu Sans';
const SERIF = 'DejaVu Serif';

export interface CardVisual {
  /** Elements between the figure and the <svg> (visual-svg.ts). */
  ancestors: [string, string][][];
  /** The visual's root <svg> as XML (from visual-svg.ts). */
  svg: string;
  viewBox: { x: number; y: number; width: number; height: number };
  /** Attributes of the page's <figure> (class, data-visual, data-state, id). */
  figureAttrs: [string, string][];
  /** The page's CSS, already rewritten for librsvg (css.ts). */
  css: string;
  /** Classes of the visual's root <svg> (the CSS must not resize it). */
  svgClasses?: string[];
}

export interface ChapterCardInput {
  siteName: string;
  tagline: string;
  number: number;
  count: number;
  headline: string;
  /** The first passage (typographic card). */
  text: string;
  visual: CardVisual | null;
}

export interface SiteCardInput {
  siteName: string;
  tagline: string;
  dek: string;
  count: number;
  visuals: CardVisual[];
  /** CSS for all of `visuals` together (defaults to the first visual's). */
  css?: string;
}

interface Layer {
  input: Buffer;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface TextOptions {
  text: string;
  family?: string;
  weight?: 'normal' | 'bold';
  style?: 'normal' | 'italic';
  size: number;
  color?: string;
  width: number;
  /** Extra space between lines, px. */
  spacing?: number;
  /** Letter spacing, px. */
  tracking?: number;
}

function pangoEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text blocks already set in this process (the footer and kickers repeat on every card). */
const textCache = new Map<string, Promise<Omit<Layer, 'left' | 'top'>>>();

/** Sets a block of text with Pango, wrapped at `width`; returns it with its measured size. */
function textBlock(o: TextOptions): Promise<Omit<Layer, 'left' | 'top'>> {
  const key = JSON.stringify(o);
  let block = textCache.get(key);
  if (!block) {
    block = setText(o);
    textCache.set(key, block);
    if (textCache.size > 500) textCache.delete(textCache.keys().next().value!);
  }
  return block;
}

async function setText(o: TextOptions): Promise<Omit<Layer, 'left' | 'top'>> {
  const family = o.family ?? SANS;
  const face = `${family}${o.weight === 'bold' ? ' Bold' : ''}${o.style === 'italic' ? ' Italic' : ''} ${o.size}`;
  const tracking = o.tracking ? ` letter_spacing="${Math.round(o.tracking * 1024)}"` : '';
  const markup = `<span foreground="${o.color ?? INK}"${tracking}>${pangoEscape(o.text)}</span>`;
  const { data, info } = await sharp({
    text: { text: markup, font: face, width: o.width, rgba: true, dpi: 72, wrap: 'word', spacing: o.spacing ?? Math.round(o.size * 0.18) },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

/** The largest size (stepping down) at which `text` fits the box; the smallest size otherwise. */
async function fitText(o: Omit<TextOptions, 'size'> & { sizes: number[]; maxHeight: number }) {
  let block: Awaited<ReturnType<typeof textBlock>> | null = null;
  let size = o.sizes[0]!;
  for (size of o.sizes) {
    block = await textBlock({ ...o, size });
    if (block.height <= o.maxHeight && block.width <= o.width + 2) break;
  }
  return { ...block!, size };
}

/** Trims `text` (at sentence or word boundaries) until its block fits `maxHeight`. */
async function fitExcerpt(o: Omit<TextOptions, 'text'> & { text: string; maxHeight: number }) {
  for (let max = 320; max >= 40; max -= 20) {
    const text = trimDescription(o.text, max);
    const block = await textBlock({ ...o, text });
    if (block.height <= o.maxHeight) return block;
  }
  return textBlock({ ...o, text: trimDescription(o.text, 40) });
}

/** The visual placed in a box: the page's figure (as a group) around its <svg>, sized to fit. */
export function placeVisual(v: CardVisual, box: { x: number; y: number; width: number; height: number }): string {
  const attrsOf = (list: [string, string][]) =>
    list
      .filter(([k]) => /^(class|id|data-[\w-]+)$/.test(k))
      .map(([k, val]) => ` ${k}="${escapeAttr(val)}"`)
      .join('');
  const attrs = attrsOf(v.figureAttrs);
  const open = v.ancestors.map((a) => `<g${attrsOf(a)}>`).join('');
  const close = '</g>'.repeat(v.ancestors.length);
  const { x, y, width, height } = v.viewBox;
  const svg = v.svg.replace(
    /^<svg\b/,
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${x} ${y} ${width} ${height}" preserveAspectRatio="xMidYMid meet" overflow="hidden"`,
  );
  // The page's ancestors of a figure, so selectors written for the page match here too.
  return `<g class="no-js"><g class="chapter scrolly"><g class="scrolly-body"><g class="graphic"><g class="graphic-stack"><g${attrs} style="font-family:${SANS},sans-serif;font-size:18px;color:${INK}">${open}${svg}${close}</g></g></g></g></g></g>`;
}

function frame(body: string, css = ''): string {
  const style = css ? `<style><![CDATA[\n${css.replace(/]]>/g, ']]]]><![CDATA[>')}\n]]></style>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${style}${body}</svg>`;
}

export interface RenderOptions {
  /** Receives the card's SVG (its text is set separately), e.g. to keep it for debugging. */
  onSvg?: (svg: string) => void;
}

async function rasterize(svg: string, layers: Layer[], options: RenderOptions): Promise<Buffer> {
  options.onSvg?.(svg);
  const base = await sharp(Buffer.from(svg), { density: 72 }).resize(W, H, { fit: 'fill' }).png().toBuffer();
  return sharp(base)
    .composite(layers.map(({ input, left, top }) => ({ input, left: Math.round(left), top: Math.round(top) })))
    .png({ compressionLevel: 9, adaptiveFiltering: true })
    .toBuffer();
}

/** The small heading above a headline: "CHAPTER 8 OF 12". */
function kicker(text: string, width: number) {
  return textBlock({ text: text.toUpperCase(), weight: 'bold', size: 22, color: ACCENT, width, tracking: 1.5 });
}

async function footer(siteName: string, tagline: string, left: number, width: number, bottom: number): Promise<Layer[]> {
  const name = await textBlock({ text: siteName, family: SERIF, weight: 'bold', size: 34, width });
  const line = await textBlock({ text: tagline, size: 20, color: INK_SOFT, width, spacing: 4 });
  const lineTop = bottom - line.height;
  return [
    { ...name, left, top: lineTop - 10 - name.height },
    { ...line, left, top: lineTop },
  ];
}

async function visualCard(input: ChapterCardInput & { visual: CardVisual }, options: RenderOptions): Promise<Buffer> {
  const panel = 500;
  const left = 56;
  const width = panel - left - 40;
  const kick = await kicker(`Chapter ${input.number} of ${input.count}`, width);
  const foot = await footer(input.siteName, input.tagline, left, width, H - 48);
  const footTop = Math.min(...foot.map((l) => l.top));
  const headTop = 64 + kick.height + 22;
  const head = await fitText({ text: input.headline, weight: 'bold', width, sizes: [58, 54, 50, 46, 42, 38, 34], spacing: 2, maxHeight: footTop - 36 - headTop });
  const box = { x: panel + 36, y: 36, width: W - panel - 72, height: H - 72 };
  const body = [
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect width="${panel}" height="${H}" fill="${WASH}"/>`,
    `<rect width="12" height="${H}" fill="${ACCENT}"/>`,
    `<rect x="${left}" y="${footTop - 22}" width="64" height="4" fill="${INK}"/>`,
    placeVisual(input.visual, box),
  ].join('');
  return rasterize(frame(body, input.visual.css), [{ ...kick, left, top: 64 }, { ...head, left, top: headTop }, ...foot], options);
}

async function typographicCard(input: ChapterCardInput, options: RenderOptions): Promise<Buffer> {
  const left = 84;
  const width = W - left * 2;
  const kick = await kicker(`Chapter ${input.number} of ${input.count}`, width);
  const foot = await footer(input.siteName, input.tagline, left, width, H - 44);
  const footTop = Math.min(...foot.map((l) => l.top));
  const headTop = 70 + kick.height + 24;
  const head = await fitText({ text: input.headline, weight: 'bold', width, sizes: [76, 70, 64, 58, 52, 46], spacing: 2, maxHeight: 250 });
  const quoteTop = headTop + head.height + 34;
  const quote = await fitExcerpt({ text: `“${input.text}”`, family: SERIF, style: 'italic', size: 30, color: INK_SOFT, width, maxHeight: footTop - 40 - quoteTop });
  const body = [
    `<rect width="${W}" height="${H}" fill="${WASH}"/>`,
    `<rect width="14" height="${H}" fill="${ACCENT}"/>`,
    `<rect x="${left}" y="${footTop - 24}" width="${width}" height="2" fill="#d4d4d4"/>`,
  ].join('');
  return rasterize(frame(body), [{ ...kick, left, top: 70 }, { ...head, left, top: headTop }, { ...quote, left, top: quoteTop }, ...foot], options);
}

export function renderChapterCard(input: ChapterCardInput, options: RenderOptions = {}): Promise<Buffer> {
  return input.visual ? visualCard({ ...input, visual: input.visual }, options) : typographicCard(input, options);
}

export async function renderSiteCard(input: SiteCardInput, options: RenderOptions = {}): Promise<Buffer> {
  const left = 84;
  const shown = input.visuals.slice(0, 4);
  const strip = shown.length > 0;
  const width = W - left * 2;
  const textWidth = strip ? 620 : width;
  const kick = await kicker(`${input.count} chapters, passage by passage`, textWidth);
  const title = await fitText({ text: input.siteName, family: SERIF, weight: 'bold', sizes: strip ? [92, 84, 76, 68, 60] : [120, 108, 96, 84, 72], spacing: 0, width: textWidth, maxHeight: strip ? 130 : 160 });
  const titleTop = 64 + kick.height + 14;
  const foot = await textBlock({ text: input.tagline, weight: 'bold', size: 24, color: INK, width: textWidth });
  const footTop = H - 52 - foot.height;
  const dekTop = titleTop + title.height + 24;
  const dek = await fitExcerpt({ text: input.dek, family: SERIF, size: strip ? 27 : 32, color: INK_SOFT, width: textWidth, maxHeight: footTop - 36 - dekTop });
  const parts = [`<rect width="${W}" height="${H}" fill="${WASH}"/>`, `<rect width="14" height="${H}" fill="${ACCENT}"/>`];
  let css = '';
  if (strip) {
    // Up to four visuals in white tiles on the right: one, two stacked, or a 2×2 grid.
    const x0 = left + textWidth + 40;
    const y0 = 40;
    const gap = 12;
    const cols = shown.length >= 3 ? 2 : 1;
    const rows = Math.ceil(shown.length / cols);
    const tileW = (W - 40 - x0 - gap * (cols - 1)) / cols;
    const tileH = (H - 2 * y0 - gap * (rows - 1)) / rows;
    shown.forEach((v, i) => {
      const x = x0 + (i % cols) * (tileW + gap);
      const y = y0 + Math.floor(i / cols) * (tileH + gap);
      parts.push(`<rect x="${x}" y="${y}" width="${tileW}" height="${tileH}" fill="#ffffff" stroke="#d4d4d4"/>`);
      parts.push(placeVisual(v, { x: x + 6, y: y + 6, width: tileW - 12, height: tileH - 12 }));
    });
    css = input.css ?? shown[0]!.css;
  }
  return rasterize(frame(parts.join(''), css), [
    { ...kick, left, top: 64 },
    { ...title, left, top: titleTop },
    { ...dek, left, top: dekTop },
    { ...foot, left, top: footTop },
  ], options);
}

