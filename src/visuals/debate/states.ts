/**
 * The debate visual's states: which view each shows, what it highlights and what its detail
 * panel says. Pure data, shared by meta.ts (labels, screen-reader descriptions), the build-time
 * renderer and client.ts.
 */

export type View = 'spectrum' | 'private' | 'week';

/** What the detail panel shows for a state. `quotes` index into the voice's quotes; `{voices}` in a text card is replaced by the number of voices drawn. */
export type CardSpec =
  | { kind: 'voices'; entries: { voice: string; quotes: number[] }[] }
  | { kind: 'event'; event: string }
  | { kind: 'text'; text: string };

export interface StateDef {
  label: string;
  description: string;
  view: View;
  /** Highlighted mark ids: voice ids, `<voice>-private` for a private mark, or event ids. Empty: nothing recedes. */
  focus: string[];
  card: CardSpec;
}

export const STATES = {
  // --- the spectrum of voices ---
  'unified-front': {
    label: 'Every voice',
    description:
      'Every voice in the report, placed by what the text says: talk now, not now, or fight on. No single voice is highlighted: the spread is why the administration worries about presenting a unified front.',
    view: 'spectrum',
    focus: [],
    card: {
      kind: 'text',
      text: '{voices} voices and bodies in the report, placed by what our text says. Select any of them for its words and sources.',
    },
  },
  zaluzhnyy: {
    label: 'Zaluzhnyy and Milley',
    description:
      'Highlighted: Milley at talk now, and Ukraine’s commander Zaluzhnyy at fight on. The text says Zaluzhnyy raised no concern on their call; his own post that day ruled out compromise.',
    view: 'spectrum',
    focus: ['zaluzhnyy', 'milley'],
    card: { kind: 'voices', entries: [{ voice: 'zaluzhnyy', quotes: [0] }] },
  },
  split: {
    label: 'Two camps',
    description:
      'Highlighted: two camps among unnamed U.S. officials. Some senior officials say now is not the time; others see the winter as a chance for diplomacy.',
    view: 'spectrum',
    focus: ['some-senior', 'others'],
    card: {
      kind: 'voices',
      entries: [
        { voice: 'some-senior', quotes: [0] },
        { voice: 'others', quotes: [0] },
      ],
    },
  },
  pushing: {
    label: '“Those officials” and Biden',
    description:
      'Highlighted: “those officials”, whose identity the text lost, pushing for a winter diplomatic overture at talk now; and President Biden, whose view they have not changed, at not now.',
    view: 'spectrum',
    focus: ['those-officials', 'biden'],
    card: {
      kind: 'voices',
      entries: [
        { voice: 'those-officials', quotes: [0] },
        { voice: 'biden', quotes: [0] },
      ],
    },
  },
  hodges: {
    label: 'Hodges',
    description: 'Highlighted: retired general Ben Hodges at fight on, the far end from Milley: Ukraine has irreversible momentum.',
    view: 'spectrum',
    focus: ['hodges'],
    card: { kind: 'voices', entries: [{ voice: 'hodges', quotes: [0, 1] }] },
  },
  milley: {
    label: 'Milley',
    description: 'Highlighted: General Milley at talk now: neither side can win militarily, and the winter is a window for negotiation.',
    view: 'spectrum',
    focus: ['milley'],
    card: { kind: 'voices', entries: [{ voice: 'milley', quotes: [0, 1] }] },
  },
  'second-official': {
    label: 'The second official on Milley',
    description: 'Highlighted: an unnamed second U.S. official, at talk now beside Milley, saying Milley does not want Ukraine to capitulate.',
    view: 'spectrum',
    focus: ['second-official', 'milley'],
    card: { kind: 'voices', entries: [{ voice: 'second-official', quotes: [1] }] },
  },
  singh: {
    label: 'Singh',
    description:
      'Highlighted: Pentagon spokeswoman Sabrina Singh, in the row “Both readings”, between talk now and not now: she let Milley’s words speak for themselves.',
    view: 'spectrum',
    focus: ['singh', 'milley'],
    card: { kind: 'voices', entries: [{ voice: 'singh', quotes: [0] }] },
  },
  'singh-diplomacy': {
    label: 'Singh: diplomacy, but not yet',
    description: 'Highlighted: Singh’s span. The war ends through diplomacy, she said, but Russia shows no sign of being ready.',
    view: 'spectrum',
    focus: ['singh'],
    card: { kind: 'voices', entries: [{ voice: 'singh', quotes: [1, 2] }] },
  },
  'hundred-thousand': {
    label: '“Another 100,000 lives”',
    description: 'Highlighted: the second U.S. official at talk now, asking why not talk before another 100,000 lives are lost.',
    view: 'spectrum',
    focus: ['second-official'],
    card: { kind: 'voices', entries: [{ voice: 'second-official', quotes: [0] }] },
  },
  'state-department': {
    label: 'State Department',
    description:
      'Highlighted: the State Department, in the row “Both readings”. One official says it is preparing the ground for talks; the public line is that talks happen only with Kyiv, and another official denies any such effort.',
    view: 'spectrum',
    focus: ['state'],
    card: { kind: 'voices', entries: [{ voice: 'state', quotes: [0, 1] }] },
  },
  sullivan: {
    label: 'Sullivan in public',
    description: 'Highlighted: National Security Advisor Jake Sullivan at not now: Russia is hard to see as a bona fide counterpart.',
    view: 'spectrum',
    focus: ['sullivan'],
    card: { kind: 'voices', entries: [{ voice: 'sullivan', quotes: [0, 3] }] },
  },
  nsc: {
    label: 'The NSC',
    description: 'Highlighted: the National Security Council at not now, and Milley: officials speculate the NSC’s resistance hardened after his remarks.',
    view: 'spectrum',
    focus: ['nsc', 'milley'],
    card: { kind: 'voices', entries: [{ voice: 'nsc', quotes: [1] }] },
  },
  'live-debate': {
    label: 'A live debate',
    description: 'Highlighted: the White House voices, spread from talk now to not now: a person familiar calls it a live debate.',
    view: 'spectrum',
    focus: ['person-familiar', 'biden', 'sullivan', 'sullivan-private', 'nsc', 'nsc-aides', 'white-house'],
    card: { kind: 'voices', entries: [{ voice: 'person-familiar', quotes: [0] }] },
  },
  'no-impetus': {
    label: '“No concrete diplomatic impetus”',
    description:
      'Highlighted: an administration official at not now, denying any low-key effort to set the table, against the State Department span.',
    view: 'spectrum',
    focus: ['admin-official', 'state'],
    card: { kind: 'voices', entries: [{ voice: 'admin-official', quotes: [0, 1] }] },
  },
  // --- public versus private ---
  'sullivan-private': {
    label: 'Sullivan and the NSC, in private',
    description:
      'Public versus private: Sullivan says not now in public but has at times shared the view that talks deserve priority in private, not passed to Kyiv; a handful of NSC aides privately urge talks.',
    view: 'private',
    focus: ['sullivan', 'sullivan-private', 'nsc', 'nsc-aides'],
    card: { kind: 'voices', entries: [{ voice: 'sullivan', quotes: [1, 2] }] },
  },
  'public-private': {
    label: 'Public versus private',
    description:
      'Public versus private: every view the text says is held privately is linked to what is said in public; a fourth official says the two are not necessarily the same, and Milley says the quiet part out loud.',
    view: 'private',
    focus: ['fourth-official', 'sullivan', 'sullivan-private', 'nsc-aides', 'state', 'milley'],
    card: { kind: 'voices', entries: [{ voice: 'fourth-official', quotes: [0, 1] }] },
  },
  // --- the week ---
  week: {
    label: 'The week of the report',
    description:
      'The week from the 8 November midterms to 16 November: the report appeared on Monday 14 November, after Kherson was retaken and before the largest missile barrage so far.',
    view: 'week',
    focus: ['politico'],
    card: { kind: 'event', event: 'politico' },
  },
  'week-milley': {
    label: 'Milley speaks, 9 Nov',
    description: 'The week: on Wednesday 9 November Milley called the winter a window for negotiation, the same day Russia ordered its pull-out from Kherson.',
    view: 'week',
    focus: ['milley-speech'],
    card: { kind: 'event', event: 'milley-speech' },
  },
  'week-ankara': {
    label: 'Burns in Ankara, 14 Nov',
    description: 'The week: on Monday 14 November CIA Director Burns met Russia’s intelligence chief in Ankara; the White House said it was not a negotiation.',
    view: 'week',
    focus: ['ankara'],
    card: { kind: 'event', event: 'ankara' },
  },
  'week-barrage': {
    label: 'Winter strikes, 15 Nov',
    description:
      'The week: Kherson without basic services on 12 and 13 November, and on 15 November, the day after the report, the largest Russian missile barrage on the power grid so far.',
    view: 'week',
    focus: ['barrage', 'zelenskyy-address', 'kherson-aid'],
    card: { kind: 'event', event: 'barrage' },
  },
} as const satisfies Record<string, StateDef>;

export type StateName = keyof typeof STATES;

export const STATE_NAMES = Object.keys(STATES) as StateName[];

export function stateDef(name: string): StateDef {
  const def = (STATES as Record<string, StateDef>)[name];
  if (!def) throw new Error(`debate: unknown state "${name}"`);
  return def;
}
