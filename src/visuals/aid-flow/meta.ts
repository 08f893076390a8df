/**
 * aid-flow: where US aid to Ukraine came from and went by November 2022, and how fast it was
 * flowing when the midterms changed Congress. Data: content/data/aid (CRS, White House memos,
 * DoD/State statements, CSIS, Kiel Institute), chosen in ./data.ts.
 *
 * States, in order:
 *   appropriated     the three 2022 supplemental acts flowing to the Defense Department and to
 *                    State/USAID, as CRS splits them (a Sankey); parts no source splits stay blank.
 *   delivered        every drawdown (PDA) and USAI package of 24 Feb–23 Nov 2022 on a time axis,
 *                    with the running total since 24 Feb as officials stated it; the 8 Nov
 *                    midterms and the 10 Nov Avenger package marked.
 *   what-comes-next  the 15 Nov request for $37.7bn on the same scale as the three acts, and the
 *                    Republican House majority called on 16 Nov.
 *   who-else-gives   the US beside EU institutions, the UK, Germany and Canada in the Kiel
 *                    Institute release nearest the article (pledges to 20 Nov 2022).
 */
import { defineVisual, statesFrom } from '../types';
import { descriptions } from './text';

/** The states, in order; text.ts, table.ts and the tests take the type from here. */
const STATE_NAMES = ['appropriated', 'delivered', 'what-comes-next', 'who-else-gives'] as const;
export type AidState = (typeof STATE_NAMES)[number];

const LABELS = {
  appropriated: 'What Congress appropriated',
  delivered: 'Weapons packages, Feb–Nov 2022',
  'what-comes-next': 'The 15 Nov request and the new House',
  'who-else-gives': 'Other donors',
} as const;

export default defineVisual({
  name: 'aid-flow',
  title: 'US aid to Ukraine in 2022: appropriated, delivered, requested, and beside other donors',
  states: statesFrom(STATE_NAMES, (s) => ({ label: LABELS[s], description: descriptions[s] })),
});
