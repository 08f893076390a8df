import { describe, expect, it } from 'vitest';
import type { Source } from '../lib/sources';
import { articleJsonLd, citationTags, jsonLdText } from './structured-data';

/** A source record as src/lib/sources.ts gives it, with only what the JSON-LD reads set. */
function record(fields: Pick<Source, 'id' | 'publisher' | 'date' | 'url' | 'title'>): Source {
  return { packs: ['context'], urlKind: 'original', consultedUrl: fields.url, consultedQuality: 'reputable', carriedBy: null, unverifiedOriginalUrl: null, reliability: null, ...fields };
}

const input = {
  headline: 'Mixed messages',
  description: 'A dek.',
  outlet: 'POLITICO',
  published: new Date('2022-11-14T00:00:00Z'),
  url: 'https://story.example/',
  image: 'https://story.example/share/card.png',
  basedOn: [
    record({ id: 'S02', publisher: 'POLITICO – National Security Daily newsletter', date: '2022-11-14', url: 'https://www.politico.com/x', title: 'U.S. works' }),
    record({ id: 'S01', publisher: 'ExBulletin', date: '2022-11 (exact date not shown)', url: 'https://exbulletin.com/y', title: 'Article text' }),
  ],
};

describe('articleJsonLd', () => {
  const ld = articleJsonLd(input) as Record<string, any>;
  it('names the original publisher, the headline and the date', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'POLITICO' });
    expect(ld.headline).toBe('Mixed messages');
    expect(ld.datePublished).toBe('2022-11-14');
  });
  it('says in the description that the text is a machine translation', () => {
    expect(ld.description).toMatch(/^A dek\. .*machine translation/);
  });
  it('is based on the cited copies of the report, with exact dates only', () => {
    expect(ld.isBasedOn).toHaveLength(2);
    expect(ld.isBasedOn[0]).toMatchObject({ url: 'https://www.politico.com/x', datePublished: '2022-11-14' });
    expect(ld.isBasedOn[1].datePublished).toBeUndefined();
  });
  it('a chapter is part of the story', () => {
    const c = articleJsonLd({ ...input, partOf: { name: 'Mixed messages', url: 'https://story.example/' } }) as Record<string, any>;
    expect(c.isPartOf).toMatchObject({ name: 'Mixed messages' });
  });
});

describe('jsonLdText and citationTags', () => {
  it('no text can close the script element', () => {
    expect(jsonLdText({ a: '</script><script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
  it('gives Highwire dates as YYYY/MM/DD', () => {
    expect(Object.fromEntries(citationTags(input))).toMatchObject({ citation_publication_date: '2022/11/14', citation_publisher: 'POLITICO' });
  });
});
