/**
 * US spelling (house rule): the UK forms our own words must not use. Quoted words and proper
 * names keep their spelling: callers strip quotations first (stripQuotes), and PROPER lists the
 * names that are spelled the UK way (a ministry is called what it is called).
 */

/** Word stems and words that are UK spellings, with the US form to use. */
export const UK_SPELLINGS: readonly [RegExp, string][] = [
  [/\b\w*recognis(?:e|ed|es|ing|able)\b/gi, 'recognize'],
  [/\b\w*organis(?:e|ed|es|ing|ation|ations)\b/gi, 'organize, organization'],
  [/\banalys(?:e|ed|es|ing)\b/gi, 'analyze'],
  [/\b\w*(?:summar|priorit|real|critic|apolog|normal|general|character|util|minim|maxim|categor|emphas)is(?:e|ed|es|ing|ation)\b/gi, '-ize'],
  [/\b\w*(?:favour|colour|behaviour|honour|labour|neighbour|armour|rumour|harbour|endeavour)\w*\b/gi, '-or'],
  [/\b(?:centre|centres|centred|theatre|metre|metres|kilometre|kilometres|litre)\b/gi, '-er'],
  [/\b(?:defence|offence)\b/gi, 'defense, offense'],
  [/\b(?:licence|licences)\b/gi, 'license (the noun too)'],
  [/\b(?:programme|programmes)\b/gi, 'program'],
  [/\b(?:travelled|travelling|traveller|modelling|modelled|labelled|labelling|cancelled|cancelling)\b/gi, 'single l'],
  [/\b(?:grey|greys|judgement|whilst|amongst|catalogue|cheque|tyre|aluminium|sceptical|manoeuvre|fulfil|enrol)\b/gi, 'US form'],
];

/** Proper names spelled the UK way; they are not our spelling to change. */
export const PROPER: readonly RegExp[] = [/\bMinistry of Defence\b/g, /\bDefence (?:Intelligence|Ministry|Secretary|Committee)\b/g, /\bDefence Forces\b/g, /\bAustralian Defence\b/g];

/** Removes quoted words (“…”, "…", ‘…’ as quotation marks, «…»): they are someone else's. */
export function stripQuotes(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/(^|[\s(\[])"[^"]*"/g, '$1 ')
    .replace(/(^|[\s(\[])‘[^’]*’(?=[\s.,;:)\]]|$)/g, '$1 ');
}

/** UK spellings in `text` (after removing quotations and proper names), with context. */
export function ukSpellings(text: string): { word: string; use: string; context: string }[] {
  let t = stripQuotes(text);
  for (const p of PROPER) t = t.replace(p, ' ');
  const found: { word: string; use: string; context: string }[] = [];
  for (const [re, use] of UK_SPELLINGS) {
    for (const m of t.matchAll(re)) found.push({ word: m[0], use, context: t.slice(Math.max(0, m.index - 50), m.index + m[0].length + 30).replace(/\s+/g, ' ') });
  }
  return found;
}
