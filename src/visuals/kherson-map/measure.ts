/**
 * The distance from the new front to Crimea, measured on the map's own data at build.
 *
 * What it measures: the shortest great-circle distance between the DeepStateMap line of
 * contact of 12 Nov 2022 (territory-2022-11.topo.json) and the boundary of the Autonomous
 * Republic of Crimea (UA-43, Natural Earth admin-1 in base-south.topo.json). Both lines are
 * densified to points at most `stepKm` apart (great-circle interpolation) and every pair is
 * compared, so the result is within stepKm/2 of the exact minimum of these generalised lines.
 */
import { geoInterpolate, geoDistance } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { EARTH_RADIUS_KM, layers, lineParts } from './geo';
import { km } from './morph';

/** Points along a polyline no more than stepKm apart. */
export function densify(line: readonly Position[], stepKm: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    out.push([a[0]!, a[1]!]);
    const b = line[i + 1];
    if (!b) break;
    const d = km(a, b);
    const n = Math.ceil(d / stepKm);
    const at = geoInterpolate([a[0]!, a[1]!], [b[0]!, b[1]!]);
    for (let k = 1; k < n; k++) out.push(at(k / n));
  }
  return out;
}

export interface Nearest {
  /** Kilometres, unrounded. */
  km: number;
  /** The point on the first line and on the second (lon/lat). */
  from: [number, number];
  to: [number, number];
}

/** The closest pair of points between two point sets (brute force; a few million pairs). */
export function nearestPair(a: readonly [number, number][], b: readonly [number, number][]): Nearest {
  let best: Nearest = { km: Infinity, from: [0, 0], to: [0, 0] };
  for (const p of a) {
    for (const q of b) {
      // Cheap reject: a degree of latitude is ~111 km.
      if (Math.abs(p[1] - q[1]) * 111 > best.km) continue;
      const d = geoDistance(p, q) * EARTH_RADIUS_KM;
      if (d < best.km) best = { km: d, from: p, to: q };
    }
  }
  return best;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export const STEP_KM = 0.5;

function measureFrontToCrimea(): Nearest {
  const crimea = layers.oblasts.features.find((f) => f.properties.iso_3166_2 === 'UA-43');
  if (!crimea) throw new Error('base-south.topo.json has no UA-43 (Crimea)');
  const front = lineParts(layers.lineAfter).flatMap((l) => densify(l, STEP_KM));
  const border = rings(crimea.geometry as Polygon | MultiPolygon).flatMap((r) => densify(r, STEP_KM));
  return nearestPair(front, border);
}

/** Measured once per build. */
export const frontToCrimea: Nearest = measureFrontToCrimea();

/** The figure as printed: whole kilometres (the data are generalised; see the notes). */
export const frontToCrimeaKm: number = Math.round(frontToCrimea.km);
