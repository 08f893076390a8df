/**
 * Setting a figure's state: the attribute first (CSS keys on it), the screen-reader description,
 * then the visual's own client. A visual may ask for a state itself (a view button) through
 * `request` in the update options; the engine applies it here, the same way as a passage's.
 */
import { loadVisualClient } from '../visuals/client-registry';

function descriptionsOf(figure: HTMLElement): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(figure.dataset.descriptions ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Whether `state` is one the figure knows (its descriptions list every state of its visual). */
export function knowsState(figure: HTMLElement, state: string): boolean {
  return Object.hasOwn(descriptionsOf(figure), state);
}

/** Called when a visual asks for a state; the engine decides whether and how to apply it. */
export type RequestHandler = (figure: HTMLElement, state: string) => void;

/**
 * Brings `figure` to `state`. With `render`, the visual's client (loaded on first need) is told;
 * `onRequest` receives what the client asks for through UpdateOptions.request.
 */
export function applyState(figure: HTMLElement, state: string, instant: boolean, render: boolean, onRequest: RequestHandler): void {
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
        client.update(figure, current, { instant: instant || current !== state, from, request: (next) => onRequest(figure, next) });
      } catch (error) {
        console.warn(`visual "${name}" failed to update; its static picture stays`, error);
      }
    }
    performance.mark(`visual:${figure.id}`); // benchmark hook: time to each visual's render (docs/performance.md)
  });
}
