/**
 * What each state shows: its frame (a lon/lat box the camera fits), its date stamp, its
 * layers and its labels. Every word here traces to the geo pack (names, control status,
 * snapshot dates), to the measurement (measure.ts) or to a source listed in Notes.astro
 * (the article text, S15, S17, S18, S26, S29); `sources` on each label says which.
 */
import { SNAPSHOTS, place } from './geo';
import { frontToCrimeaKm } from './measure';
import type { LonLatBox } from './frames';
import type { Position } from './labels';
import meta from './meta';
import { stateNames, type StateOf } from '../types';

/** The map's states, as meta.ts names them, in order. */
export type StateName = StateOf<typeof meta>;
export const STATE_NAMES: readonly StateName[] = stateNames(meta);

export function isStateName(s: string): s is StateName {
  return Object.hasOwn(meta.states, s);
}

/** Layers in the camera group, each shown in some states. */
export type LayerName =
  | 'locator'
  | 'detail-frame'
  | 'base'
  | 'retaken'
  | 'occupied-before'
  | 'unknown-before'
  | 'occupied-after'
  | 'unknown-after'
  | 'crimea-2014'
  | 'bridgehead'
  | 'front'
  | 'front-before-ghost';

export interface LabelDef {
  id: string;
  lines: string[];
  /** lon/lat; for places, the pack's coordinate. */
  at: [number, number];
  marker: 'city' | 'town' | 'infra' | 'none';
  priority: number;
  positions: Position[];
  kind?: 'place' | 'area' | 'water' | 'callout';
  scale?: number;
  bold?: boolean;
  italic?: boolean;
  optional?: boolean;
  /** Placed against another label's box (above or below it) instead of at `at`. */
  attachTo?: string;
  /** Where the words come from (source ids of content/data/context/sources.json, or "geo pack", "article"). */
  sources: string[];
}

export interface StateScene {
  frame: LonLatBox;
  /** Date stamp, top left (one or two lines). */
  stamp: string[];
  layers: LayerName[];
  labels: LabelDef[];
  /** Draw the measured front-to-Crimea distance. */
  distance?: boolean;
  /** Tween position of the line of contact: 0 = Nov 7, 1 = Nov 12. */
  t: 0 | 1;
}

const AROUND: Position[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

function placeLabel(name: string, priority: number, positions: Position[] = AROUND, extra: Partial<LabelDef> = {}): LabelDef {
  const p = place(name);
  return {
    id: name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, ''),
    lines: [p.name],
    at: p.coordinates,
    marker: p.type === 'city' ? 'city' : p.type === 'town' ? 'town' : 'infra',
    priority,
    positions,
    kind: 'place',
    sources: ['geo pack (GeoNames)'],
    ...extra,
  };
}

/** Words over an area, with no marker: centred on `at`, or just off it where that collides. */
function areaLabel(id: string, lines: string[], at: [number, number], priority: number, sources: string[], extra: Partial<LabelDef> = {}): LabelDef {
  return { id, lines, at, marker: 'none', priority, positions: ['center', 'below', 'above', 'right', 'left'], kind: 'area', sources, ...extra };
}

/** A river's name, in italics above its line at `at`. */
function waterLabel(id: string, lines: string[], at: [number, number], priority: number, sources: string[], extra: Partial<LabelDef> = {}): LabelDef {
  return { id, lines, at, marker: 'none', priority, positions: ['above', 'above-left', 'above-right'], kind: 'water', italic: true, sources, ...extra };
}

const crimeaLabel = (lines: string[], at: [number, number]): LabelDef =>
  areaLabel('crimea', lines, at, 1, ['article (paragraph 15)', 'geo pack'], { positions: ['center'] });

const KHERSON_AREA: LonLatBox = [
  [31.85, 46.38],
  [33.95, 47.3],
];

/**
 * Kherson's label sits on its own bank: the city is on the right (west, here north-west) bank,
 * so its label goes left or above its dot, never below, where the river and the left bank are.
 */
const KHERSON_SIDES: Position[] = ['left', 'above-left', 'above'];
const FRONT_12 = `Front line, ${SNAPSHOTS.after.label}`;

/** The towns of the west-bank bridgehead, labelled alike before and during the withdrawal. */
const bridgeheadTowns = (): LabelDef[] => [
  placeLabel('Kherson', 1, KHERSON_SIDES),
  // Below its dot: the line of contact runs just north of the town.
  placeLabel('Snihurivka', 2, ['below', 'below-right', 'below-left', 'above']),
  placeLabel('Beryslav', 2, ['above', 'above-right', 'right', 'above-left']),
];

const BASE_DETAIL: LayerName[] = ['base', 'crimea-2014'];
const AFTER: LayerName[] = [...BASE_DETAIL, 'occupied-after', 'unknown-after', 'front'];
/** After the withdrawal, with the ground retaken since Nov 7 in its own color. */
const RETAKEN: LayerName[] = [...BASE_DETAIL, 'retaken', 'occupied-after', 'unknown-after', 'front', 'front-before-ghost'];

export const scenes: Record<StateName, StateScene> = {
  where: {
    frame: [
      [22.2, 43.9],
      [40.6, 52.6],
    ],
    stamp: [`Occupied areas, ${SNAPSHOTS.after.label}`],
    layers: ['locator', 'detail-frame'],
    t: 1,
    labels: [
      areaLabel('ukraine', ['UKRAINE'], [30.6, 49.3], 1, ['geo pack (visionscarto / Natural Earth)'], { positions: ['center'], bold: true }),
      areaLabel('russia', ['RUSSIA'], [38.6, 51.6], 2, ['geo pack (visionscarto / Natural Earth)'], { positions: ['center'], bold: true }),
      crimeaLabel(['Crimea'], [34.2, 45.2]),
      // Above its dot: inside the box of the closer maps, clear of its edges.
      placeLabel('Kherson', 3, ['above'], { optional: true }),
    ],
  },
  south: {
    frame: [
      [29.95, 44.5],
      [37.25, 48.3],
    ],
    stamp: [SNAPSHOTS.after.label],
    layers: AFTER,
    t: 1,
    labels: [
      crimeaLabel(['Crimea', 'occupied', 'since 2014'], [34.15, 45.25]),
      placeLabel('Kherson', 2, KHERSON_SIDES),
      placeLabel('Mykolaiv', 3, ['above-left', 'left', 'above']),
      placeLabel('Odesa', 4, ['left', 'below', 'above-left', 'right']),
      placeLabel('Zaporizhzhia', 4, ['above', 'above-left', 'left', 'right']),
      placeLabel('Melitopol', 5, ['right', 'below', 'below-right', 'left']),
      areaLabel('occupied-note', ['Occupied', 'by Russia'], [35.95, 47.25], 6, ['geo pack (DeepStateMap.live)'], { optional: true }),
    ],
  },
  before: {
    frame: KHERSON_AREA,
    stamp: [`Front line, ${SNAPSHOTS.before.label}`],
    layers: [...BASE_DETAIL, 'occupied-before', 'unknown-before', 'front'],
    t: 0,
    labels: [
      ...bridgeheadTowns(),
      placeLabel('Mykolaiv', 3, ['above', 'left', 'above-left', 'below-left', 'right', 'above-right', 'below', 'below-right']),
      placeLabel('Nova Kakhovka', 4, ['below', 'below-right', 'right'], { optional: true }),
      areaLabel('bridgehead', ['Russian-held', 'west bank'], [32.75, 46.92], 3, ['geo pack (DeepStateMap.live)'], { bold: true }),
    ],
  },
  withdrawal: {
    frame: KHERSON_AREA,
    stamp: [`Front line, ${SNAPSHOTS.before.day} → ${SNAPSHOTS.after.day}`, 'Russia withdraws Nov 9–11'],
    layers: RETAKEN,
    t: 1,
    labels: [
      ...bridgeheadTowns(),
      placeLabel('Nova Kakhovka', 4, ['below', 'below-right', 'right'], { optional: true }),
      areaLabel('retaken', ['Retaken by Ukraine', 'Nov 9–11'], [32.6, 46.92], 3, ['geo pack (DeepStateMap.live, both snapshots; PROVENANCE "Territory snapshots")', 'S15', 'S17', 'S18'], {
        bold: true,
      }),
    ],
  },
  after: {
    frame: KHERSON_AREA,
    stamp: [FRONT_12],
    layers: RETAKEN,
    t: 1,
    labels: [
      placeLabel('Kherson', 1, ['above-left', 'left', 'above'], {
        lines: ['Kherson', 'retaken Nov 11;', 'about 75,000', 'people remain'],
        bold: false,
        sources: ['geo pack (GeoNames)', 'S18', 'article (paragraph 31)', 'S29'],
      }),
      placeLabel('Nova Kakhovka', 3, ['below-right', 'right', 'below']),
      placeLabel('Oleshky', 3, ['below', 'below-right', 'right']),
      placeLabel('Beryslav', 4, ['above', 'above-right', 'right'], { optional: true }),
      waterLabel('river-front', ['Dnipro:', 'now the front'], [32.98, 46.745], 2, ['article (paragraphs 19–20)', 'geo pack']),
    ],
  },
  crimea: {
    frame: [
      [31.9, 44.35],
      [36.2, 47.3],
    ],
    stamp: [FRONT_12],
    layers: AFTER,
    distance: true,
    t: 1,
    labels: [
      crimeaLabel(['Crimea', 'Ukrainian, occupied', 'by Russia since 2014'], [34.1, 45.25]),
      placeLabel('Kherson', 2, KHERSON_SIDES),
      placeLabel('Melitopol', 4, ['right', 'above', 'below'], { optional: true }),
      placeLabel('Nova Kakhovka', 3, ['above-right', 'right', 'above'], { optional: true }),
      {
        id: 'distance',
        lines: [`${frontToCrimeaKm} km`],
        at: [0, 0], // replaced by the measured segment's midpoint in render.ts
        marker: 'none',
        priority: 1,
        positions: ['right', 'left', 'above-right', 'below-right'],
        kind: 'callout',
        bold: true,
        sources: ['measured (measure.ts)'],
      },
    ],
  },
  'kherson-city': {
    // No closer than this: Natural Earth's 1:10m coast is generalised to about a kilometre, and
    // DeepStateMap's polygons leave small islands and spits unfilled (PROVENANCE "Known gaps").
    // At this frame (about 70 km wide) both stay under a few screen px; the river below the dam
    // follows DeepStateMap's own edge (shore.ts), so river and front line agree.
    frame: [
      [32.2, 46.46],
      [33.08, 46.88],
    ],
    stamp: [FRONT_12],
    layers: AFTER,
    t: 1,
    labels: [
      placeLabel('Kherson', 1, ['above-left', 'left', 'above'], {
        lines: ['Kherson:', 'some 75,000', 'people remain'],
        bold: false,
        sources: ['geo pack (GeoNames)', 'article (paragraph 31)', 'S29'],
      }),
      placeLabel('Oleshky', 3, ['below', 'below-right', 'right']),
      waterLabel('dnipro', ['Dnipro'], [32.86, 46.722], 5, ['geo pack (Natural Earth)'], { optional: true }),
      areaLabel('left-bank', ['Russian forces', 'across the river'], [32.82, 46.56], 2, ['article (paragraph 19)', 'geo pack (DeepStateMap.live)']),
    ],
  },
};
