/**
 * aid-flow: where US aid to Ukraine came from and went by November 2022, and how it compared
 * with Europe's. Data: content/data/aid (CRS, White House memos, DoD/State statements, CSIS,
 * Kiel Institute, Reuters), chosen in ./data.ts. One annotation per state; the rest is in the text.
 *
 * States, in order:
 *   appropriated     the three 2022 acts as bars stacked by agency (Defense Department,
 *                    State/USAID, the part no source splits hatched); annotation: CRS's total.
 *   stocks           every package of Feb 24 – Nov 23, 2022 on a time axis: drawn from US stocks
 *                    (drawdowns) above, bought with USAI funds below; annotation: the Nov 8 midterms.
 *   what-comes-next  the acts plus the Nov 15 request on the same scale; annotation: not yet voted.
 *   who-else-gives   Kiel's euro pledges, US and EU countries + institutions, data to Oct 3 and
 *                    to Nov 20, as paired bars; annotation: Europe overtook the US (Reuters).
 */
import { defineVisual, statesFrom } from '../types';
import { descriptions } from './text';

/** The states, in order; text.ts, table.ts and the tests take the type from here. */
const STATE_NAMES = ['appropriated', 'stocks', 'what-comes-next', 'who-else-gives'] as const;
export type AidState = (typeof STATE_NAMES)[number];

const LABELS = {
  appropriated: 'What Congress appropriated',
  stocks: 'Drawn from US stocks or bought',
  'what-comes-next': 'The Nov 15 request',
  'who-else-gives': 'The US and Europe',
} as const;

export default defineVisual({
  name: 'aid-flow',
  title: 'US aid to Ukraine in 2022: appropriated, drawn from stocks or bought, requested, and beside Europe',
  states: statesFrom(STATE_NAMES, (s) => ({ label: LABELS[s], description: descriptions[s] })),
});
