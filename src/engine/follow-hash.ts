/**
 * Keeps the address bar on the chapter under the middle of the view, with replaceState only
 * (pushState would fill the history: Back must leave the page). An IntersectionObserver on a
 * line across the middle of the viewport says which chapter is there, so scrolling costs no
 * layout reads. It waits for the reader's first scroll, so a deep link is never rewritten before
 * the browser has scrolled to it, and keeps a passage fragment (#kherson-2) while that passage's
 * chapter is in view.
 */
import { parseFragment } from './fragment';

export interface HashFollower {
  /** The reader has scrolled: from now on the address bar follows. */
  arm(): void;
  stop(): void;
}

export function followHash(sections: readonly HTMLElement[]): HashFollower {
  const stepCounts = new Map(sections.map((s) => [s.id, s.querySelectorAll('[data-step]').length]));
  const crossing = new Set<string>();
  let armed = false;
  let middleChapter: string | null = null;

  function update(): void {
    if (!armed) return;
    const target = parseFragment(location.hash, stepCounts);
    if (middleChapter === (target?.chapter ?? null) && (middleChapter !== null || location.hash === '')) return;
    const url = middleChapter ? `#${middleChapter}` : location.pathname + location.search;
    history.replaceState(history.state, '', url);
  }

  const middle = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) crossing.add(entry.target.id);
        else crossing.delete(entry.target.id);
      }
      middleChapter = sections.find((s) => crossing.has(s.id))?.id ?? null;
      update();
    },
    { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );
  sections.forEach((s) => middle.observe(s));

  return {
    arm() {
      armed = true;
      update();
    },
    stop() {
      middle.disconnect();
    },
  };
}
