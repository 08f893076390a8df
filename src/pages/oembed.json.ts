/**
 * /oembed.json: the story's oEmbed answer, for a pasted `/` or `/#<chapter>` (consumers fetch `/`:
 * the fragment never reaches a server). It embeds the first chapter with a link to the whole
 * story; `/share/<chapter>/` is the link to paste for one chapter (docs/embeds.md).
 */
import type { APIRoute } from 'astro';
import { getStory } from '../lib/story';
import { oembedResponse } from '../embed/oembed';
import { storyPath } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { story, meta } = await getStory();
  const first = story.chapters[0];
  if (!first) throw new Error('the story has no chapters: nothing to embed');
  const body = oembedResponse({ chapter: first.slug, title: meta.title, storyTitle: meta.title, linkPath: storyPath(), site });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
