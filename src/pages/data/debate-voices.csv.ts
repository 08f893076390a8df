/** Download: the debate's voices as CSV. */
import type { APIRoute } from 'astro';
import { voicesCsv } from '../../visuals/debate/csv';

export const GET: APIRoute = () => new Response(voicesCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
