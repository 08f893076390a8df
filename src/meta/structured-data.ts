/**
 * What search engines, reference managers and link previews read about the story beyond Open
 * Graph: schema.org JSON-LD and Highwire-style `citation_*` meta tags. Pure, so it is
 * unit-tested; src/meta/StructuredData.astro renders it.
 *
 * The article is POLITICO's report (in a machine translation we corrected), so the publisher
 * named is the original one, and `isBasedOn` points at the stored copies of the report the page
 * cites (content/story.yaml `articleSources`). Nothing here is new: every value comes from
 * content/story.yaml, the chapters and content/data/context/sources.json.
 */
import type { Source } from '../lib/sources';

export interface ArticleInput {
  headline: string;
  /** The page's description; the machine-translation note is appended to it. */
  description: string;
  outlet: string;
  published: Date;
  /** Absolute URL of the page described. */
  url: string;
  /** Absolute URL of its 1200×630 card. */
  image: string;
  basedOn: readonly Source[];
  /** For a chapter: the story it is part of. */
  partOf?: { name: string; url: string } | undefined;
}

/** Said in every description: the text is not POLITICO's own English. */
export function translationNote(outlet: string): string {
  return `The text of ${outlet}'s report is a machine translation, corrected where it is clearly wrong; every change is listed on the page.`;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: input.outlet };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: `${input.description.trim()} ${translationNote(input.outlet)}`,
    datePublished: isoDay(input.published),
    publisher,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    inLanguage: 'en',
    isAccessibleForFree: true,
    isBasedOn: input.basedOn.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      // Only exact days: some stored copies have only an estimated date (said in their note).
      ...(/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? { datePublished: s.date } : {}),
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
    ...(input.partOf ? { isPartOf: { '@type': 'CreativeWork', name: input.partOf.name, url: input.partOf.url } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: no `<` can close the script early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Highwire Press tags (read by Zotero, Google Scholar and others), as [name, content] pairs. */
export function citationTags(input: ArticleInput): [string, string][] {
  const d = input.published;
  const day = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
  return [
    ['citation_title', input.headline],
    ['citation_publisher', input.outlet],
    ['citation_publication_date', day],
    ['citation_language', 'en'],
    ['citation_public_url', input.url],
  ];
}
