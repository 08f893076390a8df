/**
 * The share cards of this build, drawn on request by the endpoints in src/pages/share/ (so
 * `astro build` writes them and `astro dev` serves them) and by the pages that link them (for
 * the `?v=` version). Each chapter's card comes from its visuals' own `card.ts`: the first
 * visual that draws a picture wins, else the first quote or number card, else the typographic card.
 */
import { createHash } from 'node:crypto';
import { chapterSvg, rasterize, siteSvg } from './compose';
import type { CardBody, CardChapter, CardMaker } from '../visuals/types';
import type { ShareChapter, ShareModel } from './model';
import { getShareModel } from './share-data';

const makers = import.meta.glob<{ default: CardMaker }>('../visuals/*/card.ts', { eager: true });

export interface ChosenCard {
  body: CardBody | null;
  /** The visual whose card.ts made it. */
  visual: ShareChapter['visuals'][number] | null;
}

export function chooseCard(chapter: ShareChapter, reportedBy: string[]): ChosenCard {
  const input: CardChapter = { slug: chapter.slug, headline: chapter.headline, text: chapter.text, reportedBy };
  let fallback: ChosenCard = { body: null, visual: null };
  for (const visual of chapter.visuals) {
    const body = makers[`../visuals/${visual.name}/card.ts`]?.default(input, visual.keyState) ?? null;
    if (body?.kind === 'picture') return { body, visual };
    if (body && !fallback.body) fallback = { body, visual };
  }
  return fallback;
}

/** What the card shows, in words (og:image:alt). */
function altText(model: ShareModel, chapter: ShareChapter, { body, visual }: ChosenCard): string {
  const where = `Chapter ${chapter.number} of “${model.site.name}”: “${chapter.headline}”.`;
  if (body?.kind === 'quote') return `${where} “${body.quote}” — ${body.speaker}`;
  if (body?.kind === 'number') return `${where} ${body.value} ${body.label}`;
  if (body && visual) return `${where} ${visual.title}: ${visual.description}`;
  return `${where} With its opening words.`;
}

export interface DrawnCard {
  png: Buffer;
  /** The first 10 hex digits of the PNG's SHA-256: the card's `?v=` (SocialMeta). */
  version: string;
  alt: string;
  kind: CardBody['kind'] | 'text' | 'site';
}

const drawn = new Map<string, Promise<DrawnCard>>();

/** The card's PNG, with its version. */
async function toCard(svg: string, alt: string, kind: DrawnCard['kind']): Promise<DrawnCard> {
  const png = await rasterize(svg);
  return { png, version: createHash('sha256').update(png).digest('hex').slice(0, 10), alt, kind };
}

async function draw(slug: string | null): Promise<DrawnCard> {
  const model = await getShareModel();
  const { site } = model;
  if (slug === null) return toCard(siteSvg(site.name, site.tagline, `${model.chapters.length} chapters, passage by passage`), site.imageAlt, 'site');
  const chapter = model.chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`no chapter "${slug}" to draw a share card for`);
  const chosen = chooseCard(chapter, site.reportedBy);
  const svg = chapterSvg({ headline: chapter.headline, siteName: site.name }, chosen.body, chapter.firstPassage);
  return toCard(svg, altText(model, chapter, chosen), chosen.body?.kind ?? 'text');
}

/** The card of a chapter, or of the whole story for null; drawn once per build. */
export function drawCard(slug: string | null): Promise<DrawnCard> {
  const key = slug ?? '';
  if (!drawn.has(key)) drawn.set(key, draw(slug));
  return drawn.get(key)!;
}

export function pngResponse(card: DrawnCard): Response {
  return new Response(new Uint8Array(card.png), { headers: { 'Content-Type': 'image/png' } });
}
