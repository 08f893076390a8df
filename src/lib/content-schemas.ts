/**
 * The zod schemas of the editor-written files in content/ (chapters, story, corrections), apart
 * from Astro so the story model and its tests can derive their input types from them (z.infer)
 * without loading astro:content. src/content.config.ts wires them to the collections.
 */
import { z } from 'astro/zod';
import { SLUG } from '../visuals/kit/slug';

/** Lower-case words joined by single hyphens: safe in URLs, ids and CSS selectors. */
const name = z.string().regex(SLUG, 'use lower-case words joined by hyphens');
const sourceId = z.string().regex(/^S\d{2}$/, 'a source id from content/data/context/sources.json, like S05');

export const passageSchema = z
  .object({
    /** 1-based paragraph number in content/source/article.txt (paragraphs are separated by blank lines). */
    paragraph: z.number().int().positive(),
    /** Which visual this passage shows; defaults to the chapter's visual. */
    visual: name.optional(),
    /** Which named state of that visual; defaults to the previous passage's state of the same visual. */
    state: name.optional(),
    /**
     * The picture does not change at this passage, on purpose (it keeps the previous passage's
     * picture while the text goes on). Rendered as `data-hold`; the step-change test
     * (e2e/reading.spec.ts) accepts an unchanged graphic only on such passages.
     */
    hold: z.boolean().optional(),
  })
  .strict();

export const chapterSchema = z
  .object({
    /** The chapter's stable id: its deep-link slug (#slug) and embed/share path. */
    slug: name.refine((s) => !/-\d+$/.test(s), 'must not end in -<number>: that form is kept for passage anchors'),
    /** A short headline in our own words. */
    headline: z.string().min(3).max(90),
    /** The visual the passages show unless a passage names another. */
    visual: name.optional(),
    /** The state shown without JavaScript, in print and on share cards; defaults to the first passage's. */
    keyState: name.optional(),
    passages: z.array(passageSchema).min(1),
  })
  .strict();

export const storySchema = z
  .object({
    title: z.string().min(3),
    /** The opening screen's headline: our own words, saying what happened (not the report's title). */
    headline: z.string().min(10).max(110),
    /** The line under the headline: at most 30 words, so it fits a phone's first screen. */
    dek: z
      .string()
      .min(10)
      .refine((d) => d.trim().split(/\s+/).length <= 30, (d) => ({ message: `at most 30 words; this has ${d.trim().split(/\s+/).length}` })),
    /** The opening map's state (a kherson-map state) and its one-line source. */
    openingMap: z
      .object({
        state: name,
        /** What the map shows, in a few words (visible caption; the sources follow it). */
        caption: z.string().min(10),
        sources: z.array(sourceId).min(1),
      })
      .strict(),
    outlet: z.string(),
    published: z.coerce.date(),
    reporting: z.string(),
    reportingSources: z.array(sourceId),
    contributorsParagraph: z.number().int().positive(),
    articleSources: z.array(sourceId).min(1),
    /** The copy found online that the text was taken from (a machine translation). */
    textCopy: sourceId,
  })
  .strict();

export const correctionSchema = z
  .object({
    paragraph: z.number().int().positive(),
    original: z.string().min(1),
    corrected: z.string().min(1),
    reason: z.string().min(5),
    /** typo: a plain typo; context: the sentence itself shows it; source: an outside source gives it. */
    basis: z.enum(['typo', 'context', 'source']),
    sources: z.array(sourceId).optional(),
  })
  .strict()
  .refine((c) => c.basis !== 'source' || (c.sources?.length ?? 0) > 0, {
    message: 'basis "source" needs at least one id in sources',
    path: ['sources'],
  });

export const noteSchema = z
  .object({
    paragraph: z.number().int().positive(),
    words: z.string().min(1),
    note: z.string().min(5),
    sources: z.array(sourceId).optional(),
  })
  .strict();

export const correctionsSchema = z.object({ corrections: z.array(correctionSchema), notes: z.array(noteSchema) }).strict();
