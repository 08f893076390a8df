/**
 * The debate in the browser: moves between states the build laid out and lets readers pick any
 * voice or event (click, tap, or keyboard focus) to read its words and sources in the panel.
 *
 * Everything it shows was rendered at build: each state's view, highlighted marks and card sit in
 * <template data-state> elements inside the figure; the card of every mark is in
 * /data/debate-cards.json, fetched on the first pick (if that fails, the mark's link to its row in
 * the notes is followed instead). On phones, a row heading opens its meaning (a <template
 * data-row-card>). Escape returns to the passage's card. Idempotent: every call
 * sets the same attributes from the state alone; CSS transitions retarget by themselves.
 */
import type { StateOf, UpdateOptions } from '../types';
import type meta from './meta';

const NOTES_TOKEN = '__DEBATE_NOTES__';
const wired = new WeakSet<HTMLElement>();
let cards: Promise<Record<string, string>> | null = null;

function loadCards(): Promise<Record<string, string>> {
  cards ??= fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/debate-cards.json`).then((r) => {
    if (!r.ok) throw new Error(`debate cards: HTTP ${r.status}`);
    return r.json() as Promise<Record<string, string>>;
  });
  cards.catch(() => {
    cards = null; // try again on the next pick
  });
  return cards;
}

const debateOf = (root: HTMLElement): HTMLElement | null => root.querySelector<HTMLElement>('[data-debate]');
const panelOf = (root: HTMLElement): HTMLElement | null => root.querySelector<HTMLElement>('[data-panel]');
const templateOf = (root: HTMLElement, state: string): HTMLTemplateElement | null =>
  [...root.querySelectorAll<HTMLTemplateElement>('template[data-state]')].find((t) => t.dataset.state === state) ?? null;

function clearPick(root: HTMLElement): void {
  root.querySelectorAll('.is-picked').forEach((el) => el.classList.remove('is-picked'));
}

function showStateCard(root: HTMLElement, state: string): void {
  const panel = panelOf(root);
  const template = templateOf(root, state);
  clearPick(root);
  if (panel && template) panel.innerHTML = template.innerHTML;
}

function pick(root: HTMLElement, mark: Element, follow: boolean): void {
  const id = mark.getAttribute('data-id');
  const row = mark.getAttribute('data-row');
  const panel = panelOf(root);
  if ((!id && !row) || !panel) return;
  clearPick(root);
  mark.classList.add('is-picked');
  // A row heading (compact artboard): its meaning, rendered at build in the figure.
  if (row) {
    const card = [...root.querySelectorAll<HTMLTemplateElement>('template[data-row-card]')].find((t) => t.dataset.rowCard === row);
    if (card) panel.innerHTML = card.innerHTML;
    return;
  }
  if (!id) return;
  const debate = debateOf(root);
  const notes = debate?.dataset.notes ?? '';
  const home = debate?.dataset.notesHome ?? notes;
  // A card's links to the notes: this chapter's row when it has one, else the full tables'.
  const resolve = (html: string): string =>
    html.replace(new RegExp(`#${NOTES_TOKEN}-([ve]-[a-z0-9-]+)`, 'g'), (_, anchor: string) =>
      document.getElementById(`${notes}-${anchor}`) ? `#${notes}-${anchor}` : `#${home}-${anchor}`,
    );
  loadCards()
    .then((all) => {
      const html = all[id];
      if (html === undefined) throw new Error(`debate: no card for ${id}`);
      if (mark.classList.contains('is-picked')) panel.innerHTML = resolve(html);
    })
    .catch((error: unknown) => {
      console.warn('debate: card unavailable; following the link to the notes', error);
      const href = mark.getAttribute('href');
      if (follow && href) location.hash = href.replace(/^#/, '');
    });
}

function wire(root: HTMLElement): void {
  if (wired.has(root)) return;
  wired.add(root);
  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest('.dv-mark, .dv-chip, .dv-rowkey') : null;
  root.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    event.preventDefault();
    pick(root, mark, true);
  });
  root.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) pick(root, mark, false);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const state = root.dataset.state;
    if (state) showStateCard(root, state);
  });
}

export function update(root: HTMLElement, state: StateOf<typeof meta>, _options: UpdateOptions<StateOf<typeof meta>>): void {
  wire(root);
  const debate = debateOf(root);
  const template = templateOf(root, state);
  if (!debate || !template) return;
  const focus = new Set((template.dataset.focus ?? '').split(' ').filter(Boolean));
  debate.dataset.view = template.dataset.view ?? 'spectrum';
  debate.toggleAttribute('data-focus', focus.size > 0);
  debate.querySelectorAll<SVGElement>('[data-id]').forEach((el) => {
    const id = el.dataset.id ?? '';
    const on = el.classList.contains('dv-link') ? focus.has(id.replace(/-link$/, '-private')) : focus.has(id);
    el.classList.toggle('is-on', on);
  });
  if (debate.dataset.shown !== state) {
    debate.dataset.shown = state;
    showStateCard(root, state);
  }
}
