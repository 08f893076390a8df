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
import { activeIndex, isNear, triggerLine, type Viewport } from './geometry';
import { followAddress } from './address';

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
  /** Keep the address bar on the passage in view (the main story, not embeds). */
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
      // Remove the class only after a frame has been styled with it, so this change has no
      // transition, without forcing a synchronous style flush here.
      requestAnimationFrame(() => requestAnimationFrame(() => figure.classList.remove('is-instant')));
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

  let firstSync = true;
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

  const unfollow = options.followHash ? followAddress(sections) : null; // the address bar: src/engine/address.ts

  /**
   * Which passage is active in each chapter. Only the chapter under the trigger line needs its
   * passages measured: a chapter wholly below the line is on its first passage, one wholly above
   * it on its last. All reads happen here, before any write.
   */
  function measure(view: Viewport): { chapter: ChapterRuntime; index: number; near: boolean; visible: boolean }[] {
    const trigger = triggerLine(view, triggerRatio(document.documentElement));
    return chapters.map((chapter) => {
      const box = chapter.section.getBoundingClientRect();
      let index: number;
      if (box.top > trigger) index = 0;
      else if (box.bottom <= trigger) index = chapter.steps.length - 1;
      else index = activeIndex(chapter.steps.map((s) => s.getBoundingClientRect().top), trigger);
      return { chapter, index, near: isNear(box.top, box.bottom, view), visible: isNear(box.top, box.bottom, view, 0) };
    });
  }

  function sync(instant = false): void {
    const motionless = instant || firstSync || reducedMotion();
    for (const { chapter, index, near, visible } of measure(viewport())) {
      activate(chapter, index, motionless || !visible, near);
    }
    firstSync = false;
  }

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      sync();
    });
  }
  const scheduleSync = schedule;

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
      unfollow?.();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scrollend', scheduleSync);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('load', onPageShow);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
