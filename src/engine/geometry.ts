/**
 * The rule that makes the picture a function of the scroll position, whatever the order of
 * scroll events: a chapter's active passage is the last one whose top has crossed the
 * trigger line; before the first one crosses it, the first passage is active.
 */

/** The band of the document the reader sees, in the document's client (viewport) coordinates. */
export interface Viewport {
  top: number;
  height: number;
}

/** Index of the active step given each step's top (client coordinates) and the trigger line's y. */
export function activeIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}

/** Where the trigger line sits: `ratio` (0..1) of the way down the visible band. */
export function triggerLine(viewport: Viewport, ratio: number): number {
  const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0.5;
  return viewport.top + viewport.height * clamped;
}

/** True when the box [top, bottom] comes within `margin` viewports of the visible band. */
export function isNear(top: number, bottom: number, viewport: Viewport, margin = 1): boolean {
  const reach = viewport.height * margin;
  return bottom >= viewport.top - reach && top <= viewport.top + viewport.height + reach;
}
