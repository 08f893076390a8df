/** Download: the Kherson map's places with their control on 7 and 12 Nov 2022 (see kherson-map/table.ts). */
import type { APIRoute } from 'astro';
import { csv } from '../../visuals/kherson-map/table';

export const GET: APIRoute = () => new Response(csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
