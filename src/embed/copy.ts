/**
 * The Embed action's copy buttons (src/components/EmbedButton.astro). Copies with the Clipboard
 * API; where that is missing or refused (insecure origins, permissions, old browsers) it
 * selects the code in its box and says, visibly and to screen readers, how to
 * copy it by hand. One delegated listener serves every chapter.
 */

import { selectText } from '../scripts/select-text';

export type CopyOutcome = 'copied' | 'selected';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies `field`'s text (its <pre>); falls back to selecting it. Announces the outcome in `status`. */
export async function copyField(field: HTMLElement, status: HTMLElement | null): Promise<CopyOutcome> {
  const copied = await writeClipboard(field.textContent ?? '');
  if (!copied) {
    field.focus();
    selectText(field);
  }
  if (status) {
    // Clear first so repeating the same message is announced again.
    status.textContent = '';
    const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
    const text = copied
      ? 'Embed code copied. Paste it into your page’s HTML.'
      : `Could not copy automatically. The code is selected: press ${mac ? '⌘C' : 'Ctrl+C'} to copy it.`;
    requestAnimationFrame(() => (status.textContent = text));
    status.dataset.outcome = copied ? 'copied' : 'selected';
  }
  return copied ? 'copied' : 'selected';
}

export function initEmbedCopy(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-embed-copy]') : null;
    if (!button) return;
    const panel = button.closest('[data-embed-panel]');
    const field = panel?.querySelector<HTMLElement>(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`);
    if (!field) return;
    void copyField(field, panel?.querySelector<HTMLElement>('[data-embed-status]') ?? null);
  });
}
