/**
 * Text width at build time, where there is no browser to measure: one glyph-width table for
 * every visual's label placement, wrapping and hit boxes, and for the share cards' lines.
 *
 * The widths are the fonts' own advances, generated into glyph-widths.ts by
 * scripts/text-metrics.mjs: Source Sans 3 regular and bold, the faces the page serves and the SVG
 * labels are set in (FONTS.sans; italic labels are the regular, slanted), their stand-in, and the
 * DejaVu faces of the share cards (src/share/compose.ts).
 *
 * The stand-in: the page's fonts are font-display: optional, so a reader whose connection does not
 * bring the house sans within ~100 ms reads the whole visit in 'Source Sans 3 fallback' (Arial or
 * Liberation Sans, size-adjusted to the same average width; src/styles/base.css). Per text the two
 * differ by a few percent either way ("WWW" 12 % wider, "iii" 16 % narrower), so the house sans is
 * measured as the wider of the two: a label placed with it fits in either face.
 *
 * A character a face lacks counts as its FALLBACK (1 em or more) and kerning is left out, so a
 * text placed with these widths does not overflow the box it was given. After regenerating, review the goldens (`npx vitest run -u` after looking at the
 * diff): every layout reads this table.
 */
import { FACES, FALLBACK, WIDTHS } from './glyph-widths';

/** A face of the table; `false` / `true` are the house sans, regular / bold. */
export type Face = (typeof FACES)[number] | boolean;

function column(face: Face): number {
  return FACES.indexOf(face === true ? 'sansBold' : face === false ? 'sans' : face);
}

/** Advance width of one character, in ems. */
export function glyphWidth(ch: string, face: Face = false): number {
  const i = column(face);
  return (WIDTHS[ch]?.[i] ?? FALLBACK[i]!) / 1000;
}

/** The face a browser draws for the whole visit instead of each house face when the font misses its window. */
const STAND_IN: Partial<Record<(typeof FACES)[number], (typeof FACES)[number]>> = { sans: 'standInSans', sansBold: 'standInSansBold' };

function ems(text: string, face: Face): number {
  let em = 0;
  for (const ch of text) em += glyphWidth(ch, face);
  return em;
}

/**
 * Width of `text` set at `size` (any unit: the result is in the same unit): for the house sans,
 * the wider of it and its stand-in.
 */
export function textWidth(text: string, size: number, face: Face = false): number {
  const standIn = STAND_IN[FACES[column(face)]!];
  return Math.max(ems(text, face), standIn ? ems(text, standIn) : 0) * size;
}

/** Greedy word wrap of `text` into lines no wider than `width` (a word wider than that stands alone). */
export function wrapText(text: string, size: number, width: number, face: Face = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, face) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
