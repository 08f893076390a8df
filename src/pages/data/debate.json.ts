/** Download: the debate's placements, quotes and events, with every cited source resolved. */
import type { APIRoute } from 'astro';
import { events, sourceRef, voices } from '../../visuals/debate/model';
import debate from '../../../content/data/context/debate.json';

export const GET: APIRoute = () => {
  const ids = new Set([...voices.flatMap((v) => v.sources), ...events.flatMap((e) => e.sources)]);
  const body = {
    about: debate.about,
    bands: debate.bands,
    lanes: debate.lanes,
    week: debate.week,
    voices,
    events,
    sources: [...ids].sort().map((id) => sourceRef(id)),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
