/**
 * Real WordPress 6.5 as the consumer of our oEmbed (setup.ts boots it once, offline): posts in
 * which an editor pasted a chapter's link, rendered and read in Chromium. WordPress's own
 * wp-embed.js sizes the frames; nothing here imitates WordPress.
 */
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';

const WP = process.env.WP_URL ?? '';
const SITE = new URL(process.env.SITE_URL ?? 'http://localhost:4321/');
const CHAPTERS = (process.env.WP_CHAPTERS ?? '').split(',').filter(Boolean);
const FIRST = CHAPTERS[0] ?? '';
const SECOND = CHAPTERS[1] ?? FIRST;

interface Watch {
  /** Console errors and failed requests of our frames (WordPress's own page is not ours to judge). */
  problems: string[];
  /** Our site's responses: URL, status and CORS header. */
  ours: { url: string; status: number; cors: string | undefined; type: string }[];
}

function watch(page: Page): Watch {
  const w: Watch = { problems: [], ours: [] };
  const isOurs = (url: string) => url.startsWith(SITE.origin);
  page.on('console', (m) => {
    if (m.type() === 'error' && (isOurs(m.location().url) || isOurs(m.page()?.url() ?? '') || /embed|oembed|CORS/i.test(m.text()))) {
      w.problems.push(`console: ${m.text()} (${m.location().url})`);
    }
  });
  page.on('requestfailed', (r) => {
    if (isOurs(r.url())) w.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (isOurs(r.url())) w.ours.push({ url: r.url(), status: r.status(), cors: r.headers()['access-control-allow-origin'], type: r.request().resourceType() });
  });
  return w;
}

async function openPost(page: Page, name: string): Promise<void> {
  const response = await page.goto(`${WP}/?name=${name}`);
  expect(response?.status(), `post ${name}`).toBe(200);
}

function frameOf(page: Page, slug: string): { iframe: Locator; frame: () => Frame } {
  const iframe = page.locator(`iframe.wp-embedded-content[src*="/embed/${slug}/"]`);
  return {
    iframe,
    frame: () => {
      const f = page.frames().find((fr) => fr.url().includes(`/embed/${slug}/`));
      if (!f) throw new Error(`no frame for ${slug}`);
      return f;
    },
  };
}

/** Waits until the frame runs and WordPress has sized it to what the frame says it holds. */
async function expectSized(iframe: Locator, frame: Frame): Promise<number> {
  await frame.waitForSelector('[data-embed-page][data-ready]', { state: 'attached' });
  let content = 0;
  await expect
    .poll(async () => {
      content = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-page]')!.getBoundingClientRect().height));
      const height = Number(await iframe.getAttribute('height'));
      return height === Math.min(1000, Math.max(200, content));
    }, { message: 'WordPress sized the frame from our height messages' })
    .toBe(true);
  return content;
}

test.describe('WordPress embeds a pasted chapter link', () => {
  test('a link on its own line becomes our frame: sandboxed (allow-scripts only), with WordPress’s secret and our link as the fallback', async ({ page }) => {
    const w = watch(page);
    await openPost(page, 'chapter-link');
    const { iframe, frame } = frameOf(page, FIRST);
    await expect(iframe).toHaveCount(1);
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
    expect(await iframe.getAttribute('security')).toBe('restricted');
    const src = (await iframe.getAttribute('src')) ?? '';
    expect(src).toMatch(new RegExp(`^${SITE.origin}/embed/${FIRST}/\\?layout=compact#\\?secret=[A-Za-z0-9]+$`));
    expect(src.split('secret=')[1]).toBe(await iframe.getAttribute('data-secret'));
    // The blockquote fallback links to the chapter; wp-embed.js hides it once the frame speaks.
    const quote = page.locator(`blockquote.wp-embedded-content a[href="${SITE.origin}/#${FIRST}"]`);
    await expect(quote).toHaveCount(1);
    await expectSized(iframe, frame());
    await expect(iframe).toBeVisible();
    await expect(page.locator('blockquote.wp-embedded-content').first()).toBeHidden();
    expect(w.problems).toEqual([]);
  });

  test('the embed block does the same', async ({ page }) => {
    await openPost(page, 'chapter-block');
    const { iframe, frame } = frameOf(page, SECOND);
    await expect(iframe).toHaveCount(1);
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
    await expect(page.locator('figure.wp-block-embed iframe.wp-embedded-content')).toHaveCount(1);
    await expectSized(iframe, frame());
  });

  test('in the sandbox (opaque origin) every chunk and data file loads cross-origin with CORS, and no console error', async ({ page }) => {
    const w = watch(page);
    await openPost(page, 'every-chapter');
    for (const slug of CHAPTERS) {
      const { iframe, frame } = frameOf(page, slug);
      await iframe.scrollIntoViewIfNeeded();
      await expectSized(iframe, frame());
      // Step once, so a visual that loads data on its first change does.
      const next = frame().locator('[data-embed-next]');
      if ((await next.count()) && (await next.isVisible()) && (await next.getAttribute('aria-disabled')) !== 'true') await next.click();
    }
    await page.waitForLoadState('networkidle');
    const scripts = w.ours.filter((r) => r.type === 'script' || r.type === 'fetch');
    expect(scripts.length, 'our frames loaded their module chunks').toBeGreaterThan(0);
    expect(scripts.filter((r) => r.status !== 200 || r.cors !== '*').map((r) => `${r.status} ${r.cors} ${r.url}`)).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  for (const width of [360, 600, 1280]) {
    test(`at ${width} px every chapter's compact stepper fits in WordPress’s 1000 px at every passage, sized to its content`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPost(page, 'every-chapter');
      const tallest: string[] = [];
      for (const slug of CHAPTERS) {
        const { iframe, frame } = frameOf(page, slug);
        await iframe.scrollIntoViewIfNeeded();
        const f = frame();
        let content = await expectSized(iframe, f);
        const steps = await f.locator('.steps > [data-step]').count();
        const hasStepper = await f.locator('[data-embed-stepper]').isVisible();
        for (let i = 0; ; i++) {
          const box = await iframe.boundingBox();
          expect(content, `${slug} passage ${i + 1} at ${width} px: content height`).toBeLessThanOrEqual(1000);
          expect(box?.width ?? 0, `${slug}: the frame fits the column`).toBeLessThanOrEqual(width);
          const scrolls = await f.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight + 1);
          expect(scrolls, `${slug} passage ${i + 1} at ${width} px: nothing scrolls inside the frame`).toBe(false);
          tallest.push(`${slug}#${i + 1}: ${content}`);
          if (!hasStepper || i >= steps - 1) break;
          await f.locator('[data-embed-next]').click();
          await expect(f.locator(`[data-step="${i + 1}"]`)).toHaveAttribute('aria-current', 'step');
          content = await expectSized(iframe, f);
        }
      }
      test.info().annotations.push({ type: 'heights', description: tallest.join(', ') });
    });
  }

  test('the story’s own link (/#chapter) embeds the story-level answer: the story’s first chapter, linking the whole story', async ({ page }) => {
    await openPost(page, 'story-link');
    const { iframe, frame } = frameOf(page, FIRST);
    await expect(iframe).toHaveCount(1);
    await expect(page.locator(`blockquote.wp-embedded-content a[href="${SITE.origin}/"]`)).toHaveCount(1);
    await expectSized(iframe, frame());
  });
});
