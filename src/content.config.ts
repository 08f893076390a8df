/**
 * Content collections: the schemas every editor-written file in content/ must satisfy.
 * Astro validates each file at build and names the file and field that is wrong; the schemas
 * themselves are in src/lib/content-schemas.ts (the story model derives its types from them).
 * Cross-file rules (every paragraph exactly once, in order; states a visual knows;
 * corrections that match the text) live in src/lib/story-model.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ContentError } from './lib/content-error';
import { chapterSchema, correctionsSchema, storySchema } from './lib/content-schemas';

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

const chapters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/chapters', generateId: entryId('content/chapters') }),
  schema: chapterSchema,
});

const story = defineCollection({
  loader: glob({ pattern: 'story.yaml', base: './content', generateId: entryId('content') }),
  schema: storySchema,
});

const corrections = defineCollection({
  loader: glob({ pattern: 'corrections.yaml', base: './content', generateId: entryId('content') }),
  schema: correctionsSchema,
});

export const collections = { chapters, story, corrections };
