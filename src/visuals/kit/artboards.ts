/**
 * Two artboards: when one SVG cannot keep labels legible both beside the text (desktop) and in
 * the phone's short sticky box, a visual draws both at build and CSS shows one by media query
 * (tokens.ts MEDIA.narrow). Names and order live here; each artboard's <svg> carries
 * `data-artboard="<name>"`, which src/styles/visuals.css keys on (one rule for every visual).
 */
export const ARTBOARD_NAMES = ['wide', 'compact'] as const;
export type ArtboardName = (typeof ARTBOARD_NAMES)[number];

/** Every artboard drawn by `render`, wide first (the one shown without CSS, in print and on cards). */
export function renderArtboards(render: (name: ArtboardName) => string): string {
  return ARTBOARD_NAMES.map(render).join('');
}
