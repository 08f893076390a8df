/**
 * The one copy helper of the page: the chapter actions (Share, Embed) and the passage links all
 * copy through `copyOrSelect`. It writes with the Clipboard API; where that is missing or refused
 * (insecure origins, permissions, old browsers) it selects the text in its element, as a reader
 * would by dragging over it, and says how to copy it by hand. Every outcome is shown and announced
 * through a live region (`say`). The copied elements are plain elements, not form fields: fields
 * make the browser's autofill lay out every closed panel on load (docs/performance.md).
 */

export type CopyOutcome = 'copied' | 'selected';

/** What to say for each outcome. `missing`/`refused` are followed by how to copy by hand. */
export interface CopyMessages {
  copied: string;
  missing: string;
  refused: string;
}

const CLEAR_AFTER_MS = 6000;
const timers = new WeakMap<HTMLElement, number>();

/** The keys that copy a selection on this reader's system. */
export function copyKeys(): string {
  return /Mac|iPhone|iPad|iPod/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
}

/** Selects all the text inside `el`. */
export function selectText(el: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Shows and announces `message` in the live region `status`; `ok` messages clear themselves. */
export function say(status: HTMLElement, message: string, kind: 'ok' | 'warn'): void {
  window.clearTimeout(timers.get(status));
  // Empty first, so the same message twice is announced twice.
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

/**
 * Copies `text`; when the browser will not, selects `fallback`'s text (focusing it unless
 * `focusFallback` is false) and says how to copy it. Reports the outcome in `status`.
 */
export async function copyOrSelect(
  text: string,
  fallback: HTMLElement,
  status: HTMLElement,
  messages: CopyMessages,
  focusFallback = true,
): Promise<CopyOutcome> {
  let why: string | null = null;
  if (!navigator.clipboard?.writeText) why = messages.missing;
  else {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      why = messages.refused;
    }
  }
  if (why === null) {
    say(status, messages.copied, 'ok');
    return 'copied';
  }
  if (focusFallback) fallback.focus();
  selectText(fallback);
  say(status, `${why} Press ${copyKeys()} to copy it.`, 'warn');
  return 'selected';
}
