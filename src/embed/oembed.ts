/**
 * oEmbed (https://oembed.com), served as static JSON: what a CMS (WordPress, Ghost, any oEmbed
 * consumer) fetches when an editor pastes one of our links. Pages advertise their response with
 * `<link rel="alternate" type="application/json+oembed">` first in their <head> (Base.astro),
 * since WordPress reads only the first 150 kB of a page and only before </head>.
 *
 * Which URL gets which response (a static site never sees the #fragment of a pasted link):
 *   /share/<chapter>/, /embed/<chapter>/  →  /oembed/<chapter>.json   (that chapter)
 *   / and /#<chapter> (the consumer fetches /)  →  /oembed.json   (the story: its first chapter)
 *
 * The `html` is what WordPress keeps of it: a <blockquote> with a link (shown until the frame
 * speaks, and wherever frames are not allowed) and an <iframe>. The frame opens in the compact
 * stepper layout (`?layout=compact`: graphic, Previous/Next, one passage), so that it fits the
 * fixed heights consumers give it; WordPress then sizes it from our `height` messages.
 */
import { absoluteUrl, cardPath, storyPath } from '../lib/urls';
import { CARD_HEIGHT, CARD_WIDTH } from '../visuals/types';
import { escapeXml as escapeMarkup } from '../visuals/kit/escape';

/** The frame's size in the oEmbed answer: a column-wide frame that holds the compact layout. */
export const OEMBED_WIDTH = 640;
export const OEMBED_HEIGHT = 860;

/** Where a chapter's oEmbed answer lives (root-relative), or the story's without a chapter. */
export function oembedPath(chapter?: string): string {
  if (chapter === undefined) return '/oembed.json';
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(chapter)) throw new Error(`not a chapter id: "${chapter}"`);
  return `/oembed/${chapter}.json`;
}

/** The embed page a chapter's oEmbed frame shows, in the compact layout. */
export function oembedFramePath(chapter: string): string {
  return `/embed/${chapter}/?layout=compact`;
}

export interface OembedInput {
  /** The embedded chapter's id (the story-level answer embeds the first chapter). */
  chapter: string;
  /** What the answer is about: a chapter headline, or the story's title. */
  title: string;
  /** The story's title (provider_name). */
  storyTitle: string;
  /** Where the fallback link goes: the story at the chapter, or the story. */
  linkPath: string;
  /** The card shown as thumbnail_url. */
  cardChapter?: string | undefined;
  site: URL | string | undefined;
}

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

const escapeHtml = escapeMarkup;

export function oembedResponse(input: OembedInput): OembedResponse {
  const { site } = input;
  const link = absoluteUrl(input.linkPath, site);
  const frame = absoluteUrl(oembedFramePath(input.chapter), site);
  const label = input.title === input.storyTitle ? input.title : `${input.title} — from “${input.storyTitle}”`;
  const html =
    `<blockquote><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></blockquote>` +
    // width="100%": the frame takes the consumer's column (WordPress keeps no style attribute).
    `<iframe src="${escapeHtml(frame)}" width="100%" height="${OEMBED_HEIGHT}" frameborder="0" ` +
    `title="${escapeHtml(`${label} (interactive)`)}"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.storyTitle,
    provider_url: absoluteUrl(storyPath(), site),
    html,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    thumbnail_url: absoluteUrl(cardPath(input.cardChapter), site),
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
    // A day: consumers that cache (WordPress keeps answers in post meta) pick up corrections.
    cache_age: 86_400,
  };
}
