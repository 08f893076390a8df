/**
 * Names used in URLs, element ids and CSS selectors (chapter slugs, visual and state names):
 * lower-case words of letters and digits joined by single hyphens, starting with a letter.
 */
export const SLUG_SOURCE = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`);

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}
