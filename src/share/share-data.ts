/** The share model for this build: the story from content/ and the registered visuals. */
import { getStory } from '../lib/story';
import { publisherName } from '../lib/sources';
import { visuals } from '../visuals/registry';
import { buildShareModel, type ShareModel, type VisualInfo } from './model';

let cached: Promise<ShareModel> | undefined;

async function load(): Promise<ShareModel> {
  const { story, meta } = await getStory();
  const infos = new Map<string, VisualInfo>([...visuals].map(([name, v]) => [name, { title: v.meta.title, states: v.meta.states }]));
  const reportedBy = [...new Set(meta.articleSources.map((id) => publisherName(id)))];
  return buildShareModel({ story, title: meta.title, dek: meta.dek, outlet: meta.outlet, published: meta.published, visuals: infos, reportedBy });
}

export function getShareModel(): Promise<ShareModel> {
  cached ??= load();
  return cached;
}
