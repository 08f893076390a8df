/**
 * aid-flow geometry, computed at build for two artboards (kit/artboards.ts): `wide` beside the
 * text on desktop, `compact` for the phone's short sticky box. Compact is drawn at about the
 * size it is shown at 360 px (320 units ≈ 324 px), so a 13-unit label is ≈ 13 px on screen;
 * it carries fewer labels rather than smaller ones (no value inside a bar segment there).
 * Pure: data in, numbers out; the render-*.ts files turn them into SVG.
 *
 *  - actsLayout:   the three 2022 acts (and the Nov 15 request) as horizontal bars stacked by
 *                  agency, on one scale; the part of an act no source splits stays a hatched gap.
 *  - stocksLayout: every package on a time axis, drawdowns from US stocks above the axis and
 *                  packages bought with USAI funds below it, on one dollar scale.
 *  - donorsLayout: Kiel's euro pledges, the US and EU countries + institutions, in the release
 *                  to Oct 3 and the one to Nov 20, as paired bars on one scale.
 */
import { scaleUtc } from 'd3-scale';
import { acts, euroReleases, largestPackage, packages, request, formatFigure, type Act, type EuroRelease, type Figure, type Package } from './data';
import type { ArtboardName } from '../kit/artboards';
import { round } from '../kit/round';
import { shortDate } from '../kit/dates';
import { textWidth } from '../kit/text-metrics';

export interface Variant {
  name: ArtboardName;
  w: number;
  h: number;
  /** Titles and row labels, in viewBox units. */
  font: number;
  /** Values, ticks and the one annotation, in viewBox units (≥ 12.5: ≥ 12 px at 360 px wide). */
  small: number;
}

export const WIDE: Variant = { name: 'wide', w: 720, h: 600, font: 16, small: 14 };
export const COMPACT: Variant = { name: 'compact', w: 320, h: 200, font: 13.5, small: 13 };
export const VARIANTS = [WIDE, COMPACT] as const;

/** Pixels per unit so that every bar plus the label at its end fits the width. */
function scaleToFit(rows: { value: number; label: string }[], room: number, size: number, gap: number): number {
  return Math.min(...rows.map((r) => (room - gap - textWidth(r.label, size, true)) / r.value));
}

/* ---------------------------------------------------------------- acts of Congress */

export interface Segment {
  part: 'dod' | 'sfops' | 'unsplit' | 'request';
  x: number;
  width: number;
  /** The figure the segment draws; null for the part no source splits. */
  figure: Figure | null;
}
export interface ActRow {
  key: Act['key'] | 'request';
  label: string;
  /** What the row is, in words for details ("act of Mar 15, 2022 (P.L. 117-103, Division N)"). */
  name: string;
  total: Figure;
  /** Row label baseline; the bar sits below it. */
  labelY: number;
  y: number;
  h: number;
  segments: Segment[];
  end: number;
}
export interface ActsLayout {
  rows: ActRow[];
  /** Pixels per billion dollars, for every row. */
  k: number;
  legendY: number;
}

export function actsLayout(v: Variant): ActsLayout {
  const wide = v.name === 'wide';
  const rowsIn = [
    ...acts.map((a) => ({ key: a.key, label: wide ? `Act of ${a.short}` : `${a.short} act`, name: `act of ${shortDate(a.enacted, true)} (${a.law})`, total: a.total, act: a as Act | null })),
    { key: 'request' as const, label: wide ? 'Requested Nov 15, not yet voted' : 'Nov 15 request, not voted', name: 'request of Nov 15, 2022', total: request, act: null },
  ];
  const k = scaleToFit(rowsIn.map((r) => ({ value: r.total.value, label: formatFigure(r.total) })), v.w, v.small, 6);
  const legendY = wide ? 20 : 14;
  const top = wide ? 62 : 38;
  const pitch = wide ? 126 : 42;
  const barH = wide ? 62 : 19;
  const rows = rowsIn.map((r, i): ActRow => {
    const labelY = top + i * pitch;
    const y = labelY + (wide ? 10 : 4);
    const segments: Segment[] = [];
    let x = 0;
    const add = (part: Segment['part'], figure: Figure | null, value: number) => {
      segments.push({ part, x: round(x), width: round(value * k), figure });
      x += value * k;
    };
    if (r.act) {
      add('dod', r.act.dod, r.act.dod.value);
      if (r.act.sfops) add('sfops', r.act.sfops, r.act.sfops.value);
      // The rest of the act: drawn as a gap, never labelled with a difference of ours.
      const rest = r.total.value - r.act.dod.value - (r.act.sfops?.value ?? 0);
      if (rest > 0) add('unsplit', null, rest);
    } else add('request', r.total, r.total.value);
    return { key: r.key, label: r.label, name: r.name, total: r.total, labelY, y, h: barH, segments, end: round(r.total.value * k) };
  });
  return { rows, k, legendY };
}

/* ---------------------------------------------------------------- stocks: the package timeline */

export interface StockBar {
  pkg: Package;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface StocksLayout {
  bars: StockBar[];
  x: (iso: string) => number;
  /** Baseline of the drawdowns (bars grow up) and of the USAI packages (bars grow down). */
  upBase: number;
  downBase: number;
  upTop: number;
  downBottom: number;
  monthTicks: { x: number; label: string }[];
  left: number;
  right: number;
  /** Pixels per million dollars, both lanes. */
  k: number;
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function stocksLayout(v: Variant): StocksLayout {
  const wide = v.name === 'wide';
  const left = wide ? 8 : 4;
  const right = v.w - (wide ? 10 : 6);
  const x = scaleUtc().domain([utc('2022-02-20'), utc('2022-11-30')]).range([left, right]);
  // Above the drawdowns' lane: the midterms note and the largest drawdown's value; on the compact
  // artboard they need a row each (the note would cover the value).
  const upTop = wide ? 76 : 58;
  const axisGap = wide ? 26 : 20; // month labels between the two baselines
  const bottomRoom = wide ? 46 : 22; // the USAI lane's label under it
  const maxUp = largestPackage('PDA').amount.value;
  const maxDown = largestPackage('USAI').amount.value;
  const k = (v.h - upTop - axisGap - bottomRoom) / (maxUp + maxDown);
  const upBase = round(upTop + maxUp * k);
  const downBase = round(upBase + axisGap);
  const bw = wide ? 6 : 3;
  const bars = packages.map((pkg): StockBar => {
    const h = round(pkg.amount.value * k);
    const cx = x(utc(pkg.date));
    // Same-day packages are one of each type, so they never share a lane.
    return { pkg, x: round(cx - bw / 2), width: bw, height: h, y: pkg.type === 'PDA' ? round(upBase - h) : downBase };
  });
  const months = wide ? ['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'] : ['Mar', 'May', 'Jul', 'Sep', 'Nov'];
  const num = { Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11 } as const;
  const monthTicks = months.map((label) => ({ x: round(x(utc(`2022-${String(num[label as keyof typeof num]).padStart(2, '0')}-01`))), label }));
  return { bars, x: (iso) => round(x(utc(iso))), upBase, downBase, upTop, downBottom: round(downBase + maxDown * k), monthTicks, left, right, k };
}

/* ---------------------------------------------------------------- donors: Kiel, in euros */

export interface DonorBar {
  release: EuroRelease;
  figure: Figure;
  /** "to Oct 3": the day the release's data run to. */
  label: string;
  y: number;
  width: number;
  latest: boolean;
}
export interface DonorGroup {
  donor: 'us' | 'eu';
  title: string;
  titleY: number;
  bars: DonorBar[];
}
export interface DonorsLayout {
  x0: number;
  barH: number;
  groups: DonorGroup[];
  /** Where the one annotation sits (under the US pair). */
  noteY: number;
}

export function donorsLayout(v: Variant, dateLabel: (iso: string) => string): DonorsLayout {
  const wide = v.name === 'wide';
  const labelW = Math.max(...euroReleases.map((r) => textWidth(dateLabel(r.dataTo), v.small)));
  // The date labels end 8 units left of the bars (labelW fits the house sans and its stand-in: kit/text-metrics.ts).
  const x0 = round(labelW + 8);
  const figs = euroReleases.flatMap((r) => [r.us, r.eu]);
  const k = scaleToFit(figs.map((f) => ({ value: f.value, label: formatFigure(f) })), v.w - x0, v.small, 6);
  const barH = wide ? 60 : 20;
  const pitch = barH + (wide ? 12 : 4);
  const groupTop = wide ? [40, 300] : [14, 118];
  const groups = (['us', 'eu'] as const).map((donor, gi): DonorGroup => {
    const titleY = groupTop[gi]!;
    return {
      donor,
      title: donor === 'us' ? 'United States' : 'EU countries and institutions',
      titleY,
      bars: euroReleases.map((release, i) => {
        const figure = donor === 'us' ? release.us : release.eu;
        return { release, figure, label: dateLabel(release.dataTo), y: titleY + (wide ? 16 : 6) + i * pitch, width: round(figure.value * k), latest: i === euroReleases.length - 1 };
      }),
    };
  });
  const lastUs = groups[0]!.bars.at(-1)!;
  return { x0, barH, groups, noteY: round(lastUs.y + barH + (wide ? 40 : 22)) };
}
