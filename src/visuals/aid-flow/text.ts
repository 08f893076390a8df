/**
 * Words the visual speaks: state descriptions (read to screen readers), titles and source lines.
 * Every number is formatted from ./data.ts, never typed in.
 */
import {
  acts,
  avenger,
  crsDrawdownTable,
  donorOvertake,
  euroReleases,
  houseCall,
  houseSeats,
  largestPackage,
  midterms,
  packages,
  request,
  runningTotal,
  threeActsTotal,
  type Cite,
} from './data';
import { shortDate } from '../kit/dates';
import type { AidState } from './meta';

/** The states, as meta.ts names them (a type-only import: meta.ts reads this file). */
export type { AidState };

const pdas = packages.filter((p) => p.type === 'PDA');
const usai = packages.filter((p) => p.type === 'USAI');
const largestPda = largestPackage('PDA');
const largestUsai = largestPackage('USAI');
const lastBeforeMidterms = [...runningTotal].filter((t) => t.date <= avenger.date).at(-1);
const lastTotal = runningTotal.at(-1);

function words(f: { value: number; unit: string; qualifier: string | null }): string {
  const big = f.unit === 'usd-m' && f.value >= 1000;
  const unit = f.unit === 'usd-m' ? (big ? 'billion dollars' : 'million dollars') : f.unit === 'eur-bn' ? 'billion euros' : 'billion dollars';
  return `${f.qualifier ? `${f.qualifier} ` : ''}${Number((big ? f.value / 1000 : f.value).toFixed(3))} ${unit}`;
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const descriptions: Record<AidState, string> = {
  appropriated:
    `Congress passed three Ukraine aid acts in 2022, of ${list(acts.map((a) => words(a.total).replace(' billion dollars', '')))} billion dollars, ` +
    `${words(threeActsTotal)} in all according to the Congressional Research Service. Each act is a bar split into the Defense Department's share and, where a source gives it, ` +
    `the State Department and USAID's; the rest, which no source splits, is hatched, including the State and USAID share of the September act.`,
  stocks:
    `From February 24 to November 23, 2022, the US announced ${pdas.length} drawdowns from its own stocks and ${usai.length} packages bought with Ukraine Security Assistance Initiative funds, ` +
    `the largest drawdown ${words(largestPda.amount)} on ${shortDate(largestPda.date)}, the largest USAI package ${words(largestUsai.amount)} on ${shortDate(largestUsai.date)}. ` +
    `On ${shortDate(avenger.date)}, ${NUMBER_WORDS[daysBetween(midterms.date, avenger.date)] ?? daysBetween(midterms.date, avenger.date)} days after the ${shortDate(midterms.date)} midterms, a drawdown of ${words(avenger.package.amount)} included ${avenger.systems.value} Avenger air-defense systems` +
    (lastBeforeMidterms ? `, and officials put the total since the invasion at ${words(lastBeforeMidterms.amount)}` : '') +
    (lastTotal ? `; on ${shortDate(lastTotal.date)} the stated total was ${words(lastTotal.amount)}.` : '.'),
  'what-comes-next':
    `On November 15, the day after the report, the White House asked Congress for ${words(request)} more, drawn as a fourth bar on the same scale as the three 2022 acts (${words(threeActsTotal)} in all); it was not yet voted. ` +
    `On ${shortDate(houseCall.date)} Republicans won the House majority, with ${houseSeats} seats.`,
  'who-else-gives':
    `Pledges to Ukraine counted by the Kiel Institute in euros: ${list(euroReleases.map((r) => `with data to ${shortDate(r.dataTo)}, the US ${words(r.us)} and EU countries and institutions together ${words(r.eu)}`))}. ` +
    `Europe overtook the US for the first time, Reuters reported; some US funds had lapsed unused.`,
};

/** The figure's heading for each state (HTML caption). */
export const titles: Record<AidState, string> = {
  appropriated: 'Three acts of Congress, 2022, by agency',
  stocks: 'US weapons packages: drawn from stocks or bought, Feb 24 – Nov 23, 2022',
  'what-comes-next': 'After the midterms: a request for more',
  'who-else-gives': 'Pledges to Ukraine in euros, before and after this report',
};

/** Short headings for the phone's small graphic box. */
export const shortTitles: Record<AidState, string> = {
  appropriated: 'Three 2022 aid acts, by agency',
  stocks: 'US weapons packages, 2022',
  'what-comes-next': 'The acts and the request',
  'who-else-gives': 'Pledges in euros (Kiel)',
};

/** The states a chapter's figure must draw: what-comes-next carries the appropriated view. */
export function statesToDraw(states: readonly string[], key: string): AidState[] {
  const wanted = new Set([...states, key]);
  if (wanted.has('what-comes-next')) wanted.add('appropriated');
  return (Object.keys(descriptions) as AidState[]).filter((s) => wanted.has(s));
}

/** The sources behind each state, in the order the source line names them. */
export function citesOf(state: AidState): Cite[] {
  const all: Cite[] = [];
  const add = (c: Cite) => {
    if (!all.some((x) => x.id === c.id)) all.push(c);
  };
  if (state === 'appropriated' || state === 'what-comes-next') {
    add(threeActsTotal.cite);
    acts.forEach((a) => [a.total, a.dod, a.sfops].forEach((f) => f && add(f.cite)));
  }
  if (state === 'what-comes-next') {
    add(request.cite);
    add(houseCall.cite);
  }
  if (state === 'stocks') {
    packages.forEach((p) => add(p.amount.cite));
    add(midterms.cite);
  }
  if (state === 'who-else-gives') {
    euroReleases.forEach((r) => [r.us, r.eu].forEach((f) => add(f.cite)));
    add(donorOvertake.cite);
  }
  return all;
}

/** One source line per state: each named source cited as everywhere (src/lib/sources.ts), with what it gives here. */
export interface SourceLine {
  /** `wideOnly`: named on desktop only; the phone's short line keeps the first source (all are in the notes). */
  parts: { what: string; cite: Cite; wideOnly?: boolean }[];
  tail: string;
}

export const sourceLines: Record<AidState, SourceLine> = {
  appropriated: {
    parts: [
      { what: 'act totals, DoD shares', cite: acts[0]!.total.cite },
      { what: 'State/USAID shares', cite: acts[0]!.sfops!.cite, wideOnly: true },
      { what: 'three-act total', cite: threeActsTotal.cite, wideOnly: true },
    ],
    tail: '',
  },
  stocks: {
    parts: [{ what: 'drawdown table', cite: crsDrawdownTable }],
    tail: 'White House drawdown memos; DoD, State and White House statements as reported; each bar’s source in its details',
  },
  'what-comes-next': {
    parts: [
      { what: 'acts', cite: threeActsTotal.cite },
      { what: 'the request', cite: request.cite },
    ],
    tail: '',
  },
  'who-else-gives': {
    parts: [
      { what: 'Kiel data to Oct 3', cite: euroReleases[0]!.us.cite },
      { what: 'Kiel data to Nov 20', cite: euroReleases[1]!.us.cite },
    ],
    tail: '',
  },
};
