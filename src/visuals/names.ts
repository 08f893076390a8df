/**
 * Every registered visual's meta by name, for types that name a visual: StateOfVisual<'weapons'>
 * is 'named-items' | 'packages' | 'since-march'. Add a line here when you add a visual (the
 * contract test, contract.test.ts, fails until every folder is listed).
 */
import type { StateOf } from './types';
import type aidFlow from './aid-flow/meta';
import type debate from './debate/meta';
import type khersonMap from './kherson-map/meta';
import type weapons from './weapons/meta';

export interface Visuals {
  'aid-flow': typeof aidFlow;
  debate: typeof debate;
  'kherson-map': typeof khersonMap;
  weapons: typeof weapons;
}
export type VisualName = keyof Visuals;
export type StateOfVisual<V extends VisualName> = StateOf<Visuals[V]>;

/** The names listed above, for the contract test to compare with the folders. */
export const VISUAL_NAMES = ['aid-flow', 'debate', 'kherson-map', 'weapons'] as const satisfies readonly VisualName[];
