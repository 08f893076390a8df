/**
 * The real story built straight from content/'s files, for unit tests: Astro's collections do
 * not exist under Vitest (the site loads the same files through them, story.ts). Same
 * buildStory, same checks; only the YAML is read here with js-yaml, without the zod schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import articleText from '../../content/source/article.txt?raw';
import { stateNames, type VisualMeta } from '../visuals/types';
import { sources } from './sources';
import { buildStory, type ChapterInput, type CorrectionInput, type NoteInput } from './story-model';

const yaml = <T>(path: string) => load(readFileSync(path, 'utf8')) as T;
const metas = import.meta.glob<{ default: VisualMeta }>(['../visuals/*/meta.ts', '!../visuals/kit/**'], { eager: true });

/** Every visual's meta by name. */
export const visualMetas = new Map(Object.values(metas).map(({ default: m }) => [m.name, m]));

/** content/story.yaml as the site reads it (the date as a Date). */
export interface StoryMetaFile {
  title: string;
  dek: string;
  outlet: string;
  published: Date;
  contributorsParagraph: number;
  articleSources: string[];
}

export function storyFromFiles() {
  const raw = yaml<StoryMetaFile>('content/story.yaml');
  const meta = { ...raw, published: new Date(raw.published) };
  const fixes = yaml<{ corrections: CorrectionInput[]; notes: NoteInput[] }>('content/corrections.yaml');
  const chapters = readdirSync('content/chapters')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ ...yaml<ChapterInput>(`content/chapters/${f}`), file: `content/chapters/${f}` }));
  const story = buildStory({
    articleText,
    chapters,
    contributorsParagraph: meta.contributorsParagraph,
    correctionsFile: 'content/corrections.yaml',
    ...fixes,
    visualStates: new Map([...visualMetas].map(([name, m]) => [name, stateNames(m)])),
    sourceIds: new Set(sources.keys()),
  });
  return { story, meta };
}
