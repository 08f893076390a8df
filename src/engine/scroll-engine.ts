/**
 * The scroll engine: keeps every visual in the state its chapter's active passage asks for.
 *
 * It knows the DOM contract, not the visuals:
 *   section.chapter#<slug>[data-scrolly]   a chapter with a graphic
 *     [data-step][data-state][data-uses]   its passages (index, state, visual name)
 *     [data-visual][data-state]            its visuals' root figures
 * scrollama says *when* to look; geometry (activeIndex) says *what* is active, so a fling,
 * a jump, a resize or scrolling up all end in the same picture (scrollama #141, #70, #56, #78).
 * A visual may ask for another of its states (UpdateOptions.request, e.g. a view button); that
 * choice holds until the reader reaches another passage of the chapter.
 */
import scrollama from 'scrollama';
import { activeIndex, isNear, triggerLine, type Viewport } from './geometry';
import { applyState, knowsState } from './figure-state';
import { followAddress } from './address';
import { readStepTrigger } from '../visuals/kit/step-trigger';
import { round } from '../visuals/kit/round';

interface ChapterRuntime {
  section: HTMLElement;
  steps: HTMLElement[];
  figures: HTMLElement[];
  /** Active step index, -1 before the first sync. */
  active: number;
  /** Whether the visual clients have been asked to render (chapter was near once). */
  loaded: boolean;
  /** States the visuals asked for themselves while this passage is active, by figure. */
  chosen: Map<HTMLElement, string>;
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

function chaptersIn(sections: HTMLElement[]): ChapterRuntime[] {
  return sections
    .filter((section) => section.hasAttribute('data-scrolly'))
    .map((section) => ({
      section,
      steps: [...section.querySelectorAll<HTMLElement>('[data-step]')],
      figures: [...section.querySelectorAll<HTMLElement>('[data-visual]')],
      active: -1,
      loaded: false,
      chosen: new Map(),
    }));
}

interface Measured {
  chapter: ChapterRuntime;
  index: number;
  near: boolean;
  visible: boolean;
}

/**
 * Which passage is active in each chapter. Only the chapter under the trigger line needs its
 * passages measured: a chapter wholly below the line is on its first passage, one wholly above
 * it on its last. All reads happen here, before any write.
 */
function measure(chapters: ChapterRuntime[], view: Viewport): Measured[] {
  const trigger = triggerLine(view, readStepTrigger());
  return chapters.map((chapter) => {
    const box = chapter.section.getBoundingClientRect();
    let index: number;
    if (box.top > trigger) index = 0;
    else if (box.bottom <= trigger) index = chapter.steps.length - 1;
    else index = activeIndex(chapter.steps.map((s) => s.getBoundingClientRect().top), trigger);
    return { chapter, index, near: isNear(box.top, box.bottom, view), visible: isNear(box.top, box.bottom, view, 0) };
  });
}

/** A visual asked for `state`: apply it, and remember it until the chapter's passage changes. */
function requestFrom(chapters: ChapterRuntime[]) {
  return function request(figure: HTMLElement, state: string): void {
    const chapter = chapters.find((c) => c.figures.includes(figure));
    if (!chapter || !knowsState(figure, state)) {
      console.warn(`visual "${figure.dataset.visual}" asked for unknown state "${state}"; ignored`);
      return;
    }
    chapter.chosen.set(figure, state);
    applyState(figure, state, reducedMotion(), true, request);
  };
}

export function startEngine(options: EngineOptions = {}): StoryEngine {
  const root = options.root ?? document;
  const viewport = options.viewport ?? windowViewport;
  const sections = [...root.querySelectorAll<HTMLElement>('section.chapter')];
  const chapters = chaptersIn(sections);
  const request = requestFrom(chapters);
  let firstSync = true;
  let frame = 0;

  function activate(chapter: ChapterRuntime, index: number, instant: boolean, near: boolean): void {
    const step = chapter.steps[index];
    if (!step) return;
    const changed = chapter.active !== index;
    const render = near && (changed || !chapter.loaded);
    if (!changed && !render) return;
    // A visual's own choice ends when the reader reaches another passage (not when printing
    // resets `active` to -1 and the same passage comes back).
    if (changed && chapter.active !== -1) chapter.chosen.clear();
    chapter.steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    const uses = step.dataset.uses;
    for (const figure of chapter.figures) {
      const shown = figure.dataset.visual === uses;
      figure.classList.toggle('is-shown', shown);
      const state = chapter.chosen.get(figure) ?? step.dataset.state;
      if (shown && state) applyState(figure, state, instant || !chapter.loaded, render, request);
    }
    if (near) chapter.loaded = true;
    chapter.active = index;
    if (changed) options.onStep?.(chapter.section.id, index);
  }

  function sync(instant = false): void {
    const motionless = instant || firstSync || reducedMotion();
    for (const { chapter, index, near, visible } of measure(chapters, viewport())) {
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

  // Paper shows each chapter's key state (the no-JS picture), then reading resumes where it was.
  function showKeyStates(): void {
    for (const chapter of chapters) {
      for (const figure of chapter.figures) {
        if (figure.dataset.keyState) applyState(figure, figure.dataset.keyState, true, chapter.loaded, request);
      }
      chapter.active = -1;
    }
  }

  const allSteps = chapters.flatMap((c) => c.steps);
  const scroller = options.observe !== false && allSteps.length > 0 ? scrollama() : null;
  // scrollama's trigger must sit where geometry's does, or events would arrive late.
  const scrollamaOffset = (): scrollama.DecimalType => round(readStepTrigger()) as scrollama.DecimalType;
  scroller?.setup({ step: allSteps, offset: scrollamaOffset() }).onStepEnter(schedule).onStepExit(schedule);
  const unfollow = options.followHash ? followAddress(sections) : null; // the address bar: src/engine/address.ts
  const stopListening = listen({
    resize: () => {
      // `offset` exists at run time (scrollama 3.2) but not in its types; it re-creates the observers.
      (scroller as unknown as { offset?: (x: number) => void } | null)?.offset?.(scrollamaOffset());
      sync(true);
    },
    settle: schedule,
    reshow: () => sync(true),
    beforePrint: showKeyStates,
  });

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
      stopListening();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}

interface WindowHandlers {
  resize: () => void;
  /** Scrolling has come to rest. */
  settle: () => void;
  /** The page is shown again (load, back/forward cache) or printing ended. */
  reshow: () => void;
  beforePrint: () => void;
}

/** Window events the engine reacts to; returns the function that removes them. */
function listen(on: WindowHandlers): () => void {
  const events: [string, () => void, AddEventListenerOptions?][] = [
    ['beforeprint', on.beforePrint],
    ['afterprint', on.reshow],
    ['resize', on.resize],
    ['scrollend', on.settle],
    ['pageshow', on.reshow],
    ['load', on.reshow],
  ];
  for (const [type, handler, opts] of events) window.addEventListener(type, handler, opts);
  return () => {
    for (const [type, handler] of events) window.removeEventListener(type, handler);
  };
}
