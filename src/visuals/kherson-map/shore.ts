/**
 * Where the lines meet the water, at build.
 *
 * 1. Line ends to the shore. The pack's lines of contact stop about 2 km short of the coast
 *    (PROVENANCE.md: a 2 km buffer round the border and coast is erased so that coasts are not
 *    drawn as front). Drawn as they are, the 7 Nov line stopped in mid-air in the estuary west of
 *    Kherson and the 12 Nov line short of the estuary. `toShore` extends a line's end to the
 *    nearest point of the coastline (Natural Earth), when that point is within `maxKm`.
 * 2. The Dnipro below the Kakhovka dam, from DeepStateMap's own edge. Natural Earth's 1:10m
 *    Dnipro runs 0.5–2 km off DeepStateMap's edge of Russian control along the river (PROVENANCE
 *    "Known gaps"), which shows at the Kherson close-ups: a blue line beside, not under, the
 *    front. On Nov 12 that edge *is* the river (DeepStateMap drew Russian control to the left
 *    bank), so below the dam the map draws the river along it and drops Natural Earth's line.
 */
import type { Position } from 'geojson';
import { layers, lineParts, place } from './geo';
import { km } from './morph';

/** The nearest point to `p` on a set of polylines (segments, by planar lon/lat, then measured in km). */
export function nearestOn(p: Position, lines: readonly Position[][]): { point: [number, number]; km: number } {
  let best: [number, number] = [p[0]!, p[1]!];
  let bestKm = Infinity;
  // Longitude degrees are shorter than latitude degrees here: scale them before projecting onto segments.
  const c = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      const dx = (b[0]! - a[0]!) * c;
      const dy = b[1]! - a[1]!;
      const len = dx * dx + dy * dy;
      const f = len === 0 ? 0 : Math.max(0, Math.min(1, (((p[0]! - a[0]!) * c) * dx + (p[1]! - a[1]!) * dy) / len));
      const q: [number, number] = [a[0]! + (b[0]! - a[0]!) * f, a[1]! + (b[1]! - a[1]!) * f];
      const d = km(p, q);
      if (d < bestKm) {
        bestKm = d;
        best = q;
      }
    }
  }
  return { point: best, km: bestKm };
}

/** Ukraine's coastline and border (Natural Earth), as lines. */
export function shoreLines(): Position[][] {
  return lineParts(layers.ukraineBorder);
}

/** The line with its last point extended to the shore, if the shore is within maxKm of it. */
export function toShore(line: readonly Position[], maxKm = 5): Position[] {
  const end = line[line.length - 1];
  if (!end) return [...line];
  const { point, km: d } = nearestOn(end, shoreLines());
  return d > 0.01 && d <= maxKm ? [...line, point] : [...line];
}

/** Longitude of the Kakhovka dam (the pack's point): below it the river is drawn from DeepStateMap's edge. */
export const DAM_LON = place('Kakhovka Dam (HPP)').coordinates[0];

/**
 * The river below the dam, from the Nov 12 line of contact: its run of points west of the dam,
 * extended to the estuary shore. Lon/lat.
 */
export function dniproFromEdge(): Position[] {
  const line = lineParts(layers.lineAfter)[0]!;
  let start = line.length;
  while (start > 0 && line[start - 1]![0]! < DAM_LON + 0.005) start--;
  return toShore(line.slice(Math.max(0, start - 1)));
}

/** Natural Earth's Dnipro without its course below the dam (the part DeepStateMap's edge replaces). */
export function dniproAboveDam(lines: readonly Position[][]): Position[][] {
  const below = (p: Position) => p[0]! < DAM_LON + 0.005 && p[1]! < 46.8;
  const runs: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const p of line) {
      if (below(p)) {
        if (run.length > 1) runs.push(run);
        run = [];
      } else run.push(p);
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}

/**
 * Tributaries that ended on Natural Earth's lower Dnipro (the Inhulets) end short of the river
 * drawn from DeepStateMap's edge: their ends within `maxKm` of it, below the dam, are joined to it.
 */
export function joinedToLowerDnipro(lines: readonly Position[][], maxKm = 4): Position[][] {
  const river = [dniproFromEdge()];
  return lines.map((line) => {
    const out = [...line];
    for (const atEnd of [false, true]) {
      const p = atEnd ? out[out.length - 1] : out[0];
      if (!p || p[0]! >= DAM_LON) continue;
      const { point, km: d } = nearestOn(p, river);
      if (d > 0.01 && d <= maxKm) {
        if (atEnd) out.push(point);
        else out.unshift(point);
      }
    }
    return out;
  });
}
