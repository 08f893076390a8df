/** Loads content/ through Astro's collections and builds the story model once per build. */
import { getCollection } from 'astro:content';
import articleText from '../../content/source/article.txt?raw';
import { visualStates } from '../visuals/registry';
import { buildStory, type Story } from './story-model';
import { sources } from './sources';

function only<T>(entries: T[], what: string): T {
  const [first] = entries;
  if (!first || entries.length !== 1) throw new Error(`expected exactly one ${what}, found ${entries.length}`);
  return first;
}

let cached: Promise<{ story: Story; meta: Awaited<ReturnType<typeof loadMeta>> }> | undefined;

async function loadMeta() {
  return only(await getCollection('story'), 'content/story.yaml').data;
}

async function load() {
  const meta = await loadMeta();
  const corrections = only(await getCollection('corrections'), 'content/corrections.yaml').data;
  const chapterEntries = (await getCollection('chapters')).sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
  const story = buildStory({
    articleText,
    chapters: chapterEntries.map((entry) => ({ ...entry.data, file: entry.filePath ?? `content/chapters/${entry.id}` })),
    contributorsParagraph: meta.contributorsParagraph,
    correctionsFile: 'content/corrections.yaml',
    corrections: corrections.corrections,
    notes: corrections.notes,
    visualStates: visualStates(),
    sourceIds: new Set(sources.keys()),
  });
  return { story, meta };
}

export function getStory() {
  cached ??= load();
  return cached;
}
