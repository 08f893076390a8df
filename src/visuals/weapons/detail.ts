/**
 * The detail of each mark (item as written, quantity as written, category, package and date,
 * notes, sources), shipped once per figure as a compact JSON payload and expanded in the
 * browser. Pure and dependency-free: client.ts imports it, so it must not import the data.
 */

/** Indexes into the shared tables keep the payload small (88 items share 13 packages, 32 reasons). */
export interface DetailPayload {
  /** [label, colour] per category. */
  cats: [string, string][];
  /** "Drawdown of up to $400 million, 10 Nov 2022" per package. */
  pkgs: string[];
  reasons: string[];
  /** [citation ("Associated Press, 10 Nov 2022"), url, kind label or null] per source (src/lib/sources.ts). */
  src: [string, string, string | null][];
  /** Named items (state 1), by mark key: [title, quantity, cat, package line, what it is for, source indexes]. */
  named: Record<string, [string, string, number, string, string, number[]]>;
  /** Listed items by index (mark key "i<index>"): [as written, quantity as written or null, cat, pkg, reason, source, wording: 0 the source's words, 1 a summary, 2 a rewrite]. */
  items: [string, string | null, number, number, number, number, 0 | 1 | 2][];
}

export interface Detail {
  /** True for a package line (quantity is "as written"), false for a named item. */
  listed: boolean;
  /** The words are the source's own (false for a summary or a rewrite): only then are they quoted. */
  verbatim: boolean;
  title: string;
  quantity: string | null;
  category: string;
  color: string;
  context: string;
  note: string;
  sources: { text: string; url: string; kindLabel: string | null }[];
}

export const SUMMARY_NOTE = 'Wording from our data pack’s summary of the source; the source’s exact words were not stored.';
export const REWRITE_NOTE = 'Wording of a site that rewrote the source’s list, not the source’s own words.';

function sourceAt(p: DetailPayload, i: number): Detail['sources'][number] | null {
  const s = p.src[i];
  return s ? { text: s[0], url: s[1], kindLabel: s[2] } : null;
}

export function detailFor(p: DetailPayload, key: string): Detail | null {
  if (/^i\d+$/.test(key)) {
    const row = p.items[Number(key.slice(1))];
    if (!row) return null;
    const [title, quantity, cat, pkg, reason, src, wording] = row;
    const c = p.cats[cat];
    const note = [wording === 1 ? SUMMARY_NOTE : wording === 2 ? REWRITE_NOTE : '', `Why this category: ${p.reasons[reason] ?? ''}`].filter(Boolean).join(' ');
    return {
      listed: true,
      verbatim: wording === 0,
      title,
      quantity,
      category: c?.[0] ?? '',
      color: c?.[1] ?? '#666',
      context: p.pkgs[pkg] ?? '',
      note,
      sources: [sourceAt(p, src)].filter((s): s is NonNullable<typeof s> => s !== null),
    };
  }
  const n = p.named[key];
  if (!n) return null;
  const c = p.cats[n[2]];
  return {
    listed: false,
    verbatim: false,
    title: n[0],
    quantity: n[1],
    category: c?.[0] ?? '',
    color: c?.[1] ?? '#666',
    context: n[3],
    note: n[4],
    sources: n[5].map((i) => sourceAt(p, i)).filter((s): s is NonNullable<typeof s> => s !== null),
  };
}

/** The quantity line: as written for package lines, in our words (with quotes) for named items. */
export function quantityText(d: Detail): string {
  if (d.quantity === null) return 'No quantity given';
  if (!d.listed) return d.quantity;
  // Quotation marks only around the source's own words; a summary's or a rewrite's are not a quote.
  return d.verbatim ? `Quantity as written: “${d.quantity}”` : `Quantity: ${d.quantity}`;
}

/** What a screen reader hears when a mark gets focus. */
export function ariaLabel(d: Detail): string {
  return `${d.title}. ${quantityText(d)}. ${d.category}. ${d.context}.`;
}
