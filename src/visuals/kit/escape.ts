/**
 * Escaping for markup we write as strings (build-time SVG, detail cards, embed snippets).
 * One function for text and attribute values alike: `&`, `<`, `>`, `"` and `'` become entities,
 * so the result is safe in element content and in attributes quoted either way.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
