/** A chapter's 1200×630 share card, composed at build from its visuals' card.ts (src/share/cards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCard, pngResponse } from '../../../share/cards';
import { getShareModel } from '../../../share/share-data';

export const getStaticPaths = (async () => (await getShareModel()).chapters.map((c) => ({ params: { chapter: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => pngResponse(await drawCard(params.chapter!));
