/**
 * Passage links (the link icon beside each passage, src/components/Passage.astro): a click copies
 * the passage's full address, puts it in the address bar without a history entry, and says so in
 * a live region; when the browser will not copy, the address is shown selected, ready for Ctrl+C.
 * Without JavaScript the icon is a plain link to the passage.
 */
import { copyOrSelect } from './copy';

let toast: { box: HTMLElement; status: HTMLElement; url: HTMLElement } | null = null;

/** One small notice at the bottom of the view, made once: fixed, so it never moves the page. */
function notice(): NonNullable<typeof toast> {
  if (toast) return toast;
  const box = document.createElement('div');
  box.className = 'copy-toast';
  box.dataset.noPrint = '';
  const status = document.createElement('p');
  status.className = 'copy-toast-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const url = document.createElement('span');
  url.className = 'copy-toast-url';
  box.append(status, url);
  document.body.append(box);
  toast = { box, status, url };
  return toast;
}

function copyPassageLink(link: HTMLAnchorElement): void {
  const hash = link.hash;
  const url = new URL(hash, location.href).href;
  history.replaceState(history.state, '', hash);
  const { box, status, url: shown } = notice();
  // The address is shown with the message (what was copied, or what to copy by hand).
  shown.textContent = url;
  void copyOrSelect(
    url,
    shown,
    status,
    {
      copied: 'Link to this passage copied.',
      missing: 'This browser does not let the page copy. The link is selected below.',
      refused: 'The browser did not allow copying. The link is selected below.',
    },
    false,
  ).then((outcome) => {
    box.dataset.kind = outcome === 'copied' ? 'ok' : 'warn';
  });
}

let started = false;

export function initPassageLinks(): void {
  if (started) return;
  started = true;
  notice();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-passage-link]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    copyPassageLink(link);
  });
  // Escape or a click elsewhere dismisses a notice that waits for the reader.
  const dismiss = (): void => {
    if (toast?.box.dataset.kind === 'warn') toast.status.textContent = '';
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  document.addEventListener('pointerdown', (event) => {
    if (toast && event.target instanceof Node && !toast.box.contains(event.target)) dismiss();
  });
}
