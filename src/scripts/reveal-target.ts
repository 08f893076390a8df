/**
 * Same-page links into closed <details> (a figure's "Data and method" link, a chart's link to
 * its row in "How we did this"): open every <details> around the target before the browser
 * scrolls to it, on click and when the page opens on such an address. Without JavaScript the
 * reader opens the section by hand; its summary is where the link lands.
 */
import { decodeFragment } from '../engine/fragment';

/** Opens the <details> around (and, for a section holding one, inside) the element `hash` names. */
export function revealTarget(hash: string): HTMLElement | null {
  const id = decodeFragment(hash);
  const target = id === null ? null : document.getElementById(id);
  if (!target) return null;
  const own = target.matches('details') ? target : target.querySelector(':scope > details');
  if (own instanceof HTMLDetailsElement) own.open = true;
  let opened = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  return opened ? target : null;
}

export function watchTargets(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      if (link) revealTarget(link.hash);
    },
    { capture: true },
  );
  window.addEventListener('hashchange', () => revealTarget(location.hash)?.scrollIntoView());
  revealTarget(location.hash)?.scrollIntoView();
}
