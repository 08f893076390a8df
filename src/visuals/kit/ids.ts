/**
 * Element ids the page, the visuals, share cards and embeds agree on. Built only here.
 *   <chapter>                    a chapter's section (its deep link)
 *   <chapter>-<n>                passage n (1-based) of a chapter
 *   <chapter>--<visual>          a visual's figure in a chapter (and the prefix of ids inside it)
 *   <chapter>--<visual>--notes   that visual's notes after the chapter's passages
 */

/** The figure of `visual` in `chapter`; every id inside the figure starts with it. */
export function figureId(chapter: string, visual: string): string {
  return `${chapter}--${visual}`;
}

/** The notes block of `visual` in `chapter`; every id inside the notes starts with it. */
export function notesId(chapter: string, visual: string): string {
  return `${figureId(chapter, visual)}--notes`;
}

/** Passage `step` (0-based) of `chapter`. */
export function passageId(chapter: string, step: number): string {
  return `${chapter}-${step + 1}`;
}

/** The chapter's heading. */
export function chapterTitleId(chapter: string): string {
  return `${chapter}-title`;
}
