/** Shared by the embed specs (e2e/embed.spec.ts, e2e/embed-pages.spec.ts): the story's chapters, the host fixture, frames. */
import { expect, type Frame, type Page, type TestInfo } from '@playwright/test';

export interface ChapterInfo {
  slug: string;
  /** Per passage: "visual:state" (null without a visual). */
  passages: (string | null)[];
  /** Distinct visual states, in order, consecutive repeats removed. */
  sequence: string[];
  /** The visuals its passages use, sorted and joined ("debate+kherson-map"; "" for text only). */
  visuals: string;
}

export const STICKY_HEADER = 40; // the fixture's sticky site bar; its embeds say data-top-offset="40"

export function dedupe<T>(items: T[]): T[] {
  return items.filter((x, i) => i === 0 || x !== items[i - 1]);
}

export function origins(info: TestInfo): { site: string; host: string; evil: string } {
  const base = new URL(String(info.project.use.baseURL));
  const port = Number(base.port) + 10;
  return { site: base.origin, host: `http://127.0.0.1:${port}`, evil: `http://localhost:${port}` };
}

/** Every chapter of the built story, with what its passages show. */
export async function storyChapters(page: Page): Promise<ChapterInfo[]> {
  await page.goto('/');
  const raw = await page.locator('section.chapter').evaluateAll((sections) =>
    sections.map((s) => ({
      slug: s.id,
      passages: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((p) => (p.dataset.uses && p.dataset.state ? `${p.dataset.uses}:${p.dataset.state}` : null)),
      visuals: [...new Set([...s.querySelectorAll<HTMLElement>('[data-step][data-uses]')].map((p) => p.dataset.uses!))].sort().join('+'),
    })),
  );
  return raw.map((c) => ({ ...c, sequence: dedupe(c.passages.filter((p): p is string => p !== null)) }));
}

/**
 * The first chapter (in story order) of each set of visuals: an embed page is the embed's own
 * parts plus its chapter's visuals (their code and chrome), so one per set covers what differs.
 */
export function oneChapterPerVisualSet(all: ChapterInfo[]): ChapterInfo[] {
  const kinds = new Map<string, ChapterInfo>();
  for (const c of all) if (!kinds.has(c.visuals)) kinds.set(c.visuals, c);
  return [...kinds.values()];
}

/** Chapters with a visual that changes state, most changes first. Fails if there is none. */
export async function steppingChapters(page: Page): Promise<{ all: ChapterInfo[]; stepping: ChapterInfo[] }> {
  const all = await storyChapters(page);
  const stepping = all.filter((c) => c.sequence.length >= 2).sort((a, b) => b.sequence.length - a.sequence.length);
  expect(stepping.length, `a chapter whose passages move a visual through at least two states (chapters: ${all.map((c) => `${c.slug} [${c.sequence.join(' → ')}]`).join('; ')})`).toBeGreaterThan(0);
  return { all, stepping };
}

export async function openHost(page: Page, info: TestInfo, params: Record<string, string>): Promise<void> {
  const { site, host } = origins(info);
  const query = new URLSearchParams({ site, ...params });
  await page.goto(`${host}/host.html?${query}`);
}

/** The embed frame inside `selector` (an iframe, or a slot holding one), once it has started. */
export async function embedFrame(page: Page, selector: string, mode?: 'scroll' | 'stepper'): Promise<Frame> {
  const iframe = page.locator(selector).locator('xpath=self::iframe | .//iframe').first();
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForSelector('[data-embed-page][data-ready]', { state: 'attached' });
  if (mode) await expect(frame.locator('[data-embed-page]')).toHaveAttribute('data-mode', mode);
  return frame;
}

/** Frame element height (host) versus the embed's content height (inside), and inner overflow. */
export async function heightGap(page: Page, slot: string, frame: Frame): Promise<{ gap: number; overflow: number; frameH: number; contentH: number }> {
  const frameH = await page.locator(`${slot} iframe`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    contentH: document.querySelector('[data-embed-page]')!.getBoundingClientRect().height,
    overflow: Math.max(document.documentElement.scrollHeight - window.innerHeight, document.documentElement.scrollWidth - window.innerWidth),
  }));
  return { gap: Math.abs(frameH - inner.contentH), overflow: inner.overflow, frameH, contentH: inner.contentH };
}

export async function expectSized(page: Page, slot: string, frame: Frame): Promise<void> {
  await expect
    .poll(async () => {
      const m = await heightGap(page, slot, frame);
      return m.gap <= 2 && m.overflow <= 0 ? 'fits' : JSON.stringify(m);
    })
    .toBe('fits');
}

/** What the frame shows: the shown figure's "visual:state", or null without a visual. */
export function shownState(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('[data-visual].is-shown') ?? document.querySelector<HTMLElement>('[data-visual]');
    return figure ? `${figure.dataset.visual}:${figure.dataset.state}` : null;
  });
}

