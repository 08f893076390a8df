/**
 * The frame side of an embedded chapter (/embed/<chapter>/). Two ways to read it:
 *
 *   scroll   the host page relays where the frame sits in its viewport (our loader, or a
 *            Pym.js 1.3 parent with `data-pym-trackscroll`): the passages step the visual as
 *            the reader scrolls the host, and the graphic is moved (transform) to stay in view,
 *            since `position: sticky` cannot see the host's viewport.
 *   stepper  nobody relays (a bare iframe, a CMS that strips scripts, or a host that goes
 *            quiet): previous/next buttons and the arrow keys step the visual; every passage
 *            stays on the page, the active one marked.
 *
 * Either way the frame reports its content height (ResizeObserver, shrinking as well as
 * growing) as our JSON message and, for Pym.js parents, as Pym's `height` message. It never
 * sends anything that could navigate or scroll the host.
 */
import { startEngine, type StoryEngine } from '../engine/scroll-engine';
import type { Viewport } from '../engine/geometry';
import {
  hostOrigin,
  heightMessage,
  isFrameId,
  parseHostMessage,
  parseStepParam,
  pymMessage,
  readyMessage,
  reportableHeight,
  stepMessage,
  type FrameMessage,
  type HostCommand,
} from './messages';

type Mode = 'scroll' | 'stepper';

/** How long a frame opened in scroll mode waits for its host's first position before stepping. */
const RELAY_TIMEOUT_MS = 4000;
/** Host viewport height changes smaller than this (phone toolbars) do not re-lay the frame out. */
const LAYOUT_HEIGHT_SLACK = 120;
const DEFAULT_HOST_HEIGHT = 700;

function triggerRatio(): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger'));
  return Number.isFinite(value) ? value : 0.5;
}

export function startFrame(page: HTMLElement): void {
  const chapter = page.dataset.chapter ?? '';
  const section = page.querySelector<HTMLElement>('section.chapter');
  if (!section) return;
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const scrolly = section.hasAttribute('data-scrolly');
  const params = new URLSearchParams(location.search);
  const ownId = params.get('id');
  const id = isFrameId(ownId) ? ownId : null;
  const pymRaw = params.get('childId');
  const pymId = isFrameId(pymRaw) ? pymRaw : null;
  const embedded = window.parent !== window;
  const trusted = hostOrigin(location.ancestorOrigins ? [...location.ancestorOrigins] : null, document.referrer);

  const graphic = page.querySelector<HTMLElement>('[data-embed-graphic]');
  const body = page.querySelector<HTMLElement>('[data-embed-body]');
  const stepper = page.querySelector<HTMLElement>('[data-embed-stepper]');
  const prev = page.querySelector<HTMLButtonElement>('[data-embed-prev]');
  const next = page.querySelector<HTMLButtonElement>('[data-embed-next]');
  const status = page.querySelector<HTMLElement>('[data-embed-status]');
  const notice = page.querySelector<HTMLElement>('[data-embed-notice]');

  // ---- Links ----
  // <base target="_blank"> sends every link out of the frame, in a new tab; links within the
  // page (a visual's marks pointing at its notes) stay in the frame. Visuals may add links
  // later, so decide at click time.
  // A link to a part of the story that is not in this chapter (a visual's notes shown once, in
  // another chapter) goes to the full story instead, in a new tab.
  const story = page.dataset.story ?? '';
  function routeLink(link: Element): void {
    const href = link.getAttribute('href');
    if (!href?.startsWith('#')) return;
    let inPage = href === '#';
    try {
      inPage ||= document.getElementById(decodeURIComponent(href.slice(1))) !== null;
    } catch {
      inPage = false;
    }
    if (inPage || !story) {
      link.setAttribute('target', '_self');
      return;
    }
    link.setAttribute('href', new URL(href, story).href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  }
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link) routeLink(link);
    },
    true,
  );
  for (const link of page.querySelectorAll('a[href^="#"]')) routeLink(link);
  // Visuals add links later (e.g. a detail card cloned from a template): route those as they come.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('a[href^="#"]')) routeLink(node);
        for (const link of node.querySelectorAll('a[href^="#"]')) routeLink(link);
      }
    }
  }).observe(page, { childList: true, subtree: true });

  // ---- ?step=N ----
  const asked = parseStepParam(params.get('step'), steps.length);
  let chosen = asked.ok && asked.step !== null ? asked.step : 0;
  if (!asked.ok && notice) {
    notice.textContent = `This embed was asked to open at passage “${asked.raw}”, but this chapter has passages 1 to ${steps.length}. It opens at passage 1.`;
    notice.hidden = false;
  }

  // ---- Mode ----
  let mode: Mode = params.get('mode') === 'scroll' && embedded && scrolly ? 'scroll' : 'stepper';
  /** `?mode=stepper`: the host asked for buttons; relayed positions are ignored. */
  const stepperOnly = params.get('mode') === 'stepper';
  let host: { top: number; height: number; width: number } | null = null;
  let layoutHeight = 0;

  function setMode(next: Mode): void {
    mode = next;
    page.dataset.mode = next;
    if (stepper) stepper.hidden = next !== 'stepper' || !scrolly;
    document.documentElement.classList.toggle('embed-relayed', next === 'scroll');
    if (next === 'scroll') graphic?.parentElement?.classList.remove('is-pinned');
  }
  setMode(mode);

  /** The band the reader sees, in this document's client coordinates. */
  function viewport(): Viewport {
    if (mode === 'scroll' && host) return { top: -host.top, height: host.height };
    // Stepper: a band whose trigger line sits just below the chosen passage's top, so a sync
    // (on resize, load) keeps the passage the reader chose rather than one from geometry.
    const height = window.innerHeight || DEFAULT_HOST_HEIGHT;
    const top = steps[chosen]?.getBoundingClientRect().top ?? 0;
    return { top: top + 1 - height * triggerRatio(), height };
  }

  // ---- Messages to the host ----
  const target = trusted ?? '*';
  function post(message: FrameMessage): void {
    if (!embedded) return;
    try {
      window.parent.postMessage(message, target);
    } catch {
      /* the host went away or changed origin: nothing to tell */
    }
  }
  function postPym(type: string, value: string): void {
    if (!embedded || pymId === null) return;
    try {
      window.parent.postMessage(pymMessage(pymId, type, value), target);
    } catch {
      /* as above */
    }
  }

  // ---- Stepper UI ----
  function updateStepper(index: number): void {
    steps.forEach((s, i) => {
      if (i === index) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    });
    if (status) status.textContent = `Passage ${index + 1} of ${steps.length}`;
    prev?.setAttribute('aria-disabled', String(index <= 0));
    next?.setAttribute('aria-disabled', String(index >= steps.length - 1));
  }

  let engine: StoryEngine | null = null;
  let current = -1;
  function onStep(_chapter: string, step: number): void {
    current = step;
    if (mode === 'scroll') chosen = step;
    updateStepper(step);
    post(stepMessage(id, chapter, step));
  }

  /**
   * Brings the chosen passage into this frame's own view, when the frame scrolls inside (a bare
   * iframe of fixed height) and the graphic is pinned: just below it. Never scrolls the host.
   */
  function revealInFrame(el: HTMLElement): void {
    const scroller = document.scrollingElement;
    if (mode !== 'stepper' || !scroller || scroller.scrollHeight <= window.innerHeight + 1) return;
    const column = graphic?.parentElement;
    // Unpinned, scrolling would carry the buttons (and keyboard focus) out of view: stay put.
    if (!column?.classList.contains('is-pinned') || window.innerWidth >= 900) return;
    const cover = column.offsetHeight;
    const box = el.getBoundingClientRect();
    if (box.top >= cover && box.bottom <= window.innerHeight) return;
    window.scrollTo({ top: Math.max(0, window.scrollY + box.top - cover - 8), behavior: 'instant' });
  }

  function go(index: number): void {
    if (!engine || steps.length === 0) return;
    const clamped = Math.max(0, Math.min(steps.length - 1, index));
    if (clamped === chosen && clamped === current) return;
    chosen = clamped;
    engine.show(chapter, chosen);
    updateStepper(chosen);
    const step = steps[chosen];
    if (step) revealInFrame(step);
  }

  prev?.addEventListener('click', () => go(chosen - 1));
  next?.addEventListener('click', () => go(chosen + 1));
  document.addEventListener('keydown', (event) => {
    if (mode !== 'stepper' || !scrolly || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const el = event.target instanceof HTMLElement ? event.target : null;
    if (el?.closest('input, textarea, select, [contenteditable]')) return;
    const onControls = el?.closest('[data-embed-stepper]') !== null && el !== null;
    const back = event.key === 'ArrowLeft' || (onControls && event.key === 'ArrowUp');
    const forward = event.key === 'ArrowRight' || (onControls && event.key === 'ArrowDown');
    if (!back && !forward) return;
    event.preventDefault();
    go(chosen + (forward ? 1 : -1));
  });

  // ---- Scroll mode: layout and graphic placement from the host's viewport ----
  let placeFrame = 0;
  function placeGraphic(): void {
    placeFrame = 0;
    if (!graphic || !body) return;
    if (mode !== 'scroll' || !host) {
      graphic.style.transform = '';
      return;
    }
    const bodyBox = body.getBoundingClientRect();
    const column = graphic.parentElement?.getBoundingClientRect() ?? bodyBox;
    const wide = matchMedia('(min-width: 900px)').matches;
    const inset = wide ? 16 : 0;
    const want = -host.top + inset - column.top;
    const room = bodyBox.bottom - column.top - graphic.offsetHeight;
    const y = Math.max(0, Math.min(want, room));
    graphic.style.transform = y > 0 ? `translate3d(0, ${Math.round(y)}px, 0)` : '';
  }

  function applyHost(command: Extract<HostCommand, { kind: 'viewport' }>): void {
    const first = host === null;
    host = { top: command.top, height: command.height, width: command.width };
    if (first || Math.abs(command.height - layoutHeight) > LAYOUT_HEIGHT_SLACK) {
      layoutHeight = command.height;
      page.style.setProperty('--host-h', `${Math.round(layoutHeight)}px`);
    }
    if (mode !== 'scroll') setMode('scroll');
    engine?.sync(first);
    // Offscreen cross-origin frames get no rendering steps (so no ResizeObserver callbacks)
    // in Chromium: measure here too, so a frame far down the host page has its height anyway.
    sendHeight();
    if (!placeFrame) placeFrame = requestAnimationFrame(placeGraphic);
  }

  // ---- Messages from the host ----
  window.addEventListener('message', (event: MessageEvent) => {
    if (!embedded || event.source !== window.parent) return;
    if (trusted !== null && event.origin !== trusted) return;
    const command = parseHostMessage(event.data, id, pymId);
    if (!command) return;
    if (command.kind === 'viewport') {
      if (scrolly && !stepperOnly) applyHost(command);
    } else {
      sendHeight(true);
    }
  });

  // ---- Height ----
  let lastHeight = -1;
  function measure(): number {
    return reportableHeight(page.getBoundingClientRect().height);
  }
  function sendHeight(force = false): void {
    const height = measure();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    post(heightMessage(id, chapter, height));
    postPym('height', String(height));
  }

  engine = startEngine({ root: page, viewport, observe: false, onStep });
  if (scrolly) {
    engine.show(chapter, chosen, true);
    updateStepper(chosen);
  }
  if (mode === 'stepper' && chosen > 0) {
    const step = steps[chosen];
    if (step) requestAnimationFrame(() => revealInFrame(step));
  }

  /** Pins the graphic over the passages of a stepper that scrolls inside, if it leaves room to read. */
  function pin(): void {
    const column = graphic?.parentElement;
    if (!column) return;
    column.classList.toggle('is-pinned', mode === 'stepper' && column.offsetHeight <= window.innerHeight * 0.6);
  }
  pin();
  window.addEventListener('resize', pin);

  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      pin();
      sendHeight();
      if (mode === 'scroll' && !placeFrame) placeFrame = requestAnimationFrame(placeGraphic);
    }).observe(page);
  }
  // Safari reports a wrong height until something changes (Pym #164); hidden tabs do not lay out (Pym #55).
  window.addEventListener('load', () => sendHeight(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sendHeight(true);
  });
  void document.fonts?.ready.then(() => sendHeight());

  lastHeight = measure();
  post(readyMessage(id, chapter, steps.length, lastHeight));
  postPym('height', String(lastHeight));
  // A Pym.js 1.3 parent with data-pym-trackscroll sends viewport-iframe-position on scroll; the
  // first one switches the frame to scroll mode. We never ask for it: a parent without
  // trackscroll would answer once and then leave the frame stuck at that position.

  if (mode === 'scroll') {
    window.setTimeout(() => {
      if (host !== null) return;
      setMode('stepper');
      engine?.sync(true);
      sendHeight();
    }, RELAY_TIMEOUT_MS);
  }
  page.dataset.ready = '';
}
