/**
 * The debate: who says what, and when (POLITICO, Nov 14, 2022).
 *
 * Views (layout.ts):
 *   spectrum  talk now | not now | fight on; a row per person or body the text names, in the order
 *             it introduces them, and one quiet "Unnamed" row. Filled dot: said in public; hollow
 *             dot joined by a line: held privately, as the text reports; a bar: both readings.
 *   week      Nov 8–16, 2022 as a timeline, one event named per state.
 *   ankara    the Burns–Naryshkin meeting of Nov 14, built up passage by passage.
 *
 * States (in story order; data in states.ts):
 *   zaluzhnyy (only the two generals), unified-front (every row appears), split, pushing, hodges,
 *   week-milley, milley, second-official, singh, singh-diplomacy, hundred-thousand,
 *   state-department (State's private mark appears), sullivan-private (Sullivan's and the NSC
 *   aides' appear), sullivan, nsc, public-private, live-debate, no-impetus, week, week-barrage,
 *   ankara-meeting, ankara-message, ankara-kyiv.
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
