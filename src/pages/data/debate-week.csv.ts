/** Download: the debate's week of events as CSV. */
import type { APIRoute } from 'astro';
import { weekCsv } from '../../visuals/debate/csv';

export const GET: APIRoute = () => new Response(weekCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
