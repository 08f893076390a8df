/**
 * The contract between the story and its visuals. The scroll engine knows only this file's
 * client half; the page knows only the server half. A visual lives in src/visuals/<name>/:
 *
 *   meta.ts       default-exports defineVisual({...}): its name, its named states in order,
 *                 a one-sentence description of each (read to screen readers when it changes).
 *                 The state names are a typed union: StateOf<typeof meta> (or StateOfVisual<'name'>,
 *                 src/visuals/names.ts); props, clients and tests use it, so an unknown state
 *                 fails the type check, and stateOf() fails the build on one read from content.
 *   Visual.astro  renders, at build, the complete SVG for the props below, plus its caption,
 *                 source line and data table. Every mark any listed state needs must be in it:
 *                 the browser only moves between states, it does not compute geometry.
 *   Notes.astro   optional. Rendered once per chapter after its passages (not sticky): the
 *                 visual's full source list, "Show the data" table and download links.
 *                 Receives the same props as Visual.astro.
 *   client.ts     optional. Exports `update` (see VisualClient); loaded only when its chapter
 *                 nears the viewport. Without it a visual changes state by CSS alone, keyed on
 *                 the root's data-state attribute, which the engine sets.
 *   card.ts       optional. Default-exports a CardMaker: what the chapter's share card shows
 *                 (src/share/ composes and draws it at build; docs/sharing.md).
 */

export interface VisualState {
  /** Short label, e.g. for a stepper or a table heading. */
  label: string;
  /** One sentence, read by screen readers when this state becomes active. */
  description: string;
}

export interface VisualMeta<S extends string = string> {
  /** Registry key; equal to the folder name and to the chapters' `visual:` value. */
  name: string;
  /** What the visual shows, in a few words (figure label). */
  title: string;
  /** Named states in their natural order. */
  states: Readonly<Record<S, VisualState>>;
}

/** The union of a visual's state names, from its meta: `StateOf<typeof meta>`. */
export type StateOf<M> = M extends VisualMeta<infer S> ? S : never;

/** Props every Visual.astro (and Notes.astro) receives. */
export interface VisualProps<S extends string = string> {
  /** The state the server renders (the chapter's key state). */
  state: S;
  /** Every state this chapter's passages ask for, in order; render what they need. */
  states: readonly S[];
  /** Unique per figure on the page; prefix every id inside the SVG with it (kit/ids.ts). */
  idPrefix: string;
  /** The chapter this figure belongs to. */
  chapter: string;
  /** The chapter whose notes hold this visual's full notes: the first in the story that shows it. */
  notesHome: string;
}

export interface UpdateOptions<S extends string = string> {
  /** True on first sync, on deep links, on resize and under prefers-reduced-motion: no animation. */
  instant: boolean;
  /** The state the root showed before this call (undefined on first sync). */
  from: string | undefined;
  /**
   * Ask the engine for another state (a view button, say). The engine sets data-state, the
   * description and calls update again; the choice holds until the reader reaches another
   * passage. Never write data-state yourself: the engine would not know, and undo it.
   */
  request(state: S): void;
}

/** What a visual's client.ts exports. */
export interface VisualClient<S extends string = string> {
  /**
   * Bring `root` (the figure with data-visual) to `state`. Must be idempotent and must
   * retarget (interrupt) any running transition rather than queue after it.
   */
  update(root: HTMLElement, state: S, options: UpdateOptions<S>): void;
}

export function defineVisual<const S extends string>(meta: VisualMeta<S>): VisualMeta<S> {
  return meta;
}

/** States built from a typed list of names (keeps the names' union, unlike Object.fromEntries). */
export function statesFrom<const S extends string>(names: readonly S[], state: (name: S) => VisualState): Record<S, VisualState> {
  return Object.fromEntries(names.map((name) => [name, state(name)])) as Record<S, VisualState>;
}

/** The state names of a visual, in order. */
export function stateNames<S extends string>(meta: VisualMeta<S>): S[] {
  return Object.keys(meta.states) as S[];
}

/** `value` as one of the visual's states; fails loudly (and so fails the build) on anything else. */
export function stateOf<S extends string>(meta: VisualMeta<S>, value: string): S {
  if (!Object.hasOwn(meta.states, value)) {
    throw new Error(`${meta.name}: unknown state "${value}"; its states: ${Object.keys(meta.states).join(', ')}`);
  }
  return value as S;
}

/**
 * Share cards. A card is 1200×630 (the size social networks expect for large cards, 1.91:1) and
 * read in a feed at about 500 px wide, so every text on it is at least MIN_TEXT px: few words.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const MIN_TEXT = 40;

/** The chapter a card is drawn for. */
export interface CardChapter {
  slug: string;
  headline: string;
  /** The chapter's passages as readers see them (corrections applied), one string. */
  text: string;
  /** Short names of the publishers of the report the story explains (from the sources module). */
  reportedBy: string[];
}

export interface KeyItem {
  color: string;
  text: string;
  shape?: 'square' | 'circle' | 'line';
}

export type CardBody =
  /** `draw(width, height)`: SVG elements filling a box of that size (card px, origin top left), every style inline. */
  | { kind: 'picture'; draw: (width: number, height: number) => string; key: KeyItem[]; credit: string[] }
  /** An exact quote from content/data, its speaker, and who published it. */
  | { kind: 'quote'; quote: string; speaker: string; credit: string[] }
  /** A number exactly as the data gives it, and what it counts. */
  | { kind: 'number'; value: string; label: string; credit: string[] };

/** A visual's card.ts default export: the card for `state`, or null when it has none. */
export type CardMaker = (chapter: CardChapter, state: string) => CardBody | null;
