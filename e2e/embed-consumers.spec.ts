/**
 * The story as real consumers of links read it (npm packages, no imitations), run in Node
 * against the built site:
 *   - @extractus/oembed-extractor: oEmbed auto-discovery, as a CMS does when an editor pastes a
 *     link (WordPress itself: e2e-wordpress/);
 *   - open-graph-scraper: link previews (Open Graph, Twitter) and the JSON-LD it parses;
 *   - WordPress's discovery rule: the oEmbed link must be in a page's first 150 kB, before </head>.
 * The build's absolute URLs name the origin it was built for (SITE_ORIGIN); the consumers'
 * requests for that origin are sent to the server under test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { extract } from '@extractus/oembed-extractor';
import ogs from 'open-graph-scraper';
import yaml from 'js-yaml';

interface ChapterYaml {
  slug: string;
  headline: string;
}
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => yaml.load(readFileSync(join('content/chapters', f), 'utf8')) as ChapterYaml);
const story = yaml.load(readFileSync('content/story.yaml', 'utf8')) as { title: string; outlet: string; published: string | Date };
const published = new Date(story.published).toISOString().slice(0, 10);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const WORDPRESS_LIMIT = 150 * 1024;

/** The origin the build names, and a fetch that sends its requests to the server under test. */
async function consumer(info: TestInfo): Promise<{ site: string; fetcher: (url: string) => Promise<Response> }> {
  const served = new URL(String(info.project.use.baseURL)).origin;
  const home = await (await fetch(`${served}/`)).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  expect(canonical, 'the story page names its canonical URL').toBeTruthy();
  const site = new URL(canonical!).origin;
  const fetcher = (url: string) => fetch(url.startsWith(site) ? served + url.slice(site.length) : url);
  return { site, fetcher };
}

/** Width and height from a PNG's header. */
async function pngSize(response: Response): Promise<[number, number]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

test.describe('oEmbed, as a CMS discovers it (@extractus/oembed-extractor)', () => {
  test('every chapter’s share and embed page leads to that chapter’s frame, with its card as thumbnail', async ({}, info) => {
    info.setTimeout(120_000);
    const { site, fetcher } = await consumer(info);
    expect(chapters.length).toBeGreaterThan(0);
    for (const { slug, headline } of chapters) {
      for (const url of [`${site}/share/${slug}/`, `${site}/embed/${slug}/`]) {
        const data = (await extract(url, { maxwidth: 640 }, fetcher)) as Record<string, unknown>;
        expect(data, url).toMatchObject({ type: 'rich', version: '1.0', title: headline, provider_name: story.title, method: 'auto-discovery' });
        const html = String(data.html);
        expect(html, url).toContain(`<iframe src="${site}/embed/${slug}/?layout=compact"`);
        expect(html, url).toMatch(new RegExp(`^<blockquote><a href="${site}/#${slug}">`));
        expect(data.thumbnail_url).toBe(`${site}/share/${slug}/card.png`);
        expect(await pngSize(await fetcher(String(data.thumbnail_url)))).toEqual([1200, 630]);
      }
      // The frame the html points at is there.
      expect((await fetcher(`${site}/embed/${slug}/?layout=compact`)).status).toBe(200);
    }
  });

  test('the story’s link, with or without a #chapter, gets the story-level answer (a static site never sees the fragment)', async ({}, info) => {
    const { site, fetcher } = await consumer(info);
    const first = chapters[0]!.slug;
    for (const url of [`${site}/`, `${site}/#${chapters.at(-1)!.slug}`]) {
      const data = (await extract(url, {}, fetcher)) as Record<string, unknown>;
      expect(data, url).toMatchObject({ type: 'rich', title: story.title, thumbnail_url: `${site}/share/card.png` });
      expect(String(data.html)).toContain(`<iframe src="${site}/embed/${first}/?layout=compact"`);
      expect(String(data.html)).toContain(`<blockquote><a href="${site}/">`);
    }
  });

  test('the oEmbed link is within the first 150 kB and before </head> on every page that has one', async ({}, info) => {
    const served = new URL(String(info.project.use.baseURL)).origin;
    const expected = ['/', ...chapters.flatMap(({ slug }) => [`/share/${slug}/`, `/embed/${slug}/`])];
    const found: string[] = [];
    for (const file of htmlFiles(OUT_DIR)) {
      const path = '/' + relative(OUT_DIR, file).replace(/index\.html$/, '');
      const body = Buffer.from(await (await fetch(served + path)).arrayBuffer());
      const LINK = 'type="application/json+oembed"';
      const at = body.indexOf(LINK);
      if (at < 0) continue;
      found.push(path);
      expect(at, `${path}: the oEmbed link starts at byte ${at}`).toBeLessThan(WORDPRESS_LIMIT - 300);
      expect(at, `${path}: before </head>`).toBeLessThan(body.indexOf('</head>'));
      expect(body.indexOf(LINK, at + LINK.length), `${path}: one oEmbed link`).toBe(-1);
    }
    expect(found.sort()).toEqual(expected.sort());
  });
});

test.describe('link previews and structured data (open-graph-scraper)', () => {
  test('every share page: title, description, a 1200×630 card, and JSON-LD naming the original publisher, headline and date', async ({}, info) => {
    info.setTimeout(120_000);
    const { site, fetcher } = await consumer(info);
    for (const { slug, headline } of chapters) {
      const html = await (await fetcher(`${site}/share/${slug}/`)).text();
      const { result, error } = await ogs({
        html,
        customMetaTags: [
          { multiple: false, property: 'citation_title', fieldName: 'citationTitle' },
          { multiple: false, property: 'citation_publisher', fieldName: 'citationPublisher' },
          { multiple: false, property: 'citation_publication_date', fieldName: 'citationDate' },
        ],
      });
      expect(error, slug).toBe(false);
      expect(result.ogTitle).toBe(headline);
      expect((result.ogDescription ?? '').length, `${slug}: description`).toBeGreaterThan(40);
      const image = result.ogImage?.[0];
      expect(image?.url ?? '').toMatch(new RegExp(`^${site}/share/${slug}/card\\.png(\\?v=[0-9a-f]+)?$`));
      expect([image?.width, image?.height].map(Number)).toEqual([1200, 630]);
      expect(await pngSize(await fetcher(image!.url))).toEqual([1200, 630]);
      const ld = (result.jsonLD ?? []) as Record<string, any>[];
      expect(ld, `${slug}: one JSON-LD block`).toHaveLength(1);
      expect(ld[0]).toMatchObject({
        '@type': 'NewsArticle',
        headline,
        datePublished: published,
        publisher: { name: story.outlet },
        isPartOf: { name: story.title, url: `${site}/` },
      });
      expect(result.customMetaTags).toMatchObject({ citationTitle: headline, citationPublisher: story.outlet, citationDate: published.replace(/-/g, '/') });
    }
  });

  test('the story page: NewsArticle by the original publisher, with the machine-translation note and the report it is based on', async ({}, info) => {
    const { site, fetcher } = await consumer(info);
    const html = await (await fetcher(`${site}/`)).text();
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    const ld = (result.jsonLD ?? []) as Record<string, any>[];
    expect(ld).toHaveLength(1);
    const article = ld[0]!;
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: story.title, datePublished: published, publisher: { '@type': 'Organization', name: story.outlet }, url: `${site}/` });
    expect(article.description).toMatch(/machine translation/);
    const basedOn = (article.isBasedOn ?? []) as { url: string; publisher: { name: string } }[];
    expect(basedOn.some((b) => b.url.startsWith('https://www.politico.com/') && b.publisher.name.startsWith(story.outlet)), 'isBasedOn names POLITICO’s report').toBe(true);
  });
});
