/**
 * The contract between the story and its visuals. The scroll engine knows only this file's
 * client half; the page knows only the server half. A visual lives in src/visuals/<name>/:
 *
 *   meta.ts       default-exports defineVisual({...}): its name, its named states in order,
 *                 a one-sentence description of each (read to screen readers when it changes).
 *   Visual.astro  renders, at build, the complete SVG for the props below, plus its caption,
 *                 source line and data table. Every mark any listed state needs must be in it:
 *                 the browser only moves between states, it does not compute geometry.
 *   Notes.astro   optional. Rendered once per chapter after its passages (not sticky): the
 *                 visual's full source list, "Show the data" table and download links.
 *                 Receives the same props as Visual.astro.
 *   client.ts     optional. Exports `update` (see VisualClient); loaded only when its chapter
 *                 nears the viewport. Without it a visual changes state by CSS alone, keyed on
 *                 the root's data-state attribute, which the engine sets.
 */

export interface VisualState {
  /** Short label, e.g. for a stepper or a table heading. */
  label: string;
  /** One sentence, read by screen readers when this state becomes active. */
  description: string;
}

export interface VisualMeta {
  /** Registry key; equal to the folder name and to the chapters' `visual:` value. */
  name: string;
  /** What the visual shows, in a few words (figure label). */
  title: string;
  /** Named states in their natural order. */
  states: Record<string, VisualState>;
}

/** Props every Visual.astro receives. */
export interface VisualProps {
  /** The state the server renders (the chapter's key state). */
  state: string;
  /** Every state this chapter's passages ask for, in order; render what they need. */
  states: string[];
  /** Unique per figure on the page; prefix every id inside the SVG with it. */
  idPrefix: string;
  /** The chapter this figure belongs to. */
  chapter: string;
}

export interface UpdateOptions {
  /** True on first sync, on deep links, on resize and under prefers-reduced-motion: no animation. */
  instant: boolean;
  /** The state the root showed before this call (undefined on first sync). */
  from: string | undefined;
}

/** What a visual's client.ts exports. */
export interface VisualClient {
  /**
   * Bring `root` (the figure with data-visual) to `state`. Must be idempotent and must
   * retarget (interrupt) any running transition rather than queue after it.
   */
  update(root: HTMLElement, state: string, options: UpdateOptions): void;
}

export function defineVisual<const M extends VisualMeta>(meta: M): M {
  return meta;
}
