/**
 * States 2 and 3 of the weapons visual: the listed items.
 *   packages     the lists of Nov 4 and Nov 10, one row per item with its quantity as written
 *                (phones: the short labels of COMPACT_LABELS, which keep the quantity's words).
 *   since-march  a selection, and titled so: the item lists we have, one row per announcement
 *                date, one dot per kind of item listed (never a quantity), by category.
 */
import { CATEGORIES, ITEMS, PACKAGES, packageCoverage, pkg, type Item } from './data';
import { shortDate } from '../kit/dates';
import { round } from '../kit/round';
import { textWidth, wrapText } from '../kit/text-metrics';
import { PALETTE } from '../kit/tokens';
import type { ItemLayout, LegendEntry, Size, Text } from './layout';

type ListState = 'packages' | 'since-march';

/** The two packages of the week before the article (state 2). */
export const WEEK_PACKAGES = ['2022-11-04', '2022-11-10'] as const;

/**
 * Phone labels for the Nov 4 and Nov 10 items: the page's label cut to fit a 157-unit column at
 * 12.5 units. Each keeps its item's quantity exactly as written (checked below).
 */
const COMPACT_LABELS: Record<string, string> = {
  '2022-11-04-funding-to-refurbish-hawk-ai': 'HAWK refurbishing',
  '2022-11-04-45-refurbished-t-72b-tanks-w': '45 T-72B tanks',
  '2022-11-04-1-100-phoenix-ghost-tactical': '1,100 Phoenix Ghosts',
  '2022-11-04-40-armored-riverine-boats': '40 riverine boats',
  '2022-11-04-funding-to-refurbish-250-m11': '250 M1117s, refitted',
  '2022-11-04-comms-surveillance': 'Comms/surveillance',
  '2022-11-04-training-sustainment': 'Training, upkeep',
  '2022-11-10-missiles-for-hawk-air-defens': 'HAWK missiles',
  '2022-11-10-four-avenger-air-defense-sys': 'Four Avengers',
  '2022-11-10-additional-ammunition-for-hi': 'HIMARS ammunition',
  '2022-11-10-21-000-155mm-artillery-round': '21,000 155mm rounds',
  '2022-11-10-500-precision-guided-155mm-a': '500 guided rounds',
  '2022-11-10-10-000-120mm-mortar-rounds': '10,000 mortar rounds',
  '2022-11-10-100-high-mobility-multipurpo': '100 HMMWVs',
  '2022-11-10-20-000-000-small-arms-rounds': '>20,000,000 rounds',
  '2022-11-10-demolition-equipment': 'Demolition gear',
  '2022-11-10-cold-weather-gear': 'Cold-weather gear',
  '2022-11-10-400-grenade-launchers': '400 grenade launchers',
};

/** The label an item carries in state 2 on this artboard. */
export function itemLabel(item: Item, wide: boolean): string {
  const label = (wide ? undefined : COMPACT_LABELS[item.id]) ?? item.label ?? item.as_written;
  if (item.quantity !== null && !label.includes(item.quantity)) throw new Error(`weapons: label "${label}" drops the quantity "${item.quantity}"`);
  return label;
}

/** State-3 rows: one per announcement date (Jul 1 had two packages). */
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

/** Two-line package headers for state 2, from the package label. */
export function weekHeader(key: string): [string, string] {
  const p = pkg(key);
  if (p.kind === 'PDA') return [`${shortDate(p.date)} · Drawdown`, p.label.replace(/^Drawdown of /, '')];
  return [`${shortDate(p.date)} · USAI`, p.label.replace(/ of USAI funds$/, '')];
}

/** The titles and the selection note of state 3, from the data (how many lists of how many packages). */
export function sinceMarchWords(wide: boolean): { title: string; sub: string } {
  const c = packageCoverage();
  return wide
    ? {
        title: `Selected packages: the ${c.listed} item lists we have, of ${c.total}`,
        sub: `The US announced ${c.total} drawdowns and USAI packages between ${shortDate(c.first)} and ${shortDate(c.last, true)}; our data has the item lists of ${c.listed} (the notes name the others). Each dot is one kind of item on a list, not a quantity.`,
      }
    : { title: `Selected packages: ${c.listed} of ${c.total}`, sub: `Only the lists in our data. A dot is one kind of item on a list, not how many.` };
}

/** Places legend entries left to right, wrapping to a new line when full. */
export function legendRow(entries: Omit<LegendEntry, 'x' | 'y'>[], y: number, width: number, gap: number): LegendEntry[] {
  const out: LegendEntry[] = [];
  let x = 0;
  let line = y;
  for (const e of entries) {
    const w = 12 + textWidth(e.text, e.size);
    if (x > 0 && x + w > width) {
      x = 0;
      line += e.size * 1.3;
    }
    out.push({ ...e, x, y: round(line) });
    x += w + gap;
  }
  return out;
}

interface Lists {
  items: ItemLayout[];
  texts: Record<ListState, Text[]>;
  rules: Record<ListState, [number, number, number, number][]>;
  legends: Record<ListState, LegendEntry[]>;
}

/** State 2: two columns, one row per item (label lines beside its dot). */
function layoutPackages(size: Size, out: Lists): Map<string, { x: number; y: number; label: string[]; band: number }> {
  const W = size.width;
  const wide = size.name === 'wide';
  const labelSize = wide ? 14 : size.text;
  const colGap = wide ? 20 : 10;
  const colW = (W - colGap) / 2;
  const p2 = new Map<string, { x: number; y: number; label: string[]; band: number }>();
  out.texts.packages.push({ x: 0, y: size.title, text: wide ? 'The two packages of Nov 4 and Nov 10, item by item' : 'The two packages, item by item', size: size.title, bold: true, title: true });
  const headTop = size.title + (wide ? 16 : 8);
  const headSize = wide ? 15 : 13;
  let listBottom = 0;
  WEEK_PACKAGES.forEach((key, c) => {
    const x0 = c * (colW + colGap);
    const [h1, h2] = weekHeader(key);
    out.texts.packages.push({ x: x0, y: headTop + headSize, text: h1, size: headSize, bold: true });
    out.texts.packages.push({ x: x0, y: round(headTop + headSize + size.text * 1.2), text: h2, size: size.text, soft: true });
    const top = headTop + headSize + size.text * 1.2 + (wide ? 12 : 8);
    out.rules.packages.push([x0, round(top - (wide ? 6 : 4)), round(x0 + colW), round(top - (wide ? 6 : 4))]);
    let y = top;
    for (const item of ITEMS.filter((i) => i.pkg === key)) {
      const lines = wrapText(itemLabel(item, wide), labelSize, colW - size.dot * 2 - 6);
      const pitch = wide ? size.rowPitch : size.rowPitch;
      p2.set(item.id, { x: round(x0 + size.dot + 1), y: round(y + pitch / 2), label: lines, band: round(colW) });
      y += pitch + (lines.length - 1) * labelSize * 1.15;
    }
    listBottom = Math.max(listBottom, y);
  });
  out.legends.packages = legendRow(
    [
      ...(wide ? CATEGORIES.map((c) => ({ kind: 'dot' as const, color: c.color, text: c.label, size: size.small })) : []),
      { kind: 'hollow', color: '#444', text: 'no number given', size: size.small },
      { kind: 'band', color: '#fde9b6', text: 'named in the text', size: size.small },
    ],
    round(listBottom + (wide ? 18 : 12)),
    W,
    wide ? 14 : 12,
  );
  return p2;
}

/** State 3: title and selection note, then rows = announcement dates, columns = categories. */
function layoutSinceMarch(size: Size, out: Lists): Map<string, { x: number; y: number }> {
  const W = size.width;
  const wide = size.name === 'wide';
  const texts = out.texts['since-march'];
  const words = sinceMarchWords(wide);
  texts.push({ x: 0, y: size.title, text: words.title, size: size.title, bold: true, title: true });
  let y = size.title;
  for (const line of wrapText(words.sub, size.text, W)) {
    y += size.text * 1.2;
    texts.push({ x: 0, y: round(y), text: line, size: size.text, soft: true });
  }
  const rows = matrixRows();
  const leftW = wide ? 122 : 60;
  const cellW = (W - leftW) / CATEGORIES.length;
  // Wide: category names head the columns. Compact: a colour key at the foot instead (no room).
  let headBottom = y + (wide ? 8 : 8);
  if (wide) {
    headBottom += size.small * 2.3;
    CATEGORIES.forEach((cat, c) => {
      const lines = cat.label.replace(' and ', ' and\n').split('\n');
      lines.forEach((line, i) => {
        texts.push({ x: round(leftW + cellW * c + 4), y: round(headBottom - 6 - (lines.length - 1 - i) * size.small * 1.15), text: line, size: size.small, bold: true, color: cat.color });
      });
    });
  }
  const key: Omit<LegendEntry, 'x' | 'y'>[] = [
    ...(wide ? [] : CATEGORIES.map((c) => ({ kind: 'dot' as const, color: c.color, text: c.lines.join(' ').trim(), size: size.small }))),
    { kind: 'hollow', color: '#444', text: 'no number given', size: size.small },
    ...(wide ? [{ kind: 'ring' as const, color: PALETTE.ink, text: 'named in the text', size: size.small }] : []),
  ];
  const keyTrial = legendRow(key, 0, W, wide ? 16 : 10);
  const keyH = (keyTrial[keyTrial.length - 1]?.y ?? 0) + size.small * 1.3;
  const rowH = (size.height - headBottom - keyH - 4) / rows.length;
  const p3 = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const y0 = headBottom + rowH * r;
    out.rules['since-march'].push([0, round(y0), W, round(y0)]);
    const labelY = wide ? y0 + size.text + 3 : y0 + rowH / 2 + size.small * 0.36;
    texts.push({ x: 0, y: round(labelY), text: shortDate(row.date), size: wide ? size.text : size.small, bold: true });
    if (wide) texts.push({ x: 0, y: round(labelY + size.small * 1.2), text: rowKind(row.packages), size: size.small, soft: true });
    CATEGORIES.forEach((cat, c) => {
      const inCell = ITEMS.filter((i) => row.packages.includes(i.pkg) && i.category === cat.id);
      const perLine = Math.max(1, Math.floor((cellW - 6) / size.dotPitch));
      const blockH = (Math.ceil(inCell.length / perLine) - 1) * size.dotPitch;
      inCell.forEach((item, k) => {
        const x = leftW + cellW * c + (wide ? 4 : 2) + size.dot + (k % perLine) * size.dotPitch;
        p3.set(item.id, { x: round(x), y: round(y0 + rowH / 2 - blockH / 2 + Math.floor(k / perLine) * size.dotPitch) });
      });
    });
  });
  const bottom = headBottom + rowH * rows.length;
  out.rules['since-march'].push([0, round(bottom), W, round(bottom)]);
  out.legends['since-march'] = legendRow(key, round(bottom + size.small * 1.25), W, wide ? 16 : 10);
  return p3;
}

export function layoutLists(size: Size): Lists {
  const out: Lists = { items: [], texts: { packages: [], 'since-march': [] }, rules: { packages: [], 'since-march': [] }, legends: { packages: [], 'since-march': [] } };
  const p2 = layoutPackages(size, out);
  const p3 = layoutSinceMarch(size, out);
  out.items = ITEMS.map((item, index) => {
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
  return out;
}
