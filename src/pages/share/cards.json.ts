/**
 * Build-time hand-over to the card renderer (src/share/integration.ts): which cards to draw and
 * with what text. The renderer reads it from the output folder after the build and deletes it;
 * it is not part of the published site.
 */
import type { APIRoute } from 'astro';
import { getShareModel } from '../../share/share-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getShareModel()), { headers: { 'Content-Type': 'application/json' } });
