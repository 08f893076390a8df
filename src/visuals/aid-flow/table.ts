/**
 * aid-flow's data as drawn, state by state: the rows of the "Show the data" table and of the
 * CSV/JSON downloads (src/pages/data/aid-flow/). One function, so the table, the files and the
 * picture cannot drift apart. Gaps are rows too, with an empty value and a note saying why.
 */
import {
  acts,
  avenger,
  baselineLabels,
  donorOvertake,
  euroReleases,
  formatFigure,
  houseCall,
  houseSeats,
  midterms,
  otherBaselinesNov23,
  packages,
  request,
  runningTotal,
  threeActsTotal,
  type Cite,
  type Figure,
} from './data';
import { downloadFields, type DownloadFields } from '../../lib/sources';
import type { AidState } from './text';
import { objectsToCsv } from '../kit/csv';
import { jsonText } from '../kit/downloads';

export interface DataRow extends DownloadFields {
  /** Which part of the picture the row is. */
  series: string;
  item: string;
  /** ISO date the figure refers to, if any. */
  date: string;
  /** The number as the source gives it; null for a gap. */
  value: number | null;
  unit: string;
  /** The source's own hedge: "up to", "more than", "approximately", "just under"… */
  qualifier: string;
  /** How the page shows it. */
  shown_as: string;
  /** Always false: the visual draws no number of ours. */
  derived: false;
  note: string;
  /** The source's own words for this figure, when the pack stores them; never a paraphrase. */
  quote: string;
}

const UNIT = { 'usd-bn': 'USD billion', 'usd-m': 'USD million', 'eur-bn': 'EUR billion', count: 'count' } as const;

function row(series: string, item: string, date: string, f: Figure, note = ''): DataRow {
  return {
    series,
    item,
    date,
    value: f.value,
    unit: UNIT[f.unit],
    qualifier: f.qualifier ?? '',
    shown_as: formatFigure(f),
    derived: false,
    note,
    ...downloadFields(f.cite),
    quote: f.quote ?? '',
  };
}

function gap(series: string, item: string, date: string, note: string, c: Cite): DataRow {
  return { series, item, date, value: null, unit: '', qualifier: '', shown_as: 'not drawn (gap)', derived: false, note, ...downloadFields(c), quote: '' };
}

function appropriatedRows(): DataRow[] {
  const rows: DataRow[] = [row('three acts', 'Total appropriated in the three 2022 acts (CRS figure, not our sum)', '2022-10-07', threeActsTotal)];
  for (const a of acts) {
    const name = `${a.name} (${a.law})`;
    rows.push(row('act total', name, a.enacted, a.total));
    rows.push(row('flow to Defense Department', `${name}: DoD titles`, a.enacted, a.dod));
    if (a.sfops) rows.push(row('flow to State/USAID', `${name}: SFOPS accounts`, a.enacted, a.sfops));
    else rows.push(gap('flow to State/USAID', `${name}: SFOPS accounts`, a.enacted, 'No State/USAID (SFOPS) share for this act in our sources; left blank (hatched with the rest of the act that no source splits).', a.total.cite));
  }
  return rows;
}

function stocksRows(): DataRow[] {
  const rows = packages.map((p) =>
    row(
      p.type === 'PDA' ? 'drawdown (PDA)' : 'USAI package',
      p.type === 'PDA' ? `Presidential drawdown no. ${p.tranche} since Aug 2021` : 'Ukraine Security Assistance Initiative package',
      p.date,
      p.amount,
      p.type === 'PDA' && p.date === avenger.date ? `Includes ${avenger.systems.value} Avenger air-defense systems.` : '',
    ),
  );
  rows.push(row('Avenger systems', 'Avenger air-defense systems in the Nov 10 drawdown (in its details)', avenger.date, avenger.systems));
  for (const t of runningTotal) rows.push(row('stated total since Feb 24 (in words, not drawn)', `Security assistance ${baselineLabels[t.baseline]}, said by ${t.saidBy}`, t.date, t.amount));
  for (const t of otherBaselinesNov23) rows.push(row('other baseline (in the notes, not drawn)', `Security assistance ${baselineLabels[t.baseline]}, said by ${t.saidBy}`, t.date, t.amount));
  rows.push({ ...gap('marker', 'US midterm elections', midterms.date, midterms.summary, midterms.cite), shown_as: 'vertical line, the one annotation' });
  return rows;
}

function nextRows(): DataRow[] {
  // The seat count is in our timeline's summary (our words), not a quote of the source.
  const seats: Figure = { value: houseSeats, unit: 'count', qualifier: null, cite: houseCall.cite, quote: null };
  return [
    ...appropriatedRows(),
    row('request', 'White House request to Congress, Nov 15, 2022, the day after the report (drawn on the acts’ scale)', '2022-11-15', request),
    row('House (in words, not drawn)', 'House seats won by Republicans when AP called the majority', houseCall.date, seats, 'Seat count from our timeline summary of Roll Call and Nikkei Asia.'),
  ];
}

function donorRows(): DataRow[] {
  const rows: DataRow[] = [];
  for (const r of euroReleases) {
    rows.push(row(`pledges in EUR, Kiel ${r.label}`, 'United States', r.dataTo, r.us, 'Military, financial and humanitarian commitments.'));
    rows.push(row(`pledges in EUR, Kiel ${r.label}`, 'EU countries and EU institutions combined', r.dataTo, r.eu, 'Military, financial and humanitarian commitments.'));
  }
  rows.push({ ...gap('marker', donorOvertake.long, '2022-11-20', 'Reuters’ headline on the release with data to Nov 20: “Europa überholt erstmals USA bei Hilfszusagen für Ukraine”.', donorOvertake.cite), shown_as: 'the one annotation' });
  return rows;
}

export function rowsFor(state: AidState): DataRow[] {
  switch (state) {
    case 'appropriated':
      return appropriatedRows();
    case 'stocks':
      return stocksRows();
    case 'what-comes-next':
      return nextRows();
    case 'who-else-gives':
      return donorRows();
  }
}

export const COLUMNS: (keyof DataRow & string)[] = [
  'series', 'item', 'date', 'value', 'unit', 'qualifier', 'shown_as', 'derived', 'note',
  'source_id', 'source_cited_as', 'source_publisher', 'source_title', 'source_date', 'source_url', 'source_url_kind',
  'source_consulted_url', 'source_consulted_quality', 'source_unverified_original_url', 'quote',
];

export function toCsv(rows: DataRow[]): string {
  return objectsToCsv(COLUMNS, rows);
}

export function toJson(state: AidState, rows: DataRow[]): string {
  return jsonText({ visual: 'aid-flow', state, note: 'Exactly the figures this state draws, each with its source. value null marks a gap our sources leave.', rows }, 1);
}
