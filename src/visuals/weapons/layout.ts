/**
 * Build-time geometry for the weapons visual: where every mark sits in each state, for two
 * artboards (wide: the desktop graphic column; compact: the phone's 46 %-high sticky box).
 * Pure: data in, numbers out. svg.ts turns this into markup; the browser only switches states.
 */
import { CATEGORIES, ITEMS, NAMED, PACKAGES, category, pkg, type CategoryId, type Item, type NamedItem } from './data';
import { shortDate } from '../kit/dates';
import { round } from '../kit/round';
import { textWidth, wrapText } from '../kit/text-metrics';
import { PALETTE } from '../kit/tokens';
import type { ArtboardName } from '../kit/artboards';
import { stateNames, type StateOf } from '../types';
import meta from './meta';

/** The states, as meta.ts names them, in order. */
export type StateName = StateOf<typeof meta>;
export const STATE_NAMES: readonly StateName[] = stateNames(meta);

export interface Size {
  name: ArtboardName;
  width: number;
  height: number;
  /** Font sizes in viewBox units. */
  title: number;
  text: number;
  small: number;
  /** Unit-chart pitch and mark size (state 1). */
  pitch: number;
  mark: number;
  /** Item dot radius (states 2 and 3) and pitch inside a matrix cell. */
  dot: number;
  dotPitch: number;
  rowPitch: number;
}

export const SIZES: Record<ArtboardName, Size> = {
  wide: { name: 'wide', width: 600, height: 520, title: 15, text: 12.5, small: 11, pitch: 9.6, mark: 7.8, dot: 4.6, dotPitch: 11.5, rowPitch: 29 },
  compact: { name: 'compact', width: 344, height: 232, title: 11.5, text: 10, small: 9.2, pitch: 6, mark: 4.8, dot: 2.6, dotPitch: 7.2, rowPitch: 15 },
};

export interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'end' | 'middle';
  soft?: boolean;
  color?: string;
}

export interface UnitBlockLayout {
  key: string;
  named: NamedItem['key'];
  category: CategoryId;
  shape: 'square' | 'circle';
  /** Mark centres (state 1). */
  marks: { x: number; y: number }[];
  /** Where the block flies to in states 2 and 3 (offset from its own centre), if it has an item. */
  to2: { dx: number; dy: number } | null;
  to3: { dx: number; dy: number } | null;
  /** Hit box for focus ring and pointer: x, y, w, h. */
  box: [number, number, number, number];
  label: Text | null;
}

export interface NamedLayout {
  item: NamedItem;
  texts: Text[];
  blocks: UnitBlockLayout[];
  /** HAWK: the dashed "no number given" box. */
  empty: [number, number, number, number] | null;
}

export interface ItemLayout {
  item: Item;
  index: number;
  /** Dot centre per state (state 1: same as packages, hidden). */
  p2: { x: number; y: number };
  p3: { x: number; y: number };
  inPackages: boolean;
  /** Label (states 2 only), relative to the dot. */
  label: string | null;
  /** Highlight band width for the items the text names (state 2). */
  band: number;
}

export interface Layout {
  size: Size;
  named: NamedLayout[];
  items: ItemLayout[];
  /** Static texts and rules per state. */
  texts: Record<StateName, Text[]>;
  rules: Record<StateName, [number, number, number, number][]>;
  /** Legend entries per state: swatch kinds and text. */
  legends: Record<StateName, LegendEntry[]>;
}

export interface LegendEntry {
  x: number;
  y: number;
  kind: 'dot' | 'hollow' | 'ring' | 'band' | 'square' | 'circle';
  color: string;
  text: string;
  size: number;
}

/** The two packages of the week before the article (state 2). */
export const WEEK_PACKAGES = ['2022-11-04', '2022-11-10'] as const;

/** State-3 rows: one per announcement date (1 Jul had two packages). */
export function matrixRows(): { date: string; packages: string[] }[] {
  const rows: { date: string; packages: string[] }[] = [];
  for (const p of PACKAGES) {
    const row = rows.find((r) => r.date === p.date);
    if (row) row.packages.push(p.key);
    else rows.push({ date: p.date, packages: [p.key] });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** Short kind for a state-3 row label. */
export function rowKind(packages: string[]): string {
  const kinds = new Set(packages.flatMap((k) => pkg(k).kind.split('+')));
  return [...kinds].map((k) => (k === 'PDA' ? 'drawdown' : 'USAI')).join(' + ');
}

/** Compact two-line package headers for state 2, from the package label. */
export function weekHeader(key: string): [string, string] {
  const p = pkg(key);
  if (p.kind === 'PDA') return [`${shortDate(p.date)} · Drawdown`, p.label.replace(/^Drawdown of /, '')];
  return [`${shortDate(p.date)} · USAI`, p.label.replace(/ of USAI funds$/, '')];
}

function legendRow(entries: Omit<LegendEntry, 'x' | 'y'>[], y: number, width: number, gap: number): LegendEntry[] {
  // Greedy: place entries left to right, wrap to a new line when full.
  const out: LegendEntry[] = [];
  let x = 0;
  let line = y;
  for (const e of entries) {
    const w = 12 + textWidth(e.text, e.size);
    if (x > 0 && x + w > width) {
      x = 0;
      line += e.size * 1.45;
    }
    out.push({ ...e, x, y: line });
    x += w + gap;
  }
  return out;
}

export function layout(size: Size): Layout {
  const W = size.width;
  const wide = size.name === 'wide';
  const texts: Record<StateName, Text[]> = { 'named-items': [], packages: [], 'since-march': [] };
  const rules: Record<StateName, [number, number, number, number][]> = { 'named-items': [], packages: [], 'since-march': [] };
  const legends: Record<StateName, LegendEntry[]> = { 'named-items': [], packages: [], 'since-march': [] };

  // ---- State 2: the two packages, two columns ------------------------------------------------
  const colGap = wide ? 20 : 8;
  const colW = (W - colGap) / 2;
  const p2 = new Map<string, { x: number; y: number; label: string; band: number }>();
  const headTop = wide ? 30 : 2;
  let listBottom = 0;
  WEEK_PACKAGES.forEach((key, c) => {
    const x0 = c * (colW + colGap);
    const [h1, h2] = weekHeader(key);
    texts.packages.push({ x: x0, y: headTop + size.title, text: h1, size: wide ? 17 : size.title, bold: true });
    texts.packages.push({ x: x0, y: headTop + size.title + size.text * 1.3, text: h2, size: size.text, soft: true });
    const top = headTop + size.title + size.text * 1.3 + (wide ? 12 : 6);
    rules.packages.push([x0, round(top - (wide ? 6 : 3)), round(x0 + colW), round(top - (wide ? 6 : 3))]);
    const items = ITEMS.filter((i) => i.pkg === key);
    items.forEach((item, r) => {
      const y = top + size.rowPitch * (r + 0.5);
      const label = item.label ?? item.as_written;
      p2.set(item.id, { x: round(x0 + size.dot + 1), y: round(y), label, band: round(colW) });
      listBottom = Math.max(listBottom, y + size.rowPitch / 2);
    });
  });
  const lsize = size.small;
  legends.packages = legendRow(
    [
      ...CATEGORIES.map((c) => ({ kind: 'dot' as const, color: c.color, text: wide ? c.label : c.lines.join(' ').trim(), size: lsize })),
      { kind: 'hollow', color: '#444', text: 'no number given', size: lsize },
      { kind: 'band', color: '#fde9b6', text: 'named in the text', size: lsize },
    ],
    round(listBottom + (wide ? 22 : 13)),
    W,
    wide ? 14 : 8,
  );

  // ---- State 3: matrix, rows = announcement dates, columns = categories ----------------------
  const rows = matrixRows();
  const leftW = wide ? 96 : 40;
  const headH = wide ? 36 : 26;
  const legend3H = wide ? 26 : 14;
  const cellW = (W - leftW) / CATEGORIES.length;
  const rowH = (size.height - headH - legend3H) / rows.length;
  CATEGORIES.forEach((cat, c) => {
    const cx = leftW + cellW * c + (wide ? 4 : 2);
    const lines = wide ? [cat.label.replace(' and ', ' and\n')].join('').split('\n') : cat.lines.filter(Boolean);
    lines.forEach((line, i) => {
      texts['since-march'].push({ x: round(cx), y: round(headH - 6 - (lines.length - 1 - i) * size.small * 1.15), text: line, size: size.small, bold: true, color: cat.color });
    });
  });
  const p3 = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const y0 = headH + rowH * r;
    rules['since-march'].push([0, round(y0), W, round(y0)]);
    texts['since-march'].push({ x: 0, y: round(y0 + (wide ? size.text + 3 : rowH / 2 + size.small * 0.35)), text: shortDate(row.date), size: wide ? size.text : size.small, bold: true });
    if (wide) texts['since-march'].push({ x: 0, y: round(y0 + size.text + 3 + size.small * 1.2), text: rowKind(row.packages), size: size.small, soft: true });
    CATEGORIES.forEach((cat, c) => {
      const inCell = ITEMS.filter((i) => row.packages.includes(i.pkg) && i.category === cat.id);
      const perLine = Math.max(1, Math.floor((cellW - 6) / size.dotPitch));
      const lines = Math.ceil(inCell.length / perLine);
      const blockH = (lines - 1) * size.dotPitch;
      inCell.forEach((item, k) => {
        const x = leftW + cellW * c + (wide ? 4 : 2) + size.dot + (k % perLine) * size.dotPitch;
        const y = y0 + rowH / 2 - blockH / 2 + Math.floor(k / perLine) * size.dotPitch;
        p3.set(item.id, { x: round(x), y: round(y) });
      });
    });
  });
  rules['since-march'].push([0, round(headH + rowH * rows.length), W, round(headH + rowH * rows.length)]);
  legends['since-march'] = legendRow(
    [
      { kind: 'dot', color: '#444', text: wide ? 'one listed item' : 'one item', size: lsize },
      { kind: 'hollow', color: '#444', text: 'no number given', size: lsize },
      { kind: 'ring', color: PALETTE.ink, text: 'named in the text', size: lsize },
    ],
    round(size.height - (wide ? 6 : 2)),
    W,
    wide ? 16 : 8,
  );

  const items: ItemLayout[] = ITEMS.map((item, index) => {
    const s3 = p3.get(item.id);
    if (!s3) throw new Error(`weapons layout: item ${item.id} has no matrix cell`);
    const s2 = p2.get(item.id);
    return {
      item,
      index,
      p2: s2 ? { x: s2.x, y: s2.y } : s3,
      p3: s3,
      inPackages: Boolean(s2),
      label: s2 ? s2.label : null,
      band: s2 && item.named ? s2.band : 0,
    };
  });

  // ---- State 1: the four named items as a unit chart -----------------------------------------
  const named: NamedLayout[] = [];
  let y = wide ? 4 : 1;
  const gap = wide ? 22 : 9;
  for (const n of NAMED) {
    const t: Text[] = [];
    const headline = headlineOf(n, wide);
    y += size.title;
    t.push({ x: 0, y: round(y), text: headline, size: size.title, bold: true });
    if (n.unit) {
      const key = `each ${n.unit.shape === 'square' ? '■' : '●'} = ${n.unit.text}`;
      t.push({ x: W, y: round(y), text: key, size: size.small, anchor: 'end', soft: true });
    }
    const purposeLines = wrapText(wide ? n.purpose : n.purposeShort, size.text, W);
    for (const line of purposeLines) {
      y += size.text * 1.25;
      t.push({ x: 0, y: round(y), text: line, size: size.text, soft: true });
    }
    y += wide ? 9 : 5;
    const blocks: UnitBlockLayout[] = [];
    let empty: NamedLayout['empty'] = null;
    if (!n.unit) {
      const h = wide ? 22 : 14;
      const w = wide ? 190 : 130;
      empty = [0, round(y), w, h];
      t.push({ x: round(w / 2), y: round(y + h / 2 + size.small * 0.35), text: 'no number given', size: size.small, anchor: 'middle', soft: true });
      y += h;
    } else {
      const unit = n.unit;
      const labelW = n.blocks.some((b) => b.label) ? (wide ? 92 : 56) : 0;
      const perRow = Math.max(1, Math.floor((W - labelW) / size.pitch));
      const rowsPerBlock = n.blocks.map((b) => Math.ceil(b.count / Math.min(perRow, n.key === 'shells' ? (wide ? 50 : 40) : perRow)));
      n.blocks.forEach((b, bi) => {
        const cap = Math.min(perRow, n.key === 'shells' ? (wide ? 50 : 40) : perRow);
        const marks: { x: number; y: number }[] = [];
        for (let k = 0; k < b.count; k++) {
          marks.push({ x: round(size.pitch / 2 + (k % cap) * size.pitch), y: round(y + size.pitch / 2 + Math.floor(k / cap) * size.pitch) });
        }
        const bw = Math.min(b.count, cap) * size.pitch;
        const bh = (rowsPerBlock[bi] ?? 1) * size.pitch;
        const box: [number, number, number, number] = [0, round(y), round(bw), round(bh)];
        const label: Text | null = b.label
          ? { x: round(bw + 4), y: round(y + bh / 2 + size.small * 0.35), text: b.label === 'US' ? (wide ? 'paid by the US' : 'US-paid') : wide ? 'paid by the Netherlands' : 'Dutch-paid', size: size.small, soft: true }
          : null;
        const centre = { x: bw / 2, y: y + bh / 2 };
        const target = b.item ? items.find((i) => i.item.id === b.item) : undefined;
        blocks.push({
          key: `${n.key}${n.blocks.length > 1 ? `-${bi + 1}` : ''}`,
          named: n.key,
          category: n.category,
          shape: unit.shape,
          marks,
          to2: target ? { dx: round(target.p2.x - centre.x), dy: round(target.p2.y - centre.y) } : null,
          to3: target ? { dx: round(target.p3.x - centre.x), dy: round(target.p3.y - centre.y) } : null,
          box,
          label,
        });
        y += bh + (bi < n.blocks.length - 1 ? (wide ? 4 : 2) : 0);
      });
    }
    y += gap;
    named.push({ item: n, texts: t, blocks, empty });
  }
  // Centre state 1 vertically in the artboard.
  const used = y - gap;
  const shift = Math.max(0, (size.height - used) / 2);
  if (shift > 0) {
    for (const n of named) {
      n.texts.forEach((t) => (t.y = round(t.y + shift)));
      if (n.empty) n.empty[1] = round(n.empty[1] + shift);
      for (const b of n.blocks) {
        b.marks.forEach((m) => (m.y = round(m.y + shift)));
        b.box[1] = round(b.box[1] + shift);
        if (b.label) b.label.y = round(b.label.y + shift);
        if (b.to2) b.to2.dy = round(b.to2.dy - shift);
        if (b.to3) b.to3.dy = round(b.to3.dy - shift);
      }
    }
  }
  return { size, named, items, texts, rules, legends };
}

/** The bold line of each named item: its quantity as the sources word it, and its name. */
export function headlineOf(n: NamedItem, wide: boolean): string {
  return wide ? n.headlineWide : n.headline;
}

