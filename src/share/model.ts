/**
 * What the share feature says about the story and each chapter: titles, descriptions, the
 * picture its card shows and that picture's alt text. Pure (no Astro), so it is unit-tested;
 * `share-data.ts` feeds it the built story and the visual registry.
 */
import { plainText, type Story } from '../lib/story-model';
import { trimDescription } from './text';
import { cardPath, sharePath, storyPath } from './urls';

export interface VisualInfo {
  title: string;
  states: Record<string, { label: string; description: string }>;
}

export interface ShareSite {
  /** The story's title, used as og:site_name and on every card. */
  name: string;
  /** "An explainer of POLITICO's report of 14 November 2022". */
  tagline: string;
  description: string;
  /** A longer text for the site card. */
  dek: string;
  image: string;
  imageAlt: string;
}

export interface ShareChapter {
  slug: string;
  /** 1-based position in the story. */
  number: number;
  count: number;
  headline: string;
  /** og:description: the first passage, corrections applied, trimmed. */
  description: string;
  /** The first passage in full (for the typographic card, which trims to fit). */
  firstPassage: string;
  sharePath: string;
  storyPath: string;
  image: string;
  imageAlt: string;
  /** The visual the chapter shows first, in the state its no-JS figure (and its card) shows. */
  visual: { name: string; title: string; keyState: string; figureId: string; firstState: string | null } | null;
}

export interface ShareModel {
  site: ShareSite;
  chapters: ShareChapter[];
}

export interface ShareInput {
  story: Story;
  title: string;
  dek: string;
  outlet: string;
  published: Date;
  visuals: ReadonlyMap<string, VisualInfo>;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function buildShareModel(input: ShareInput): ShareModel {
  const { story, title } = input;
  const tagline = `An explainer of ${input.outlet}’s report of ${formatDate(input.published)}`;
  const count = story.chapters.length;
  const chapters = story.chapters.map((chapter, i): ShareChapter => {
    const first = chapter.passages[0];
    const firstPassage = first ? plainText(first.segments).replace(/\s+/g, ' ').trim() : '';
    const shownName = first?.visual ?? chapter.visuals[0]?.name ?? null;
    const shown = chapter.visuals.find((v) => v.name === shownName) ?? null;
    const info = shown ? input.visuals.get(shown.name) : undefined;
    const visual =
      shown && info
        ? { name: shown.name, title: info.title, keyState: shown.keyState, figureId: `${chapter.slug}--${shown.name}`, firstState: first?.state ?? null }
        : null;
    const where = `Chapter ${i + 1} of “${title}”`;
    const imageAlt = visual
      ? `${where}: “${chapter.headline}”. ${visual.title}: ${info?.states[visual.keyState]?.description ?? info?.states[visual.keyState]?.label ?? visual.keyState}`
      : `${where}: “${chapter.headline}”, with its opening words.`;
    return {
      slug: chapter.slug,
      number: i + 1,
      count,
      headline: chapter.headline,
      description: trimDescription(firstPassage || chapter.headline),
      firstPassage,
      sharePath: sharePath(chapter.slug),
      storyPath: storyPath(chapter.slug),
      image: cardPath(chapter.slug),
      imageAlt,
      visual,
    };
  });
  return {
    site: {
      name: title,
      tagline,
      description: trimDescription(input.dek),
      dek: input.dek.replace(/\s+/g, ' ').trim(),
      image: cardPath(),
      imageAlt: `“${title}”: ${tagline}, in ${count} chapters.`,
    },
    chapters,
  };
}
