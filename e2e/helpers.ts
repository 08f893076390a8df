/** Shared helpers for the browser tests: reaching passages the way a reader does, and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readStepTrigger } from '../src/visuals/kit/step-trigger';
import type { StateOfVisual, VisualName } from '../src/visuals/names';

/** Scrolls (instantly) so the passage's top sits just past the trigger line: the passage becomes active. */
export async function scrollToPassage(page: Page, anchor: string): Promise<void> {
  const ratio = await page.evaluate(readStepTrigger);
  await page.evaluate(([id, ratio]) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`no passage #${id}`);
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * ratio + 24, behavior: 'instant' });
  }, [anchor, ratio] as const);
}

/** Scrolls with the mouse wheel in steps, as a reader would, until the passage is active. */
export async function wheelToPassage(page: Page, anchor: string, stepPx = 240): Promise<void> {
  const ratio = await page.evaluate(readStepTrigger);
  for (let i = 0; i < 400; i++) {
    const active = await page.locator(`#${anchor}`).evaluate((el, ratio) => {
      const top = el.getBoundingClientRect().top;
      return top <= window.innerHeight * ratio - 8 ? 'passed' : 'below';
    }, ratio);
    if (active === 'passed') return;
    await page.mouse.wheel(0, stepPx);
    await page.waitForTimeout(30);
  }
  throw new Error(`could not wheel to #${anchor}`);
}

/** The figure of `visual` inside chapter `chapter`. */
export function figure(page: Page, chapter: string, visual: string) {
  return page.locator(`section#${chapter} [data-visual="${visual}"]`);
}

/**
 * Waits until a visual (its `[data-visual]` root) has stopped moving: its client has rendered
 * (the engine's `visual:<id>` mark), it is not mid instant-change, no d3 transition is scheduled
 * on any of its nodes (d3 keeps `__transition` on a node until its last one ends), no CSS
 * transition or finite animation runs inside it, and its markup has not changed for `frames`
 * animation frames (which also covers hand-written requestAnimationFrame tweens). A condition,
 * not a sleep: it returns as soon as the picture is still.
 */
export async function waitForVisualSettled(root: Locator, frames = 4): Promise<void> {
  await root.evaluate(async (el, stillFrames) => {
    const moving = () =>
      el.classList.contains('is-instant') ||
      performance.getEntriesByName(`visual:${el.id}`, 'mark').length === 0 ||
      [el, ...el.querySelectorAll('*')].some((node) => '__transition' in node) ||
      el.getAnimations({ subtree: true }).some((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    const deadline = performance.now() + 10_000;
    let last = '';
    let still = 0;
    while (still < stillFrames) {
      if (performance.now() > deadline) throw new Error(`visual #${el.id} still moving after 10 s`);
      await new Promise(requestAnimationFrame);
      const html = el.outerHTML;
      still = !moving() && html === last ? still + 1 : 0;
      last = html;
    }
  }, frames);
}

/** Waits until the chapter's figure for `visual` shows `state` (typed: an unknown state fails the type check). */
export async function expectState<V extends VisualName>(page: Page, chapter: string, visual: V, state: StateOfVisual<V>): Promise<void> {
  await expect(figure(page, chapter, visual)).toHaveAttribute('data-state', state);
}

/** Every passage of a chapter with what it asks for. */
export async function passagesOf(page: Page, chapter: string) {
  return page.locator(`section#${chapter} [data-step]`).evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      step: Number((el as HTMLElement).dataset.step),
      state: (el as HTMLElement).dataset.state ?? null,
      visual: (el as HTMLElement).dataset.uses ?? null,
    })),
  );
}

/**
 * Runs axe-core (WCAG 2.1 A/AA) on the page or a part of it and expects no violations.
 *
 * Legacy mode: axe runs in the page itself. @axe-core/playwright's default gathers each frame's
 * partial results and finishes them in a second, blank page, which cost 1–5 s more a scan here
 * (measured in docs/testing.md) and is only needed for cross-origin frames: the story and embed
 * pages hold none (the host-page scan in embed-pages.spec.ts, which does, keeps the default).
 * Only violations are gathered in full (`resultTypes`): axe skips building selectors for every
 * node that passes, which it would otherwise do for each of the page's thousands of elements.
 * e2e/a11y-scan.spec.ts proves this setup still finds what it should.
 */
export async function axeViolations(page: Page, include?: string) {
  // options() replaces every option set before it (withTags included): it comes first.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  expect(await axeViolations(page, include)).toEqual([]);
}

/** Collects requests to any host but the test server's (the page must load nothing from elsewhere); expect it empty at the end. */
export function collectForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(r.url());
  });
  return foreign;
}

/** Collects console errors and page errors; call `expect(errors).toEqual([])` at the end. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
