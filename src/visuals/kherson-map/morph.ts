/**
 * The withdrawal as a change between the two DeepStateMap snapshots, prepared at build so the
 * browser only interpolates numbers.
 *
 * The 7 Nov and 12 Nov lines of contact run together from the east of the box down to the
 * Kakhovka dam; there they part: on 7 Nov the line loops north and west round the bridgehead
 * on the right (west) bank to the estuary; on 12 Nov it follows the Dnipro to Kherson. Each
 * line is cut where they part, and each half is resampled, by distance along it, to the same
 * number of points. Point i of one line then moves to point i of the other, so the loop
 * slides back onto the river. The frames in between are a tween, not data: only the two ends
 * are snapshots, and the map says so.
 */
import { geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { EARTH_RADIUS_KM } from './geo';

export type XY = [number, number];

/** Kilometres between two lon/lat positions on the sphere. */
export function km(a: Position, b: Position): number {
  return geoDistance([a[0]!, a[1]!], [b[0]!, b[1]!]) * EARTH_RADIUS_KM;
}

/** Distance in km from p to the nearest vertex of line. */
function nearestKm(p: Position, line: readonly Position[]): { d: number; index: number } {
  let d = Infinity;
  let index = -1;
  line.forEach((q, i) => {
    const x = km(p, q);
    if (x < d) {
      d = x;
      index = i;
    }
  });
  return { d, index };
}

/**
 * Where two lines that start together part for good. Scanning `after` from its far end back
 * towards its start, the first vertex within `toleranceKm` of a vertex of `before` is the
 * parting point; returns that vertex's index in each line.
 */
export function partingPoint(before: readonly Position[], after: readonly Position[], toleranceKm = 0.3): { before: number; after: number } {
  for (let i = after.length - 1; i >= 0; i--) {
    const { d, index } = nearestKm(after[i]!, before);
    if (d <= toleranceKm) return { before: index, after: i };
  }
  throw new Error('the two lines never meet');
}

/** n points spread evenly by length along a polyline (first and last kept). */
export function resample(points: readonly XY[], n: number): XY[] {
  if (points.length < 2 || n < 2) throw new Error('resample needs a line of at least 2 points and n >= 2');
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    cumulative.push(cumulative[i - 1]! + Math.hypot(x1 - x0, y1 - y0));
  }
  const total = cumulative[cumulative.length - 1]!;
  const out: XY[] = [];
  let segment = 1;
  for (let k = 0; k < n; k++) {
    const target = (total * k) / (n - 1);
    while (segment < points.length - 1 && cumulative[segment]! < target) segment++;
    const a = points[segment - 1]!;
    const b = points[segment]!;
    const span = cumulative[segment]! - cumulative[segment - 1]!;
    const f = span === 0 ? 0 : Math.min(1, Math.max(0, (target - cumulative[segment - 1]!) / span));
    out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]);
  }
  return out;
}

/** Linear blend of two equal-length point lists. */
export function blend(a: readonly XY[], b: readonly XY[], t: number): XY[] {
  if (a.length !== b.length) throw new Error('blend needs equal point counts');
  return a.map(([x, y], i) => [x + (b[i]![0] - x) * t, y + (b[i]![1] - y) * t]);
}

export interface LineMorph {
  /** The 7 Nov line, resampled: shared part then the bridgehead loop. */
  from: XY[];
  /** The 12 Nov line, resampled to the same count: shared part then the river. */
  to: XY[];
  /** Index in from/to where the two lines part (start of the tails). */
  split: number;
  /** Where they part, in lon/lat (for the notes). */
  parting: Position;
}

/**
 * Builds the morph from the 7 Nov main line to the 12 Nov line, both already in map space
 * (`project` maps lon/lat to map space). `shared` and `tail` are the point counts of each half.
 */
export function lineMorph(
  before: readonly Position[],
  after: readonly Position[],
  project: (p: Position) => XY,
  shared = 160,
  tail = 180,
): LineMorph {
  const cut = partingPoint(before, after);
  const half = (line: readonly Position[], from: number, to: number) => line.slice(from, to).map(project);
  const from = [...resample(half(before, 0, cut.before + 1), shared), ...resample(half(before, cut.before, before.length), tail).slice(1)];
  const to = [...resample(half(after, 0, cut.after + 1), shared), ...resample(half(after, cut.after, after.length), tail).slice(1)];
  return { from, to, split: shared - 1, parting: after[cut.after]! };
}

/** An SVG path through points, with `digits` decimals; closed with Z when `close`. */
export function pathOf(points: readonly XY[], digits = 1, close = false): string {
  const f = (v: number) => {
    const s = v.toFixed(digits);
    return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
  };
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`).join('') + (close ? 'Z' : '');
}

/**
 * The area the bridgehead still covers at tween time t: the moving tail of the line, closed
 * through `closing` points that lie in water or in land occupied on both dates (so clipping
 * the 7 Nov area to it shows only the part not yet given up). At t = 0 it is the 7 Nov
 * bridgehead, at t = 1 it has no area left on the right bank.
 */
export function bridgeheadRegion(morph: LineMorph, t: number, closing: readonly XY[]): XY[] {
  const tail = blend(morph.from.slice(morph.split), morph.to.slice(morph.split), t);
  return [...tail, ...closing];
}
