/**
 * aid-flow SVG, rendered at build as a string per artboard (Visual.astro inlines both; the golden
 * tests compare them). One <g class="af-layer" data-in="…"> per view; CSS keyed on the figure's
 * data-state shows the layers a state uses and animates between them. Marks carry their details
 * (kit/details.ts), never links: sources are in the one source line and the notes.
 */
import { actsLayers } from './render-acts';
import { donorsLayer } from './render-donors';
import { stocksLayer } from './render-stocks';
import type { Variant } from './layout';
import { escapeXml as esc } from '../kit/escape';

type View = 'acts' | 'stocks' | 'donors';

/** Which views a set of states needs. */
export function layersFor(states: readonly string[]): Set<View> {
  const set = new Set<View>();
  for (const st of states) {
    if (st === 'appropriated' || st === 'what-comes-next') set.add('acts');
    if (st === 'stocks') set.add('stocks');
    if (st === 'who-else-gives') set.add('donors');
  }
  return set;
}

export function renderSvg(v: Variant, states: readonly string[], idPrefix: string, titleText: string): string {
  const id = `${idPrefix}-${v.name}`;
  const layers = layersFor(states);
  const body = [
    layers.has('acts') ? actsLayers(v, `${id}-hatch`, states) : '',
    layers.has('stocks') ? stocksLayer(v) : '',
    layers.has('donors') ? donorsLayer(v) : '',
  ].join('');
  return (
    `<svg class="af-svg af-svg--${v.name}" data-artboard="${v.name}" viewBox="0 0 ${v.w} ${v.h}" role="group" aria-labelledby="${id}-title" font-size="${v.font}">` +
    `<title id="${id}-title">${esc(titleText)}</title>` +
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f1ec"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern></defs>` +
    body +
    `</svg>`
  );
}
