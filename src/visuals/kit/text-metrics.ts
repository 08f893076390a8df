/**
 * Text width at build time, where there is no browser to measure: one glyph-width table for
 * every visual's label placement, wrapping and hit boxes.
 *
 * The table is in ems of DejaVu Sans (the sans-serif every test machine falls back to), by
 * character class, each class at or above its widest common letter, so a label placed with it
 * does not overflow the box it was given (bold: 10 % more). It will be re-measured against the house font once the page
 * has one (the `page` work on typography adds it): change the numbers here, then review the
 * goldens (`npx vitest run -u` after looking at the diff), since every layout reads this table.
 */
const BOLD = 1.1;

/** Advance width of one character, in ems. */
export function glyphWidth(ch: string): number {
  if (ch === ' ') return 0.33;
  if ("il.,:;'|!’‘".includes(ch)) return 0.3;
  if ('ftrj()[]“”-·'.includes(ch)) return 0.42;
  if ('mw'.includes(ch)) return 0.9;
  if ('MW'.includes(ch)) return 0.97;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (ch >= '0' && ch <= '9') return 0.64;
  if ('–—'.includes(ch)) return 0.8;
  return 0.6;
}

/** Estimated width of `text` set at `size` (any unit: the result is in the same unit). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += glyphWidth(ch);
  return em * size * (bold ? BOLD : 1);
}

/** Greedy word wrap of `text` into lines no wider than `width`. */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
