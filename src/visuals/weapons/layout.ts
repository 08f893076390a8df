/**
 * Build-time geometry for the weapons visual: where every mark sits in each state, for two
 * artboards (wide: the desktop graphic column; compact: the phone's sticky box, about 324 × 245 px
 * at 360 px wide, so one viewBox unit is about one CSS px there). Pure: data in, numbers out.
 * svg.ts turns this into markup; the browser only switches states.
 *
 * Every state opens with a title (a `Text` with `title` set: svg.ts marks it `data-title`).
 * States 2 and 3 are laid out in layout-lists.ts, state 1 in layout-named.ts.
 */
import type { CategoryId, Item, NamedItem } from './data';
import type { ArtboardName } from '../kit/artboards';
import { stateNames, type StateOf } from '../types';
import meta from './meta';
import { layoutNamed } from './layout-named';
import { layoutLists } from './layout-lists';

/** The states, as meta.ts names them, in order. */
export type StateName = StateOf<typeof meta>;
export const STATE_NAMES: readonly StateName[] = stateNames(meta);

export interface Size {
  name: ArtboardName;
  width: number;
  height: number;
  /** Font sizes in viewBox units. Compact: at least 12.5, i.e. ≥ 12 px on screen at 360 and 390 px wide. */
  title: number;
  text: number;
  small: number;
  /** Unit-chart pitch and mark size (state 1). */
  pitch: number;
  mark: number;
  /** Item dot radius (states 2 and 3) and pitch inside a matrix cell. */
  dot: number;
  dotPitch: number;
  rowPitch: number;
}

export const SIZES: Record<ArtboardName, Size> = {
  wide: { name: 'wide', width: 600, height: 540, title: 16, text: 12.5, small: 12, pitch: 9.6, mark: 7.8, dot: 4.6, dotPitch: 11.5, rowPitch: 27 },
  compact: { name: 'compact', width: 324, height: 240, title: 14, text: 12.5, small: 12.5, pitch: 6, mark: 4.8, dot: 3, dotPitch: 7, rowPitch: 14 },
};

export interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'end' | 'middle';
  soft?: boolean;
  color?: string;
  /** The view's title: svg.ts marks it (tests and readers find one per state). */
  title?: boolean;
}

export interface UnitBlockLayout {
  key: string;
  named: NamedItem['key'];
  category: CategoryId;
  shape: 'square' | 'circle';
  /** Mark centres (state 1). */
  marks: { x: number; y: number }[];
  /** Where the block flies to in states 2 and 3 (offset from its own centre), if it has an item. */
  to2: { dx: number; dy: number } | null;
  to3: { dx: number; dy: number } | null;
  /** Hit box for focus ring and pointer: x, y, w, h. */
  box: [number, number, number, number];
  label: Text | null;
}

export interface NamedLayout {
  item: NamedItem;
  texts: Text[];
  blocks: UnitBlockLayout[];
  /** HAWK: the dashed "no number given" box. */
  empty: [number, number, number, number] | null;
}

export interface ItemLayout {
  item: Item;
  index: number;
  /** Dot centre per state (state 1: same as packages, hidden). */
  p2: { x: number; y: number };
  p3: { x: number; y: number };
  inPackages: boolean;
  /** Label lines (state 2 only), beside the dot. */
  label: string[] | null;
  /** Highlight band width for the items the text names (state 2). */
  band: number;
}

export interface LegendEntry {
  x: number;
  y: number;
  kind: 'dot' | 'hollow' | 'ring' | 'band' | 'square' | 'circle';
  color: string;
  text: string;
  size: number;
}

export interface Layout {
  size: Size;
  named: NamedLayout[];
  items: ItemLayout[];
  /** Static texts and rules per state. */
  texts: Record<StateName, Text[]>;
  rules: Record<StateName, [number, number, number, number][]>;
  /** Legend entries per state: swatch kinds and text. */
  legends: Record<StateName, LegendEntry[]>;
}

export function layout(size: Size): Layout {
  const lists = layoutLists(size);
  const state1 = layoutNamed(size, lists.items);
  return {
    size,
    named: state1.named,
    items: lists.items,
    texts: { 'named-items': state1.texts, packages: lists.texts.packages, 'since-march': lists.texts['since-march'] },
    rules: { 'named-items': [], packages: lists.rules.packages, 'since-march': lists.rules['since-march'] },
    legends: { 'named-items': state1.legend, packages: lists.legends.packages, 'since-march': lists.legends['since-march'] },
  };
}

/** The bold line of each named item: its quantity as the sources word it, and its name. */
export function headlineOf(n: NamedItem, wide: boolean): string {
  return wide ? n.headlineWide : n.headline;
}

export { matrixRows, rowKind, weekHeader, WEEK_PACKAGES } from './layout-lists';
