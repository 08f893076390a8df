/**
 * "How we did this": the one place at the end of the story that holds every visual's sources,
 * method, tables and downloads. A visual shown in several chapters is explained once, in a part
 * keyed to the first chapter that shows it (its "home"), drawn for every state any chapter uses.
 *
 * The part keeps the ids the home chapter's figure already links to (`<home>--<visual>--notes…`),
 * so figures in later chapters only need their `#<chapter>--<visual>--notes…` links pointed at
 * the home's (see notesHrefRewrite).
 */
import type { Chapter } from './story-model';

/** The id of the collapsed section that holds every part. */
export const METHOD_ID = 'how-we-did-this';

export interface MethodPart {
  /** Visual name (its folder under src/visuals/). */
  name: string;
  /** The first chapter, in story order, that shows this visual. */
  home: string;
  /** The home chapter's key state: what the notes treat as "the" state. */
  keyState: string;
  /** Every state any chapter asks of this visual, in order of first use. */
  states: string[];
  /** Prefix of every id in the notes; equal to what the home chapter's figure links to. */
  idPrefix: string;
  /** The id of this visual's part of the section (the target of a figure's "data" link). */
  anchor: string;
}

/** One part per visual, in the order readers first meet the visuals. */
export function methodParts(chapters: readonly Chapter[]): MethodPart[] {
  const parts = new Map<string, MethodPart>();
  for (const chapter of chapters) {
    for (const v of chapter.visuals) {
      const part = parts.get(v.name);
      if (part) {
        for (const s of v.states) if (!part.states.includes(s)) part.states.push(s);
        if (!part.states.includes(v.keyState)) part.states.push(v.keyState);
        continue;
      }
      parts.set(v.name, {
        name: v.name,
        home: chapter.slug,
        keyState: v.keyState,
        states: [...new Set([...v.states, v.keyState])],
        idPrefix: `${chapter.slug}--${v.name}--notes`,
        anchor: `${METHOD_ID}--${v.name}`,
      });
    }
  }
  return [...parts.values()];
}

/**
 * Figures link to their notes as `#<chapter>--<visual>--notes…` (ids the visual derives from its
 * own idPrefix). With the notes rendered once, a figure outside the home chapter must point at the
 * home's ids instead: returns the rewrite for one figure's HTML, or null when none is needed.
 */
export function notesHrefRewrite(chapter: string, part: MethodPart): ((html: string) => string) | null {
  if (chapter === part.home) return null;
  const from = `href="#${chapter}--${part.name}--notes`;
  const to = `href="#${part.idPrefix}`;
  return (html) => html.replaceAll(from, to);
}
