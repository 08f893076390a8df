/**
 * The weapons visual's data, read at build from content/data/aid/:
 *   article-items.json      the four items the text names (Avenger, HAWK, T-72, South Korean shells)
 *   capabilities.json       package lists as DoD / the White House / the press wrote them
 *   weapons/items.json      those lists split into one row per item, with our category and reason
 * Nothing here invents a number: every quantity on screen is a string copied from a source row
 * (checked by `checkItems`, which runs when this module loads, so a bad row fails the build).
 */
import { articleItemsFile as articleData, capabilitiesFile as capabilitiesData, usPackagesFile as packagesData, weaponItemsFile as itemsData } from '../../lib/data';
import { source } from '../../lib/sources';
import { foldWhitespace } from '../kit/whitespace';

export type CategoryId = 'air-defense' | 'artillery-ammunition' | 'armor-vehicles' | 'drones' | 'other';

export interface Category {
  id: CategoryId;
  label: string;
  /** Two short lines for the narrow column headers. */
  lines: [string, string];
  color: string;
}

/** Colours pass 3:1 against white (graphics contrast) and stay apart for common colour blindness. */
export const CATEGORIES: readonly Category[] = [
  { id: 'air-defense', label: 'Air defense', lines: ['Air', 'defense'], color: '#1f5fa8' },
  { id: 'artillery-ammunition', label: 'Artillery and ammunition', lines: ['Artillery,', 'ammo'], color: '#b34d00' },
  { id: 'armor-vehicles', label: 'Armor and vehicles', lines: ['Armor,', 'vehicles'], color: '#2e7d4f' },
  { id: 'drones', label: 'Drones', lines: ['Drones', ''], color: '#7a4b9c' },
  { id: 'other', label: 'Other', lines: ['Other', ''], color: '#666666' },
];

export function category(id: string): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`weapons: unknown category "${id}"`);
  return found;
}

export interface Package {
  key: string;
  date: string;
  kind: 'PDA' | 'USAI' | 'PDA+USAI';
  label: string;
  /** The capabilities.json row (its `package` value) the items come from. */
  row: string;
}

/**
 * Where an item's words come from: the source row's quote or note (the source's words), the data
 * pack's summary, or a rewrite (the row's quote is a paraphrase site's wording: its quote_note says
 * so). Only 'quote', 'note' and 'article-items' are the source's own words, shown as quotations.
 */
export type Wording = 'quote' | 'note' | 'summary' | 'rewrite' | 'article-items';

/** True when the item's words are the source's own, so the page may quote them. */
export function isVerbatim(item: Pick<Item, 'wording'>): boolean {
  return item.wording === 'quote' || item.wording === 'note' || item.wording === 'article-items';
}

export interface Item {
  id: string;
  pkg: string;
  source: string;
  wording: Wording;
  as_written: string;
  quantity: string | null;
  category: CategoryId;
  reason: string;
  label?: string;
  named?: 'avenger' | 'hawk' | 't72';
}

export const PACKAGES: readonly Package[] = itemsData.packages as Package[];
export const ITEMS: readonly Item[] = itemsData.items as Item[];

export function pkg(key: string): Package {
  const p = PACKAGES.find((x) => x.key === key);
  if (!p) throw new Error(`weapons: unknown package "${key}"`);
  return p;
}

interface CapRow {
  kind: string;
  as_of: string;
  package: string;
  item_as_written: string;
  source: string | string[];
  quote: string;
  note?: string;
  /** Set when the quote is not the source's own wording (e.g. a paraphrase site's). */
  quote_note?: string;
}
interface ArticleRow {
  topic: string;
  field: string;
  value?: number;
  value_text?: string;
  date: string;
  package?: string;
  source: string | string[];
  quote: string;
  note?: string;
}

export const CAP_ROWS: readonly CapRow[] = capabilitiesData.rows as CapRow[];
export const ARTICLE_ROWS: readonly ArticleRow[] = articleData.rows as ArticleRow[];

/** Collapses whitespace and case so a copied phrase is found in its source text. */
export function normalize(text: string): string {
  return foldWhitespace(text).toLowerCase();
}

/** The source text an item's `as_written` must occur in, per its `wording`. */
export function wordingText(item: Item): string {
  const p = pkg(item.pkg);
  if (item.wording === 'article-items') {
    return ARTICLE_ROWS.filter((r) => (Array.isArray(r.source) ? r.source : [r.source]).includes(item.source))
      .map((r) => r.quote)
      .join(' | ');
  }
  // A package may span several rows (the 16 Mar fact sheet has one row per bullet).
  const rows = CAP_ROWS.filter((r) => r.package === p.row && r.kind === 'package');
  if (rows.length === 0) throw new Error(`weapons: no capabilities.json package row "${p.row}"`);
  const field = (r: CapRow): string => (item.wording === 'quote' || item.wording === 'rewrite' ? r.quote : item.wording === 'note' ? (r.note ?? '') : r.item_as_written);
  return rows.map(field).join(' | ');
}

/** Throws on the first item that does not trace to its source; returns the count checked. */
export function checkItems(items: readonly Item[] = ITEMS): number {
  const ids = new Set<string>();
  for (const item of items) {
    const where = `content/data/aid/weapons/items.json item ${item.id}`;
    if (ids.has(item.id)) throw new Error(`${where}: duplicate id`);
    ids.add(item.id);
    category(item.category);
    const p = pkg(item.pkg);
    const rows = CAP_ROWS.filter((r) => r.package === p.row);
    if (rows.length === 0) throw new Error(`${where}: package row "${p.row}" not in capabilities.json`);
    const cites = (r: CapRow): boolean => (Array.isArray(r.source) ? r.source.includes(item.source) : r.source === item.source) || (r.note ?? '').includes(item.source);
    if (item.wording !== 'article-items' && !rows.some(cites)) {
      throw new Error(`${where}: source ${item.source} is not a source of the package's rows (${rows.map((r) => r.source).join(', ')})`);
    }
    // A quote must come from a row whose words are the source's; a rewrite from a row flagged as one.
    const flagged = rows.some((r) => cites(r) && /paraphrase|rewrite/i.test(r.quote_note ?? ''));
    if (item.wording === 'quote' && flagged) throw new Error(`${where}: the row's quote is a rewrite (quote_note); use wording "rewrite"`);
    if (item.wording === 'rewrite' && !flagged) throw new Error(`${where}: wording "rewrite" but the row has no quote_note saying so`);
    source(item.source);
    if (!normalize(wordingText(item)).includes(normalize(item.as_written))) {
      throw new Error(`${where}: "${item.as_written}" is not in the ${item.wording} of its source row`);
    }
    if (item.quantity !== null) {
      if (!normalize(item.as_written).includes(normalize(item.quantity))) throw new Error(`${where}: quantity "${item.quantity}" not in its wording`);
      if (item.label && !normalize(item.label).includes(normalize(item.quantity))) throw new Error(`${where}: label drops the quantity wording "${item.quantity}"`);
    }
    if (!item.reason || item.reason.length < 5) throw new Error(`${where}: category needs a reason`);
  }
  return ids.size;
}
checkItems();

/** Package rows of capabilities.json dated on or before `until` that have no items in items.json. */
export function packagesWithoutItems(until: string): string[] {
  const covered = new Set(PACKAGES.map((p) => p.row));
  return CAP_ROWS.filter((r) => r.kind === 'package' && r.as_of <= until && !covered.has(r.package)).map((r) => r.package);
}

// ---------------------------------------------------------------------------------------------
// The four items the text names (state 1). Numbers come from article-items.json rows; words are
// ours except where quoted.

function articleRow(topic: string, field: string): ArticleRow {
  const row = ARTICLE_ROWS.find((r) => r.topic === topic && r.field === field);
  if (!row) throw new Error(`weapons: article-items.json has no row "${topic}" / "${field}"`);
  return row;
}

function sourcesOf(row: ArticleRow): string[] {
  return Array.isArray(row.source) ? row.source : [row.source];
}

function numberOf(row: ArticleRow): number {
  if (typeof row.value !== 'number') throw new Error(`weapons: row "${row.topic}" / "${row.field}" has no value`);
  return row.value;
}

export interface UnitBlock {
  /** Marks in this block (one per unit). */
  count: number;
  /** Short label beside the block, e.g. "Paid by the US". */
  label: string;
  /** Which item mark the block flies to in the package states, if any. */
  item?: string;
}

export interface NamedItem {
  key: 'avenger' | 'hawk' | 't72' | 'shells';
  name: string;
  /** The bold line on the chart: quantity as the sources word it, and the name (phones / desktop). */
  headline: string;
  headlineWide: string;
  category: CategoryId;
  /** Quantity as the sources word it, or what is missing. */
  quantity: string;
  /** What one mark stands for; null when the sources give no number (nothing is drawn). */
  unit: { shape: 'square' | 'circle'; per: number; text: string } | null;
  blocks: UnitBlock[];
  /** What it is for, in a few words (phones). */
  purposeShort: string;
  /** What it is for, one or two sentences (desktop, detail, table). */
  purpose: string;
  /** The package or deal, and its date. */
  context: string;
  date: string;
  sources: string[];
}

const avengerQty = articleRow('Avenger air defense systems', 'quantity');
const avengerPurpose = articleRow('Avenger air defense systems', 'purpose / first time');
/** The words “and Stinger missiles” are the DoD list's, as Mint printed it. */
const avengerList = articleRow('Avenger air defense systems', 'DoD package list');
const hawkFunding = articleRow('HAWK missile refurbishment', 'funding line');
const hawkMissiles = articleRow('HAWK missiles', 'HAWK missiles in the Nov 10 drawdown');
const t72Us = articleRow('T-72 refurbishment (Czech)', 'U.S.-funded quantity');
const t72Nl = articleRow('T-72 refurbishment (Czech)', 'partners / Netherlands quantity');
const t72Total = articleRow('T-72 refurbishment (Czech)', 'total quantity');
const shellsQty = articleRow('155mm ammunition bought from South Korea for Ukraine', 'quantity');
const shellsVariant = articleRow('155mm ammunition bought from South Korea for Ukraine', 'quantity (variant)');
const shellsStatus = articleRow('155mm ammunition bought from South Korea for Ukraine', 'status / end user');

/** One circle stands for this many shells: stated on the chart, and it divides the number exactly. */
export const SHELLS_PER_MARK = 1000;

const shells = numberOf(shellsQty);
if (shells % SHELLS_PER_MARK !== 0) throw new Error('weapons: the shell count does not divide into whole marks');
if (numberOf(t72Us) + numberOf(t72Nl) !== numberOf(t72Total)) throw new Error('weapons: T-72 shares do not match the stated total');

const fmt = (n: number): string => n.toLocaleString('en-US');

/** The 10 Nov list's own word for the number of Avengers ("Four"), checked against the count. */
const avengerItem = ITEMS.find((i) => i.named === 'avenger');
const avengerWord = avengerItem?.quantity ?? '';
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
if (WORDS[avengerWord.toLowerCase()] !== numberOf(avengerQty)) throw new Error('weapons: Avenger count and wording disagree');

export const NAMED: readonly NamedItem[] = [
  {
    key: 'avenger',
    name: 'Avenger air-defense systems',
    headline: `${avengerWord} Avenger air-defense systems`,
    headlineWide: `${avengerWord} Avenger air-defense systems, with Stinger missiles`,
    category: 'air-defense',
    quantity: `${avengerWord} systems, “and Stinger missiles”`,
    unit: { shape: 'square', per: 1, text: '1 system' },
    blocks: [{ count: numberOf(avengerQty), label: '', item: '2022-11-10-four-avenger-air-defense-syste' }],
    purposeShort: 'Short-range air defense against drones, cruise missiles, helicopters',
    purpose:
      'A short-range, vehicle-mounted system firing Stinger missiles. DoD said it will help Ukraine protect its troops “against drones, cruise missiles, and attacks from helicopters.”',
    context: 'Drawdown of up to $400 million',
    date: avengerQty.date,
    sources: [...sourcesOf(avengerQty), ...sourcesOf(avengerList), ...sourcesOf(avengerPurpose)],
  },
  {
    key: 'hawk',
    name: 'HAWK air-defense missiles',
    headline: 'HAWK air-defense missiles',
    headlineWide: 'HAWK air-defense missiles, refurbished',
    category: 'air-defense',
    quantity: 'No number given',
    unit: null,
    blocks: [],
    purposeShort: 'Air-defense missiles, refurbished for future drawdowns',
    purpose:
      'The Nov 4 package pays “to refurbish HAWK air defense missiles for inclusion in future Presidential Drawdown packages”; the Nov 10 drawdown lists “Missiles for HAWK air defense systems”. Neither says how many, nor what the refurbishment costs.',
    context: '$400 million of USAI funds (Nov 4, 2022) and drawdown of up to $400 million (Nov 10, 2022)',
    date: hawkFunding.date,
    sources: [...sourcesOf(hawkFunding), ...sourcesOf(hawkMissiles)],
  },
  {
    key: 't72',
    name: 'T-72B tanks refurbished by Czech industry',
    headline: `${fmt(numberOf(t72Total))} refurbished T-72B tanks`,
    headlineWide: `${fmt(numberOf(t72Total))} refurbished T-72B tanks, from Czech industry`,
    category: 'armor-vehicles',
    quantity: `${fmt(numberOf(t72Total))} in total: ${fmt(numberOf(t72Us))} paid by the US, ${fmt(numberOf(t72Nl))} by the Netherlands`,
    unit: { shape: 'square', per: 1, text: '1 tank' },
    blocks: [
      { count: numberOf(t72Us), label: 'US', item: '2022-11-04-45-refurbished-t-72b-tanks-wi' },
      { count: numberOf(t72Nl), label: 'Netherlands' },
    ],
    purposeShort: 'Soviet-era tanks, refurbished in the Czech Republic',
    purpose: `Soviet-era tanks refurbished by Czech industry “with advanced optics, communications, and armor packages”; the US pays for ${fmt(numberOf(t72Us))} in its Nov 4 package and the Netherlands for ${fmt(numberOf(t72Nl))}, “for a total of ${fmt(numberOf(t72Total))} T-72s”.`,
    context: '$400 million of USAI funds; Dutch funding',
    date: t72Us.date,
    sources: [...sourcesOf(t72Us), ...sourcesOf(t72Total)],
  },
  {
    key: 'shells',
    name: '155mm artillery shells from South Korea',
    headline: `${fmt(shells)} shells from South Korea`,
    headlineWide: `${fmt(shells)} 155mm artillery shells from South Korea`,
    category: 'artillery-ammunition',
    quantity: `${fmt(shells)} rounds, a US official told AP and CNN (“${shellsVariant.value_text ?? ''}” in the Daily Caller)`,
    unit: { shape: 'circle', per: SHELLS_PER_MARK, text: `${fmt(SHELLS_PER_MARK)} rounds` },
    blocks: [{ count: shells / SHELLS_PER_MARK, label: '' }],
    purposeShort: '155mm artillery rounds from South Korean makers; deal not final',
    purpose:
      'Artillery rounds the US will buy from South Korean manufacturers to supply to Ukraine, first reported by the Wall Street Journal. On Nov 11 the deal “has not yet been finalized”; no dollar value was reported.',
    context: 'A purchase, not part of a package',
    date: shellsQty.date,
    sources: [...sourcesOf(shellsQty), ...sourcesOf(shellsStatus), ...sourcesOf(shellsVariant)],
  },
];

/** The article's date: packages after it are not drawn. */
export const ARTICLE_DATE = '2022-11-14';

// ---------------------------------------------------------------------------------------------
// Packages announced between the invasion and the article whose item lists are not in our data.

interface PackageRow {
  type: string;
  date: string;
  amount_usd_m?: number;
  tranche_since_aug2021?: number;
  source: string | string[];
}
export const PACKAGE_ROWS: readonly PackageRow[] = (packagesData.rows as PackageRow[]).filter((r) => r.type === 'PDA' || r.type === 'USAI');

/** "$800 million" / "$1 billion" / "$2.98 billion" → millions, to check our labels against the memos. */
export function amountInLabel(label: string, kind: 'PDA' | 'USAI'): number | null {
  const re = kind === 'PDA' ? /up to \$([\d.]+) (million|billion)/ : /\$([\d.]+) (million|billion) of USAI/;
  const m = label.match(re);
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'billion' ? 1000 : 1);
}

export interface MissingPackage {
  type: 'PDA' | 'USAI';
  date: string;
  amount_usd_m: number | null;
}

/** Drawdowns and USAI packages from Feb 24 to the article with no item list here. */
export function packagesNotItemized(from = '2022-02-24', to = ARTICLE_DATE): MissingPackage[] {
  const have = new Set(PACKAGES.flatMap((p) => p.kind.split('+').map((k) => `${k} ${p.date}`)));
  return PACKAGE_ROWS.filter((r) => r.date >= from && r.date <= to && !have.has(`${r.type} ${r.date}`)).map((r) => ({
    type: r.type as 'PDA' | 'USAI',
    date: r.date,
    amount_usd_m: r.amount_usd_m ?? null,
  }));
}

/**
 * The packages announced from the invasion to the article (drawdowns and USAI announcements in
 * us-packages.json; Jul 22 counts as two, a drawdown and a USAI package) and how many of them
 * have an item list here: the "Since March" view is a selection, and says so with these numbers.
 */
export function packageCoverage(from = '2022-02-24', to = ARTICLE_DATE): { total: number; listed: number; first: string; last: string } {
  const rows = PACKAGE_ROWS.filter((r) => r.date >= from && r.date <= to).sort((a, b) => a.date.localeCompare(b.date));
  const missing = packagesNotItemized(from, to).length;
  return { total: rows.length, listed: rows.length - missing, first: rows[0]?.date ?? from, last: rows[rows.length - 1]?.date ?? to };
}
