/**
 * Text for social previews: a chapter's description is its first passage as readers see it
 * (corrections applied), trimmed for og:description / twitter:description.
 *
 * Rules, in order:
 *  1. Whitespace is folded; text that fits `max` is returned whole.
 *  2. Otherwise whole sentences are kept when they fill at least 40 % of `max`
 *     (abbreviations such as "U.S." or "Lt. Gen." do not end a sentence).
 *  3. Otherwise the text is cut at the last word boundary that leaves room for "…",
 *     dangling punctuation is dropped, and an opened quotation is closed after the ellipsis.
 * The result never exceeds `max` characters (UTF-16 code units, never splitting a pair).
 */

/** Twitter shows up to 200 characters; Facebook and chat apps show fewer. */
export const DESCRIPTION_MAX = 200;

import { foldWhitespace } from '../visuals/kit/whitespace';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'pres', 'prof', 'rev', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'approx', 'e.g', 'i.e',
]);

/** True when the word ending with "." at `end` (exclusive) is an abbreviation, not a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  const start = text.lastIndexOf(' ', dot - 1) + 1;
  const word = text.slice(start, dot).replace(/^[(“"‘']+/, '');
  if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word)) return true; // U.S, U.N, single initials
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Indices just after each sentence end (". ", "? ", "! ", optionally followed by a closing quote). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?…]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const mark = m.index;
    if (text[mark] === '.' && isAbbreviation(text, mark)) continue;
    ends.push(mark + m[0].length);
  }
  return ends;
}

/** Closes quotation marks the cut left open. */
function closeQuotes(text: string): string {
  const opened = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  return opened > 0 ? text + '”'.repeat(opened) : text;
}

export function trimDescription(input: string, max = DESCRIPTION_MAX): string {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`max must be an integer ≥ 2, got ${max}`);
  const text = foldWhitespace(input);
  if (text.length <= max) return text;

  const sentences = sentenceEnds(text).filter((end) => end <= max);
  const lastSentence = sentences.at(-1);
  if (lastSentence !== undefined && lastSentence >= max * 0.4) return text.slice(0, lastSentence);

  // Room for the ellipsis and up to two closing quotes.
  const budget = max - 3;
  let cut = text.lastIndexOf(' ', budget);
  if (cut < max / 3) {
    cut = budget; // one enormous word: cut inside it
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1; // never split a surrogate pair
  }
  const head = text
    .slice(0, cut)
    .replace(/[\s,;:—–\-(“"‘']+$/u, '')
    .replace(/[.]+$/, '');
  const result = closeQuotes(`${head}…`);
  return result.length <= max ? result : `${head.slice(0, max - 1 - (result.length - head.length - 1))}…`;
}
