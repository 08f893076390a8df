/**
 * The address bar follows the reader: while a passage is in view it reads `#<chapter>-<n>`, on a
 * chapter's head `#<chapter>`, above the first chapter or below the last no fragment at all, so
 * copying the address bar shares exactly what is on screen and a reload returns there. Only
 * history.replaceState: Back still leaves the page, and history.length never grows.
 *
 * "In view" is the engine's trigger line (--step-trigger): the passage in view is the last one
 * whose top has crossed it, the one whose state the graphic shows. Two IntersectionObservers
 * report crossings, so scrolling costs no layout reads: one on a band from far above the page
 * down to the line (a passage or chapter "intersects" once its top is above the line, even after
 * a jump), one on the line itself (the chapter it crosses). Nothing is written before the
 * reader's first scroll, so a deep link is never rewritten before the browser has scrolled to it.
 */
import { readStepTrigger } from '../visuals/kit/step-trigger';

const FAR = 1e6; // px above the view that still count as "above the line"

/** The fragment for what is at the line, from what each observer reports. */
export function fragmentAt(chapter: string | null, passagesAbove: readonly { id: string; chapter: string }[]): string {
  if (chapter === null) return '';
  const last = passagesAbove.filter((p) => p.chapter === chapter).at(-1);
  return `#${last?.id ?? chapter}`;
}


/** Starts following; returns a function that stops. */
export function followAddress(sections: HTMLElement[]): () => void {
  const steps = sections.flatMap((s) => [...s.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({ step, chapter: s.id })));
  const passages = steps.map(({ step, chapter }) => ({ id: step.id, chapter }));
  const above = new Set<string>();
  const crossing = new Set<string>();
  let armed = false;
  let observers: IntersectionObserver[] = [];
  let line = -1;

  function write(): void {
    if (!armed) return;
    const chapter = sections.find((s) => crossing.has(s.id))?.id ?? null;
    const hash = fragmentAt(chapter, passages.filter((p) => above.has(p.id)));
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  function observe(): void {
    const r = readStepTrigger();
    if (r === line) return;
    line = r;
    observers.forEach((o) => o.disconnect());
    above.clear();
    crossing.clear();
    const bottom = `${-((1 - r) * 100).toFixed(2)}%`;
    const passed = new IntersectionObserver(
      (entries) => {
        for (const e of entries) (e.isIntersecting ? above.add(e.target.id) : above.delete(e.target.id));
        write();
      },
      { rootMargin: `${FAR}px 0px ${bottom} 0px` },
    );
    const atLine = new IntersectionObserver(
      (entries) => {
        for (const e of entries) (e.isIntersecting ? crossing.add(e.target.id) : crossing.delete(e.target.id));
        write();
      },
      { rootMargin: `${-(r * 100).toFixed(2)}% 0px ${bottom} 0px` },
    );
    steps.forEach(({ step }) => passed.observe(step));
    sections.forEach((s) => atLine.observe(s));
    observers = [passed, atLine];
  }

  const onScroll = (): void => {
    armed = true;
    window.removeEventListener('scroll', onScroll);
    write();
  };
  const onResize = (): void => observe(); // phones and desktops place the line differently
  observe();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  return () => {
    observers.forEach((o) => o.disconnect());
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
  };
}
