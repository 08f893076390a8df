/**
 * The debate in the browser: every change between states was decided at build (render.ts). An
 * element that changes lists the chapter's states it is drawn in (`data-show`) or highlighted in
 * (`data-on`); this sets `is-hidden` / `is-on` from them, the view and whether anything is
 * highlighted. Idempotent (the same attributes from the state alone); CSS transitions retarget
 * by themselves, and `.is-instant` / reduced motion switch them off.
 */
import type { StateOf, UpdateOptions } from '../types';
import type meta from './meta';

const listed = (el: Element, attr: string, state: string): boolean => (el.getAttribute(attr) ?? '').split(' ').includes(state);

export function update(root: HTMLElement, state: StateOf<typeof meta>, _options: UpdateOptions<StateOf<typeof meta>>): void {
  const debate = root.querySelector<HTMLElement>('[data-debate]');
  if (!debate) return;
  let lit = 0;
  let view = '';
  debate.querySelectorAll('[data-show]').forEach((el) => {
    const shown = listed(el, 'data-show', state);
    el.classList.toggle('is-hidden', !shown);
    if (shown && el.classList.contains('dv-view')) view = [...el.classList].find((c) => c !== 'dv-view' && c.startsWith('dv-'))?.slice(3) ?? view;
  });
  debate.querySelectorAll('[data-on]').forEach((el) => {
    const on = listed(el, 'data-on', state);
    el.classList.toggle('is-on', on);
    if (on) lit += 1;
  });
  if (view) debate.dataset.view = view;
  debate.toggleAttribute('data-focus', lit > 0);
}
