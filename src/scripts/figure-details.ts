/**
 * Details on chart marks, without links (issue #14). A visual marks elements with `detail(text)`
 * (src/visuals/kit/details.ts: `data-detail="…"`); this script makes them readable by every reader:
 *
 * - Keyboard: the marks of one figure are ONE tab stop (roving tabindex). The stop is a mark the
 *   current state shows; arrows (and Home/End) move between the shown marks in reading order
 *   (rows top to bottom, left to right in a row); Esc leaves the group for the active passage.
 * - Pointer and touch: hover, tap or focus shows the detail in one tooltip per figure, fixed over
 *   the graphic inside the viewport (it never moves the layout or scrolls anything).
 * - Screen readers: each mark is `role="img"` named by its detail text.
 *
 * "Shown" is what the reader sees now: rendered (not display:none), not visibility:hidden, not
 * opacity 0 (itself or an ancestor: a figure that is not shown, a hidden artboard) and with a box.
 * It changes with the state, so each figure is looked at again when its `data-state` or class
 * changes, when its marks change, on resize, and once more after its transitions have ended.
 */
import { DETAIL_ATTR } from '../visuals/kit/details';

const MARK = `[${DETAIL_ATTR}]`;
/** Longer than any visual's state transition: look again once the picture has settled. */
const SETTLE_MS = 900;
/** Space kept between the tooltip and the mark, and between the tooltip and the window's edges. */
const GAP = 8;

interface Group {
  figure: HTMLElement;
  /** The mark that holds the group's tab stop (tabindex 0). */
  stop: Element | null;
  /** Marks shown in the current state, in reading order (valid after refresh). */
  shown: Element[];
  tip: HTMLElement | null;
  /** The mark whose detail the tooltip shows. */
  tipFor: Element | null;
  timer: number;
  frame: number;
}

const groups = new Map<HTMLElement, Group>();

function isShown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 && r.height <= 0) return false;
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** Reading order: marks grouped into rows (vertically overlapping centers), rows top to bottom, each row left to right. */
export function readingOrder<T>(items: { item: T; box: { top: number; bottom: number; left: number } }[]): T[] {
  const byTop = [...items].sort((a, b) => (a.box.top + a.box.bottom) / 2 - (b.box.top + b.box.bottom) / 2 || a.box.left - b.box.left);
  const rows: (typeof items)[] = [];
  let rowBottom = -Infinity;
  for (const entry of byTop) {
    const center = (entry.box.top + entry.box.bottom) / 2;
    const row = rows.at(-1);
    if (row && center <= rowBottom) {
      row.push(entry);
      rowBottom = Math.max(rowBottom, entry.box.bottom);
    } else {
      rows.push([entry]);
      rowBottom = entry.box.bottom;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.left - b.box.left).map((e) => e.item));
}

/** Names a mark for assistive tech, once: the visual's own role or name wins if it set one. */
function label(mark: Element): void {
  const text = mark.getAttribute(DETAIL_ATTR) ?? '';
  if (!mark.hasAttribute('role')) mark.setAttribute('role', 'img');
  if (!mark.hasAttribute('aria-label') || mark.hasAttribute('data-detail-label')) {
    mark.setAttribute('aria-label', text);
    mark.setAttribute('data-detail-label', '');
  }
  // Inside an SVG that is one image, the marks would be presentational: make the picture a group.
  const svg = mark.closest('svg');
  if (svg?.getAttribute('role') === 'img') svg.setAttribute('role', 'group');
}

function marksOf(figure: HTMLElement): Element[] {
  return [...figure.querySelectorAll(MARK)];
}

/** Sets one tab stop: `stop` gets tabindex 0, every other mark -1. */
function setStop(group: Group, stop: Element | null): void {
  group.stop = stop;
  for (const mark of marksOf(group.figure)) mark.setAttribute('tabindex', mark === stop ? '0' : '-1');
}

/** Looks at which marks the current state shows, and keeps the tab stop (and focus) on one of them. */
function refresh(group: Group): void {
  const marks = marksOf(group.figure);
  for (const mark of marks) label(mark);
  group.shown = readingOrder(
    marks.filter(isShown).map((item) => {
      const r = item.getBoundingClientRect();
      return { item, box: { top: r.top, bottom: r.bottom, left: r.left } };
    }),
  );
  const keep = group.stop && group.shown.includes(group.stop) ? group.stop : (group.shown[0] ?? null);
  const hadFocus = group.stop !== null && document.activeElement === group.stop;
  setStop(group, keep);
  if (hadFocus && keep && keep !== document.activeElement) (keep as HTMLElement).focus({ preventScroll: true });
  if (group.tipFor && !group.shown.includes(group.tipFor)) hideTip(group);
}

/** Looks again at the next frame (the new state's styles apply) and after its transitions. */
function schedule(group: Group): void {
  if (!group.frame) {
    group.frame = requestAnimationFrame(() => {
      group.frame = 0;
      refresh(group);
    });
  }
  clearTimeout(group.timer);
  group.timer = window.setTimeout(() => refresh(group), SETTLE_MS);
}

function tipOf(group: Group): HTMLElement {
  if (group.tip) return group.tip;
  const tip = document.createElement('div');
  tip.className = 'figure-tip';
  tip.hidden = true;
  // The mark's own name already says this; the tooltip is for sighted readers.
  tip.setAttribute('aria-hidden', 'true');
  tip.dataset.tipFor = group.figure.id;
  tip.addEventListener('pointerleave', (e) => {
    if (e.relatedTarget !== group.tipFor && document.activeElement !== group.tipFor) hideTip(group);
  });
  document.body.append(tip);
  group.tip = tip;
  return tip;
}

/** Shows `mark`'s detail above it (below if there is no room), inside the window. */
function showTip(group: Group, mark: Element): void {
  const tip = tipOf(group);
  tip.textContent = mark.getAttribute(DETAIL_ATTR) ?? '';
  tip.hidden = false;
  group.tipFor = mark;
  tip.style.left = '0px';
  tip.style.top = '0px';
  const origin = tip.getBoundingClientRect(); // where (0, 0) lands: 0 unless an ancestor contains fixed boxes
  const m = mark.getBoundingClientRect();
  const w = origin.width;
  const h = origin.height;
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const x = Math.min(Math.max(GAP, m.left + m.width / 2 - w / 2), Math.max(GAP, vw - GAP - w));
  let y = m.top - GAP - h;
  if (y < GAP) y = m.bottom + GAP;
  y = Math.min(Math.max(GAP, y), Math.max(GAP, vh - GAP - h));
  tip.style.left = `${Math.round(x - origin.left)}px`;
  tip.style.top = `${Math.round(y - origin.top)}px`;
}

function hideTip(group: Group): void {
  if (group.tip) group.tip.hidden = true;
  group.tipFor = null;
}

/** Where focus goes on Esc: the chapter's active passage (or the figure itself). */
function leave(group: Group): void {
  hideTip(group);
  const section = group.figure.closest('section, [data-embed-page]') ?? document;
  const target = section.querySelector<HTMLElement>('[data-step].is-active') ?? group.figure;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

function move(group: Group, from: Element, key: string): boolean {
  refresh(group);
  const list = group.shown;
  if (list.length === 0) return false;
  const at = list.indexOf(from);
  let next: number;
  if (key === 'Home') next = 0;
  else if (key === 'End') next = list.length - 1;
  else if (key === 'ArrowRight' || key === 'ArrowDown') next = Math.min(list.length - 1, at + 1);
  else if (key === 'ArrowLeft' || key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
  else return false;
  const mark = list[next];
  if (mark) {
    setStop(group, mark);
    (mark as HTMLElement).focus({ preventScroll: true });
  }
  return true;
}

function markIn(group: Group, target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest(MARK);
  return mark && group.figure.contains(mark) ? mark : null;
}

/** Hover, tap, focus and keys, delegated on the figure. */
function listen(group: Group): void {
  const { figure } = group;
  figure.addEventListener('pointerover', (e) => {
    const mark = markIn(group, e.target);
    if (mark && isShown(mark)) showTip(group, mark);
  });
  figure.addEventListener('pointerout', (e) => {
    const mark = markIn(group, e.target);
    if (!mark || mark.contains(e.relatedTarget as Node | null) || e.relatedTarget === group.tip) return;
    const focused = markIn(group, document.activeElement);
    if (focused) showTip(group, focused);
    else if (e.pointerType === 'mouse') hideTip(group);
  });
  figure.addEventListener('click', (e) => {
    const mark = markIn(group, e.target);
    if (!mark) return;
    if (document.activeElement !== mark) (mark as HTMLElement).focus({ preventScroll: true });
    showTip(group, mark);
  });
  figure.addEventListener('focusin', (e) => {
    const mark = markIn(group, e.target);
    if (!mark) return;
    if (group.stop !== mark) setStop(group, mark);
    showTip(group, mark);
  });
  figure.addEventListener('focusout', (e) => {
    if (!markIn(group, e.relatedTarget)) hideTip(group);
  });
  figure.addEventListener('keydown', (e) => {
    const mark = markIn(group, e.target);
    if (!mark || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') leave(group);
    else if (!move(group, mark, e.key)) return;
    e.preventDefault();
  });
  new MutationObserver(() => schedule(group)).observe(figure, {
    attributes: true,
    attributeFilter: ['data-state', 'class', DETAIL_ATTR],
    childList: true,
    subtree: true,
  });
}

/**
 * Starts details for every figure (`[data-visual]`) under `root`. Figures are looked at when
 * they near the viewport (layout is not forced for the whole page at load); until then each
 * figure's first mark holds its tab stop.
 */
export function initFigureDetails(root: ParentNode = document): void {
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const group = groups.get(entry.target as HTMLElement);
        if (group && entry.isIntersecting) schedule(group);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of root.querySelectorAll<HTMLElement>('[data-visual]')) {
    const marks = marksOf(figure);
    if (marks.length === 0 && !figure.querySelector('svg')) continue;
    const group: Group = { figure, stop: null, shown: [], tip: null, tipFor: null, timer: 0, frame: 0 };
    groups.set(figure, group);
    for (const mark of marks) label(mark); // named for screen readers wherever the reader is (no layout read)
    setStop(group, marks[0] ?? null);
    listen(group);
    near.observe(figure);
  }
  const all = (): void => groups.forEach(schedule);
  window.addEventListener('resize', all);
  // The tooltip is placed for one scroll position: scrolling hides a hover's and moves a focused mark's.
  window.addEventListener(
    'scroll',
    () =>
      groups.forEach((g) => {
        if (g.tipFor && document.activeElement === g.tipFor) showTip(g, g.tipFor);
        else if (g.tipFor) hideTip(g);
      }),
    { passive: true },
  );
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') groups.forEach(hideTip); // dismissible without moving the pointer (WCAG 1.4.13)
  });
}
