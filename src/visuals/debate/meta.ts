/**
 * The debate: who says what, and when.
 *
 * Three views of the argument inside Washington over peace talks (POLITICO, 14 Nov 2022):
 *   spectrum  every voice placed by what our text says, from "talk now" to "not now" to "fight on"
 *             (spans where the text supports two readings; a separate row for voices we do not place)
 *   private   the same spectrum with what the text says is held privately linked to the public line
 *   week      8–16 November 2022, day by day, with the events the passage refers to
 *
 * States (in order; data in states.ts):
 *   unified-front, zaluzhnyy, split, pushing, hodges, milley, second-official, singh,
 *   singh-diplomacy, hundred-thousand, state-department, sullivan, nsc, live-debate, no-impetus
 *                                                            (spectrum, the passage's voice highlighted)
 *   sullivan-private, public-private                         (public versus private)
 *   week, week-milley, week-ankara, week-barrage             (the week, the passage's events highlighted)
 *
 * Placements, quotes and their reasoning: content/data/context/debate.json.
 */
import { defineVisual } from '../types';
import { STATES } from './states';

export default defineVisual({
  name: 'debate',
  title: 'The debate: who says what, and when',
  states: Object.fromEntries(Object.entries(STATES).map(([k, v]) => [k, { label: v.label, description: v.description }])),
});
