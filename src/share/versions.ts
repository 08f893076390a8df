/**
 * Cache-busting for the share cards. Social sites and chat apps keep an og:image by its URL,
 * often for weeks, so a card redrawn after an edit would not show until their cache expires.
 * Every page links its card as `…/card.png?v=` and the first 10 hex digits of the PNG's
 * SHA-256 (cards.ts): a new picture is a new URL; the same one is not.
 */
import { createHash } from 'node:crypto';

export const VERSION_LENGTH = 10;

/** The version of a card: its content hash. */
export function cardVersion(png: Buffer): string {
  return createHash('sha256').update(png).digest('hex').slice(0, VERSION_LENGTH);
}
