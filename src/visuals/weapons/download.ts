/**
 * The downloads: every mark the weapons visual draws, as rows (CSV and JSON under
 * /data/weapons/, listed in downloads.ts). Same data as the chart and the notes table, with the source of each row.
 */
import { ITEMS, NAMED, category, packagesNotItemized, pkg } from './data';
import { downloadFields, type DownloadFields } from '../../lib/sources';
import { objectsToCsv } from '../kit/csv';

export interface DownloadRow extends DownloadFields {
  state: 'named-items' | 'packages, since-march' | 'since-march';
  package_date: string;
  package: string;
  item_as_written: string;
  quantity_as_written: string;
  category: string;
  category_reason: string;
  what_it_is_for: string;
  wording: string;
}

export function downloadRows(): DownloadRow[] {
  const rows: DownloadRow[] = [];
  for (const n of NAMED) {
    for (const id of n.sources) {
      rows.push({
        state: 'named-items',
        package_date: n.date,
        package: n.context,
        item_as_written: n.headlineWide,
        quantity_as_written: n.quantity,
        category: category(n.category).label,
        category_reason: '',
        what_it_is_for: n.purpose,
        wording: 'our words; words in “” are copied from the sources',
        ...downloadFields(id),
      });
    }
  }
  for (const item of ITEMS) {
    const p = pkg(item.pkg);
    rows.push({
      state: item.pkg === '2022-11-04' || item.pkg === '2022-11-10' ? 'packages, since-march' : 'since-march',
      package_date: p.date,
      package: p.label,
      item_as_written: item.as_written,
      quantity_as_written: item.quantity ?? '',
      category: category(item.category).label,
      category_reason: item.reason,
      what_it_is_for: '',
      wording:
        item.wording === 'summary'
          ? 'data-pack summary of the source (exact words not stored)'
          : item.wording === 'rewrite'
            ? 'wording of a site that rewrote the source (not the source’s own words)'
            : `source ${item.wording === 'article-items' ? 'quote' : item.wording}`,
      ...downloadFields(item.source),
    });
  }
  return rows;
}

export function toCsv(rows: DownloadRow[]): string {
  return objectsToCsv(Object.keys(rows[0] ?? {}) as (keyof DownloadRow)[], rows);
}

/** The JSON download: the rows with the caveats that go with them. */
export function toJson(rows: DownloadRow[]): string {
  return JSON.stringify(
    {
      about:
        'Items drawn in the "weapons lists" visual: the four items the article names and the item lists of US packages from Mar 16 to Nov 10, 2022, with quantities exactly as the sources wrote them. Categories are editorial. No cumulative totals: the DoD fact sheet of Nov 2022 is not in our data.',
      sources_note:
        'source_cited_as is the original publisher and date, as the page cites it; source_url is the link for readers and source_url_kind says what it is (original, full copy, official listing, copy consulted). source_consulted_url is the copy the facts were read from and source_unverified_original_url a guessed address never seen: neither is a link we recommend.',
      packages_without_item_lists: packagesNotItemized(),
      rows,
    },
    null,
    1,
  );
}
