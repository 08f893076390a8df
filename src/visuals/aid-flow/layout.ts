/**
 * aid-flow geometry, computed at build: the Sankey of the three acts (d3-sankey), the package
 * timeline (d3-scale time and linear scales) and the donor bars, for a wide (desktop) and a
 * narrow (phone) viewBox. Pure: data in, numbers out; ./render.ts turns them into SVG.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { acts, donorsUsd, euroReleases, packages, request, runningTotal, type Act, type Package, type StatedTotal } from './data';
import { round } from '../kit/round';

export interface Variant {
  name: 'wide' | 'narrow';
  w: number;
  h: number;
  /** Label and small-label sizes in viewBox units. */
  font: number;
  small: number;
}

export const WIDE: Variant = { name: 'wide', w: 720, h: 600, font: 14, small: 12 };
export const NARROW: Variant = { name: 'narrow', w: 340, h: 304, font: 11, small: 10 };


/* ---------------------------------------------------------------- Sankey */

interface NodeExtra {
  id: string;
  fixedValue?: number;
}
interface LinkExtra {
  act: Act;
  to: 'dod' | 'sfops';
}
type SNode = SankeyNode<NodeExtra, LinkExtra>;
type SLink = SankeyLink<NodeExtra, LinkExtra>;

export interface FlowLayout {
  act: Act;
  to: 'dod' | 'sfops';
  path: string;
  width: number;
  /** Where the value label sits. */
  labelX: number;
  labelY: number;
}
export interface ActNodeLayout {
  act: Act;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Bottom of the part that flows on; below it, to y1, no source splits the money. */
  splitY: number;
}
export interface SankeyLayout {
  acts: ActNodeLayout[];
  targets: { id: 'dod' | 'sfops'; x0: number; x1: number; y0: number; y1: number }[];
  flows: FlowLayout[];
  /** Pixels per billion dollars, shared by the acts and the request. */
  ky: number;
  request: { x0: number; x1: number; y0: number; y1: number };
  /** Top of the drawing and the bottom of the acts' column. */
  top: number;
  actsBottom: number;
}

function cubicAt(x0: number, y0: number, x1: number, y1: number, t: number): [number, number] {
  // sankeyLinkHorizontal: a cubic from (x0,y0) to (x1,y1) with both control points at mid-x.
  const xm = (x0 + x1) / 2;
  const u = 1 - t;
  const x = u * u * u * x0 + 3 * u * u * t * xm + 3 * u * t * t * xm + t * t * t * x1;
  const y = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
  return [x, y];
}

export function sankeyLayout(v: Variant): SankeyLayout {
  const wide = v.name === 'wide';
  const left = wide ? 150 : 66;
  const right = wide ? 470 : 238;
  const nodeW = wide ? 14 : 8;
  const top = wide ? 66 : 40;
  const bottom = v.h - (wide ? 14 : 8);
  const pad = wide ? 16 : 7;
  const gap = wide ? 34 : 16;
  const sumActs = acts.reduce((s, a) => s + a.total.value, 0); // layout only: never shown
  const ky = (bottom - top - 2 * pad - gap) / (sumActs + request.value);
  const height = sumActs * ky + 2 * pad;

  const nodes: NodeExtra[] = [...acts.map((a) => ({ id: a.key, fixedValue: a.total.value })), { id: 'dod' }, { id: 'sfops' }];
  const links = acts.flatMap((a) => [
    { source: a.key, target: 'dod', value: a.dod.value, act: a, to: 'dod' as const },
    ...(a.sfops ? [{ source: a.key, target: 'sfops', value: a.sfops.value, act: a, to: 'sfops' as const }] : []),
  ]);
  const graph = sankey<NodeExtra, LinkExtra>()
    .nodeId((d) => d.id)
    .nodeWidth(nodeW)
    .nodePadding(pad)
    .nodeSort(null as unknown as (a: SNode, b: SNode) => number)
    .linkSort(null as unknown as (a: SLink, b: SLink) => number)
    .extent([
      [left, top],
      [right + nodeW, top + height],
    ])({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });

  const path = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const actNodes = acts.map((act): ActNodeLayout => {
    const n = byId.get(act.key)!;
    const used = (n.sourceLinks ?? []).reduce((s, l) => s + (l.width ?? 0), 0);
    return { act, x0: n.x0!, x1: n.x1!, y0: round(n.y0!), y1: round(n.y1!), splitY: round(n.y0! + used) };
  });
  const flows = graph.links.map((l): FlowLayout => {
    const s = l.source as SNode;
    const t = l.target as SNode;
    const at = l.to === 'dod' ? 0.1 : wide ? 0.36 : 0.42;
    const [x, y] = cubicAt(s.x1!, l.y0!, t.x0!, l.y1!, at);
    return { act: l.act, to: l.to, path: path(l) ?? '', width: round(l.width ?? 0), labelX: round(x), labelY: round(y) };
  });
  const targets = (['dod', 'sfops'] as const).map((id) => {
    const n = byId.get(id)!;
    return { id, x0: n.x0!, x1: n.x1!, y0: round(n.y0!), y1: round(n.y1!) };
  });
  const actsBottom = Math.max(...actNodes.map((a) => a.y1));
  const reqTop = actsBottom + gap;
  return {
    acts: actNodes,
    targets,
    flows,
    ky,
    request: { x0: left, x1: left + nodeW, y0: round(reqTop), y1: round(reqTop + request.value * ky) },
    top,
    actsBottom,
  };
}

/* ---------------------------------------------------------------- package timeline */

export interface BarLayout {
  pkg: Package;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DotLayout {
  total: StatedTotal;
  cx: number;
  cy: number;
}
export interface TimelineLayout {
  bars: BarLayout[];
  dots: DotLayout[];
  x: (iso: string) => number;
  monthTicks: { x: number; label: string }[];
  bars0: number;
  barsTop: number;
  barTicks: { y: number; label: string }[];
  dotsTop: number;
  dots0: number;
  dotTicks: { y: number; label: string }[];
  left: number;
  right: number;
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function timelineLayout(v: Variant): TimelineLayout {
  const wide = v.name === 'wide';
  const left = wide ? 58 : 36;
  const right = v.w - (wide ? 14 : 8);
  const x = scaleUtc().domain([utc('2022-02-20'), utc('2022-11-30')]).range([left, right]);
  const barsTop = wide ? 100 : 44;
  const bars0 = wide ? 330 : 150;
  const dotsTop = wide ? 398 : 186;
  const dots0 = wide ? 510 : 242;
  const barMax = 3000; // USD m: the axis top, above the largest package
  const yb = scaleLinear().domain([0, barMax]).range([bars0, barsTop]);
  const yd = scaleLinear().domain([0, 20]).range([dots0, dotsTop]);
  const bw = wide ? 5 : 3;
  const stacked = new Map<string, number>();
  const bars = packages.map((pkg): BarLayout => {
    const base = stacked.get(pkg.date) ?? 0;
    stacked.set(pkg.date, base + pkg.amount.value);
    const y0 = yb(base);
    const y1 = yb(base + pkg.amount.value);
    return { pkg, x: round(x(utc(pkg.date)) - bw / 2), y: round(y1), width: bw, height: round(y0 - y1) };
  });
  const dots = runningTotal.map((total) => ({ total, cx: round(x(utc(total.date))), cy: round(yd(total.amount.value)) }));
  const months = ['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
  const monthTicks = months.map((label, i) => ({ x: round(x(utc(`2022-${String(i + 3).padStart(2, '0')}-01`))), label }));
  const barTicks = [0, 1000, 2000, 3000].map((m) => ({ y: round(yb(m)), label: m === 0 ? '$0' : `$${m / 1000}bn` }));
  const dotTicks = [0, 10, 20].map((b) => ({ y: round(yd(b)), label: b === 0 ? '$0' : `$${b}bn` }));
  return { bars, dots, x: (iso) => round(x(utc(iso))), monthTicks, bars0, barsTop, barTicks, dotsTop, dots0, dotTicks, left, right };
}

/* ---------------------------------------------------------------- donors */

export interface DonorBar {
  label: string;
  y: number;
  width: number;
}
export interface DonorsLayout {
  x0: number;
  usd: { rows: (DonorBar & { donor: (typeof donorsUsd)[number] })[]; top: number; rowH: number; barH: number };
  eur: { groups: { release: (typeof euroReleases)[number]; y: number; us: DonorBar; eu: DonorBar }[]; top: number; barH: number };
}

export function donorsLayout(v: Variant): DonorsLayout {
  const wide = v.name === 'wide';
  const x0 = wide ? 176 : 112;
  const maxW = v.w - x0 - (wide ? 150 : 100);
  const usdMax = Math.max(...donorsUsd.map((d) => d.amount.value));
  const eurMax = Math.max(...euroReleases.flatMap((r) => [r.us.value, r.eu.value]));
  const kUsd = maxW / usdMax;
  const kEur = maxW / eurMax;
  const rowH = wide ? 40 : 20;
  const barH = wide ? 24 : 13;
  const top = wide ? 62 : 36;
  const rows = donorsUsd.map((donor, i) => ({ donor, label: donor.label, y: top + i * rowH, width: round(donor.amount.value * kUsd) }));
  const eurTop = top + donorsUsd.length * rowH + (wide ? 70 : 32);
  const groupH = wide ? 74 : 44;
  const eBar = wide ? 20 : 11;
  const groups = euroReleases.map((release, i) => {
    const y = eurTop + i * groupH;
    return {
      release,
      y,
      us: { label: 'United States', y: y + (wide ? 24 : 12), width: round(release.us.value * kEur) },
      eu: { label: 'EU countries + institutions', y: y + (wide ? 24 : 12) + eBar + 3, width: round(release.eu.value * kEur) },
    };
  });
  return { x0, usd: { rows, top, rowH, barH }, eur: { groups, top: eurTop, barH: eBar } };
}
