/**
 * Browser half of the Kherson map. CSS (keyed on the figure's data-state) moves the camera
 * and switches layers; this module only tweens the line of contact between the two
 * snapshots, 7 Nov (t = 0) and 12 Nov (t = 1), using the matching point lists built at
 * build (data-d0 / data-d1), and the 7 Nov area clipped to what the line still encloses.
 *
 * The withdrawal should be seen, not arrive already done: when the chapter is first
 * prepared off screen (an instant update to "withdrawal" while the figure is not in view),
 * the map is set to 7 Nov and the tween plays once the figure is mostly in view. Deep links,
 * resizes and reduced motion jump straight to the end, as the contract asks.
 */
import { interpolateString } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import type { StateOf, UpdateOptions } from '../types';
import type meta from './meta';

interface Runtime {
  /** Whether update() has run for this figure before (the engine's first sync is instant). */
  seen: boolean;
  t: number;
  frame: number;
  observer: IntersectionObserver | null;
  morphs: { el: SVGPathElement; at: (t: number) => string }[];
  bridgehead: SVGGElement | null;
}

const runtimes = new WeakMap<HTMLElement, Runtime>();
const DURATION_MS = 2600;

function runtimeOf(root: HTMLElement): Runtime {
  let rt = runtimes.get(root);
  if (!rt) {
    const morphs = [...root.querySelectorAll<SVGPathElement>('path.km-morph')].flatMap((el) => {
      const d0 = el.dataset.d0;
      const d1 = el.dataset.d1;
      return d0 && d1 ? [{ el, at: interpolateString(d0, d1) }] : [];
    });
    const current = morphs[0]?.el.getAttribute('d') === morphs[0]?.el.dataset.d0 ? 0 : 1;
    rt = { seen: false, t: current, frame: 0, observer: null, morphs, bridgehead: root.querySelector<SVGGElement>('.km-bridgehead') };
    runtimes.set(root, rt);
  }
  return rt;
}

function draw(rt: Runtime, t: number): void {
  rt.t = t;
  for (const m of rt.morphs) m.el.setAttribute('d', t <= 0 ? (m.el.dataset.d0 ?? '') : t >= 1 ? (m.el.dataset.d1 ?? '') : m.at(t));
  // The clipped 7 Nov area shows only while the line has not reached 12 Nov.
  if (rt.bridgehead) rt.bridgehead.style.opacity = t < 1 ? '1' : '';
}

function stop(rt: Runtime): void {
  if (rt.frame) cancelAnimationFrame(rt.frame);
  rt.frame = 0;
  rt.observer?.disconnect();
  rt.observer = null;
}

function play(rt: Runtime, target: number): void {
  const start = rt.t;
  const span = Math.abs(target - start);
  if (span === 0) return draw(rt, target);
  const duration = DURATION_MS * span;
  let began = 0;
  const tick = (now: number) => {
    began ||= now;
    const f = Math.min(1, (now - began) / duration);
    draw(rt, start + (target - start) * easeCubicInOut(f));
    rt.frame = f < 1 ? requestAnimationFrame(tick) : 0;
  };
  rt.frame = requestAnimationFrame(tick);
}

function inView(root: HTMLElement): boolean {
  const r = root.getBoundingClientRect();
  const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
  return r.height > 0 && visible / Math.min(r.height, window.innerHeight) >= 0.5;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function update(root: HTMLElement, state: StateOf<typeof meta>, options: UpdateOptions<StateOf<typeof meta>>): void {
  const rt = runtimeOf(root);
  if (rt.morphs.length === 0) return; // this chapter's map has no line to tween
  stop(rt); // retarget: never queue behind a running tween
  const target = state === 'before' ? 0 : 1;
  const first = !rt.seen;
  rt.seen = true;
  if (options.instant || reducedMotion()) {
    if (state === 'withdrawal' && first && !reducedMotion() && !inView(root) && 'IntersectionObserver' in window) {
      // Prepared off screen: show 7 Nov now, play the withdrawal when the reader arrives.
      draw(rt, 0);
      rt.observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.intersectionRatio >= 0.5)) return;
          rt.observer?.disconnect();
          rt.observer = null;
          if (root.dataset.state === 'withdrawal') play(rt, 1);
          else draw(rt, root.dataset.state === 'before' ? 0 : 1);
        },
        { threshold: [0.5] },
      );
      rt.observer.observe(root);
      return;
    }
    draw(rt, target);
    return;
  }
  play(rt, target);
}
