/**
 * Each state's layout in screen (viewBox) units: camera, scale bar and placed labels. Pure;
 * the label tests (layout.test.ts) check it for collisions, render.ts and overlay.ts draw it.
 */
import type { GeoProjection } from 'd3-geo';
import { VIEW, mapProjection } from './geo';
import { fitCamera, scaleBar, toScreen, type Camera } from './frames';
import { placeLabels, LABEL_SIZE, LINE_HEIGHT, type Box, type LabelSpec, type PlacedLabel } from './labels';
import type { XY } from './morph';
import { frontToCrimea } from './measure';
import { scenes, type StateName } from './scene';

export interface StateLayout {
  camera: Camera;
  labels: PlacedLabel[];
  scale: { km: number; width: number };
}

export const MARKER: Record<'city' | 'town' | 'infra' | 'none', number> = { city: 4, town: 3.2, infra: 3.2, none: 0 };
/** Date stamp and scale-bar text, viewBox units on phones (as large as the labels: ≥ 12 px at 360 px). */
export const STAMP_SIZE = LABEL_SIZE;
export const SCALE_SIZE = LABEL_SIZE;

let cachedProjection: GeoProjection | null = null;
export function projection(): GeoProjection {
  cachedProjection ??= mapProjection();
  return cachedProjection;
}

/** Width estimate of the stamp (first line bold). */
function stampWidth(stamp: readonly string[]): number {
  return Math.max(...stamp.map((l, i) => l.length * STAMP_SIZE * (i === 0 ? 0.62 : 0.55)));
}

/** Boxes no label may cover: the date stamp (top left) and the scale bar (bottom left). */
export function reservedBoxes(stamp: readonly string[], scaleWidth: number): Box[] {
  return [
    { x0: 0, y0: 0, x1: 8 + stampWidth(stamp) + 8, y1: 8 + stamp.length * STAMP_SIZE * LINE_HEIGHT + 6 },
    { x0: 0, y0: VIEW.height - 10 - SCALE_SIZE * 1.2, x1: 14 + scaleWidth + 5 + SCALE_SIZE * 3.4, y1: VIEW.height },
  ];
}

/** Callouts that belong to a place: directly above (or below) that place's label, centred on it. */
function placeAttached(name: StateName, specs: LabelSpec[], labels: PlacedLabel[], reserved: Box[]): void {
  for (const def of scenes[name].labels.filter((l) => l.attachTo)) {
    const host = labels.find((l) => l.id === def.attachTo);
    const spec = specs.find((s) => s.id === def.id)!;
    if (!host) throw new Error(`kherson-map: "${def.id}" is attached to "${def.attachTo}", which is not placed`);
    const cx = (host.box.x0 + host.box.x1) / 2;
    const tries: LabelSpec[] = spec.positions.map((p) => ({ ...spec, at: [cx, p === 'below' ? host.box.y1 + 4 : host.box.y0 - 4] as XY, positions: [p] }));
    const others = [...reserved, ...labels.map((l) => l.box)];
    let placed: PlacedLabel[] = [];
    for (const t of tries) {
      placed = placeLabels([{ ...t, optional: true }], others);
      if (placed.length) break;
    }
    if (!placed.length) throw new Error(`kherson-map: callout "${def.id}" fits neither above nor below "${def.attachTo}"`);
    labels.push(...placed);
  }
}

/** Camera, scale bar and placed labels for one state (pure; tested for collisions). */
export function layoutState(name: StateName): StateLayout {
  const scene = scenes[name];
  const proj = projection();
  const camera = fitCamera(proj, scene.frame);
  const scale = scaleBar(proj, camera);
  const specs: LabelSpec[] = scene.labels.map((l) => {
    let at = toScreen(proj, camera, l.at);
    if (l.id === 'distance') {
      const a = toScreen(proj, camera, frontToCrimea.from);
      const b = toScreen(proj, camera, frontToCrimea.to);
      at = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    }
    const spec: LabelSpec = { id: l.id, lines: l.lines, at, marker: MARKER[l.marker], priority: l.priority, positions: l.positions, kind: l.kind ?? 'place' };
    if (l.scale !== undefined) spec.scale = l.scale;
    if (l.bold !== undefined) spec.bold = l.bold;
    if (l.italic !== undefined) spec.italic = l.italic;
    if (l.optional !== undefined) spec.optional = l.optional;
    return spec;
  });
  const reserved = reservedBoxes(scene.stamp, scale.width);
  if (scene.distance) {
    // Keep labels off the measured segment itself.
    const a = toScreen(proj, camera, frontToCrimea.from);
    const b = toScreen(proj, camera, frontToCrimea.to);
    reserved.push({ x0: Math.min(a[0], b[0]) - 3, y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]) + 3, y1: Math.max(a[1], b[1]) });
  }
  const attached = new Set(scene.labels.filter((l) => l.attachTo).map((l) => l.id));
  const labels = placeLabels(
    specs.filter((s) => s.id !== 'distance' && !attached.has(s.id)),
    reserved,
  );
  const distance = specs.find((s) => s.id === 'distance');
  if (distance) labels.push(...placeLabels([distance], [...reserved.slice(0, 2), ...labels.map((l) => l.box)]));
  placeAttached(name, specs, labels, reserved);
  return { camera, labels, scale };
}
