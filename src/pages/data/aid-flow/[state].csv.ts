/** aid-flow: the figures one state draws, as CSV (see src/visuals/aid-flow/table.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { STATES } from '../../../visuals/aid-flow/text';
import { isAidState, rowsFor, toCsv } from '../../../visuals/aid-flow/table';

export const getStaticPaths = (() => STATES.map((state) => ({ params: { state } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!isAidState(params.state)) return new Response('unknown state', { status: 404 });
  return new Response(toCsv(rowsFor(params.state)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
