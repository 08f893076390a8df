/**
 * Stepper mode: Previous/Next buttons and the arrow keys step the visual; the active passage is
 * marked (`aria-current="step"`; in the compact layout it is the only one shown). A bare iframe
 * of fixed height scrolls inside: on phone-like widths the graphic is pinned above the
 * passages when it leaves room to read, and the chosen passage is brought into view below it.
 */
import type { FrameContext, FrameState } from './frame-context';

export interface Stepper {
  /** Marks passage `index` as the active one and updates the buttons and status. */
  update(index: number): void;
  go(index: number): void;
  /** Brings a passage into the frame's own view (never scrolls the host). */
  reveal(el: HTMLElement): void;
  /** Pins the graphic when the frame scrolls inside and the graphic leaves room to read. */
  pin(): void;
}

export function createStepper(ctx: FrameContext, state: FrameState): Stepper {
  const { steps, graphic, prev, next, status } = ctx;

  function update(index: number): void {
    steps.forEach((s, i) => {
      if (i === index) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    });
    if (status) status.textContent = `Passage ${index + 1} of ${steps.length}`;
    prev?.setAttribute('aria-disabled', String(index <= 0));
    next?.setAttribute('aria-disabled', String(index >= steps.length - 1));
  }

  function reveal(el: HTMLElement): void {
    const scroller = document.scrollingElement;
    if (state.mode !== 'stepper' || !scroller || scroller.scrollHeight <= window.innerHeight + 1) return;
    const column = graphic;
    // Unpinned, scrolling would carry the buttons (and keyboard focus) out of view: stay put.
    if (!column?.classList.contains('is-pinned') || window.innerWidth >= 900) return;
    const cover = column.offsetHeight;
    const box = el.getBoundingClientRect();
    if (box.top >= cover && box.bottom <= window.innerHeight) return;
    window.scrollTo({ top: Math.max(0, window.scrollY + box.top - cover - 8), behavior: 'instant' });
  }

  function go(index: number): void {
    if (!state.engine || steps.length === 0) return;
    const clamped = Math.max(0, Math.min(steps.length - 1, index));
    if (clamped === state.chosen && clamped === state.current) return;
    state.chosen = clamped;
    state.engine.show(ctx.chapter, clamped);
    update(clamped);
    const step = steps[clamped];
    if (step) reveal(step);
  }

  function pin(): void {
    const column = graphic;
    if (!column) return;
    const fits = column.offsetHeight <= window.innerHeight * 0.6;
    column.classList.toggle('is-pinned', state.mode === 'stepper' && !ctx.compact && fits);
  }

  prev?.addEventListener('click', () => go(state.chosen - 1));
  next?.addEventListener('click', () => go(state.chosen + 1));
  document.addEventListener('keydown', (event) => {
    if (state.mode !== 'stepper' || !ctx.scrolly || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const el = event.target instanceof HTMLElement ? event.target : null;
    if (el?.closest('input, textarea, select, [contenteditable]')) return;
    const onControls = el?.closest('[data-embed-stepper]') !== null && el !== null;
    const back = event.key === 'ArrowLeft' || (onControls && event.key === 'ArrowUp');
    const forward = event.key === 'ArrowRight' || (onControls && event.key === 'ArrowDown');
    if (!back && !forward) return;
    event.preventDefault();
    go(state.chosen + (forward ? 1 : -1));
  });

  return { update, go, reveal, pin };
}
