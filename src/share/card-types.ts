/**
 * What a visual's `card.ts` hands the share-card composer (compose.ts). A card is 1200×630 (the
 * size social networks expect for large cards, 1.91:1) and read in a feed at about 500 px wide,
 * so every text on it is at least MIN_TEXT px: few words.
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
