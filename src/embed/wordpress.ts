/**
 * WordPress's embed protocol, frame side (what `wp-includes/js/wp-embed.js` on the host page
 * speaks to a frame it got from an oEmbed provider it does not know):
 *
 *   host → frame   the frame's URL ends in `#?secret=<secret>`; on load the host posts
 *                  `{ message: 'ready', secret }`.
 *   frame → host   `{ message: 'height', value: <px>, secret }`: the host sets the frame's height,
 *                  clamped to 200–1000 px, and hides the <blockquote> fallback. Any message
 *                  with the secret also makes the (until then hidden) frame visible.
 *
 * We never send `{ message: 'link' }` (it would navigate the host page).
 */

/** WordPress's own limits on a frame's height. */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;

/** The secret WordPress put on the frame's URL (`#?secret=abc123`), or null. wp-embed.js accepts only [a-zA-Z0-9]. */
export function wordpressSecret(hash: string): string | null {
  const m = /^#\?(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return m?.[1] ?? null;
}

export interface WordPressHeight {
  message: 'height';
  value: number;
  secret: string;
}

export function wordpressHeight(secret: string, height: number): WordPressHeight {
  return { message: 'height', value: Math.max(0, Math.ceil(height)), secret };
}

/** Whether `data` is WordPress's `ready` for this frame (its secret). */
export function isWordpressReady(data: unknown, secret: string | null): boolean {
  if (secret === null || typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.message === 'ready' && d.secret === secret;
}
