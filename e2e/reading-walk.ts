/**
 * A fast walk through every passage of the story for the cross-visual reading tests
 * (e2e/reading.spec.ts): one page per size, reduced motion (the engine then changes states
 * instantly and CSS transitions are zero), each passage reached by an instant scroll past the trigger line, then a wait until its figure
 * shows the passage's state and has stopped moving (waitForVisualSettled).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { readStepTrigger } from '../src/visuals/kit/step-trigger';
import { waitForVisualSettled } from './helpers';

export interface Size {
  width: number;
  height: number;
}
export const PHONE_360: Size = { width: 360, height: 740 };
export const PHONE_390: Size = { width: 390, height: 844 };
export const DESKTOP: Size = { width: 1280, height: 800 };

export const sizeName = (s: Size): string => `${s.width}×${s.height}`;

/** Phone sizes run in the phone project only, the desktop size in the desktop project (tags: playwright.config.ts). */
export function sizeTitle(s: Size): string {
  return s.width < 900 ? `at ${sizeName(s)} @phone-only` : `at ${sizeName(s)}`;
}

export interface StoryPassage {
  chapter: string;
  id: string;
  /** Index in the chapter. */
  step: number;
  visual: string | null;
  state: string | null;
  hold: boolean;
}

/** Where the reader is: the passage, and the chapter's graphic box and shown figure. */
export interface Stop {
  passage: StoryPassage;
  /** `.graphic` of the passage's chapter (the sticky frame). */
  graphic: Locator;
  /** The `[data-visual]` figure the passage shows. */
  figure: Locator;
  /** "visual/state" for messages. */
  where: string;
}

/**
 * The sans the page is read in. The fonts are font-display: optional, so which face a reader gets
 * depends on how fast the font arrives: 'house' is Source Sans 3 for sure (the page reloaded
 * from the cache once the font is in), 'stand-in' its fallback for the whole visit (the font
 * files refused), what a reader on a slow first visit sees. Labels are laid out to fit both
 * (src/visuals/kit/text-metrics.ts).
 */
export type Face = 'house' | 'stand-in';

/** Whether each sans face the page declares is in use: the house face, and its stand-in (a local font). */
const sansLoaded = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = (family: string) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
    return { house: loaded('Source Sans 3'), standIn: loaded('Source Sans 3 fallback') };
  });

export async function openStory(browser: Browser, size: Size, face: Face = 'house'): Promise<Page> {
  const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
  if (face === 'stand-in') await page.route('**/fonts/*.woff2', (route) => route.abort());
  await page.goto('/');
  if (face === 'house' && !(await sansLoaded(page)).house) await page.reload();
  const { house, standIn } = await sansLoaded(page);
  // The stand-in is local('Arial') or local('Liberation Sans') (fonts-liberation on Debian).
  if (face === 'house' ? !house : house || !standIn) throw new Error(`the page is not set in the ${face} sans (house face loaded: ${house}, stand-in: ${standIn})`);
  await page.mouse.move(0, 0);
  return page;
}

/** Every passage of the story, in reading order, with what it asks for. */
export async function storyPassages(page: Page): Promise<StoryPassage[]> {
  return page.locator('section.chapter [data-step]').evaluateAll((els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return {
        chapter: el.closest('section.chapter')!.id,
        id: el.id,
        step: Number(d.step),
        visual: d.uses ?? null,
        state: d.state ?? null,
        hold: d.hold !== undefined,
      };
    }),
  );
}

/**
 * Goes to one passage (an instant scroll putting its top just past the trigger line, as
 * helpers.ts scrollToPassage does) and waits until it is active and its figure shows the
 * passage's state, in one round trip; then until the figure is still.
 */
export async function visit(page: Page, p: StoryPassage): Promise<Stop> {
  const graphic = page.locator(`section#${p.chapter} .graphic`);
  const figure = graphic.locator(`[data-visual="${p.visual}"]`);
  await page.evaluate(
    async ([p, trigger]) => {
      const step = document.getElementById(p.id)!;
      const fig = document.querySelector<HTMLElement>(`section#${p.chapter} .graphic [data-visual="${p.visual}"]`)!;
      const top = step.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * trigger + 24, behavior: 'instant' });
      const ready = () => step.classList.contains('is-active') && fig.classList.contains('is-shown') && fig.dataset.state === p.state;
      const deadline = performance.now() + 7_000;
      while (!ready()) {
        if (performance.now() > deadline) {
          throw new Error(`${p.id}: active ${step.classList.contains('is-active')}, figure shown ${fig.classList.contains('is-shown')}, state "${fig.dataset.state}" (expected "${p.state}")`);
        }
        await new Promise(requestAnimationFrame);
      }
    },
    [p, await triggerOf(page)] as const,
  );
  await waitForVisualSettled(figure, 2);
  return { passage: p, graphic, figure, where: `${p.visual}/${p.state}` };
}

const triggers = new WeakMap<Page, number>();
/** The page's step trigger (one size per page: read once). */
async function triggerOf(page: Page): Promise<number> {
  if (!triggers.has(page)) triggers.set(page, await page.evaluate(readStepTrigger));
  return triggers.get(page)!;
}

/** Walks every passage that shows a visual (optionally only those `keep` selects), calling `at` at each. */
export async function walk(page: Page, at: (stop: Stop) => Promise<void>, keep: (p: StoryPassage) => boolean = () => true): Promise<number> {
  const passages = (await storyPassages(page)).filter((p) => p.visual && p.state && keep(p));
  for (const p of passages) await at(await visit(page, p));
  return passages.length;
}

/** A `walk` filter that keeps the first passage of each chapter × visual × state (the same state looks the same). */
export function firstOfEachState(): (p: StoryPassage) => boolean {
  const seen = new Set<string>();
  return (p) => {
    const key = `${p.chapter} ${p.visual} ${p.state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** Groups "where: what" findings into one line per place, each finding once. */
export function report(findings: { where: string; what: string }[]): string[] {
  const byWhere = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!byWhere.has(f.where)) byWhere.set(f.where, new Set());
    byWhere.get(f.where)!.add(f.what);
  }
  return [...byWhere].map(([where, whats]) => `${where}: ${[...whats].join('; ')}`);
}
