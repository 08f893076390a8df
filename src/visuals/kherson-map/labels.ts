/**
 * Label placement, per state, in screen units: each label tries its allowed positions around
 * its point in order and takes the first whose box is inside the frame and clear of every
 * label already placed, every place marker and every reserved box (date stamp, scale bar).
 * Labels are placed in priority order; a required label that cannot be placed fails the
 * build, an optional one is left out. Text widths are estimated from character classes at
 * the largest label size the page uses (phones), so smaller text on wide screens never
 * collides either.
 */
import type { XY } from './morph';
import { VIEW } from './geo';
import { textWidth } from '../kit/text-metrics';

/**
 * Label font size in viewBox units on phones (the CSS sets it; desktop uses less): at 360×740 the
 * map is drawn at about 0.74 px per unit, so 17 units is about 12.5 px on screen.
 */
export const LABEL_SIZE = 17;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.15;

export type Position = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'center';

export interface LabelSpec {
  id: string;
  lines: string[];
  /** Screen point the label belongs to. */
  at: XY;
  /** Marker radius at the point (0: no marker, e.g. an area or river label). */
  marker: number;
  /** Lower comes first. */
  priority: number;
  positions: Position[];
  /** Size relative to LABEL_SIZE. */
  scale?: number;
  bold?: boolean;
  italic?: boolean;
  /** Extra CSS class (e.g. water, callout). */
  kind?: 'place' | 'area' | 'water' | 'callout';
  optional?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel extends LabelSpec {
  /** Text anchor point: x, and the baseline of the first line. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  position: Position;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

const INSET = 3;
function inside(b: Box): boolean {
  return b.x0 >= INSET && b.y0 >= INSET && b.x1 <= VIEW.width - INSET && b.y1 <= VIEW.height - INSET;
}

function candidate(spec: LabelSpec, position: Position): Omit<PlacedLabel, keyof LabelSpec> {
  const size = LABEL_SIZE * (spec.scale ?? 1);
  const width = Math.max(...spec.lines.map((l) => textWidth(l, size, spec.bold)));
  const height = size * LINE_HEIGHT * spec.lines.length;
  const gap = spec.marker > 0 ? spec.marker + 3 : 0;
  const [px, py] = spec.at;
  // Box top-left, then the text anchor derived from it.
  let x0: number;
  let y0: number;
  switch (position) {
    case 'right':
      x0 = px + gap;
      y0 = py - height / 2;
      break;
    case 'left':
      x0 = px - gap - width;
      y0 = py - height / 2;
      break;
    case 'above':
      x0 = px - width / 2;
      y0 = py - gap - height;
      break;
    case 'below':
      x0 = px - width / 2;
      y0 = py + gap;
      break;
    case 'above-right':
      x0 = px + gap * 0.7;
      y0 = py - gap * 0.7 - height;
      break;
    case 'below-right':
      x0 = px + gap * 0.7;
      y0 = py + gap * 0.7;
      break;
    case 'above-left':
      x0 = px - gap * 0.7 - width;
      y0 = py - gap * 0.7 - height;
      break;
    case 'below-left':
      x0 = px - gap * 0.7 - width;
      y0 = py + gap * 0.7;
      break;
    case 'center':
      x0 = px - width / 2;
      y0 = py - height / 2;
      break;
  }
  const anchor = position === 'left' || position.endsWith('-left') ? 'end' : position.endsWith('right') ? 'start' : 'middle';
  const x = anchor === 'start' ? x0 : anchor === 'end' ? x0 + width : x0 + width / 2;
  // Baseline of the first line: about 0.8 em below the top of its line box.
  const y = y0 + size * (LINE_HEIGHT - 1) / 2 + size * 0.8;
  return { x, y, anchor, box: { x0, y0, x1: x0 + width, y1: y0 + height }, position };
}

/** Places labels; `reserved` are boxes nothing may cover (stamp, scale bar). */
export function placeLabels(specs: readonly LabelSpec[], reserved: readonly Box[] = []): PlacedLabel[] {
  const markers: Box[] = specs
    .filter((s) => s.marker > 0)
    .map((s) => ({ x0: s.at[0] - s.marker, y0: s.at[1] - s.marker, x1: s.at[0] + s.marker, y1: s.at[1] + s.marker }));
  const placed: PlacedLabel[] = [];
  for (const spec of [...specs].sort((a, b) => a.priority - b.priority)) {
    let done = false;
    for (const position of spec.positions) {
      const c = candidate(spec, position);
      const ownMarker = (m: Box) => m.x0 === spec.at[0] - spec.marker && m.y0 === spec.at[1] - spec.marker;
      const clear =
        inside(c.box) &&
        !placed.some((p) => overlaps(p.box, c.box, 2)) &&
        !markers.some((m) => !ownMarker(m) && overlaps(m, c.box, 1)) &&
        !reserved.some((r) => overlaps(r, c.box, 2));
      if (clear) {
        placed.push({ ...spec, ...c });
        done = true;
        break;
      }
    }
    if (!done && !spec.optional) {
      throw new Error(`kherson-map: label "${spec.id}" (${spec.lines.join(' / ')}) fits in none of ${spec.positions.join(', ')}`);
    }
  }
  return placed;
}
