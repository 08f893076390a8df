/** aid-flow: the figures one state draws, as JSON (see src/visuals/aid-flow/table.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { STATES } from '../../../visuals/aid-flow/text';
import { isAidState, rowsFor, toJson } from '../../../visuals/aid-flow/table';

export const getStaticPaths = (() => STATES.map((state) => ({ params: { state } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!isAidState(params.state)) return new Response('unknown state', { status: 404 });
  return new Response(toJson(params.state, rowsFor(params.state)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
