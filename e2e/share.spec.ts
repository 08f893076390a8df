/**
 * Sharing (issue 9): every chapter's share page carries its own social tags and card, lands
 * readers on the chapter. The share control itself: share-control.spec.ts.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { expectNoAxeViolations } from './helpers';
import { chaptersOf, metaTags, one, siteRoot } from './share-helpers';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fetches a card by its absolute URL from the server under test (the site origin may be another host). */
async function fetchCard(request: APIRequestContext, absolute: string): Promise<Buffer> {
  const response = await request.get(new URL(absolute).pathname);
  expect(response.status(), absolute).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  return response.body();
}

interface Decoded {
  width: number;
  height: number;
  /** Standard deviation of each colour channel. */
  stdev: number[];
  /** 120×63 RGB thumbnail, to compare cards. */
  thumb: Buffer;
  /** The card's right-hand side (where a visual goes), as raw RGB. */
  right: { stdev: number[]; distinctColours: number };
  /** The top-right corner pixel: white for visual cards, the paper wash for typographic ones. */
  corner: [number, number, number];
}

async function decodeCard(png: Buffer): Promise<Decoded> {
  const image = sharp(png);
  const meta = await image.metadata();
  const stats = await image.stats();
  const thumb = await sharp(png).removeAlpha().resize(120, 63, { fit: 'fill' }).raw().toBuffer();
  const rightImg = sharp(png).removeAlpha().extract({ left: 560, top: 60, width: 580, height: 500 });
  const rightStats = await rightImg.clone().stats();
  const rightRaw = await rightImg.raw().toBuffer();
  const colours = new Set<number>();
  for (let i = 0; i < rightRaw.length; i += 3) colours.add((rightRaw[i]! << 16) | (rightRaw[i + 1]! << 8) | rightRaw[i + 2]!);
  const corner = await sharp(png).removeAlpha().extract({ left: 1190, top: 4, width: 1, height: 1 }).raw().toBuffer();
  return {
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    stdev: stats.channels.slice(0, 3).map((c) => c.stdev),
    thumb,
    right: { stdev: rightStats.channels.slice(0, 3).map((c) => c.stdev), distinctColours: colours.size },
    corner: [corner[0]!, corner[1]!, corner[2]!],
  };
}

function meanAbsDiff(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

test.describe('share pages and cards', () => {
  test('every chapter has a share page with its own absolute social tags and a real 1200×630 card', async ({ page, request }) => {
    test.setTimeout(90_000);
    const root = await siteRoot(page);
    const chapters = await chaptersOf(page);
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    const thumbs: { id: string; thumb: Buffer }[] = [];

    for (const chapter of chapters) {
      const response = await request.get(`/share/${chapter.id}/`);
      expect(response.status(), chapter.id).toBe(200);
      const html = await response.text();
      const tags = metaTags(html);
      const shareUrl = new URL(`share/${chapter.id}/`, root).href;
      const cardUrl = new URL(`share/${chapter.id}/card.png`, root).href;

      expect(one(tags, 'og:title')).toBe(chapter.headline);
      expect(one(tags, 'twitter:title')).toBe(chapter.headline);
      const description = one(tags, 'og:description');
      expect(description.length).toBeGreaterThan(30);
      expect(description.length).toBeLessThanOrEqual(200);
      // From the first passage as readers see it (corrections applied), cut at a word boundary.
      const kept = description.replace(/…”*$/, '');
      expect(chapter.firstText.startsWith(kept), `${chapter.id}: "${description}" starts the first passage`).toBe(true);
      if (kept !== chapter.firstText) expect(chapter.firstText[kept.length], `${chapter.id}: cut at a word boundary`).toMatch(/[\s.,;:!?’”)]/);
      expect(one(tags, 'twitter:description')).toBe(description);
      expect(one(tags, 'description')).toBe(description);

      expect(one(tags, 'og:url')).toBe(shareUrl);
      expect(html).toContain(`<link rel="canonical" href="${shareUrl}">`);
      // The card's URL carries its content hash, so a redrawn card is a new URL for social caches.
      const image = one(tags, 'og:image');
      expect(image, chapter.id).toMatch(new RegExp(`^${escapeRegExp(cardUrl)}\\?v=[0-9a-f]{10}$`));
      expect(one(tags, 'twitter:image')).toBe(image);
      expect(one(tags, 'og:image:width')).toBe('1200');
      expect(one(tags, 'og:image:height')).toBe('630');
      expect(one(tags, 'og:image:type')).toBe('image/png');
      expect(one(tags, 'og:image:alt')).toContain(chapter.headline);
      expect(one(tags, 'twitter:image:alt')).toBe(one(tags, 'og:image:alt'));
      expect(one(tags, 'twitter:card')).toBe('summary_large_image');
      expect(one(tags, 'og:type')).toBe('article');
      expect(one(tags, 'og:site_name')).toMatch(/\S/);
      for (const [key, values] of tags) {
        if (/(?:url|image)$/.test(key)) for (const v of values) expect(v, key).toMatch(/^https?:\/\//);
      }
      // People are sent on at once, without JavaScript, and can follow a visible link.
      expect(one(tags, 'refresh')).toBe(`0; url=/#${chapter.id}`);
      expect(html).toMatch(new RegExp(`<a href="/#${chapter.id}"[^>]*>[^<]+</a>`));

      const png = await fetchCard(request, image);
      expect(image.endsWith(`?v=${createHash('sha256').update(png).digest('hex').slice(0, 10)}`), `${chapter.id}: ?v= is the hash of the card served`).toBe(true);
      const card = await decodeCard(png);
      expect([card.width, card.height], chapter.id).toEqual([1200, 630]);
      expect(Math.max(...card.stdev), `${chapter.id}: card is not blank`).toBeGreaterThan(25);
      // The share page says which card its chapter got (src/share/cards.ts): a chapter with a
      // visual gets a picture, or a quote or number card where the picture would not survive.
      const kind = /<img\b[^>]*\bdata-card="([a-z]+)"/.exec(html)?.[1];
      if (chapter.visual) expect(['picture', 'quote', 'number'], `${chapter.id}: card drawn from its visual`).toContain(kind);
      if (kind === 'picture') {
        // Picture cards keep the right-hand side for the picture, on white, and it is drawn.
        expect(card.corner, `${chapter.id}: picture layout`).toEqual([255, 255, 255]);
        expect(Math.max(...card.right.stdev), `${chapter.id}: the visual is drawn`).toBeGreaterThan(12);
        expect(card.right.distinctColours, `${chapter.id}: the visual has several colours`).toBeGreaterThan(8);
      } else {
        expect(card.corner, `${chapter.id}: quote, number or typographic layout`).not.toEqual([255, 255, 255]);
      }
      thumbs.push({ id: chapter.id, thumb: card.thumb });
    }
    for (let i = 0; i < thumbs.length; i++) {
      for (let j = i + 1; j < thumbs.length; j++) {
        expect(meanAbsDiff(thumbs[i]!.thumb, thumbs[j]!.thumb), `${thumbs[i]!.id} and ${thumbs[j]!.id} differ`).toBeGreaterThan(1);
      }
    }
  });

  test('the story page has the story card and absolute social tags', async ({ page, request }) => {
    const root = await siteRoot(page);
    const html = await (await request.get('/')).text();
    const tags = metaTags(html);
    expect(one(tags, 'og:url')).toBe(root);
    expect(one(tags, 'og:type')).toBe('website');
    expect(one(tags, 'og:title')).toMatch(/\S/);
    expect(one(tags, 'og:description').length).toBeLessThanOrEqual(200);
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    const image = one(tags, 'og:image');
    expect(image).toMatch(new RegExp(`^${escapeRegExp(new URL('share/card.png', root).href)}\\?v=[0-9a-f]{10}$`));
    expect(one(tags, 'og:image:alt')).toMatch(/\S/);
    const card = await decodeCard(await fetchCard(request, image));
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(Math.max(...card.stdev)).toBeGreaterThan(25);
    // The story card is not any chapter's card.
    const first = (await chaptersOf(page))[0]!;
    const chapterCard = await decodeCard(await fetchCard(request, new URL(`share/${first.id}/card.png`, root).href));
    expect(meanAbsDiff(card.thumb, chapterCard.thumb)).toBeGreaterThan(1);
  });

  test('the build hand-over file is not published', async ({ request }) => {
    expect((await request.get('/share/cards.json')).status()).toBe(404);
  });

  test('opening a share page lands on the story at that chapter, with its first passage’s state', async ({ page }) => {
    test.setTimeout(90_000);
    const chapters = await chaptersOf(page);
    for (const chapter of chapters) {
      await page.goto(`/share/${chapter.id}/`);
      await page.waitForURL((url) => url.pathname === '/' && url.hash === `#${chapter.id}`);
      const section = page.locator(`section#${chapter.id}`);
      await expect(section.locator('h2')).toBeInViewport();
      if (chapter.visual && chapter.state) {
        await expect(section.locator(`[data-visual="${chapter.visual}"]`)).toHaveAttribute('data-state', chapter.state);
      }
    }
  });

  test('on a phone, a share page lands on its chapter with the graphic in its first state @phone-only', async ({ page }) => {
    const chapters = await chaptersOf(page);
    const chapter = chapters.find((c) => c.visual && c.state) ?? chapters[0]!;
    await page.goto(`/share/${chapter.id}/`);
    await page.waitForURL((url) => url.pathname === '/' && url.hash === `#${chapter.id}`);
    await expect(page.locator(`section#${chapter.id} h2`)).toBeInViewport();
    if (chapter.visual && chapter.state) {
      await expect(page.locator(`section#${chapter.id} [data-visual="${chapter.visual}"]`)).toHaveAttribute('data-state', chapter.state);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the share page still sends readers to the chapter', async ({ page }) => {
      await page.goto('/share/kherson/');
      await page.waitForURL((url) => url.pathname === '/' && url.hash === '#kherson');
      await expect(page.locator('section#kherson h2')).toBeInViewport();
    });
    test('the share control still offers the link to copy by hand', async ({ page }) => {
      await page.goto('/#kherson');
      const control = page.locator('section#kherson div.share');
      await control.locator('.action-toggle').click();
      const link = control.locator('a[data-share-url]');
      await expect(link).toBeVisible();
      await expect(link).toHaveText(/\/share\/kherson\/$/);
      await expect(link).toHaveAttribute('href', /\/share\/kherson\/$/);
      await expect(control.locator('[data-share-copy]')).toBeHidden();
    });
  });

  test('share page is accessible (axe), shown without its redirect', async ({ page, request }) => {
    const html = await (await request.get('/share/kherson/')).text();
    await page.route('**/share/kherson/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') }),
    );
    await page.goto('/share/kherson/');
    await expect(page.locator('h1')).toHaveText(/\S/);
    await expect(page.locator('main img')).toHaveJSProperty('naturalWidth', 1200);
    await expectNoAxeViolations(page);
  });
});
