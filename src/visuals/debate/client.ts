/**
 * The debate in the browser: moves between states the build laid out (which view, which marks
 * are highlighted, which card the panel shows) and lets readers pick any voice or event (click,
 * tap, or keyboard focus) to see its words and sources in the panel. Escape returns to the
 * passage's card. Idempotent: every call sets the same attributes from the state alone; CSS
 * transitions retarget by themselves.
 */
import type { UpdateOptions } from '../types';
import { pickCardHtml, stateCardHtml } from './render';
import { stateDef } from './states';

const wired = new WeakSet<HTMLElement>();

function parts(root: HTMLElement) {
  const debate = root.querySelector<HTMLElement>('[data-debate]');
  const panel = root.querySelector<HTMLElement>('[data-panel]');
  return { debate, panel };
}

function clearPick(root: HTMLElement): void {
  root.querySelectorAll('.is-picked').forEach((el) => el.classList.remove('is-picked'));
}

const notesOf = (root: HTMLElement): string => root.querySelector<HTMLElement>('[data-debate]')?.dataset.notes ?? '';

function showState(root: HTMLElement, state: string): void {
  const { panel } = parts(root);
  clearPick(root);
  if (panel) panel.innerHTML = stateCardHtml(state, notesOf(root));
}

function pick(root: HTMLElement, mark: Element): void {
  const id = mark.getAttribute('data-id');
  const { panel } = parts(root);
  if (!id || !panel) return;
  clearPick(root);
  mark.classList.add('is-picked');
  try {
    panel.innerHTML = pickCardHtml(id, notesOf(root));
  } catch (error) {
    console.warn('debate: no card for', id, error);
  }
}

function wire(root: HTMLElement): void {
  if (wired.has(root)) return;
  wired.add(root);
  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest('.dv-mark, .dv-chip') : null;
  root.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    event.preventDefault();
    pick(root, mark);
  });
  root.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) pick(root, mark);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const state = root.dataset.state;
    if (state) showState(root, state);
  });
}

export function update(root: HTMLElement, state: string, _options: UpdateOptions): void {
  wire(root);
  const { debate } = parts(root);
  if (!debate) return;
  let def;
  try {
    def = stateDef(state);
  } catch {
    return;
  }
  const focus = new Set(def.focus);
  debate.dataset.view = def.view;
  debate.toggleAttribute('data-focus', focus.size > 0);
  debate.querySelectorAll<SVGElement>('[data-id]').forEach((el) => {
    const id = el.dataset.id ?? '';
    const on = el.classList.contains('dv-link') ? focus.has(id.replace(/-link$/, '-private')) : focus.has(id);
    el.classList.toggle('is-on', on);
  });
  if (debate.dataset.shown !== state) {
    debate.dataset.shown = state;
    showState(root, state);
  }
}
