/**
 * The frame reports its content height (shrinking as well as growing) whenever it may have
 * changed: a ResizeObserver, `load`, fonts ready, the tab becoming visible again (Pym.js #55,
 * #164) and when asked. Nothing here sizes itself from the frame's own height, so there is no
 * resize loop.
 */
import { reportableHeight } from './messages';
import type { HostChannel } from './frame-channel';

export interface HeightReporter {
  measure(): number;
  /** Sends the height if it changed (or always, with `force`). */
  send(force?: boolean): void;
  /** Records a height already reported (with the ready message). */
  sent(height: number): void;
}

export function heightReporter(page: HTMLElement, channel: HostChannel, onResize: () => void): HeightReporter {
  let last = -1;
  const measure = (): number => reportableHeight(page.getBoundingClientRect().height);
  function send(force = false): void {
    const height = measure();
    if (!force && height === last) return;
    last = height;
    channel.postHeight(height);
  }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      onResize();
      send();
    }).observe(page);
  }
  // Safari reports a wrong height until something changes (Pym #164); hidden tabs do not lay out (Pym #55).
  window.addEventListener('load', () => send(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') send(true);
  });
  void document.fonts?.ready.then(() => send());
  return {
    measure,
    send,
    sent(height) {
      last = height;
    },
  };
}
