/**
 * The legend: what each colour and line means, with the snapshot dates, listed only for the
 * states that draw it (a legend entry for something not on screen would mislead).
 */
import { SNAPSHOTS } from './geo';
import { scenes, isStateName, type LayerName, type StateName } from './scene';

export interface LegendItem {
  key: string;
  swatch: 'area' | 'line' | 'dashed' | 'dotted' | 'box';
  color: string;
  text: string;
  /** States of this chapter that show it. */
  states: StateName[];
}

interface Def {
  key: string;
  swatch: LegendItem['swatch'];
  color: string;
  text: string;
  /** Shown in a state when this returns true. */
  when: (state: StateName, layers: readonly LayerName[]) => boolean;
}

/** The ground Ukraine retook between the two snapshots (map, legend and share card). */
export const RETAKEN_COLOR = '#f3d27a';
/**
 * Its words. DeepStateMap's right-bank polygon shrinks in the snapshots of Nov 9, 10 and 11 and is
 * gone by Nov 11 (geo PROVENANCE.md, "Territory snapshots"); Russia announced the withdrawal on
 * Nov 9 and said it was complete on Nov 11 (context timeline: S15, S17; S18 for the entry into Kherson).
 */
export const RETAKEN_TEXT = 'Retaken by Ukraine, Nov 9–11';

const has = (l: LayerName) => (_: StateName, layers: readonly LayerName[]) => layers.includes(l);
const DEFS: Def[] = [
  {
    key: 'occupied',
    swatch: 'area',
    color: '#eba193',
    text: 'Russian-occupied',
    when: (_, l) => l.includes('locator') || l.includes('occupied-after') || l.includes('occupied-before'),
  },
  { key: 'retaken', swatch: 'area', color: RETAKEN_COLOR, text: RETAKEN_TEXT, when: has('retaken') },
  { key: 'since-2014', swatch: 'area', color: '#c9899a', text: 'Occupied since 2014', when: (s) => s === 'where' || s === 'south' || s === 'crimea' },
  { key: 'unknown', swatch: 'area', color: '#c9c6c0', text: 'Status unknown', when: (s) => s === 'where' || s === 'south' || s === 'before' },
  { key: 'front-7', swatch: 'line', color: '#8c1a10', text: `Front line, ${SNAPSHOTS.before.label}`, when: (s) => s === 'before' },
  { key: 'front-12', swatch: 'line', color: '#8c1a10', text: `Front line, ${SNAPSHOTS.after.label}`, when: (s, l) => s !== 'before' && l.includes('front') },
  { key: 'ghost-7', swatch: 'dashed', color: '#8c1a10', text: `Front line, ${SNAPSHOTS.before.label}`, when: has('front-before-ghost') },
  { key: 'distance', swatch: 'dotted', color: '#1a1a1a', text: 'Shortest distance to Crimea', when: (s) => scenes[s].distance === true },
  { key: 'frame', swatch: 'box', color: '#1a1a1a', text: 'Area of the closer maps', when: has('detail-frame') },
];

export function legendItems(states: readonly string[], key: string): LegendItem[] {
  const used = [...new Set([...states, key])].filter(isStateName);
  return DEFS.map((d) => ({
    key: d.key,
    swatch: d.swatch,
    color: d.color,
    text: d.text,
    states: used.filter((s) => d.when(s, scenes[s].layers)),
  })).filter((i) => i.states.length > 0);
}
