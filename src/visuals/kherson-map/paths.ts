/**
 * Path generators for the camera layers: each layer is clipped to what the frames of the
 * states showing it can show (plus a margin for the camera's travel), and thinned to what the
 * closest of those frames can resolve, so the page ships no invisible detail.
 */
import { geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { VIEW, mapProjection } from './geo';
import type { StateLayout } from './layout';
import type { XY } from './morph';
import type { StateName } from './scene';

/** Drops points closer than eps to the last one kept (after projection): smaller paths. */
function thinned(proj: GeoProjection, eps: number): GeoStreamWrapper {
  return {
    stream(output: GeoStream): GeoStream {
      let last: XY | null = null;
      let pending: XY | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (last && Math.hypot(x - last[0], y - last[1]) < eps) {
            pending = [x, y];
            return;
          }
          output.point(x, y);
          last = [x, y];
          pending = null;
        },
        lineStart() {
          last = null;
          pending = null;
          output.lineStart();
        },
        lineEnd() {
          if (pending) output.point(pending[0], pending[1]);
          pending = null;
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return proj.stream(thin);
    },
  };
}

export type FeatureToPath = (f: Feature<Geometry>) => string;

/** A feature for lines given as coordinates (lon/lat). */
export function lines(coordinates: Position[][]): Feature<Geometry> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } };
}

/** Makes (and caches) one path generator per set of showing states and thinning tolerance. */
export function pathGenerators(layouts: Map<StateName, StateLayout>): (showing: readonly StateName[], epsScreen?: number) => FeatureToPath {
  const generators = new Map<string, FeatureToPath>();
  return (showing, epsScreen = 0.5) => {
    const cacheKey = `${showing.join(' ')}@${epsScreen}`;
    let feat = generators.get(cacheKey);
    if (!feat) {
      const maxK = Math.max(...showing.map((s) => layouts.get(s)!.camera.k));
      const extents = showing.map((s) => {
        const c = layouts.get(s)!.camera;
        return [-c.x / c.k, -c.y / c.k, (VIEW.width - c.x) / c.k, (VIEW.height - c.y) / c.k] as const;
      });
      const x0 = Math.min(...extents.map((e) => e[0]));
      const y0 = Math.min(...extents.map((e) => e[1]));
      const x1 = Math.max(...extents.map((e) => e[2]));
      const y1 = Math.max(...extents.map((e) => e[3]));
      const margin = Math.max(x1 - x0, y1 - y0) * 0.15;
      const clipped = mapProjection().clipExtent([
        [x0 - margin, y0 - margin],
        [x1 + margin, y1 + margin],
      ]);
      // Decimals so rounding moves no point more than ~0.25 screen units in the closest frame.
      const path = geoPath(thinned(clipped, epsScreen / maxK)).digits(Math.max(0, Math.ceil(Math.log10(maxK / 0.5))));
      const generator: FeatureToPath = (f) => path(f) ?? '';
      feat = generator;
      generators.set(cacheKey, generator);
    }
    return feat;
  };
}
