/**
 * What an embed page's frame knows at start: its chapter and passages, the elements it drives,
 * who embeds it (URL parameters, the host's origin, WordPress's secret) and which layout it is
 * in; and the state the frame's parts share while it runs. Read once by startFrame (frame.ts).
 */
import type { StoryEngine } from '../engine/scroll-engine';
import { hostOrigin, isFrameId } from './messages';
import { wordpressSecret } from './wordpress';

export type Mode = 'scroll' | 'stepper';

export interface FrameContext {
  page: HTMLElement;
  chapter: string;
  steps: HTMLElement[];
  /** The chapter has a visual to step. */
  scrolly: boolean;
  params: URLSearchParams;
  /** Our loader's frame id (`?id=`) and a Pym.js parent's (`?childId=`). */
  id: string | null;
  pymId: string | null;
  embedded: boolean;
  /** The host page's origin, when the browser tells us; messages go only there. */
  trusted: string | null;
  /** WordPress's `#?secret=`: the host speaks WordPress's embed protocol (wordpress.ts). */
  wpSecret: string | null;
  /** The compact stepper (graphic, Previous/Next, one passage): oEmbed frames and WordPress. */
  compact: boolean;
  /** Absolute URL of the story, for links that leave the chapter. */
  story: string;
  graphic: HTMLElement | null;
  body: HTMLElement | null;
  stepper: HTMLElement | null;
  prev: HTMLButtonElement | null;
  next: HTMLButtonElement | null;
  status: HTMLElement | null;
  notice: HTMLElement | null;
}

/** The host's visible band, relayed in scroll mode. */
export interface HostBand {
  top: number;
  height: number;
  width: number;
}

export interface FrameState {
  mode: Mode;
  /** The passage the reader chose (stepper) or the one active (scroll). */
  chosen: number;
  /** The passage the engine last made active, -1 before the first. */
  current: number;
  host: HostBand | null;
  engine: StoryEngine | null;
}

/** The compact layout's class on <html>; the embed page's head sets it before first paint. */
export const COMPACT_CLASS = 'embed-compact';

export function readFrame(page: HTMLElement): FrameContext | null {
  const section = page.querySelector<HTMLElement>('section.chapter');
  if (!section) return null;
  const params = new URLSearchParams(location.search);
  const ownId = params.get('id');
  const pymRaw = params.get('childId');
  const wpSecret = wordpressSecret(location.hash);
  const compact = wpSecret !== null || params.get('layout') === 'compact' || document.documentElement.classList.contains(COMPACT_CLASS);
  document.documentElement.classList.toggle(COMPACT_CLASS, compact);
  const q = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector);
  return {
    page,
    chapter: page.dataset.chapter ?? '',
    steps: [...section.querySelectorAll<HTMLElement>('[data-step]')],
    scrolly: section.hasAttribute('data-scrolly'),
    params,
    id: isFrameId(ownId) ? ownId : null,
    pymId: isFrameId(pymRaw) ? pymRaw : null,
    embedded: window.parent !== window,
    trusted: hostOrigin(location.ancestorOrigins ? [...location.ancestorOrigins] : null, document.referrer),
    wpSecret,
    compact,
    story: page.dataset.story ?? '',
    graphic: q('[data-embed-graphic]'),
    body: q('[data-embed-body]'),
    stepper: q('[data-embed-stepper]'),
    prev: q<HTMLButtonElement>('[data-embed-prev]'),
    next: q<HTMLButtonElement>('[data-embed-next]'),
    status: q('[data-embed-status]'),
    notice: q('[data-embed-notice]'),
  };
}
