/**
 * The scroll engine: keeps every visual in the state its chapter's active passage asks for.
 *
 * It knows the DOM contract, not the visuals:
 *   section.chapter#<slug>[data-scrolly]   a chapter with a graphic
 *     [data-step][data-state][data-uses]   its passages (index, state, visual name)
 *     [data-visual][data-state]            its visuals' root figures
 * scrollama says *when* to look; geometry (activeIndex) says *what* is active, so a fling,
 * a jump, a resize or scrolling up all end in the same picture (scrollama #141, #70, #56, #78).
 */
import scrollama from 'scrollama';
import { loadVisualClient } from '../visuals/client-registry';
import { activeIndex, boxAt, isNear, triggerLine, type Viewport } from './geometry';
import { parseFragment } from './fragment';

interface ChapterRuntime {
  section: HTMLElement;
  steps: HTMLElement[];
  figures: HTMLElement[];
  /** Active step index, -1 before the first sync. */
  active: number;
  /** Whether the visual clients have been asked to render (chapter was near once). */
  loaded: boolean;
}

export interface EngineOptions {
  /** Where to look for chapters; defaults to document. */
  root?: ParentNode;
  /** The band the reader sees, in client coordinates; defaults to the window. Embeds override it. */
  viewport?: () => Viewport;
  /** Keep the address bar on the chapter in view (the main story, not embeds). */
  followHash?: boolean;
  /** Use scrollama's observers to know when to look (off when a host page relays scrolling). */
  observe?: boolean;
  /** Called after a chapter's active passage changes. */
  onStep?: (chapter: string, step: number) => void;
}

export interface StoryEngine {
  /** Recompute every chapter from geometry. `instant` skips transitions. */
  sync(instant?: boolean): void;
  /** Show a given passage directly (steppers, keyboard), regardless of scroll position. */
  show(chapter: string, step: number, instant?: boolean): void;
  destroy(): void;
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function windowViewport(): Viewport {
  return { top: 0, height: window.innerHeight };
}

/** The trigger ratio is set in CSS (--step-trigger on :root) so each layout can place it; use tenths. */
function triggerRatio(el: Element): number {
  const value = parseFloat(getComputedStyle(el).getPropertyValue('--step-trigger'));
  return Number.isFinite(value) ? value : 0.5;
}

function descriptionsOf(figure: HTMLElement): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(figure.dataset.descriptions ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Sets a figure's state: attribute first (CSS keys on it), then the visual's own client. */
function applyState(figure: HTMLElement, state: string, instant: boolean, render: boolean): void {
  const from = figure.dataset.state;
  if (from !== state) {
    if (instant) figure.classList.add('is-instant');
    figure.dataset.state = state;
    const live = figure.querySelector<HTMLElement>('[data-description]');
    const text = descriptionsOf(figure)[state];
    if (live && text) live.textContent = text;
    if (instant) {
      void figure.offsetWidth; // flush styles so the class suppresses this change's transitions
      requestAnimationFrame(() => figure.classList.remove('is-instant'));
    }
  }
  if (!render) return;
  const name = figure.dataset.visual ?? '';
  void loadVisualClient(name).then((client) => {
    // Render whatever the figure shows *now*: a later step may have won while loading.
    const current = figure.dataset.state;
    if (client && current) {
      try {
        client.update(figure, current, { instant: instant || current !== state, from });
      } catch (error) {
        console.warn(`visual "${name}" failed to update; its static picture stays`, error);
      }
    }
    performance.mark(`visual:${figure.id}`); // benchmark hook: time to each visual's render (docs/performance.md)
  });
}

export function startEngine(options: EngineOptions = {}): StoryEngine {
  const root = options.root ?? document;
  const viewport = options.viewport ?? windowViewport;
  const sections = [...root.querySelectorAll<HTMLElement>('section.chapter')];
  const chapters: ChapterRuntime[] = sections
    .filter((section) => section.hasAttribute('data-scrolly'))
    .map((section) => ({
      section,
      steps: [...section.querySelectorAll<HTMLElement>('[data-step]')],
      figures: [...section.querySelectorAll<HTMLElement>('[data-visual]')],
      active: -1,
      loaded: false,
    }));
  const stepCounts = new Map(sections.map((s) => [s.id, s.querySelectorAll('[data-step]').length]));

  let firstSync = true;
  let hashArmed = false;
  let frame = 0;

  function activate(chapter: ChapterRuntime, index: number, instant: boolean, near: boolean): void {
    const step = chapter.steps[index];
    if (!step) return;
    const changed = chapter.active !== index;
    const render = near && (changed || !chapter.loaded);
    if (!changed && !render) return;
    chapter.steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    const uses = step.dataset.uses;
    for (const figure of chapter.figures) {
      const shown = figure.dataset.visual === uses;
      figure.classList.toggle('is-shown', shown);
      if (shown && step.dataset.state) applyState(figure, step.dataset.state, instant || !chapter.loaded, render);
    }
    if (near) chapter.loaded = true;
    chapter.active = index;
    if (changed) options.onStep?.(chapter.section.id, index);
  }

  /**
   * Keeps the address bar on the chapter under the middle of the view, with replaceState only
   * (pushState would fill the history: Back must leave the page). It waits for the reader's
   * first scroll, so a deep link is never rewritten before the browser has scrolled to it, and
   * keeps a passage fragment (#kherson-2) while that passage's chapter is in view.
   */
  function followHash(): void {
    if (!options.followHash || !hashArmed) return;
    const middle = triggerLine(viewport(), 0.5);
    const boxes = sections.map((s) => {
      const r = s.getBoundingClientRect();
      return [r.top, r.bottom] as const;
    });
    const current = sections[boxAt(boxes, middle)]?.id ?? null;
    const target = parseFragment(location.hash, stepCounts);
    if (current === (target?.chapter ?? null) && (current !== null || location.hash === '')) return;
    const url = current ? `#${current}` : location.pathname + location.search;
    history.replaceState(history.state, '', url);
  }

  function sync(instant = false): void {
    const view = viewport();
    const motionless = instant || firstSync || reducedMotion();
    const trigger = triggerLine(view, triggerRatio(document.documentElement));
    for (const chapter of chapters) {
      const box = chapter.section.getBoundingClientRect();
      const near = isNear(box.top, box.bottom, view);
      const index = activeIndex(chapter.steps.map((s) => s.getBoundingClientRect().top), trigger);
      const visible = isNear(box.top, box.bottom, view, 0);
      activate(chapter, index, motionless || !visible, near);
    }
    followHash();
    firstSync = false;
  }

  /** Coalesces work to one per frame: a full sync, or only the address bar. */
  let pending: 'sync' | 'hash' | null = null;
  function schedule(kind: 'sync' | 'hash' = 'sync'): void {
    if (pending !== 'sync') pending = kind;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const work = pending;
      pending = null;
      if (work === 'sync') sync();
      else followHash();
    });
  }
  const scheduleSync = (): void => schedule('sync');

  const allSteps = chapters.flatMap((c) => c.steps);
  const scroller = options.observe !== false && allSteps.length > 0 ? scrollama() : null;
  // scrollama's trigger must sit where geometry's does, or events would arrive late.
  const scrollamaOffset = (): scrollama.DecimalType => (Math.round(triggerRatio(document.documentElement) * 10) / 10) as scrollama.DecimalType;
  scroller?.setup({ step: allSteps, offset: scrollamaOffset() }).onStepEnter(scheduleSync).onStepExit(scheduleSync);

  const onResize = (): void => {
    // `offset` exists at run time (scrollama 3.2) but not in its types; it re-creates the observers.
    (scroller as unknown as { offset?: (x: number) => void } | null)?.offset?.(scrollamaOffset());
    sync(true);
  };
  const onScroll = (): void => {
    hashArmed = true;
    schedule('hash');
  };
  const onPageShow = (): void => sync(true);
  // Paper shows each chapter's key state (the no-JS picture), then reading resumes where it was.
  const onBeforePrint = (): void => {
    for (const chapter of chapters) {
      for (const figure of chapter.figures) {
        if (figure.dataset.keyState) applyState(figure, figure.dataset.keyState, true, chapter.loaded);
      }
      chapter.active = -1;
    }
  };
  const onAfterPrint = (): void => sync(true);
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);
  window.addEventListener('resize', onResize);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', scheduleSync);
  window.addEventListener('pageshow', onPageShow);
  window.addEventListener('load', onPageShow);

  sync(true);

  return {
    sync,
    show(chapterId, step, instant = false) {
      const chapter = chapters.find((c) => c.section.id === chapterId);
      if (!chapter || step < 0 || step >= chapter.steps.length) return;
      activate(chapter, step, instant || reducedMotion(), true);
    },
    destroy() {
      scroller?.destroy();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', scheduleSync);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('load', onPageShow);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
