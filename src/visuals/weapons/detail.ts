/**
 * The detail text of each mark, written at build into its `data-detail` attribute (kit/details.ts;
 * the page's shared script shows it on hover, tap and keyboard focus). Words only, no links: the
 * item as written, its quantity exactly as written, category, package and date, and who says so
 * (publisher and date, as the figure's notes cite it). Sources stay linked in the notes.
 */
import { category, pkg, type Item, type NamedItem } from './data';
import { citation } from '../../lib/sources';
import { shortDate } from '../kit/dates';

export const SUMMARY_NOTE = 'Wording from our data pack’s summary of the source; the source’s exact words were not stored.';
export const REWRITE_NOTE = 'Wording of a site that rewrote the source’s list, not the source’s own words.';

/** The quantity line of a listed item: in quotation marks only when the words are the source's own. */
export function quantityText(item: Pick<Item, 'quantity' | 'wording'>): string {
  if (item.quantity === null) return 'No quantity given';
  return item.wording === 'summary' || item.wording === 'rewrite' ? `Quantity: ${item.quantity}` : `Quantity as written: “${item.quantity}”`;
}

/** One listed item (a dot in states 2 and 3). */
export function itemDetail(item: Item): string {
  const p = pkg(item.pkg);
  const note = item.wording === 'summary' ? ` ${SUMMARY_NOTE}` : item.wording === 'rewrite' ? ` ${REWRITE_NOTE}` : '';
  return `${item.as_written}. ${quantityText(item)}. ${category(item.category).label}. ${p.label}, ${shortDate(p.date, true)}. Source: ${citation(item.source).text}.${note}`;
}

/** One of the four items the text names (a block of unit marks in state 1). */
export function namedDetail(n: NamedItem): string {
  const context = /\d{4}/.test(n.context) ? n.context : `${n.context}, ${shortDate(n.date, true)}`;
  const drawn = n.unit ? `Drawn as one mark per ${n.unit.text}.` : 'Drawn without marks: no source gives a number.';
  const sources = [...new Set(n.sources.map((id) => citation(id).text))].join('; ');
  return `${n.headlineWide}: ${n.quantity}. ${context}. ${drawn} Sources: ${sources}.`;
}
