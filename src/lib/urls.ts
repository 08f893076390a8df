/**
 * Every address of the site, from one place: the story and its chapters, share pages and cards,
 * absolute URLs (the layout's canonical link, structured data, oEmbed, the share feature).
 *
 * "Copy link" and the native share sheet hand out the chapter's *share page*
 * (`/share/<chapter>/`), not the story with a fragment (`/#<chapter>`): crawlers never see
 * fragments, so only the share page can give a pasted link the chapter's own card. The share
 * page sends people on to `/#<chapter>` at once (meta refresh and a visible link).
 *
 * Absolute URLs come from Astro's `site` (SITE_ORIGIN at build time, see astro.config.mjs).
 */

import { isSlug } from '../visuals/kit/slug';

/** Chapter ids are content slugs (kit/slug.ts); anything else is a bug. */
function checkSlug(chapter: string): string {
  if (!isSlug(chapter)) throw new Error(`not a chapter id: "${chapter}"`);
  return chapter;
}

/** The chapter's share page, root-relative: `/share/kherson/`. */
export function sharePath(chapter: string): string {
  return `/share/${checkSlug(chapter)}/`;
}

/** The chapter's card image, or the whole story's card without a chapter. */
export function cardPath(chapter?: string): string {
  return chapter === undefined ? '/share/card.png' : `/share/${checkSlug(chapter)}/card.png`;
}

/** Where a reader of the chapter lands: the story at the chapter's section. */
export function storyPath(chapter?: string): string {
  return chapter === undefined ? '/' : `/#${checkSlug(chapter)}`;
}

/**
 * An absolute URL for a root-relative path on the configured site. A site with a path
 * (https://example.org/explainer/) keeps its path: paths are resolved below it.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site === undefined) throw new Error('Astro `site` is not set: social URLs must be absolute (set SITE_ORIGIN)');
  const base = new URL(site);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`site must be http(s), got ${base.href}`);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  const [pathname = '', fragment] = path.split('#', 2);
  const url = new URL(pathname.replace(/^\/+/, ''), base);
  if (fragment !== undefined) url.hash = fragment;
  return url.href;
}

/** A mailto: link that shares `url` with a subject line, for readers without a share sheet. */
export function mailtoUrl(subject: string, url: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${subject}\n\n${url}`)}`;
}
