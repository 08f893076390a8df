/**
 * Browser half of the weapons visual. State changes themselves are CSS (weapons.css keys on the
 * figure's data-state); this module adds what CSS cannot:
 *   - view buttons (the third state, since-march, has no passage of its own), which ask the
 *     engine for the state (UpdateOptions.request): it holds until the reader reaches another passage,
 *   - a category filter (data-filter on the figure),
 *   - a detail line for the mark under the pointer, tapped, or focused (roving tabindex: one
 *     Tab stop per chart, arrow keys between marks), with its quantity as written and source.
 * `update` is idempotent: it wires the figure once, then only re-syncs to whatever state the
 * figure shows, so an engine change mid-interaction never leaves focus or selection on a hidden mark.
 */
import type { StateOf, UpdateOptions } from '../types';
import type meta from './meta';
import { ariaLabel, detailFor, quantityText, type DetailPayload } from './detail';

type State = StateOf<typeof meta>;

interface Runtime {
  data: DetailPayload;
  /** The engine's request function from the latest update (the view buttons call it). */
  request: (state: State) => void;
  selected: string | null;
  hover: string | null;
}

/** Which data-in token a state shows. */
const TOKEN: Record<State, string> = { 'named-items': '1', packages: '2', 'since-march': '3' };

const runtimes = new WeakMap<HTMLElement, Runtime>();

function activeSvg(root: HTMLElement): SVGSVGElement | null {
  const svgs = [...root.querySelectorAll<SVGSVGElement>('svg.wx-svg')];
  return svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0] ?? null;
}

function isShown(mark: Element, root: HTMLElement): boolean {
  const token = TOKEN[root.dataset.state as State] ?? '';
  const filter = root.dataset.filter;
  const el = mark as SVGGElement;
  return (el.dataset.in ?? '').includes(token) && (!filter || el.dataset.cat === filter);
}

/** Marks a reader can reach now, in reading order. */
function reachable(root: HTMLElement): SVGGElement[] {
  const svg = activeSvg(root);
  if (!svg) return [];
  return [...svg.querySelectorAll<SVGGElement>('.wx-mark')].filter((m) => isShown(m, root));
}

function markKey(el: Element | null): string | null {
  const mark = el?.closest<SVGGElement>('.wx-mark');
  return mark?.dataset.k ?? null;
}

function setRoving(root: HTMLElement, target: SVGGElement | null): void {
  for (const m of root.querySelectorAll<SVGGElement>('.wx-mark')) m.setAttribute('tabindex', m === target ? '0' : '-1');
}

function renderDetail(root: HTMLElement, rt: Runtime): void {
  const box = root.querySelector<HTMLElement>('[data-wx-detail]');
  if (!box) return;
  const key = rt.hover ?? rt.selected;
  const d = key ? detailFor(rt.data, key) : null;
  box.replaceChildren();
  if (!d) {
    const hint = document.createElement('p');
    hint.className = 'wx-hint';
    hint.textContent = 'Hover, tap or arrow-key to a mark: what it is, and its source.';
    box.append(hint);
    return;
  }
  const title = document.createElement('p');
  title.className = 'wx-d-title';
  const dot = document.createElement('span');
  dot.className = 'wx-d-cat';
  dot.style.background = d.color;
  dot.setAttribute('aria-hidden', 'true');
  const strong = document.createElement('strong');
  strong.textContent = d.title;
  title.append(dot, strong);

  const meta = document.createElement('p');
  meta.className = 'wx-d-meta';
  const cat = document.createElement('span');
  cat.className = 'wx-d-catname';
  cat.textContent = ` · ${d.category}`;
  meta.append(quantityText(d), cat, ` · ${d.context} · `);
  d.sources.forEach((s, i) => {
    const a = document.createElement('a');
    a.href = s.url;
    a.rel = 'noopener noreferrer';
    a.textContent = s.text;
    meta.append(i === 0 ? 'Source: ' : '; ', a);
    if (s.kindLabel) {
      // The link is not the publisher's own page: say what it is, as every citation does.
      const kind = document.createElement('small');
      kind.className = 'source-kind';
      kind.textContent = ` (${s.kindLabel})`;
      meta.append(kind);
    }
  });

  const note = document.createElement('p');
  note.className = 'wx-d-note';
  note.textContent = d.note;
  box.append(title, meta, note);
}

function markSelected(root: HTMLElement, rt: Runtime): void {
  for (const m of root.querySelectorAll<SVGGElement>('.wx-mark')) m.classList.toggle('is-selected', m.dataset.k === rt.selected);
}

function select(root: HTMLElement, rt: Runtime, key: string | null): void {
  rt.selected = key;
  rt.hover = null;
  markSelected(root, rt);
  renderDetail(root, rt);
}

/** Brings controls, roving focus and selection in line with the figure's current state and filter. */
function sync(root: HTMLElement, rt: Runtime): void {
  const state = root.dataset.state ?? '';
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === state));
  const marks = reachable(root);
  const svg = activeSvg(root);
  const focused = document.activeElement?.closest<SVGGElement>('.wx-mark') ?? null;
  const selectedMark = marks.find((m) => m.dataset.k === rt.selected) ?? null;
  if (rt.selected && !selectedMark) select(root, rt, null);
  const current = svg?.querySelector<SVGGElement>('.wx-mark[tabindex="0"]') ?? null;
  const keep = current && marks.includes(current) ? current : (selectedMark ?? marks[0] ?? null);
  setRoving(root, keep);
  // Focus stays in the chart when the mark that had it leaves the picture.
  if (focused && !marks.includes(focused) && keep) {
    keep.focus({ preventScroll: true });
    // If the style change has not landed yet, try again on the next frame.
    if (document.activeElement !== keep) requestAnimationFrame(() => keep.focus({ preventScroll: true }));
  }
}

/** Distance from a point to the mark's visible parts, in CSS pixels. */
function distance(mark: SVGGElement, x: number, y: number, state: string): number {
  const parts = [mark.querySelector('.wx-ring') ?? mark];
  if (state === 'packages') parts.push(...mark.querySelectorAll('.wx-label, .wx-band'));
  let best = Infinity;
  for (const part of parts) {
    const r = part.getBoundingClientRect();
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    best = Math.min(best, Math.hypot(dx, dy));
  }
  return best;
}

function nearest(root: HTMLElement, x: number, y: number, within: number): SVGGElement | null {
  const state = root.dataset.state ?? '';
  let found: SVGGElement | null = null;
  let best = within;
  for (const m of reachable(root)) {
    const d = distance(m, x, y, state);
    if (d <= best) {
      best = d;
      found = m;
    }
  }
  return found;
}

function wire(root: HTMLElement, request: (state: State) => void): Runtime {
  const existing = runtimes.get(root);
  if (existing) {
    existing.request = request;
    return existing;
  }
  let data: DetailPayload = { cats: [], pkgs: [], reasons: [], src: [], named: {}, items: [] };
  try {
    data = JSON.parse(root.querySelector('[data-wx-details]')?.textContent ?? '{}') as DetailPayload;
  } catch {
    /* no details: marks still work, the detail line says nothing */
  }
  const rt: Runtime = { data, request, selected: null, hover: null };
  runtimes.set(root, rt);

  // Marks become a keyboard-reachable list only now: without this script they are a picture.
  for (const group of root.querySelectorAll<SVGGElement>('.wx-marks')) {
    group.setAttribute('role', 'list');
    group.setAttribute('aria-label', 'Items drawn; use the arrow keys to move between them');
  }
  for (const mark of root.querySelectorAll<SVGGElement>('.wx-mark')) {
    const d = detailFor(data, mark.dataset.k ?? '');
    mark.setAttribute('role', 'listitem');
    mark.setAttribute('tabindex', '-1');
    if (d) mark.setAttribute('aria-label', ariaLabel(d));
  }
  root.querySelector('[data-wx-controls]')?.removeAttribute('hidden');
  root.querySelector('[data-wx-detail]')?.removeAttribute('hidden');

  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    // The engine checks the name against the figure's states (the buttons are built from meta.ts).
    b.addEventListener('click', () => rt.request(b.dataset.view as State));
  }
  const filter = root.querySelector<HTMLSelectElement>('[data-wx-filter]');
  filter?.addEventListener('change', () => {
    if (filter.value) root.dataset.filter = filter.value;
    else delete root.dataset.filter;
    sync(root, rt);
  });

  for (const svg of root.querySelectorAll<SVGSVGElement>('svg.wx-svg')) {
    svg.addEventListener('click', (event) => {
      const hit = nearest(root, event.clientX, event.clientY, 28);
      if (!hit) return;
      setRoving(root, hit);
      select(root, rt, hit.dataset.k ?? null);
    });
    svg.addEventListener('pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      const hit = nearest(root, event.clientX, event.clientY, 16);
      const key = hit?.dataset.k ?? null;
      if (key === rt.hover) return;
      rt.hover = key;
      renderDetail(root, rt);
    });
    svg.addEventListener('pointerleave', () => {
      if (rt.hover === null) return;
      rt.hover = null;
      renderDetail(root, rt);
    });
    svg.addEventListener('focusin', (event) => {
      const key = markKey(event.target as Element);
      const mark = (event.target as Element).closest<SVGGElement>('.wx-mark');
      if (!key || !mark) return;
      setRoving(root, mark);
      select(root, rt, key);
    });
    svg.addEventListener('keydown', (event) => {
      const mark = (event.target as Element).closest<SVGGElement>('.wx-mark');
      if (!mark) return;
      const marks = reachable(root);
      const i = marks.indexOf(mark);
      let next: SVGGElement | undefined;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = marks[Math.min(marks.length - 1, i + 1)];
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = marks[Math.max(0, i - 1)];
          break;
        case 'Home':
          next = marks[0];
          break;
        case 'End':
          next = marks[marks.length - 1];
          break;
        case 'Escape':
          select(root, rt, null);
          event.preventDefault();
          return;
        case 'Enter':
        case ' ':
          select(root, rt, mark.dataset.k ?? null);
          event.preventDefault();
          return;
        default:
          return;
      }
      event.preventDefault();
      if (next) {
        setRoving(root, next);
        next.focus({ preventScroll: true });
      }
    });
  }
  // Switching artboards (phone rotated, window resized) moves the Tab stop to the visible one.
  window.addEventListener('resize', () => sync(root, rt));
  renderDetail(root, rt);
  return rt;
}

export function update(root: HTMLElement, _state: State, options: UpdateOptions<State>): void {
  const rt = wire(root, options.request);
  sync(root, rt);
}
