/**
 * Cache-busting for the share cards. Social sites and chat apps keep an og:image by its URL,
 * often for weeks, so a card redrawn after an edit would not show until their cache expires.
 * After the cards are drawn (integration.ts), every absolute URL of a card in a page's
 * `content="…"` attributes (og:image, twitter:image, og:image:secure_url) gets `?v=` and the
 * first 10 hex digits of the PNG's SHA-256: a new picture is a new URL; the same one is not.
 */
import { createHash } from 'node:crypto';

export const VERSION_LENGTH = 10;

/** The version of a card: its content hash. */
export function cardVersion(png: Buffer): string {
  return createHash('sha256').update(png).digest('hex').slice(0, VERSION_LENGTH);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with each card URL (absolute, in a content attribute, by path) versioned. A URL that
 * already has a query is left alone, so running it twice changes nothing.
 */
export function versionCardUrls(html: string, versions: ReadonlyMap<string, string>): string {
  let out = html;
  for (const [path, version] of versions) {
    const url = new RegExp(`(content="https?://[^"?#]*?)${escapeRegExp(path)}"`, 'g');
    out = out.replace(url, (_match, head: string) => `${head}${path}?v=${version}"`);
  }
  return out;
}
