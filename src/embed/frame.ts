/**
 * The frame side of an embedded chapter (/embed/<chapter>/). Two ways to read it:
 *
 *   scroll   the host page relays where the frame sits in its viewport (our loader, or a
 *            Pym.js 1.3 parent with `data-pym-trackscroll`): the passages step the visual as
 *            the reader scrolls the host (frame-scroll.ts moves the graphic into view).
 *   stepper  nobody relays (a bare iframe, a CMS that strips scripts, WordPress, or a host that
 *            goes quiet): previous/next buttons and the arrow keys step the visual
 *            (frame-stepper.ts). In the compact layout (oEmbed frames, WordPress) only the
 *            active passage is shown, so the frame fits the 1000 px WordPress allows.
 *
 * Either way the frame reports its content height (frame-height.ts) in every protocol its host
 * may speak (frame-channel.ts). It never sends anything that could navigate or scroll the host,
 * and assumes nothing about its own origin: in WordPress's `sandbox="allow-scripts"` it is
 * opaque (no storage; everything it loads is a CORS request).
 */
import { startEngine } from '../engine/scroll-engine';
import type { Viewport } from '../engine/geometry';
import { parseHostMessage, parseStepParam, stepMessage, type HostCommand } from './messages';
import { isWordpressReady } from './wordpress';
import { readFrame, type FrameContext, type FrameState, type Mode } from './frame-context';
import { routeLinks } from './frame-links';
import { hostChannel } from './frame-channel';
import { createStepper } from './frame-stepper';
import { graphicPlacer } from './frame-scroll';
import { heightReporter } from './frame-height';

/** How long a frame opened in scroll mode waits for its host's first position before stepping. */
const RELAY_TIMEOUT_MS = 4000;
/** Host viewport height changes smaller than this (phone toolbars) do not re-lay the frame out. */
const LAYOUT_HEIGHT_SLACK = 120;
const DEFAULT_HOST_HEIGHT = 700;

function triggerRatio(): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger'));
  return Number.isFinite(value) ? value : 0.5;
}

/** `?step=N`: the passage to open at; a malformed one is said in the notice. */
function openingStep(ctx: FrameContext): number {
  const asked = parseStepParam(ctx.params.get('step'), ctx.steps.length);
  if (!asked.ok && ctx.notice) {
    ctx.notice.textContent = `This embed was asked to open at passage “${asked.raw}”, but this chapter has passages 1 to ${ctx.steps.length}. It opens at passage 1.`;
    ctx.notice.hidden = false;
  }
  return asked.ok && asked.step !== null ? asked.step : 0;
}

export function startFrame(page: HTMLElement): void {
  const ctx = readFrame(page);
  if (!ctx) return;
  const { chapter, steps, scrolly, embedded, params } = ctx;
  routeLinks(page, ctx.story);

  const wantsScroll = params.get('mode') === 'scroll' && embedded && scrolly && !ctx.compact;
  const state: FrameState = { mode: wantsScroll ? 'scroll' : 'stepper', chosen: openingStep(ctx), current: -1, host: null, engine: null };
  /** `?mode=stepper` or the compact layout: relayed positions are ignored. */
  const stepperOnly = params.get('mode') === 'stepper' || ctx.compact;
  let layoutHeight = 0;

  const channel = hostChannel(ctx);
  const stepper = createStepper(ctx, state);
  const placer = graphicPlacer(ctx, state);
  const height = heightReporter(page, channel, () => {
    stepper.pin();
    if (state.mode === 'scroll') placer.schedule();
  });

  function setMode(next: Mode): void {
    state.mode = next;
    page.dataset.mode = next;
    if (ctx?.stepper) ctx.stepper.hidden = next !== 'stepper' || !scrolly;
    document.documentElement.classList.toggle('embed-relayed', next === 'scroll');
    if (next === 'scroll') ctx?.graphic?.classList.remove('is-pinned');
  }
  setMode(state.mode);

  /** The band the reader sees, in this document's client coordinates. */
  function viewport(): Viewport {
    if (state.mode === 'scroll' && state.host) return { top: -state.host.top, height: state.host.height };
    // Stepper: a band whose trigger line sits just below the chosen passage's top, so a sync
    // (on resize, load) keeps the passage the reader chose rather than one from geometry.
    const h = window.innerHeight || DEFAULT_HOST_HEIGHT;
    const top = steps[state.chosen]?.getBoundingClientRect().top ?? 0;
    return { top: top + 1 - h * triggerRatio(), height: h };
  }

  function onStep(_chapter: string, step: number): void {
    state.current = step;
    if (state.mode === 'scroll') state.chosen = step;
    stepper.update(step);
    channel.post(stepMessage(ctx?.id ?? null, chapter, step));
  }

  function applyHost(command: Extract<HostCommand, { kind: 'viewport' }>): void {
    const first = state.host === null;
    state.host = { top: command.top, height: command.height, width: command.width };
    if (first || Math.abs(command.height - layoutHeight) > LAYOUT_HEIGHT_SLACK) {
      layoutHeight = command.height;
      page.style.setProperty('--host-h', `${Math.round(layoutHeight)}px`);
    }
    if (state.mode !== 'scroll') setMode('scroll');
    state.engine?.sync(first);
    // Offscreen cross-origin frames get no rendering steps (so no ResizeObserver callbacks)
    // in Chromium: measure here too, so a frame far down the host page has its height anyway.
    height.send();
    placer.schedule();
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (!embedded || event.source !== window.parent) return;
    if (ctx.trusted !== null && event.origin !== ctx.trusted) return;
    if (isWordpressReady(event.data, ctx.wpSecret)) return height.send(true);
    const command = parseHostMessage(event.data, ctx.id, ctx.pymId);
    if (!command) return;
    if (command.kind === 'viewport') {
      if (scrolly && !stepperOnly) applyHost(command);
    } else {
      height.send(true);
    }
  });

  state.engine = startEngine({ root: page, viewport, observe: false, onStep });
  if (scrolly) {
    state.engine.show(chapter, state.chosen, true);
    stepper.update(state.chosen);
  }
  const opening = steps[state.chosen];
  if (state.mode === 'stepper' && state.chosen > 0 && opening) requestAnimationFrame(() => stepper.reveal(opening));
  stepper.pin();
  window.addEventListener('resize', stepper.pin);

  const first = height.measure();
  height.sent(first);
  channel.postReady(steps.length, first);
  // A Pym.js 1.3 parent with data-pym-trackscroll sends viewport-iframe-position on scroll; the
  // first one switches the frame to scroll mode. We never ask for it: a parent without
  // trackscroll would answer once and then leave the frame stuck at that position.

  if (state.mode === 'scroll') {
    window.setTimeout(() => {
      if (state.host !== null) return;
      setMode('stepper');
      state.engine?.sync(true);
      height.send();
    }, RELAY_TIMEOUT_MS);
  }
  page.dataset.ready = '';
}
