/**
 * aid-flow data: picks, from the sourced aid pack (content/data/aid/*.json) and the context pack
 * (timeline, sources), exactly the figures the visual draws, each with its source. Pure and
 * build-time only. Nothing here computes a new figure: every number is a row of a source file,
 * found by its keys, and the finder throws if the row is missing, duplicated or changed shape.
 * Where our sources leave a gap (no State/USAID share for the September act, the part of an
 * act's total that no source splits) the gap is kept as a gap, never filled with a difference.
 */
import { appropriationsFile, articleItemsFile, baselinesFile, donorsFile, timelineFile, usPackagesFile as packagesFile } from '../../lib/data';
import { sourceIn, type Pack, type Source } from '../../lib/sources';
import { shortDate } from '../kit/dates';

/** A source as the page cites it: the record of the one sources module (src/lib/sources.ts). */
export type Cite = Source;

export type Unit = 'usd-bn' | 'usd-m' | 'eur-bn' | 'count';

/** One number on screen: the value, its wording ("up to", "more than"…) and where it comes from. */
export interface Figure {
  value: number;
  unit: Unit;
  /** The source's own hedge, kept in the label: "up to", "more than", "approximately", "just under"… */
  qualifier: string | null;
  cite: Cite;
  /** Words copied from the source, when the pack has them. */
  quote: string | null;
}

function citeFrom(pack: Pack, id: string): Cite {
  return sourceIn(pack, id);
}

function firstId(source: string | string[]): string {
  const id = Array.isArray(source) ? source[0] : source;
  if (!id) throw new Error('aid-flow: row without a source');
  return id;
}

function one<T>(rows: T[], what: string): T {
  if (rows.length !== 1) throw new Error(`aid-flow: expected exactly one row for ${what}, found ${rows.length}`);
  return rows[0]!;
}

/* ---------------------------------------------------------------- appropriations (CRS) */

interface AppropriationRow {
  act: string;
  law: string;
  enacted: string;
  status: string;
  category: string;
  amount_usd_bn: number | null;
  amount_text?: string;
  source: string | string[];
  quote: string;
}
const appRows = appropriationsFile.rows as AppropriationRow[];

function appFigure(law: string, category: string): Figure {
  const row = one(
    appRows.filter((r) => r.law === law && r.category === category && r.status === 'before_article'),
    `${law} / ${category}`,
  );
  if (row.amount_usd_bn === null) throw new Error(`aid-flow: ${law} / ${category} has no amount`);
  return {
    value: row.amount_usd_bn,
    unit: 'usd-bn',
    qualifier: null,
    cite: citeFrom('appropriations', firstId(row.source)),
    quote: row.quote,
  };
}

export interface Act {
  key: 'mar' | 'may' | 'sep';
  /** The day it was signed, US style ("Mar 15"), for labels. */
  short: string;
  name: string;
  law: string;
  enacted: string;
  total: Figure;
  /** DoD titles (CRS IN12107). */
  dod: Figure;
  /** State/USAID (SFOPS accounts, CRS); null where our sources give no share. */
  sfops: Figure | null;
}

const ACTS: { key: Act['key']; law: string; sfops: boolean }[] = [
  { key: 'mar', law: 'P.L. 117-103, Division N', sfops: true },
  { key: 'may', law: 'P.L. 117-128', sfops: true },
  { key: 'sep', law: 'P.L. 117-180, Division B', sfops: false },
];

export const acts: Act[] = ACTS.map(({ key, law, sfops }) => {
  const total = one(
    appRows.filter((r) => r.law === law && r.category === 'total'),
    `${law} total`,
  );
  return {
    key,
    short: shortDate(total.enacted),
    name: total.act,
    law,
    enacted: total.enacted,
    total: appFigure(law, 'total'),
    dod: appFigure(law, 'defense (DOD titles)'),
    sfops: sfops ? appFigure(law, 'State/USAID (SFOPS accounts)') : null,
  };
});

/** CRS's own total for the three acts ("a total of $66 billion"); not our sum. */
export const threeActsTotal: Figure = appFigure('P.L. 117-103 Div. N; P.L. 117-128; P.L. 117-180 Div. B', 'total (as of Oct 2022)');

/** The White House request of 15 Nov 2022 (CSIS). */
export const request: Figure = one(
  appRows
    .filter((r) => r.category === 'request: White House request of Nov 15, 2022')
    .map((r): Figure => ({
      value: r.amount_usd_bn ?? NaN,
      unit: 'usd-bn',
      qualifier: null,
      cite: citeFrom('appropriations', firstId(r.source)),
      quote: r.quote,
    })),
  'the 15 Nov request',
);

/* ---------------------------------------------------------------- packages (PDA, USAI) */

interface PackageRow {
  type: string;
  date: string;
  tranche_since_aug2021?: number;
  amount_usd_m: number;
  amount_basis?: string;
  status?: string;
  source: string | string[];
  quote: string;
}

export interface Package {
  type: 'PDA' | 'USAI';
  date: string;
  /** Drawdown number since Aug 2021 (PDA only), as the White House and CRS count them. */
  tranche: number | null;
  amount: Figure;
}

/** Every drawdown and USAI package from 24 Feb 2022 to the pack's cut-off (23 Nov 2022). */
export const packages: Package[] = (packagesFile.rows as PackageRow[])
  .filter((r) => (r.type === 'PDA' || r.type === 'USAI') && r.date >= '2022-02-24')
  .map((r) => ({
    type: r.type as 'PDA' | 'USAI',
    date: r.date,
    tranche: r.tranche_since_aug2021 ?? null,
    amount: {
      value: r.amount_usd_m,
      unit: 'usd-m' as const,
      // Drawdown memos authorise "up to" a ceiling; USAI announcements give a package value.
      qualifier: r.type === 'PDA' ? 'up to' : null,
      cite: citeFrom('us-packages', firstId(r.source)),
      quote: r.quote,
    },
  }))
  .sort((a, b) => (a.date === b.date ? a.type.localeCompare(b.type) : a.date.localeCompare(b.date)));

/** The largest package of one kind, or of all: the stocks view's scale labels, its description and its card. */
export function largestPackage(type?: Package['type']): Package {
  return packages.filter((p) => !type || p.type === type).reduce((a, b) => (b.amount.value > a.amount.value ? b : a));
}

/** CRS's table of every drawdown (IF12040, Dec 2022): the second source of each drawdown row. */
export const crsDrawdownTable: Cite = citeFrom('us-packages', 'crs_if12040_dec22');

/** What the pack lists but the timeline leaves out, and why (shown in the notes). */
export const leftOut = (packagesFile.rows as PackageRow[])
  .filter((r) => !((r.type === 'PDA' || r.type === 'USAI') && r.date >= '2022-02-24'))
  .map((r) => ({
    type: r.type,
    date: r.date,
    amount: { value: r.amount_usd_m, unit: 'usd-m' as const, qualifier: null, cite: citeFrom('us-packages', firstId(r.source)), quote: r.quote } satisfies Figure,
    why: r.date < '2022-02-24' ? 'before the full-scale invasion of Feb 24, 2022' : 'State Department financing for Ukraine and its neighbors, neither a drawdown nor USAI',
  }));

/* ---------------------------------------------------------------- stated running totals */

export type Baseline = 'since-2022-02-24' | 'since-2021-01' | 'since-2014';

export interface StatedTotal {
  date: string;
  baseline: Baseline;
  saidBy: string;
  amount: Figure;
}

interface CumulativeRow {
  date: string;
  source: string | string[];
  qualifier?: string;
  quote: string;
  [field: string]: unknown;
}

export const statedTotals: StatedTotal[] = baselinesFile.rows.map((m) => {
  const row = one(
    (packagesFile.cumulative as CumulativeRow[]).filter(
      (c) => c.date === m.date && (Array.isArray(c.source) ? c.source.includes(m.source) : c.source === m.source),
    ),
    `cumulative ${m.date} ${m.source}`,
  );
  const value = row[m.field];
  if (typeof value !== 'number') throw new Error(`aid-flow: cumulative ${m.date} ${m.source} has no number in ${m.field}`);
  return {
    date: m.date,
    baseline: m.baseline as Baseline,
    saidBy: m.said_by,
    amount: { value, unit: 'usd-bn', qualifier: row.qualifier ?? null, cite: citeFrom('us-packages', m.source), quote: row.quote },
  };
});

export const baselineLabels = baselinesFile.baselines as Record<Baseline, string>;

/** The running total the delivered state draws: one baseline only, since 24 Feb 2022. */
export const runningTotal = statedTotals.filter((t) => t.baseline === 'since-2022-02-24');

/** The other two baselines, as DoD stated them on 23 Nov 2022: shown as text, never on the axis. */
export const otherBaselinesNov23 = statedTotals.filter((t) => t.date === '2022-11-23' && t.baseline !== 'since-2022-02-24');

/* ---------------------------------------------------------------- the Avenger package */

interface ItemRow {
  topic: string;
  field: string;
  value?: number;
  date: string;
  source: string | string[];
  quote: string;
}
export const avenger = (() => {
  const row = one(
    (articleItemsFile.rows as ItemRow[]).filter((r) => r.topic === 'Avenger air defense systems' && r.field === 'quantity'),
    'Avenger quantity',
  );
  const pkg = one(packages.filter((p) => p.type === 'PDA' && p.date === row.date), 'the Avenger drawdown');
  return {
    date: row.date,
    systems: {
      value: row.value ?? NaN,
      unit: 'count',
      qualifier: null,
      cite: citeFrom('article-items', firstId(row.source)),
      quote: row.quote,
    } satisfies Figure,
    package: pkg,
  };
})();

/* ---------------------------------------------------------------- dates from the timeline */

interface TimelineEvent {
  date: string;
  title: string;
  summary: string;
  source_ids: string[];
}
function event(date: string, titleStarts: string) {
  const e = one(
    (timelineFile.events as TimelineEvent[]).filter((x) => x.date === date && x.title.startsWith(titleStarts)),
    `timeline ${date} ${titleStarts}`,
  );
  return { date: e.date, title: e.title, summary: e.summary, cite: citeFrom('context', e.source_ids[0] ?? '') };
}

export const midterms = event('2022-11-08', 'U.S. midterm elections');
export const houseCall = event('2022-11-16', 'AP calls the House for Republicans');
/** The seat count in the House call: words of the timeline's summary, cited to Roll Call. */
export const houseSeats = (() => {
  const m = /(\d+) seats/.exec(houseCall.summary);
  if (!m) throw new Error('aid-flow: the House call no longer names a seat count');
  return Number(m[1]);
})();
export const articleDate = '2022-11-14';

/* ---------------------------------------------------------------- donors (Kiel) */

interface DonorRow {
  release: string;
  donor: string;
  measure: string;
  value_text?: string;
  value_eur_bn?: number;
  value_usd_bn?: number | Record<string, number>;
  qualifier?: string;
  source: string;
  quote: string;
}
const donorRows = donorsFile.rows as DonorRow[];

export interface EuroRelease {
  release: string;
  /** Our short label for the release. */
  label: string;
  /** The day the data run to, as the sources state it. */
  dataTo: string;
  us: Figure;
  eu: Figure;
}

function euroRow(release: string, donor: string): Figure {
  const row = one(
    donorRows.filter((r) => r.release === release && r.donor === donor && typeof r.value_eur_bn === 'number'),
    `${release} ${donor}`,
  );
  return { value: row.value_eur_bn ?? NaN, unit: 'eur-bn', qualifier: row.qualifier ?? null, cite: citeFrom('donors', row.source), quote: row.quote };
}

/** The US beside EU countries and institutions combined, in euros, in the releases either side of the article. */
export const euroReleases: EuroRelease[] = [
  { release: 'Kiel, Oct 2022 (data to 2022-10-03)', label: 'Oct 2022 release', dataTo: '2022-10-03' },
  { release: 'Kiel, Dec 2022 (data to 2022-11-20)', label: 'Dec 2022 release', dataTo: '2022-11-20' },
].map((r) => ({ ...r, us: euroRow(r.release, 'United States'), eu: euroRow(r.release, 'EU countries and EU institutions combined') }));

/** Reuters' figure for Germany incl. its share of EU pledges: named in the notes, not drawn (not comparable). */
export const germanyWithEuShare: Figure = (() => {
  const row = one(
    donorRows.filter((r) => r.donor.startsWith('Germany (bilateral + share of EU') && typeof r.value_eur_bn === 'number'),
    'Germany incl. EU share',
  );
  return { value: row.value_eur_bn ?? NaN, unit: 'eur-bn', qualifier: null, cite: citeFrom('donors', row.source), quote: row.quote };
})();

/** Sources that give the September act a different total from CRS's (named, not drawn). */
export const septemberVariants: Cite[] = ['hill_sep22', 'tass_oct22', 'csis_nov22'].map((id) => citeFrom('appropriations', id));

/* ---------------------------------------------------------------- formatting */

function trim(n: number): string {
  return String(Number(n.toFixed(3)));
}

/** "$13.6bn", "up to $400m", "more than $18.6bn", "just under €48bn": the source's hedge kept. */
export function formatFigure(f: Figure, { hedge = true }: { hedge?: boolean } = {}): string {
  // Millions from a thousand up are written in billions, as the sources write them ("$2.98 billion").
  const body = f.unit === 'count' ? trim(f.value) : f.unit === 'usd-m' ? (f.value >= 1000 ? `$${trim(f.value / 1000)}bn` : `$${trim(f.value)}m`) : f.unit === 'eur-bn' ? `€${trim(f.value)}bn` : `$${trim(f.value)}bn`;
  return hedge && f.qualifier ? `${f.qualifier} ${body}` : body;
}



/**
 * The donors view's one annotation: Reuters' headline on the Nov 20 data ("Europa überholt
 * erstmals USA bei Hilfszusagen für Ukraine"), in our English; the pledges drawn show it too.
 */
export const donorOvertake = (() => {
  const cite = citeFrom('donors', 'reuters_de_dec22');
  if (!/überholt erstmals USA/.test(cite.title)) throw new Error('aid-flow: Reuters no longer says Europe overtook the US');
  return { cite, long: 'Europe overtook the US for the first time (Reuters)', short: 'Europe overtook the US (Reuters)' };
})();
