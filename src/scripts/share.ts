/**
 * Share controls (src/components/ShareButton.astro), enhanced: copy the chapter's link with a
 * visible, announced confirmation; fall back to selecting the link when the Clipboard API is
 * missing or refused; offer the native share sheet where navigator.share exists; Escape closes.
 * One set of delegated listeners serves every chapter.
 */

import { selectText } from './select-text';

const CLEAR_AFTER_MS = 6000;

function isApple(): boolean {
  return /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);
}

function controlOf(target: EventTarget | null): HTMLDetailsElement | null {
  return target instanceof Element ? target.closest<HTMLDetailsElement>('details[data-share]') : null;
}

const timers = new WeakMap<HTMLElement, number>();

/** Shows and announces a message in the control's live region; `ok` messages clear themselves. */
function say(control: HTMLElement, message: string, kind: 'ok' | 'warn'): void {
  const status = control.querySelector<HTMLElement>('[data-share-status]');
  if (!status) return;
  window.clearTimeout(timers.get(status));
  // Empty first so the same message twice is announced twice.
  status.textContent = '';
  status.dataset.kind = kind;
  requestAnimationFrame(() => {
    status.textContent = message;
  });
  if (kind === 'ok') {
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = '';
        delete status.dataset.kind;
      }, CLEAR_AFTER_MS),
    );
  }
}

/** The fallback: the link focused and its text selected, with how to copy it. */
function selectLink(control: HTMLElement, why: string): void {
  const link = control.querySelector<HTMLElement>('[data-share-url]');
  if (link) {
    link.focus();
    selectText(link);
  }
  const keys = isApple() ? '⌘C' : 'Ctrl+C';
  say(control, `${why} The link is selected above: press ${keys} to copy it.`, 'warn');
}

async function copy(control: HTMLElement): Promise<void> {
  const url = control.dataset.url ?? '';
  if (!navigator.clipboard?.writeText) {
    selectLink(control, 'This browser does not let the page copy.');
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
    say(control, 'Link copied. Paste it anywhere to share this chapter.', 'ok');
  } catch {
    selectLink(control, 'The browser did not allow copying.');
  }
}

async function nativeShare(control: HTMLElement): Promise<void> {
  const data: ShareData = { title: control.dataset.title ?? document.title, url: control.dataset.url ?? '' };
  if (control.dataset.text) data.text = control.dataset.text;
  try {
    await navigator.share(data);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return; // the reader closed the sheet
    selectLink(control, 'The share sheet did not open.');
  }
}

function canShareNatively(url: string): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare ? navigator.canShare({ url }) : true;
  } catch {
    return false;
  }
}

let started = false;

export function initShare(root: ParentNode = document): void {
  for (const control of root.querySelectorAll<HTMLElement>('details[data-share]')) {
    const native = control.querySelector<HTMLElement>('[data-share-native]');
    if (native) native.hidden = !canShareNatively(control.dataset.url ?? '');
  }
  if (started) return;
  started = true;

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = controlOf(target);
    if (!control || !target) return;
    if (target.closest('[data-share-copy]')) void copy(control);
    else if (target.closest('[data-share-native]')) void nativeShare(control);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const control = controlOf(event.target);
    if (!control?.open) return;
    control.open = false;
    control.querySelector<HTMLElement>('summary')?.focus();
  });
  // A closed panel forgets its message.
  document.addEventListener(
    'toggle',
    (event) => {
      const control = controlOf(event.target);
      if (control && !control.open) {
        const status = control.querySelector<HTMLElement>('[data-share-status]');
        if (status) status.textContent = '';
      }
    },
    true,
  );
}
