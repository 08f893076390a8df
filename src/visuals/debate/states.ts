/**
 * The debate visual's states: which view each shows, what it draws and highlights, and the one
 * annotation under the figure. Pure data, shared by meta.ts (labels, screen-reader descriptions),
 * the build-time renderer, the share card and the tests.
 *
 * Every annotation traces to our corrected text (content/source/article.txt + corrections) or to
 * content/data/context (debate.json, timeline.json); words in “…” are exact words of that text
 * (states.test.ts checks them against debate.json's quotes). Each is at most 25 words: longer
 * explanations belong in the passage beside the figure, never in the sticky graphic (#14).
 */

export type View = 'spectrum' | 'week' | 'ankara';
/** The Ankara diagram's parts, in the order the passages of chapter 03 add them. */
export type AnkaraPart = 'meeting' | 'message' | 'kyiv';
export const ANKARA_PARTS: readonly AnkaraPart[] = ['meeting', 'message', 'kyiv'];

export interface StateDef {
  label: string;
  /** One sentence, read to screen readers when the state becomes active. */
  description: string;
  view: View;
  /**
   * Highlighted mark ids: voice ids (spectrum; `<voice>-private` for a privately held view),
   * event ids (week) or Ankara parts. Empty: nothing recedes.
   */
  focus: readonly string[];
  /** spectrum: 'pair' draws only Milley and Zaluzhnyy (the first passage); default every row. */
  rows?: 'pair' | 'all';
  /** spectrum: voices whose privately held view is drawn (a hollow mark joined to the public one). */
  privates?: readonly string[];
  /** week: the one event named on the figure (the others highlighted are named in the note). */
  named?: string;
  /** ankara: the parts drawn. */
  parts?: readonly AnkaraPart[];
  /** The annotation under the figure (at most 25 words). */
  note: string;
}

/** Private views, in the order the passages of chapter 09 reveal them. */
const STATE_PRIVATE = ['state'] as const;
const ALL_PRIVATE = ['state', 'sullivan', 'nsc-aides'] as const;

export const STATES = {
  // --- chapter 01 ---
  zaluzhnyy: {
    label: 'Milley and Zaluzhnyy',
    description:
      'Two voices at opposite ends: Milley at talk now, and Ukraine’s commander Zaluzhnyy at fight on. The text says Zaluzhnyy raised no concern on their call; his own post that day ruled out compromise.',
    view: 'spectrum',
    rows: 'pair',
    focus: ['milley', 'zaluzhnyy'],
    note: 'Milley and Ukraine’s top general, Zaluzhnyy, spoke on Nov 14. Zaluzhnyy raised no concern, the text says; his own post that day ruled out compromise.',
  },
  'unified-front': {
    label: 'Every voice',
    description:
      'Every named voice appears, from talk now to fight on, with unnamed officials grouped in the last row: the split behind the unified front the administration wants to show.',
    view: 'spectrum',
    focus: [],
    note: 'The split behind the “unified front”: every voice in the report, placed by what our text says. Unnamed officials share the last row.',
  },
  // --- chapter 04 ---
  split: {
    label: 'Two camps',
    description:
      'Highlighted in the row of unnamed officials: some senior officials at not now, and others at talk now, who see the winter as a chance for diplomacy.',
    view: 'spectrum',
    focus: ['some-senior', 'others'],
    note: 'Two camps among unnamed officials: some senior officials say now is not the time; others see the winter as a chance to talk.',
  },
  pushing: {
    label: '“Those officials” and Biden',
    description:
      'Highlighted: “those officials”, whose identity the text lost, at talk now, pushing for a winter diplomatic overture; and President Biden, whose view they have not changed, at not now.',
    view: 'spectrum',
    focus: ['those-officials', 'biden'],
    note: '“Those officials” (the text lost who they are) push for a winter halt as a diplomatic overture. They have not changed Biden’s view.',
  },
  // --- chapter 05 ---
  hodges: {
    label: 'Hodges',
    description: 'Highlighted: retired general Ben Hodges at fight on, at the far end from Milley: Ukraine has irreversible momentum.',
    view: 'spectrum',
    focus: ['hodges'],
    note: 'Retired Lt. Gen. Ben Hodges, at the far end from Milley: “They have irreversible momentum.”',
  },
  // --- chapter 06 ---
  'week-milley': {
    label: 'Milley speaks, Nov 9',
    description:
      'The week of Nov 8 to 16 as a timeline: Milley’s remarks on Wednesday, Nov 9 are highlighted, the same day Russia ordered its pull-out from Kherson.',
    view: 'week',
    focus: ['milley-speech', 'withdrawal'],
    named: 'milley-speech',
    note: 'The debate took off after Milley spoke in New York on Wednesday, Nov 9, the day Russia ordered its pull-out from Kherson.',
  },
  milley: {
    label: 'Milley',
    description: 'Back to the voices, Milley highlighted at talk now: neither side can win militarily, and the winter is a window for negotiation.',
    view: 'spectrum',
    focus: ['milley'],
    note: 'Milley: neither side can win militarily, and a winter standoff is “a window of opportunity for negotiation.”',
  },
  'second-official': {
    label: 'The second official on Milley',
    description: 'Highlighted: an unnamed second U.S. official at talk now, beside Milley, saying Milley does not want Ukraine to capitulate.',
    view: 'spectrum',
    focus: ['second-official', 'milley'],
    note: 'A second U.S. official, unnamed, defends Milley: his remarks do not mean Ukraine should capitulate or cede territory.',
  },
  // --- chapter 07 ---
  singh: {
    label: 'Singh',
    description:
      'Pentagon spokeswoman Sabrina Singh is highlighted; her row is a bar from talk now to not now, beside Milley at talk now: she let his words speak for themselves.',
    view: 'spectrum',
    focus: ['singh', 'milley'],
    note: 'Pentagon spokeswoman Sabrina Singh would let Milley’s comments speak for themselves. Her bar: our reading, as her words fit talk now and not now.',
  },
  'singh-diplomacy': {
    label: 'Singh: diplomacy, but not yet',
    description: 'Singh alone highlighted, her bar spanning talk now to not now: the war ends through diplomacy, she said, but Russia is not ready.',
    view: 'spectrum',
    focus: ['singh'],
    note: 'Singh: the war ends “through diplomatic conversations”, but the Russians are not ready. Her words fit both, so we draw a bar, not a point.',
  },
  // --- chapter 09 ---
  'hundred-thousand': {
    label: '“Another 100,000 lives”',
    description: 'Highlighted: the second U.S. official at talk now, asking why not talk before another 100,000 lives are lost.',
    view: 'spectrum',
    focus: ['second-official'],
    note: 'The second official again: why not start talking “before throwing another 100,000 lives into the abyss?”',
  },
  'state-department': {
    label: 'State Department',
    description:
      'The State Department gets a second, hollow mark at talk now, joined to its public mark at not now: a third official says it is preparing the ground for talks.',
    view: 'spectrum',
    focus: ['state', 'state-private'],
    privates: STATE_PRIVATE,
    note: 'A third official says the State Department is preparing the ground for talks (hollow: not said in public). In public: only alongside Kyiv.',
  },
  'sullivan-private': {
    label: 'Sullivan and the NSC, in private',
    description:
      'Hollow marks appear at talk now for Sullivan and for a handful of NSC aides, joined to Sullivan’s public mark at not now; the NSC as a body stays at not now.',
    view: 'spectrum',
    focus: ['sullivan-private', 'nsc-aides', 'nsc'],
    privates: ALL_PRIVATE,
    note: 'The NSC resists talks, yet a handful of its aides privately urge them. Sullivan has at times shared their view, the text says.',
  },
  sullivan: {
    label: 'Sullivan in public',
    description: 'Sullivan’s public mark at not now is highlighted, his private one receding: in public, Russia is hard to see as a bona fide counterpart.',
    view: 'spectrum',
    focus: ['sullivan'],
    privates: ALL_PRIVATE,
    note: 'Sullivan in public, Nov 11: “hard to see them as a bona fide counterpart in a negotiation.”',
  },
  nsc: {
    label: 'The NSC',
    description: 'Highlighted: the National Security Council at not now, and Milley at talk now: officials speculate the NSC’s resistance hardened after his remarks.',
    view: 'spectrum',
    focus: ['nsc', 'milley'],
    privates: ALL_PRIVATE,
    note: 'Officials speculate that the NSC’s resistance to talks hardened after Milley’s remarks caused uproar in Kyiv.',
  },
  'public-private': {
    label: 'Public versus private',
    description:
      'Every pair of public and private marks is highlighted: the State Department and Sullivan, and the NSC aides’ private view: what is said in public is not what is thought in private.',
    view: 'spectrum',
    focus: ['state', 'state-private', 'sullivan', 'sullivan-private', 'nsc-aides'],
    privates: ALL_PRIVATE,
    note: 'A fourth official: “What White House officials are prepared to say publicly and what they think privately are not necessarily the same.”',
  },
  'live-debate': {
    label: 'A live debate',
    description: 'The White House voices are highlighted, spread from not now in public to talk now in private: a person familiar calls it a live debate.',
    view: 'spectrum',
    focus: ['biden', 'sullivan', 'sullivan-private', 'nsc', 'nsc-aides'],
    privates: ALL_PRIVATE,
    note: 'A person familiar with the situation calls it a live debate at the White House: its voices run from not now to, privately, talk now.',
  },
  'no-impetus': {
    label: '“No concrete diplomatic impetus”',
    description: 'Highlighted: an unnamed administration official at not now, against the State Department’s hollow mark at talk now.',
    view: 'spectrum',
    focus: ['admin-official', 'state-private'],
    privates: ALL_PRIVATE,
    note: 'An administration official: “there is currently no concrete diplomatic impetus to hold talks”, against the account of State preparing the ground.',
  },
  // --- chapter 10 ---
  week: {
    label: 'The week of the report',
    description:
      'The week of Nov 8 to 16 as a timeline, the report of Monday, Nov 14 highlighted: after Kherson was retaken, the day before the largest missile barrage so far.',
    view: 'week',
    focus: ['politico'],
    named: 'politico',
    note: 'POLITICO’s report appeared on Monday, Nov 14, days after Ukraine retook Kherson and a day before Russia’s largest missile barrage so far.',
  },
  'week-barrage': {
    label: 'Winter strikes, Nov 15',
    description:
      'On the timeline, Nov 12 and 13 (Kherson without basic services) and Nov 15, the day after the report (the largest Russian missile barrage on the grid so far), are highlighted.',
    view: 'week',
    focus: ['zelenskyy-address', 'kherson-aid', 'barrage'],
    named: 'barrage',
    note: 'Nov 12–13: Kherson without water, heat or power. Nov 15, the day after the report: the largest missile barrage on the grid so far.',
  },
  // --- chapter 03: the Ankara meeting, one part per passage ---
  'ankara-meeting': {
    label: 'Burns in Ankara, Nov 14',
    description:
      'A diagram of the meeting: CIA Director Burns and Russia’s foreign intelligence chief Naryshkin, joined in Ankara on Monday, Nov 14; the White House says it was not a negotiation.',
    view: 'ankara',
    parts: ['meeting'],
    focus: ['meeting'],
    note: 'Talks are “not currently on the table”, the administration says. On Monday, Nov 14, the CIA’s Burns met Russia’s intelligence chief in Ankara.',
  },
  'ankara-message': {
    label: 'What Burns carried',
    description:
      'Two messages are added on Burns’s side of the meeting: the consequences of Russia using nuclear weapons, and Americans unjustly detained; no negotiation.',
    view: 'ankara',
    parts: ['meeting', 'message'],
    focus: ['message'],
    note: 'The White House: “He does not conduct any negotiations of any kind.” Burns warned about nuclear use and raised detained Americans.',
  },
  'ankara-kyiv': {
    label: 'Kyiv told in advance',
    description: 'Kyiv is added to the diagram, linked to Burns by a dashed line: Ukrainian officials were told of the trip in advance.',
    view: 'ankara',
    parts: ['meeting', 'message', 'kyiv'],
    focus: ['kyiv'],
    note: 'Ukrainian officials were informed of the trip in advance, according to the White House spokesperson.',
  },
} as const satisfies Record<string, StateDef>;

export type StateName = keyof typeof STATES;

export const STATE_NAMES = Object.keys(STATES) as StateName[];

export function stateDef(name: string): StateDef {
  const def = (STATES as Record<string, StateDef>)[name];
  if (!def) throw new Error(`debate: unknown state "${name}"`);
  return def;
}
