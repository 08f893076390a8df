/**
 * The map as an SVG string, built once per chapter from the states that chapter uses.
 * Visual.astro (and the opening screen) inline it; the golden tests snapshot it. The SVG draws
 * the key state with presentation attributes; the CSS from stateCss() then moves it to whatever
 * state the figure's data-state names. Layout per state: layout.ts; overlays: overlay.ts; path
 * generators: paths.ts; shores and the river below the dam: shore.ts.
 */
import type { Position } from 'geojson';
import { VIEW, SNAPSHOTS, byStatus, layers, lineParts } from './geo';
import { num } from '../kit/round';
import { layoutState, projection, type StateLayout } from './layout';
import { bridgeheadRegion, lineMorph, pathOf, type LineMorph, type XY } from './morph';
import { overlayFor, visibility } from './overlay';
import { lines, pathGenerators, type FeatureToPath } from './paths';
import { scenes, isStateName, STATE_NAMES, type LayerName, type StateName } from './scene';
import { dniproAboveDam, dniproFromEdge, joinedToLowerDnipro, toShore } from './shore';
import { STYLE, cssEscape, stateCss, strokeCss } from './style';

export { layoutState, projection, reservedBoxes, type StateLayout } from './layout';

export interface RenderOptions {
  /** The state drawn by the SVG's own attributes (the chapter's key state). */
  state: string;
  /** Every state the chapter uses; only their layers and labels are emitted. */
  states: readonly string[];
  /** Prefix for every id. */
  idPrefix: string;
}

/**
 * The map's credit. Every place the SVG is shown prints it beside the map (the figure's caption,
 * the opening screen's caption) and share cards carry it in their credit line (card.ts), so the
 * SVG itself no longer repeats it in 9-unit type.
 */
export const CREDIT = ['Territorial control: DeepStateMap.live', 'Natural Earth · GeoNames'];

const n1 = (v: number): string => num(v, 1);
const n3 = (v: number): string => num(v, 3);

/** The layers each used state needs, and which states show each. */
function layerStates(states: readonly StateName[]): Map<LayerName, StateName[]> {
  const map = new Map<LayerName, StateName[]>();
  for (const s of states) for (const l of scenes[s].layers) map.set(l, [...(map.get(l) ?? []), s]);
  return map;
}

/** The two lines of contact, each extended to the shore (shore.ts), and the morph between them. */
function frontLines(): { line7: Position[]; line12: Position[] } {
  const main7 = lineParts(layers.lineBefore).reduce((a, b) => (b.length > a.length ? b : a));
  return { line7: toShore(main7), line12: toShore(lineParts(layers.lineAfter)[0]!) };
}

function morphOf(): LineMorph {
  const { line7, line12 } = frontLines();
  const proj = projection();
  return lineMorph(line7, line12, (p) => {
    const xy = proj([p[0]!, p[1]!]);
    if (!xy) throw new Error('unprojectable point');
    return xy;
  });
}

/** Points that close the bridgehead region through water or land occupied on both dates (morph.ts). */
const CLOSING: XY[] = [
  [32.05, 46.5],
  [32.3, 46.36],
  [33.45, 46.4],
  [33.6, 46.7],
];

/** The locator's countries and occupied areas (the "where" state). */
function locatorBody(feat: FeatureToPath): string {
  const countries = layers.locatorCountries.features;
  const ukraine = countries.filter((f) => f.properties.a3 === 'UKR');
  const others = countries.filter((f) => f.properties.a3 !== 'UKR');
  const occ = layers.locatorOccupiedAfter;
  const ukraineD = ukraine.map(feat).join(''); // filled as land, then stroked as the border on top
  return (
    `<path class="km-land-other" d="${others.map(feat).join('')}"/>` +
    `<path class="km-land-ua" d="${ukraineD}"/>` +
    `<path class="km-occ" d="${feat(byStatus(occ, 'occupied'))}"/>` +
    `<path class="km-occ14" d="${feat(byStatus(occ, 'occupied_since_2014'))}"/>` +
    `<path class="km-unknown" d="${feat(byStatus(occ, 'unknown_status'))}"/>` +
    `<path class="km-border-ua" d="${ukraineD}"/>`
  );
}

/**
 * Water and borders, drawn above the areas. Below the Kakhovka dam the Dnipro follows
 * DeepStateMap's own edge (shore.ts), so river and front line agree at every zoom.
 */
function waterBody(feat: FeatureToPath): string {
  const dnipro = layers.rivers.features.filter((f) => f.properties.name === 'Dnipro');
  const rivers = layers.rivers.features.filter((f) => f.properties.name !== 'Dnipro');
  const upper = lines(dniproAboveDam(dnipro.flatMap((f) => lineParts({ type: 'FeatureCollection', features: [f] }))));
  return (
    `<path class="km-lake" d="${layers.lakes.features.map(feat).join('')}"/>` +
    `<path class="km-river" d="${feat(lines(joinedToLowerDnipro(lineParts({ type: 'FeatureCollection', features: rivers }))))}"/>` +
    `<path class="km-river km-dnipro" d="${feat(upper)}"/>` +
    `<path class="km-river km-dnipro-lower" d="${feat(lines([dniproFromEdge()]))}"/>` +
    `<path class="km-oblast-border" d="${layers.oblastBorders.features.map(feat).join('')}"/>` +
    `<path class="km-border-ua" d="${layers.ukraineBorder.features.map(feat).join('')}"/>`
  );
}

/** Everything the chapter needs, as one SVG string, plus the CSS that switches states. */
export function renderMap(options: RenderOptions): { svg: string; css: string; layouts: Map<StateName, StateLayout> } {
  const key = options.state;
  const states = options.states.filter(isStateName);
  if (!isStateName(key)) throw new Error(`kherson-map: unknown state "${key}"`);
  if (!states.includes(key)) states.push(key);
  states.sort((a, b) => STATE_NAMES.indexOf(a) - STATE_NAMES.indexOf(b));
  const id = options.idPrefix;
  const layouts = new Map(states.map((s) => [s, layoutState(s)] as const));
  const proj = projection();
  const featOf = pathGenerators(layouts);
  const digits = Math.max(...states.map((s) => layouts.get(s)!.camera.k)) > 3 ? 2 : 1;

  const shown = layerStates(states);
  const featFor = (name: LayerName) => featOf(shown.get(name) ?? states);
  const layer = (name: LayerName, body: string, cls = '') => {
    const s = shown.get(name);
    return s ? `<g class="km-layer km-${name}${cls ? ' ' + cls : ''}"${visibility(s, key)}>${body}</g>` : '';
  };

  const parts: string[] = [];
  // Locator (coarse world layer): only for the locator state.
  if (shown.has('locator')) {
    // The locator is coarse data shown small: thin it harder.
    parts.push(layer('locator', locatorBody(featOf(shown.get('locator') ?? states, 1.2))));
  }
  if (shown.has('detail-frame')) {
    const south = layouts.get('south') ?? layoutState('south');
    const c = south.camera;
    const [x0, y0, x1, y1] = [-c.x / c.k, -c.y / c.k, (VIEW.width - c.x) / c.k, (VIEW.height - c.y) / c.k];
    parts.push(layer('detail-frame', `<rect class="km-detail-frame" x="${n1(x0)}" y="${n1(y0)}" width="${n1(x1 - x0)}" height="${n1(y1 - y0)}"/>`));
  }
  if (shown.has('base')) {
    const feat = featFor('base');
    parts.push(
      layer(
        'base',
        `<path class="km-land-other" d="${layers.neighbours.features.map(feat).join('')}"/>` + `<path class="km-land-ua" d="${layers.ukraine.features.map(feat).join('')}"/>`,
      ),
    );
  }
  const before = layers.occupiedBefore;
  const after = layers.occupiedAfter;
  // Retaken ground: everything occupied on Nov 7, painted in its own color under the Nov 12
  // areas, so what shows of it is exactly the ground occupied on Nov 7 and not on Nov 12.
  parts.push(layer('retaken', `<path class="km-retaken" d="${featFor('retaken')(byStatus(before, 'occupied'))}"/>`));
  parts.push(layer('occupied-before', `<path class="km-occ" d="${featFor('occupied-before')(byStatus(before, 'occupied'))}"/>`));
  parts.push(layer('occupied-after', `<path class="km-occ" d="${featFor('occupied-after')(byStatus(after, 'occupied'))}"/>`));
  parts.push(layer('unknown-before', `<path class="km-unknown" d="${featFor('unknown-before')(byStatus(before, 'unknown_status'))}"/>`));
  parts.push(layer('unknown-after', `<path class="km-unknown" d="${featFor('unknown-after')(byStatus(after, 'unknown_status'))}"/>`));
  parts.push(layer('crimea-2014', `<path class="km-occ14" d="${featFor('crimea-2014')(byStatus(after, 'occupied_since_2014'))}"/>`));

  // The morph: needed only where the Nov 7 line is shown or animated.
  const animates = states.includes('withdrawal');
  const animated = animates || states.some((s) => scenes[s].t === 0 || scenes[s].layers.includes('front-before-ghost'));
  const morph = animated ? morphOf() : null;
  if (morph && animates) {
    // The withdrawal animates the Nov 7 area away: its clipped copy (the bridgehead layer) is
    // shown by client.ts only while the line is between the two snapshots; under it the retaken
    // color appears behind the moving line.
    const closing = CLOSING.map((p) => proj(p) as XY);
    const r0 = pathOf(bridgeheadRegion(morph, 0, closing), digits, true);
    const r1 = pathOf(bridgeheadRegion(morph, 1, closing), digits, true);
    const t = scenes[key].t;
    parts.push(
      `<clipPath id="${id}-bridgehead-clip"><path class="km-morph" d="${t === 0 ? r0 : r1}" data-d0="${r0}" data-d1="${r1}"/></clipPath>`,
      `<g class="km-layer km-bridgehead" data-km="" opacity="${t === 0 ? 1 : 0}"><path class="km-occ" clip-path="url(#${id}-bridgehead-clip)" d="${featOf(states.filter((s) => s === 'withdrawal' || s === 'before'))(byStatus(before, 'occupied'))}"/></g>`,
    );
  }

  // Water and borders above the areas (waterBody).
  if (shown.has('base')) {
    parts.push(layer('base', waterBody(featFor('base'))));
  }
  if (morph && shown.has('front-before-ghost')) {
    const tail = morph.from.slice(morph.split);
    parts.push(layer('front-before-ghost', `<path class="km-front-before" d="${pathOf(tail, digits)}"/>`));
  }
  if (shown.has('front')) {
    if (morph) {
      const d0 = pathOf(morph.from, digits);
      const d1 = pathOf(morph.to, digits);
      parts.push(layer('front', `<path class="km-front km-morph" d="${scenes[key].t === 0 ? d0 : d1}" data-d0="${d0}" data-d1="${d1}"/>`));
    } else {
      parts.push(layer('front', `<path class="km-front" d="${featFor('front')(lines([frontLines().line12]))}"/>`));
    }
  }

  const cam = layouts.get(key)!.camera;
  const camera = `<g class="km-camera" transform="translate(${n1(cam.x)} ${n1(cam.y)}) scale(${n3(cam.k)})">${parts.join('')}</g>`;
  const overlays = states.map((s) => overlayFor(s, layouts.get(s)!, key)).join('');
  const title = `<title id="${id}-title">Map of southern Ukraine: territorial control on ${SNAPSHOTS.before.label} and ${SNAPSHOTS.after.label} (DeepStateMap.live)</title>`;
  const svg =
    `<svg class="km-svg" id="${id}-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW.width} ${VIEW.height}" role="img" aria-labelledby="${id}-title" preserveAspectRatio="xMidYMid meet">` +
    title +
    // The key state's line widths travel with the SVG; the page's per-state CSS, more specific, takes over from them.
    `<style>${STYLE}${strokeCss(`#${cssEscape(id)}-map`, cam.k)}</style>` +
    // Nothing is drawn outside the viewBox, even where the SVG's box is larger (letterboxing).
    `<clipPath id="${id}-view"><rect width="${VIEW.width}" height="${VIEW.height}"/></clipPath>` +
    `<g clip-path="url(#${id}-view)">` +
    `<rect class="km-sea" width="${VIEW.width}" height="${VIEW.height}"/>` +
    camera +
    overlays +
    `</g></svg>`;
  return { svg, css: stateCss(id, states, layouts), layouts };
}
