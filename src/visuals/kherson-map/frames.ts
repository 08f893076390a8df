/**
 * Cameras: each state shows one rectangle of map space, scaled to fill the viewBox. A camera
 * is a uniform scale k and a shift (x, y): screen = map × k + (x, y). The browser moves
 * between cameras with a CSS transform (composited); line widths are set per state in map units
 * (render.ts, STROKES) and labels are placed per state in screen units, so text never scales with the zoom.
 */
import type { GeoProjection } from 'd3-geo';
import { km, type XY } from './morph';
import { VIEW } from './geo';

export interface Camera {
  k: number;
  x: number;
  y: number;
}

export type LonLatBox = [[number, number], [number, number]];

/** Map-space bounding box of a lon/lat box (its edges sampled, as meridians converge). */
export function projectedBox(projection: GeoProjection, [[w, s], [e, n]]: LonLatBox): [XY, XY] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    for (const p of [
      [lon, s],
      [lon, n],
      [w, lat],
      [e, lat],
    ] as XY[]) {
      const xy = projection(p);
      if (!xy) continue;
      x0 = Math.min(x0, xy[0]);
      y0 = Math.min(y0, xy[1]);
      x1 = Math.max(x1, xy[0]);
      y1 = Math.max(y1, xy[1]);
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The camera that fits a lon/lat box into the viewBox, centred, with `pad` screen units spare. */
export function fitCamera(projection: GeoProjection, box: LonLatBox, pad = 6): Camera {
  const [[x0, y0], [x1, y1]] = projectedBox(projection, box);
  const k = Math.min((VIEW.width - 2 * pad) / (x1 - x0), (VIEW.height - 2 * pad) / (y1 - y0));
  return { k, x: VIEW.width / 2 - (k * (x0 + x1)) / 2, y: VIEW.height / 2 - (k * (y0 + y1)) / 2 };
}

/** Screen position of a lon/lat point under a camera. */
export function toScreen(projection: GeoProjection, camera: Camera, lonLat: XY): XY {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return [p[0] * camera.k + camera.x, p[1] * camera.k + camera.y];
}

/** Lon/lat of a screen point under a camera. */
export function fromScreen(projection: GeoProjection, camera: Camera, [sx, sy]: XY): XY {
  const p = projection.invert?.([(sx - camera.x) / camera.k, (sy - camera.y) / camera.k]);
  if (!p) throw new Error('cannot invert the projection');
  return [p[0], p[1]];
}

/** The lon/lat box the whole viewBox shows under a camera (its corners and edge midpoints). */
export function visibleBox(projection: GeoProjection, camera: Camera): LonLatBox {
  const pts: XY[] = [];
  for (const fx of [0, 0.5, 1]) for (const fy of [0, 0.5, 1]) pts.push(fromScreen(projection, camera, [VIEW.width * fx, VIEW.height * fy]));
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

export interface ScaleBar {
  /** Length the bar stands for. */
  km: number;
  /** Its length in screen units. */
  width: number;
}

const NICE = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * A scale bar true at the middle of the frame: measures, on the sphere, what a horizontal
 * run of screen units through the centre covers, then picks the longest round distance that
 * fits in `maxWidth` units. (A conformal conic's scale changes slowly away from the centre.)
 */
export function scaleBar(projection: GeoProjection, camera: Camera, maxWidth = 95): ScaleBar {
  const cy = VIEW.height / 2;
  const run = 100;
  const a = fromScreen(projection, camera, [VIEW.width / 2 - run / 2, cy]);
  const b = fromScreen(projection, camera, [VIEW.width / 2 + run / 2, cy]);
  const kmPerUnit = km(a, b) / run;
  const fits = NICE.filter((d) => d / kmPerUnit <= maxWidth);
  const chosen = fits[fits.length - 1];
  if (chosen === undefined) throw new Error('no scale bar length fits');
  return { km: chosen, width: chosen / kmPerUnit };
}
