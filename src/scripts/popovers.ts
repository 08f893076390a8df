/**
 * Native popovers (the chapter actions' panels, the correction and note markers) need almost no
 * script: `popovertarget` opens them, Escape and a click outside close them, and they sit in the
 * top layer, so opening one never moves the page. This ties each popover to its toggle as it
 * opens, for CSS anchor positioning (src/styles/actions.css: under the toggle, inside the view);
 * places it by script where anchor positioning is missing; and puts focus back on the toggle when
 * a panel closes with focus inside it or nowhere. Without JavaScript a popover opens centred in the view.
 * (Names are set here, not in the HTML: an inline style attribute would need a looser CSP.)
 */

const anchored = (): boolean => typeof CSS !== 'undefined' && CSS.supports('anchor-name', '--a');

function invokerOf(popover: HTMLElement): HTMLElement | null {
  return popover.id ? document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(popover.id)}"]`) : null;
}

/** Without anchor positioning: below the toggle (above it if there is no room), inside the view. */
function place(popover: HTMLElement, invoker: HTMLElement): void {
  const gap = 6;
  const margin = 8;
  const at = invoker.getBoundingClientRect();
  const box = popover.getBoundingClientRect();
  const left = Math.max(margin, Math.min(at.left, window.innerWidth - margin - box.width));
  const below = at.bottom + gap + box.height <= window.innerHeight || at.top < box.height + gap;
  const top = below ? at.bottom + gap : at.top - gap - box.height;
  Object.assign(popover.style, { position: 'absolute', margin: '0', inset: 'auto', left: `${left + window.scrollX}px`, top: `${top + window.scrollY}px` });
}

let started = false;

export function initPopovers(): void {
  if (started) return;
  started = true;
  document.addEventListener(
    'beforetoggle',
    (event) => {
      const popover = event.target;
      if (!(popover instanceof HTMLElement) || (event as ToggleEvent).newState !== 'open' || !anchored()) return;
      const invoker = popover.hasAttribute('popover') ? invokerOf(popover) : null;
      if (!invoker) return;
      const name = `--pop-${popover.id}`;
      invoker.style.setProperty('anchor-name', name);
      popover.style.setProperty('position-anchor', name);
    },
    true,
  );
  document.addEventListener(
    'toggle',
    (event) => {
      const popover = event.target;
      if (!(popover instanceof HTMLElement) || !popover.hasAttribute('popover')) return;
      const invoker = invokerOf(popover);
      if (!invoker) return;
      const open = (event as ToggleEvent).newState === 'open';
      if (open && !anchored()) place(popover, invoker);
      if (!open) {
        const focus = document.activeElement;
        if (!focus || focus === document.body || popover.contains(focus)) invoker.focus({ preventScroll: true });
      }
    },
    true,
  );
}
