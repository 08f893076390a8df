/** Runs of spaces, tabs and newlines as one space, trimmed: text as a reader sees it in HTML. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
