/** What the share specs (share.spec.ts, share-control.spec.ts) read from the page: chapters, the site root, meta tags. */
import { expect, type Page } from '@playwright/test';

export interface ChapterInfo {
  id: string;
  headline: string;
  /** First passage as read (markers removed), whitespace folded. */
  firstText: string;
  /** The visual and state the first passage shows, if any. */
  visual: string | null;
  state: string | null;
}

/** The chapters as the story page shows them. */
export async function chaptersOf(page: Page): Promise<ChapterInfo[]> {
  await page.goto('/');
  return page.locator('main section.chapter').evaluateAll((sections) =>
    sections.map((s) => {
      const first = s.querySelector<HTMLElement>('[data-step]');
      const clone = first?.querySelector('.passage-text')?.cloneNode(true) as HTMLElement | undefined;
      clone?.querySelectorAll('sup.ref').forEach((n) => n.remove());
      const hasFigure = first?.dataset.uses ? s.querySelector(`[data-visual="${first.dataset.uses}"]`) !== null : false;
      return {
        id: s.id,
        headline: (s.querySelector('h2')?.textContent ?? '').trim(),
        firstText: (clone?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        visual: hasFigure ? (first?.dataset.uses ?? null) : null,
        state: hasFigure ? (first?.dataset.state ?? null) : null,
      };
    }),
  );
}

/** The site root the build was made for (Astro `site`), read from the story's canonical link. */
export async function siteRoot(page: Page): Promise<string> {
  await page.goto('/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/$/);
  return canonical!;
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every <meta> of a page as crawlers read it (no JavaScript): property/name → contents. */
export function metaTags(html: string): Map<string, string[]> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const attrs = Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), decode(m[2]!)]));
    const key = attrs.property ?? attrs.name ?? attrs['http-equiv'];
    if (key && attrs.content !== undefined) tags.set(key, [...(tags.get(key) ?? []), attrs.content]);
  }
  return tags;
}

export function one(tags: Map<string, string[]>, key: string): string {
  const values = tags.get(key) ?? [];
  expect(values, `exactly one ${key}`).toHaveLength(1);
  return values[0]!;
}
