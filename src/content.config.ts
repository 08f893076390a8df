/**
 * Content collections: the schemas every editor-written file in content/ must satisfy.
 * Astro validates each file at build and names the file and field that is wrong; the schemas
 * themselves are in src/lib/content-schemas.ts (the story model derives its types from them).
 * Cross-file rules (every paragraph exactly once, in order; states a visual knows;
 * corrections that match the text) live in src/lib/story-model.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, correctionsSchema, storySchema } from './lib/content-schemas';

const chapters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/chapters' }),
  schema: chapterSchema,
});

const story = defineCollection({
  loader: glob({ pattern: 'story.yaml', base: './content' }),
  schema: storySchema,
});

const corrections = defineCollection({
  loader: glob({ pattern: 'corrections.yaml', base: './content' }),
  schema: correctionsSchema,
});

export const collections = { chapters, story, corrections };
