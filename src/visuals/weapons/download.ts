/**
 * The downloads: every mark the weapons visual draws, as rows (CSV and JSON under
 * /data/weapons/). Same data as the chart and the notes table, with the source of each row.
 */
import { ITEMS, NAMED, category, formatDate, pkg } from './data';
import { downloadFields, type DownloadFields } from '../../lib/sources';

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

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: DownloadRow[]): string {
  const head = Object.keys(rows[0] ?? {}) as (keyof DownloadRow)[];
  return [head.join(','), ...rows.map((r) => head.map((h) => csvCell(r[h])).join(','))].join('\n') + '\n';
}

export { formatDate };
