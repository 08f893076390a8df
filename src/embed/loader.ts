/**
 * /embed.js — the loader a host page adds once, with one placeholder per embedded chapter:
 *
 *   <div data-mixed-messages-embed="kherson"><a href="…/#kherson">…</a></div>
 *   <script async src="https://…/embed.js"></script>
 *
 * For each placeholder it creates the chapter's iframe (titled, lazy, sandboxed, no
 * scrollbars), applies the heights the frame reports, and relays where the frame sits in the
 * host's viewport on scroll and resize (one batch per animation frame, passive listeners), so
 * the passages step the visual as the reader scrolls the host page. Frames are independent.
 * Messages are accepted only from the frame's own window and our origin, in our JSON shape.
 *
 * Built at build time by src/pages/embed.js.ts (esbuild), with the story's chapters baked in
 * as __CHAPTERS__ so unknown chapter ids get a clear message instead of a broken frame.
 */
import { isChapterId, isFrameId, parseFrameMessage, parseStepParam, viewportMessage } from './messages';

declare const __CHAPTERS__: Record<string, string>;
declare const __STORY_TITLE__: string;

interface Embed {
  id: string;
  chapter: string;
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** Last relayed position, to skip frames that have not moved. */
  sent: string;
  ready: boolean;
  /** False for `data-mode="stepper"` embeds: they step by buttons, not by the host's scrolling. */
  relay: boolean;
  /** Height of the host's own sticky header (`data-top-offset`), which the graphic keeps clear of. */
  offset: number;
}

interface Api {
  version: number;
  /** Looks for placeholders added since the last scan (pages that insert content later). */
  scan(): void;
}

const ATTR = 'data-mixed-messages-embed';
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** Frames within this many viewports of the visible band get positions every frame. */
const NEAR = 1;

/** Replaces a placeholder that cannot be embedded with a note saying why and a link to the story. */
function showProblem(host: HTMLElement, origin: string, text: string): void {
  const note = document.createElement('p');
  note.setAttribute('role', 'note');
  note.style.cssText = 'font:14px/1.4 system-ui,sans-serif;border-left:3px solid #b3261e;padding:8px 12px;margin:0;background:#fff;color:#1a1a1a';
  note.textContent = text;
  const link = document.createElement('a');
  link.href = `${origin}/`;
  link.textContent = `Read “${__STORY_TITLE__}”`;
  link.target = '_blank';
  link.rel = 'noopener';
  note.append(' ', link, '.');
  host.replaceChildren(note);
  console.warn(`[mixed-messages embed] ${text}`);
}

/** The chapter's iframe: titled, lazy, sandboxed, no scrollbars; its height comes from the frame's reports. */
function chapterFrame(url: URL, headline: string, id: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = `${headline} — interactive chapter from “${__STORY_TITLE__}”`;
  iframe.loading = 'lazy';
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  iframe.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:600px';
  iframe.setAttribute('data-mixed-messages-frame', id);
  return iframe;
}

/** The host's sticky header height from `data-top-offset` (0 to 400 px; anything else is 0). */
function topOffset(host: HTMLElement): number {
  const raw = host.getAttribute('data-top-offset') ?? '';
  return /^\d{1,3}$/.test(raw) ? Math.min(400, Number(raw)) : 0;
}

/**
 * Where a frame sits in the band the reader sees (below the host's sticky header, if it has one),
 * and a key that changes when that moves. Far frames share one key per side: they get one last
 * position (so they settle), then nothing until they come near.
 */
function framePosition(box: DOMRect, offset: number, height: number, width: number): { top: number; band: number; key: string } {
  const band = Math.max(1, height - offset);
  const top = Math.round((box.top - offset) * 10) / 10;
  const near = box.bottom - offset >= -band * NEAR && top <= band * (1 + NEAR);
  return { top, band, key: near ? `${top} ${band} ${width}` : `far ${top < 0 ? 'above' : 'below'} ${band} ${width}` };
}

(function main(): void {
  const w = window as Window & { MixedMessagesEmbed?: Api };
  if (w.MixedMessagesEmbed) {
    // A second copy of the script on the same page: let the first one handle everything.
    w.MixedMessagesEmbed.scan();
    return;
  }
  // Our own address tells us where the story lives (currentScript is null in modules: look it up).
  const script =
    document.currentScript instanceof HTMLScriptElement ? document.currentScript : document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
  let origin: string;
  try {
    origin = new URL(script?.src ?? '').origin;
  } catch {
    // Without its own address the loader cannot know where the story lives.
    return;
  }
  if (origin === 'null') return;

  const chapters = __CHAPTERS__;
  const embeds: Embed[] = [];
  let counter = 0;
  let frame = 0;

  function mount(host: HTMLElement): void {
    host.setAttribute('data-mixed-messages-mounted', '');
    const chapter = (host.getAttribute(ATTR) ?? '').trim();
    const headline = isChapterId(chapter) && Object.prototype.hasOwnProperty.call(chapters, chapter) ? chapters[chapter] : undefined;
    if (headline === undefined) {
      const known = Object.keys(chapters).join(', ');
      showProblem(host, origin, `There is no chapter “${chapter.slice(0, 60)}” to embed. Known chapters: ${known}.`);
      return;
    }
    const wanted = host.getAttribute('data-id');
    const id = isFrameId(wanted) && !embeds.some((e) => e.id === wanted) ? wanted : `mm-embed-${++counter}`;
    const url = new URL(`/embed/${chapter}/`, origin);
    url.searchParams.set('id', id);
    const stepper = host.getAttribute('data-mode') === 'stepper';
    url.searchParams.set('mode', stepper ? 'stepper' : 'scroll');
    const step = host.getAttribute('data-step');
    if (step !== null && parseStepParam(step, 1000).ok) url.searchParams.set('step', step);

    const iframe = chapterFrame(url, headline, id);
    host.replaceChildren(iframe);
    embeds.push({ id, chapter, host, frame: iframe, sent: '', ready: false, relay: !stepper, offset: topOffset(host) });
  }

  function scan(): void {
    for (const host of document.querySelectorAll<HTMLElement>(`[${ATTR}]:not([data-mixed-messages-mounted])`)) mount(host);
  }

  function relay(force: boolean): void {
    const height = window.innerHeight || document.documentElement.clientHeight;
    const width = window.innerWidth || document.documentElement.clientWidth;
    for (let i = embeds.length - 1; i >= 0; i--) {
      const embed = embeds[i]!;
      if (!embed.frame.isConnected) {
        embeds.splice(i, 1);
        continue;
      }
      const target = embed.frame.contentWindow;
      if (!embed.ready || !embed.relay || !target) continue;
      const { top, band, key } = framePosition(embed.frame.getBoundingClientRect(), embed.offset, height, width);
      if (!force && key === embed.sent) continue;
      embed.sent = key;
      target.postMessage(viewportMessage(embed.id, top, band, width), origin);
    }
  }

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      relay(false);
    });
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const embed = embeds.find((e) => e.frame.contentWindow !== null && e.frame.contentWindow === event.source);
    if (!embed) return;
    const message = parseFrameMessage(event.data, embed.id);
    if (!message || message.chapter !== embed.chapter) return;
    if (message.type === 'ready' || message.type === 'height') {
      // At least 1 px so a frame never collapses out of reach of its own resize reports.
      embed.frame.style.height = `${Math.max(1, message.height)}px`;
    }
    if (message.type === 'ready') {
      embed.ready = true;
      embed.sent = '';
      relay(true);
    }
    embed.host.dispatchEvent(new CustomEvent(`mixed-messages:${message.type}`, { detail: { ...message }, bubbles: true }));
  });

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // Heights of frames above change positions too: re-relay when the page's layout moves.
  if (typeof ResizeObserver === 'function') new ResizeObserver(schedule).observe(document.documentElement);

  let rescan = 0;
  const observer = new MutationObserver(() => {
    if (rescan) return;
    rescan = requestAnimationFrame(() => {
      rescan = 0;
      scan();
    });
  });
  const start = (): void => {
    scan();
    observer.observe(document.body, { childList: true, subtree: true });
  };
  w.MixedMessagesEmbed = { version: 1, scan };
  if (document.readyState === 'loading') {
    scan();
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();
})();
