/**
 * Quotes on the page are the sources' own words: every phrase a visual, a detail card or the notes
 * put in quotation marks and attribute to a source appears in that source's record (a row's `quote`,
 * or words a row's note quotes from it), and no wording the packs mark as a paraphrase or a rewrite
 * is ever shown as a quote. (Quotes of our text, in the debate, are checked against the paragraphs
 * by src/visuals/debate/model.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { articleItemsFile, capabilitiesFile, appropriationsFile, usPackagesFile, donorsFile } from './data';
import { CAP_ROWS, ITEMS, NAMED, isVerbatim, normalize, wordingText } from '../visuals/weapons/data';
import { itemDetail, quantityText } from '../visuals/weapons/detail';
import { rowsFor } from '../visuals/aid-flow/table';
import { stateNames } from '../visuals/types';
import aidFlowMeta from '../visuals/aid-flow/meta';

const STATES = stateNames(aidFlowMeta);

interface Row {
  source: string | string[];
  quote?: string;
  note?: string;
  paraphrase?: string;
  quote_note?: string;
}
const ALL_ROWS: Row[] = [
  ...articleItemsFile.rows,
  ...capabilitiesFile.rows,
  ...appropriationsFile.rows,
  ...usPackagesFile.rows,
  ...usPackagesFile.cumulative,
  ...donorsFile.rows,
] as Row[];
const ids = (r: Row): string[] => (Array.isArray(r.source) ? r.source : [r.source]);
/** Lower case, one space, no surrounding punctuation, straight apostrophes. */
const clean = (t: string): string => normalize(t.replace(/[’‘]/g, "'")).replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
/** The words of each source's records that may be quoted: its rows' quotes and what their notes quote. */
function quotableFor(sourceIds: string[]): string {
  return ALL_ROWS.filter((r) => ids(r).some((id) => sourceIds.includes(id)) && !/paraphrase|rewrite/i.test(r.quote_note ?? ''))
    .flatMap((r) => [r.quote ?? '', ...[...(r.note ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!)])
    .map(clean)
    .join(' | ');
}
/** Every phrase in curly quotation marks. */
const quoted = (t: string): string[] => [...t.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

describe('weapons: the four named items', () => {
  it('quote only words their sources’ records hold', () => {
    let n = 0;
    for (const item of NAMED) {
      const words = quotableFor(item.sources);
      for (const text of [item.headline, item.headlineWide, item.quantity, item.purpose, item.purposeShort, item.context]) {
        for (const q of quoted(text)) {
          n++;
          expect(words, `${item.key}: “${q}”`).toContain(clean(q));
        }
      }
    }
    expect(n).toBeGreaterThan(4);
  });
});

describe('weapons: the listed items and their detail cards', () => {
  it('put quotation marks only around a source’s own words, which its row holds', () => {
    ITEMS.forEach((item) => {
      const shown = quantityText(item);
      // The mark's detail text quotes nothing more than its quantity line does.
      expect(quoted(itemDetail(item)), item.id).toEqual(quoted(shown));
      if (!isVerbatim(item)) {
        expect(quoted(shown), item.id).toEqual([]);
        return;
      }
      expect(normalize(wordingText(item))).toContain(normalize(item.as_written));
      for (const q of quoted(shown)) expect(normalize(wordingText(item)), item.id).toContain(normalize(q));
    });
  });

  it('never quote a row whose quote the pack flags as a paraphrase site’s wording', () => {
    const flagged = CAP_ROWS.filter((r) => /paraphrase|rewrite/i.test(r.quote_note ?? ''));
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      for (const item of ITEMS.filter((i) => ids(r).includes(i.source) && r.quote.includes(i.as_written))) {
        expect(isVerbatim(item), item.id).toBe(false);
      }
    }
  });
});

describe('paraphrases in the packs', () => {
  const paraphrases = (articleItemsFile.rows as Row[]).filter((r) => r.paraphrase).map((r) => r.paraphrase!);

  it('exist (the two defence-industry sentences), and are never a quote anywhere we show quotes', () => {
    expect(paraphrases).toHaveLength(2);
    const shown = [
      ...NAMED.flatMap((n) => [n.quantity, n.purpose, n.purposeShort]),
      ...ITEMS.map((i) => i.as_written),
      ...STATES.flatMap((s) => rowsFor(s).map((r) => r.quote)),
    ].map(clean);
    for (const p of paraphrases) {
      for (const s of shown) expect(s.includes(clean(p).slice(0, 40)), p).toBe(false);
    }
  });
});

describe('aid figures', () => {
  it('carry, in the tables and downloads, a quote that is their source row’s own words', () => {
    for (const state of STATES) {
      for (const row of rowsFor(state)) {
        if (!row.quote) continue;
        expect(quotableFor([row.source_id]), `${state}: ${row.item}`).toContain(clean(row.quote));
      }
    }
  });
});
