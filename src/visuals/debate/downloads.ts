/**
 * The debate's files under /data/: voices and week as CSV, everything with its sources resolved
 * as JSON.
 */
import type { Download } from '../kit/downloads';
import { debateFile as debate } from '../../lib/data';
import { downloadFields } from '../../lib/sources';
import { voicesCsv, weekCsv } from './csv';
import { events, voices } from './model';

function everything(): string {
  const ids = new Set([...voices.flatMap((v) => v.sources), ...events.flatMap((e) => e.sources)]);
  const body = {
    about: debate.about,
    bands: debate.bands,
    lanes: debate.lanes,
    week: debate.week,
    voices,
    events,
    // As the page cites each source; consulted_url and unverified_original_url are labelled, not reader links.
    sources: [...ids].sort().map((id) => downloadFields(id)),
  };
  return JSON.stringify(body, null, 2);
}

const downloads: Download[] = [
  { path: 'debate-voices.csv', body: voicesCsv },
  { path: 'debate-week.csv', body: weekCsv },
  { path: 'debate.json', body: everything },
];
export default downloads;
