/**
 * What the share feature says about the story and each chapter: titles, descriptions, and the
 * visuals a chapter's card may show (cards.ts picks one and writes its alt text). Pure (no
 * Astro), so it is unit-tested; `share-data.ts` feeds it the built story and the visual registry.
 */
import { plainText, type Story } from '../lib/story-model';
import { longDate } from '../visuals/kit/dates';
import { trimDescription } from './text';
import { foldWhitespace } from '../visuals/kit/whitespace';
import type { VisualMeta } from '../visuals/types';

/** What the model needs of a visual's meta. */
export type VisualInfo = Pick<VisualMeta, 'title' | 'states'>;

export interface ShareSite {
  /** The story's title, used as og:site_name and on every card. */
  name: string;
  /** "An explainer of POLITICO's report of November 14, 2022". */
  tagline: string;
  description: string;
  imageAlt: string;
  /** Short names of the report's publishers (the story's article sources), for quote credits. */
  reportedBy: string[];
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
  /** Every passage as read, one string (quote cards quote only words the chapter itself shows). */
  text: string;
  /** The chapter's visuals, the first passage's first: the card shows the first that can be drawn. */
  visuals: { name: string; title: string; keyState: string; description: string }[];
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
  reportedBy: string[];
}

export function buildShareModel(input: ShareInput): ShareModel {
  const { story, title } = input;
  const tagline = `An explainer of ${input.outlet}’s report of ${longDate(input.published)}`;
  const count = story.chapters.length;
  const chapters = story.chapters.map((chapter, i): ShareChapter => {
    const read = chapter.passages.map((p) => foldWhitespace(plainText(p.segments)));
    const firstName = chapter.passages[0]?.visual;
    const ordered = [...chapter.visuals].sort((a, b) => Number(b.name === firstName) - Number(a.name === firstName));
    const visuals = ordered.flatMap((v) => {
      const info = input.visuals.get(v.name);
      const state = info?.states[v.keyState];
      return info ? [{ name: v.name, title: info.title, keyState: v.keyState, description: state?.description ?? state?.label ?? v.keyState }] : [];
    });
    return {
      slug: chapter.slug,
      number: i + 1,
      count,
      headline: chapter.headline,
      description: trimDescription(read[0] || chapter.headline),
      firstPassage: read[0] ?? '',
      text: read.join(' '),
      visuals,
    };
  });
  return {
    site: {
      name: title,
      tagline,
      description: trimDescription(input.dek),
      imageAlt: `“${title}”: ${tagline}, in ${count} chapters.`,
      reportedBy: input.reportedBy,
    },
    chapters,
  };
}
