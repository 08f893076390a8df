/**
 * Content collections: the schemas every editor-written file in content/ must satisfy.
 * Astro validates each file at build and names the file and field that is wrong.
 * Cross-file rules (every paragraph exactly once, in order; states a visual knows;
 * corrections that match the text) live in src/lib/story-model.ts.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { ContentError } from './lib/content-error';

/**
 * Astro's default entry id reads `data.slug`, which crashes on an empty file ("Cannot read
 * properties of undefined (reading 'slug')"). This says which file is empty instead; the id is
 * the same as the default's (the slug, else the file name).
 */
function entryId(folder: string) {
  return ({ entry, data }: { entry: string; data: Record<string, unknown> | undefined }): string => {
    if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
      throw new ContentError(`${folder}/${entry}`, '(file)', 'the file is empty or not a YAML mapping of fields');
    }
    return typeof data.slug === 'string' ? data.slug : entry.replace(/\.ya?ml$/, '');
  };
}

/** Lower-case words joined by single hyphens: safe in URLs, ids and CSS selectors. */
const name = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const sourceId = z.string().regex(/^S\d{2}$/, 'a source id from content/data/context/sources.json, like S05');

const passage = z
  .object({
    /** 1-based paragraph number in content/source/article.txt (paragraphs are separated by blank lines). */
    paragraph: z.number().int().positive(),
    /** Which visual this passage shows; defaults to the chapter's visual. */
    visual: name.optional(),
    /** Which named state of that visual; defaults to the previous passage's state of the same visual. */
    state: name.optional(),
  })
  .strict();

const chapters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/chapters', generateId: entryId('content/chapters') }),
  schema: z
    .object({
      /** The chapter's stable id: its deep-link slug (#slug) and embed/share path. */
      slug: name.refine((s) => !/-\d+$/.test(s), 'must not end in -<number>: that form is kept for passage anchors'),
      /** A short headline in our own words. */
      headline: z.string().min(3).max(90),
      /** The visual the passages show unless a passage names another. */
      visual: name.optional(),
      /** The state shown without JavaScript, in print and on share cards; defaults to the first passage's. */
      keyState: name.optional(),
      passages: z.array(passage).min(1),
    })
    .strict(),
});

const story = defineCollection({
  loader: glob({ pattern: 'story.yaml', base: './content', generateId: entryId('content') }),
  schema: z
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
    .strict(),
});

const corrections = defineCollection({
  loader: glob({ pattern: 'corrections.yaml', base: './content', generateId: entryId('content') }),
  schema: z
    .object({
      corrections: z.array(
        z
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
          }),
      ),
      notes: z.array(
        z
          .object({
            paragraph: z.number().int().positive(),
            words: z.string().min(1),
            note: z.string().min(5),
            sources: z.array(sourceId).optional(),
          })
          .strict(),
      ),
    })
    .strict(),
});

export const collections = { chapters, story, corrections };
