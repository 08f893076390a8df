/**
 * The chapter actions (src/components/ChapterActions.astro), enhanced: Share copies the
 * chapter's link and offers the native share sheet where there is one; Embed copies its code.
 * All copying goes through src/scripts/copy.ts. One set of delegated listeners serves every chapter.
 */
import { copyKeys, copyOrSelect, say, selectText } from './copy';
import { initPopovers } from './popovers';

function canShareNatively(url: string): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare ? navigator.canShare({ url }) : true;
  } catch {
    return false;
  }
}

function copyShareLink(control: HTMLElement): void {
  const link = control.querySelector<HTMLElement>('[data-share-url]');
  const status = control.querySelector<HTMLElement>('[data-share-status]');
  if (!link || !status) return;
  void copyOrSelect(control.dataset.url ?? '', link, status, {
    copied: 'Link copied. Paste it anywhere to share this chapter.',
    missing: 'This browser does not let the page copy. The link is selected above.',
    refused: 'The browser did not allow copying. The link is selected above.',
  });
}

async function nativeShare(control: HTMLElement): Promise<void> {
  const data: ShareData = { title: control.dataset.title ?? document.title, url: control.dataset.url ?? '' };
  if (control.dataset.text) data.text = control.dataset.text;
  try {
    await navigator.share(data);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return; // the reader closed the sheet
    const link = control.querySelector<HTMLElement>('[data-share-url]');
    const status = control.querySelector<HTMLElement>('[data-share-status]');
    if (!link || !status) return;
    link.focus();
    selectText(link);
    say(status, `The share sheet did not open. The link is selected above: press ${copyKeys()} to copy it.`, 'warn');
  }
}

function copyEmbedCode(button: HTMLElement): void {
  const panel = button.closest<HTMLElement>('[data-embed-panel]');
  const code = panel?.querySelector<HTMLElement>(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`);
  const status = panel?.querySelector<HTMLElement>('[data-embed-status]');
  if (!code || !status) return;
  void copyOrSelect(code.textContent ?? '', code, status, {
    copied: 'Embed code copied. Paste it into your page’s HTML.',
    missing: 'Could not copy automatically. The code is selected.',
    refused: 'Could not copy automatically. The code is selected.',
  });
}

let started = false;

export function initChapterActions(): void {
  initPopovers();
  for (const control of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const native = control.querySelector<HTMLElement>('[data-share-native]');
    if (native) native.hidden = !canShareNatively(control.dataset.url ?? '');
  }
  if (started) return;
  started = true;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const share = target?.closest<HTMLElement>('[data-share]');
    if (share && target?.closest('[data-share-copy]')) copyShareLink(share);
    else if (share && target?.closest('[data-share-native]')) void nativeShare(share);
    const embed = target?.closest<HTMLElement>('[data-embed-copy]');
    if (embed) copyEmbedCode(embed);
  });
  // A closed panel forgets its message.
  document.addEventListener(
    'toggle',
    (event) => {
      const panel = event.target;
      if (panel instanceof HTMLElement && panel.classList.contains('action-panel') && (event as ToggleEvent).newState === 'closed') {
        const status = panel.querySelector<HTMLElement>('.action-status');
        if (status) status.textContent = '';
      }
    },
    true,
  );
}
