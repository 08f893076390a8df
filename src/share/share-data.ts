/** The share model for this build: the story from content/ and the registered visuals. */
import { getStory } from '../lib/story';
import { publisherNames } from '../lib/sources';
import { visuals } from '../visuals/registry';
import { buildShareModel, type ShareModel } from './model';

let cached: Promise<ShareModel> | undefined;

async function load(): Promise<ShareModel> {
  const { story, meta } = await getStory();
  const infos = new Map([...visuals].map(([name, v]) => [name, v.meta]));
  return buildShareModel({ story, ...meta, visuals: infos, reportedBy: publisherNames(meta.articleSources) });
}

export function getShareModel(): Promise<ShareModel> {
  cached ??= load();
  return cached;
}
