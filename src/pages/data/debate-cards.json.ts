/** The debate figure's detail cards, one per voice mark and event, rendered at build (client.ts fetches it on the first pick). */
import type { APIRoute } from 'astro';
import { allPickCards } from '../../visuals/debate/render';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(allPickCards()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
