/** Download: the debate's placements, quotes and events, with every cited source resolved. */
import type { APIRoute } from 'astro';
import { events, voices } from '../../visuals/debate/model';
import { debateFile as debate } from '../../lib/data';
import { downloadFields } from '../../lib/sources';

export const GET: APIRoute = () => {
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
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
