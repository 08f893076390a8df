import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { splitParagraphs } from '../../lib/paragraphs';
import sourcesData from '../../../content/data/context/sources.json';
import timeline from '../../../content/data/context/timeline.json';
import { BANDS, events, placementText, voices, week } from './model';

/** Our text: the machine translation with content/corrections.yaml applied, paragraph by paragraph. */
function correctedParagraphs(): string[] {
  const paragraphs = splitParagraphs(readFileSync('content/source/article.txt', 'utf8'));
  const { corrections } = parse(readFileSync('content/corrections.yaml', 'utf8')) as {
    corrections: { paragraph: number; original: string; corrected: string }[];
  };
  for (const c of corrections) {
    const text = paragraphs[c.paragraph - 1]!;
    expect(text.split(c.original).length - 1, `correction in ¶${c.paragraph}`).toBe(1);
    paragraphs[c.paragraph - 1] = text.replace(c.original, c.corrected);
  }
  return paragraphs;
}
const paragraphs = correctedParagraphs();
const sourceIds = new Set(sourcesData.sources.map((s) => s.id));
const words = (s: string): number => s.trim().split(/\s+/).length;

describe('voices', () => {
  it('quote only words that occur in the paragraph of our corrected text they cite', () => {
    for (const v of voices) {
      for (const q of v.quotes) {
        expect(paragraphs[q.p - 1], `${v.id}: "${q.words}" in ¶${q.p}`).toContain(q.words);
      }
    }
  });
  it('quote a few words, not whole sentences', () => {
    for (const v of voices) for (const q of v.quotes) expect(words(q.words), `${v.id}: ${q.words}`).toBeLessThanOrEqual(20);
  });
  it('each have a role, a reason for their placement and at least one known source', () => {
    for (const v of voices) {
      expect(v.role.length, v.id).toBeGreaterThan(3);
      expect(v.why.length, v.id).toBeGreaterThan(20);
      expect(v.sources.length, v.id).toBeGreaterThan(0);
      for (const id of v.sources) expect(sourceIds.has(id), `${v.id}: ${id}`).toBe(true);
    }
  });
  it('have unique ids and short labels', () => {
    expect(new Set(voices.map((v) => v.id)).size).toBe(voices.length);
    expect(new Set(voices.map((v) => v.short)).size).toBe(voices.length);
  });
  it('are placed consistently: spans include the public band, a private view differs from the public one', () => {
    for (const v of voices) {
      if (v.band !== null) expect(BANDS).toContain(v.band);
      if (v.range) {
        expect(v.range.length).toBe(2);
        expect(v.range, v.id).toContain(v.band);
        expect(BANDS.indexOf(v.range[0])).toBeLessThan(BANDS.indexOf(v.range[1]));
      }
      if (v.private && !v.privateOnly) expect(v.private, v.id).not.toBe(v.band);
      if (v.band === null) expect(v.range ?? v.private ?? null, v.id).toBeNull();
    }
  });
  it('say where a privately held view comes from: a quote marked private in the text', () => {
    for (const v of voices.filter((x) => x.private || x.privateOnly)) {
      const privateQuote = v.privateOnly ? v.quotes.some((q) => /privately/.test(q.words)) : v.quotes.some((q) => q.private);
      expect(privateQuote, v.id).toBe(true);
    }
  });
  it('placed by an outside source (not our text) carry a visible flag saying so', () => {
    for (const v of voices.filter((x) => x.basis === 'source')) expect(v.flag, v.id).toMatch(/not (by|from) our text/);
  });
  it('describe their placement in words', () => {
    expect(placementText(voices.find((v) => v.id === 'state')!)).toBe('Between talk now and not now');
    expect(placementText(voices.find((v) => v.id === 'sullivan')!)).toBe('Not now; privately, at times talk now');
    expect(placementText(voices.find((v) => v.id === 'nsc-aides')!)).toBe('Talk now, held privately');
    expect(placementText(voices.find((v) => v.id === 'burns')!)).toBe('Not placed');
  });
});

describe('the week', () => {
  it('takes every event from timeline.json, with its sources', () => {
    for (const e of events) {
      const t = timeline.events.find((x) => x.date === e.date && x.title === e.title);
      expect(t, e.id).toBeDefined();
      expect(e.sources).toEqual(t!.source_ids);
      for (const id of e.sources) expect(sourceIds.has(id), `${e.id}: ${id}`).toBe(true);
    }
  });
  it('stays within the week and marks what came after the report', () => {
    for (const e of events) {
      expect(e.date >= week.from && e.date <= week.to, e.id).toBe(true);
      expect(e.after).toBe(e.date > week.published);
    }
    expect(events.some((e) => e.after)).toBe(true);
  });
  it('quotes our text where it refers to the event; events it does not mention say why', () => {
    for (const e of events) {
      if (e.quote) expect(paragraphs[e.quote.p - 1], `${e.id}: "${e.quote.words}"`).toContain(e.quote.words);
      else expect(e.flag, e.id).toMatch(/not in our text/i);
    }
  });
});
