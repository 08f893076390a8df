/** /oembed/<chapter>.json: the oEmbed answer for one chapter (src/embed/oembed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../lib/story';
import { oembedResponse } from '../../embed/oembed';
import { storyPath } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const { story } = await getStory();
  return story.chapters.map((chapter) => ({ params: { chapter: chapter.slug }, props: { headline: chapter.headline } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { meta } = await getStory();
  const chapter = String(params.chapter);
  const body = oembedResponse({
    chapter,
    title: String(props.headline),
    storyTitle: meta.title,
    linkPath: storyPath(chapter),
    cardChapter: chapter,
    site,
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
