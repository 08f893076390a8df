/** The whole story's 1200×630 share card (src/share/cards.ts). */
import type { APIRoute } from 'astro';
import { drawCard, pngResponse } from '../../share/cards';

export const GET: APIRoute = async () => pngResponse(await drawCard(null));
