/**
 * State 1 of the weapons visual, "named-items": the four items the text names, at honest scale in
 * a unit chart (one square per Avenger system or T-72B tank, one circle per 1,000 shells; HAWK
 * drawn as an empty dashed box, as no source gives a number). One key at the foot says what a
 * mark stands for. Phones show the headlines and marks only; desktop adds what each item is for.
 */
import { NAMED } from './data';
import { round } from '../kit/round';
import { wrapText } from '../kit/text-metrics';
import { legendRow } from './layout-lists';
import type { ItemLayout, LegendEntry, NamedLayout, Size, Text, UnitBlockLayout } from './layout';

/** Columns per row of a block: T-72 blocks side by side on phones (9 × 5), shells in rows of 50. */
function columnsOf(key: string, count: number, wide: boolean, room: number): number {
  if (key === 't72' && !wide) return 9;
  if (key === 'shells') return 50;
  return Math.max(1, Math.min(count, room));
}

export function layoutNamed(size: Size, items: ItemLayout[]): { named: NamedLayout[]; texts: Text[]; legend: LegendEntry[] } {
  const W = size.width;
  const wide = size.name === 'wide';
  const texts: Text[] = [{ x: 0, y: size.title, text: wide ? 'The four items the text names, at scale' : 'The four items the text names', size: size.title, bold: true, title: true }];
  const headSize = wide ? 15 : 13;
  const gap = wide ? 20 : 13;
  const named: NamedLayout[] = [];
  let y = size.title + (wide ? 14 : 8);
  for (const n of NAMED) {
    const t: Text[] = [];
    y += headSize;
    t.push({ x: 0, y: round(y), text: wide ? n.headlineWide : n.headline, size: headSize, bold: true });
    if (wide) {
      for (const line of wrapText(n.purpose, size.text, W)) {
        y += size.text * 1.25;
        t.push({ x: 0, y: round(y), text: line, size: size.text, soft: true });
      }
    }
    y += wide ? 8 : 5;
    const blocks: UnitBlockLayout[] = [];
    let empty: NamedLayout['empty'] = null;
    if (!n.unit) {
      const h = wide ? 22 : 17;
      const w = wide ? 190 : 140;
      empty = [0, round(y), w, h];
      t.push({ x: round(w / 2), y: round(y + h / 2 + size.small * 0.36), text: 'no number given', size: size.small, anchor: 'middle', soft: true });
      y += h;
    } else {
      const unit = n.unit;
      const labelW = n.blocks.some((b) => b.label) ? (wide ? 150 : 0) : 0;
      const sideBySide = n.key === 't72' && !wide;
      let x0 = 0;
      let rowBottom = y;
      n.blocks.forEach((b, bi) => {
        const cols = columnsOf(n.key, b.count, wide, Math.floor((W - labelW) / size.pitch));
        const rows = Math.ceil(b.count / cols);
        const marks = Array.from({ length: b.count }, (_, k) => ({ x: round(x0 + size.pitch / 2 + (k % cols) * size.pitch), y: round(y + size.pitch / 2 + Math.floor(k / cols) * size.pitch) }));
        const bw = Math.min(b.count, cols) * size.pitch;
        const bh = rows * size.pitch;
        const text = b.label === 'US' ? (wide ? 'paid by the US' : 'US-paid') : wide ? 'paid by the Netherlands' : 'Dutch-paid';
        const label: Text | null = b.label ? { x: round(x0 + bw + 6), y: round(y + bh / 2 + size.small * 0.36), text, size: size.small, soft: true } : null;
        const centre = { x: x0 + bw / 2, y: y + bh / 2 };
        const target = b.item ? items.find((i) => i.item.id === b.item) : undefined;
        blocks.push({
          key: `${n.key}${n.blocks.length > 1 ? `-${bi + 1}` : ''}`,
          named: n.key,
          category: n.category,
          shape: unit.shape,
          marks,
          to2: target ? { dx: round(target.p2.x - centre.x), dy: round(target.p2.y - centre.y) } : null,
          to3: target ? { dx: round(target.p3.x - centre.x), dy: round(target.p3.y - centre.y) } : null,
          box: [round(x0), round(y), round(bw), round(bh)],
          label,
        });
        rowBottom = Math.max(rowBottom, y + bh);
        if (sideBySide) x0 += bw + 80;
        else y += bh + (bi < n.blocks.length - 1 ? (wide ? 5 : 3) : 0);
      });
      y = rowBottom;
    }
    y += gap;
    named.push({ item: n, texts: t, blocks, empty });
  }
  const units = NAMED.filter((n) => n.unit);
  const squares = [...new Set(units.filter((n) => n.unit!.shape === 'square').map((n) => n.unit!.text))].join(' or ');
  const circles = [...new Set(units.filter((n) => n.unit!.shape === 'circle').map((n) => n.unit!.text))].join(' or ');
  const legend = legendRow(
    [
      { kind: 'square', color: '#444', text: `${squares}${wide ? ' per square' : ''}`, size: size.small },
      { kind: 'circle', color: '#444', text: `${circles}${wide ? ' per circle' : ''}`, size: size.small },
    ],
    round(Math.min(size.height - 4, y - gap + size.small * 1.6)),
    W,
    wide ? 18 : 14,
  );
  return { named, texts, legend };
}
