/** Download: every item the weapons visual draws, one row per item (and per source for the named items). */
import type { APIRoute } from 'astro';
import { downloadRows, toCsv } from '../../../visuals/weapons/download';

export const GET: APIRoute = () =>
  new Response(toCsv(downloadRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
