/** Escapes text for HTML/XML text and double-quoted attributes (&, <, >, "): one copy for the site's string-built markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
