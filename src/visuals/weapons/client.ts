/**
 * Browser half of the weapons visual. State changes themselves are CSS (weapons.css keys on the
 * figure's data-state); this module only wires the view buttons: the third state, since-march,
 * has no passage of its own, so a button asks the engine for a state (UpdateOptions.request) and
 * the engine sets data-state, holding the choice until the reader reaches another passage.
 * Details on marks are the page's shared script's job (marks carry data-detail, kit/details.ts).
 * `update` is idempotent: it wires the buttons once, then only marks the pressed one.
 */
import type { StateOf, UpdateOptions } from '../types';
import type meta from './meta';

type State = StateOf<typeof meta>;

/** The engine's latest request function per figure (the buttons call the current one). */
const requests = new WeakMap<HTMLElement, (state: State) => void>();

function wire(root: HTMLElement): void {
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    // The engine checks the name against the figure's states (the buttons are built from meta.ts).
    b.addEventListener('click', () => requests.get(root)?.(b.dataset.view as State));
  }
  root.querySelector('[data-wx-controls]')?.removeAttribute('hidden');
}

export function update(root: HTMLElement, state: State, options: UpdateOptions<State>): void {
  if (!requests.has(root)) wire(root);
  requests.set(root, options.request);
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) b.setAttribute('aria-pressed', String(b.dataset.view === state));
}
