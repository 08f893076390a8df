/** CSV downloads of the debate's data (listed in downloads.ts). */
import { events, placementText, voices } from './model';
import { citation } from '../../lib/sources';
import { toCsv } from '../kit/csv';

/** "S10 CNN, Nov 15, 2022 <url> (copy consulted)": the source as the page cites it, its link and the link's kind. */
const urls = (ids: string[]): string =>
  ids
    .map((id) => {
      const c = citation(id);
      return `${id} ${c.text} ${c.href}${c.kindLabel ? ` (${c.kindLabel})` : ''}`;
    })
    .join(' | ');

export function voicesCsv(): string {
  return toCsv(
    ['id', 'name', 'role_nov_2022', 'lane', 'placement', 'band', 'range', 'private_band', 'basis', 'quotes', 'why', 'flag', 'sources'],
    voices.map((v) => [
      v.id, v.name, v.role, v.lane, placementText(v), v.band ?? '', v.range?.join('-') ?? '', v.private ?? (v.privateOnly ? v.band ?? '' : ''), v.basis,
      v.quotes.map((q) => `¶${q.p} ${q.kind}${q.by ? ` (${q.by})` : ''}${q.private ? ' [private]' : ''}: ${q.words}`).join(' | '),
      v.why, v.flag ?? '', urls(v.sources),
    ]),
  );
}

export function weekCsv(): string {
  return toCsv(
    ['id', 'date', 'after_report', 'title', 'summary', 'our_text_paragraph', 'our_text_words', 'flag', 'sources'],
    events.map((e) => [e.id, e.date, e.after ? 'yes' : 'no', e.title, e.summary, e.quote?.p ?? '', e.quote?.words ?? '', e.flag ?? '', urls(e.sources)]),
  );
}
