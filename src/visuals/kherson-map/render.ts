/**
 * The map as an SVG string, built once per chapter from the states that chapter uses.
 * Visual.astro inlines it; the golden tests snapshot it. The SVG draws the key state with
 * presentation attributes (so it is complete without CSS, e.g. as a share card); the CSS
 * from stateCss() then moves it to whatever state the figure's data-state names.
 */
import { geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { VIEW, SNAPSHOTS, byStatus, layers, lineParts, mapProjection } from './geo';
import { fitCamera, scaleBar, toScreen, type Camera } from './frames';
import { escapeXml as esc } from '../kit/escape';
import { num } from '../kit/round';
import { placeLabels, LABEL_SIZE, LINE_HEIGHT, type Box, type LabelSpec, type PlacedLabel } from './labels';
import { bridgeheadRegion, lineMorph, pathOf, type LineMorph, type XY } from './morph';
import { frontToCrimea } from './measure';
import { scenes, isStateName, STATE_NAMES, type LayerName, type StateName } from './scene';
import { STYLE, cssEscape, stateCss, strokeCss } from './style';

export interface RenderOptions {
  /** The state drawn by the SVG's own attributes (the chapter's key state). */
  state: string;
  /** Every state the chapter uses; only their layers and labels are emitted. */
  states: readonly string[];
  /** Prefix for every id. */
  idPrefix: string;
}

export interface StateLayout {
  camera: Camera;
  labels: PlacedLabel[];
  scale: { km: number; width: number };
}

const MARKER: Record<'city' | 'town' | 'infra' | 'none', number> = { city: 4, town: 3.2, infra: 3.2, none: 0 };
const STAMP_SIZE = 16;

const n1 = (v: number): string => num(v, 1);
const n3 = (v: number): string => num(v, 3);

let cachedProjection: GeoProjection | null = null;
export function projection(): GeoProjection {
  cachedProjection ??= mapProjection();
  return cachedProjection;
}

/**
 * The credit inside the SVG, bottom right, for where the SVG travels alone (share cards);
 * on the page the caption carries it and the CSS hides this copy.
 */
const CREDIT_SIZE = 9;
export const CREDIT = ['Territorial control: DeepStateMap.live', 'Natural Earth · GeoNames'];
const CREDIT_BOX: Box = { x0: VIEW.width - 8 - 210, y0: VIEW.height - 6 - CREDIT.length * CREDIT_SIZE * LINE_HEIGHT - 2, x1: VIEW.width, y1: VIEW.height };

function creditText(): string {
  const spans = CREDIT.map((l, i) => `<tspan x="${VIEW.width - 6}" dy="${i === 0 ? 0 : LINE_HEIGHT}em">${esc(l)}</tspan>`).join('');
  const y = VIEW.height - 6 - (CREDIT.length - 1) * CREDIT_SIZE * LINE_HEIGHT;
  return `<text class="km-svg-credit" x="${VIEW.width - 6}" y="${n1(y)}" text-anchor="end" font-size="${CREDIT_SIZE}">${spans}</text>`;
}

/** Boxes no label may cover: the date stamp (top left) and the scale bar (bottom left). */
export function reservedBoxes(stamp: readonly string[], scaleWidth: number): Box[] {
  const stampWidth = Math.max(...stamp.map((l, i) => l.length * STAMP_SIZE * (i === 0 ? 0.62 : 0.55)));
  return [
    { x0: 0, y0: 0, x1: 8 + stampWidth + 8, y1: 8 + stamp.length * STAMP_SIZE * LINE_HEIGHT + 6 },
    { x0: 0, y0: VIEW.height - 34, x1: 14 + scaleWidth + 40, y1: VIEW.height },
    CREDIT_BOX,
  ];
}

/** Camera, scale bar and placed labels for one state (pure; tested for collisions). */
export function layoutState(name: StateName): StateLayout {
  const scene = scenes[name];
  const proj = projection();
  const camera = fitCamera(proj, scene.frame);
  const scale = scaleBar(proj, camera);
  const specs: LabelSpec[] = scene.labels.map((l) => {
    let at = toScreen(proj, camera, l.at);
    if (l.id === 'distance') {
      const a = toScreen(proj, camera, frontToCrimea.from);
      const b = toScreen(proj, camera, frontToCrimea.to);
      at = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    }
    const spec: LabelSpec = { id: l.id, lines: l.lines, at, marker: MARKER[l.marker], priority: l.priority, positions: l.positions, kind: l.kind ?? 'place' };
    if (l.scale !== undefined) spec.scale = l.scale;
    if (l.bold !== undefined) spec.bold = l.bold;
    if (l.italic !== undefined) spec.italic = l.italic;
    if (l.optional !== undefined) spec.optional = l.optional;
    return spec;
  });
  const reserved = reservedBoxes(scene.stamp, scale.width);
  if (scene.distance) {
    // Keep labels off the measured segment itself.
    const a = toScreen(proj, camera, frontToCrimea.from);
    const b = toScreen(proj, camera, frontToCrimea.to);
    reserved.push({ x0: Math.min(a[0], b[0]) - 3, y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]) + 3, y1: Math.max(a[1], b[1]) });
  }
  const attached = new Set(scene.labels.filter((l) => l.attachTo).map((l) => l.id));
  const labels = placeLabels(
    specs.filter((s) => s.id !== 'distance' && !attached.has(s.id)),
    reserved,
  );
  const distance = specs.find((s) => s.id === 'distance');
  if (distance) labels.push(...placeLabels([distance], [...reserved.slice(0, 2), ...labels.map((l) => l.box)]));
  // Callouts that belong to a place: directly above (or below) that place's label, centred on it.
  for (const def of scene.labels.filter((l) => l.attachTo)) {
    const host = labels.find((l) => l.id === def.attachTo);
    const spec = specs.find((s) => s.id === def.id)!;
    if (!host) throw new Error(`kherson-map: "${def.id}" is attached to "${def.attachTo}", which is not placed`);
    const cx = (host.box.x0 + host.box.x1) / 2;
    const tries: LabelSpec[] = spec.positions.map((p) => ({ ...spec, at: [cx, p === 'below' ? host.box.y1 + 4 : host.box.y0 - 4] as XY, positions: [p] }));
    const others = [...reserved, ...labels.map((l) => l.box)];
    let placed: PlacedLabel[] = [];
    for (const t of tries) {
      placed = placeLabels([{ ...t, optional: true }], others);
      if (placed.length) break;
    }
    if (!placed.length) throw new Error(`kherson-map: callout "${def.id}" fits neither above nor below "${def.attachTo}"`);
    labels.push(...placed);
  }
  return { camera, labels, scale };
}

/** Drops points closer than eps to the last one kept (after projection): smaller paths. */
function thinned(proj: GeoProjection, eps: number): GeoStreamWrapper {
  return {
    stream(output: GeoStream): GeoStream {
      let last: XY | null = null;
      let pending: XY | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (last && Math.hypot(x - last[0], y - last[1]) < eps) {
            pending = [x, y];
            return;
          }
          output.point(x, y);
          last = [x, y];
          pending = null;
        },
        lineStart() {
          last = null;
          pending = null;
          output.lineStart();
        },
        lineEnd() {
          if (pending) output.point(pending[0], pending[1]);
          pending = null;
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return proj.stream(thin);
    },
  };
}

/** The layers each used state needs, and which states show each. */
function layerStates(states: readonly StateName[]): Map<LayerName, StateName[]> {
  const map = new Map<LayerName, StateName[]>();
  for (const s of states) for (const l of scenes[s].layers) map.set(l, [...(map.get(l) ?? []), s]);
  return map;
}

/** ' opacity="0"' unless the key state shows it; plus data-km listing the states that do. */
function visibility(shownIn: readonly string[], key: string): string {
  return ` data-km="${shownIn.join(' ')}"${shownIn.includes(key) ? '' : ' opacity="0"'}`;
}

function textLines(l: PlacedLabel, size: number): string {
  // y is the reference edge (in units); dy in em, so smaller CSS sizes shrink towards it.
  const n = l.lines.length;
  const gap = l.marker > 0 ? l.marker + 3 : 0;
  const py = l.at[1];
  let refY: number;
  let firstDy: number;
  switch (l.position) {
    case 'above':
      refY = py - gap;
      firstDy = -(n * LINE_HEIGHT) + 0.875;
      break;
    case 'above-right':
    case 'above-left':
      refY = py - gap * 0.7;
      firstDy = -(n * LINE_HEIGHT) + 0.875;
      break;
    case 'below':
      refY = py + gap;
      firstDy = 0.875;
      break;
    case 'below-right':
    case 'below-left':
      refY = py + gap * 0.7;
      firstDy = 0.875;
      break;
    default:
      refY = py;
      firstDy = -(n * LINE_HEIGHT) / 2 + 0.875;
  }
  const x = n1(l.x);
  const spans = l.lines.map((line, i) => `<tspan x="${x}" dy="${n3(i === 0 ? firstDy : LINE_HEIGHT)}em">${esc(line)}</tspan>`).join('');
  const cls = ['km-label', `km-${l.kind ?? 'place'}`, l.bold ? 'km-bold' : '', l.italic ? 'km-italic' : ''].filter(Boolean).join(' ');
  const scale = l.scale && l.scale !== 1 ? ` style="--km-s:${l.scale}"` : '';
  void size;
  return `<text class="${cls}"${scale} x="${x}" y="${n1(refY)}" text-anchor="${l.anchor}" font-size="${n1(LABEL_SIZE * (l.scale ?? 1))}">${spans}</text>`;
}

function markerOf(l: PlacedLabel, kind: string): string {
  const [x, y] = l.at;
  if (kind === 'infra') {
    const r = l.marker;
    return `<rect class="km-marker km-infra" x="${n1(x - r * 0.75)}" y="${n1(y - r * 0.75)}" width="${n1(r * 1.5)}" height="${n1(r * 1.5)}" transform="rotate(45 ${n1(x)} ${n1(y)})"/>`;
  }
  return `<circle class="km-marker km-${kind}" cx="${n1(x)}" cy="${n1(y)}" r="${n1(l.marker)}"/>`;
}

function overlayFor(name: StateName, layout: StateLayout, key: string): string {
  const scene = scenes[name];
  const parts: string[] = [];
  // Measured distance, drawn under its label.
  if (scene.distance) {
    const a = toScreen(projection(), layout.camera, frontToCrimea.from);
    const b = toScreen(projection(), layout.camera, frontToCrimea.to);
    parts.push(
      `<line class="km-distance" x1="${n1(a[0])}" y1="${n1(a[1])}" x2="${n1(b[0])}" y2="${n1(b[1])}"/>`,
      `<circle class="km-distance-end" cx="${n1(a[0])}" cy="${n1(a[1])}" r="2.5"/><circle class="km-distance-end" cx="${n1(b[0])}" cy="${n1(b[1])}" r="2.5"/>`,
    );
  }
  const defs = new Map(scene.labels.map((l) => [l.id, l]));
  for (const l of layout.labels) {
    const def = defs.get(l.id);
    if (def && def.marker !== 'none') parts.push(markerOf(l, def.marker));
  }
  for (const l of layout.labels) parts.push(textLines(l, LABEL_SIZE));
  // Date stamp.
  const stamp = scene.stamp
    .map((line, i) => `<tspan x="8" dy="${i === 0 ? '0' : n3(LINE_HEIGHT)}em"${i === 0 ? ' class="km-bold"' : ''}>${esc(line)}</tspan>`)
    .join('');
  parts.push(`<text class="km-stamp" x="8" y="${n1(8 + STAMP_SIZE * 0.85)}" font-size="${STAMP_SIZE}">${stamp}</text>`);
  // Scale bar, bottom left.
  const y = VIEW.height - 12;
  const w = layout.scale.width;
  parts.push(
    `<g class="km-scale"><path d="M10,${y - 5}V${y}H${n1(10 + w)}V${y - 5}"/><text x="${n1(10 + w + 5)}" y="${y}" font-size="13">${layout.scale.km} km</text></g>`,
  );
  return `<g class="km-overlay"${visibility([name], key)}>${parts.join('')}</g>`;
}

function featurePath(path: (f: Feature<Geometry> | { type: 'LineString'; coordinates: Position[] }) => string | null, f: Feature<Geometry>): string {
  return path(f) ?? '';
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

  // Each layer is clipped to what the frames of the states showing it can show (plus a margin
  // for the camera's travel), and thinned to what the closest of those frames can resolve.
  const generators = new Map<string, (f: Feature<Geometry>) => string>();
  const featOf = (showing: readonly StateName[], epsScreen = 0.5) => {
    const cacheKey = `${showing.join(' ')}@${epsScreen}`;
    let feat = generators.get(cacheKey);
    if (!feat) {
      const maxK = Math.max(...showing.map((s) => layouts.get(s)!.camera.k));
      const extents = showing.map((s) => {
        const c = layouts.get(s)!.camera;
        return [-c.x / c.k, -c.y / c.k, (VIEW.width - c.x) / c.k, (VIEW.height - c.y) / c.k] as const;
      });
      const x0 = Math.min(...extents.map((e) => e[0]));
      const y0 = Math.min(...extents.map((e) => e[1]));
      const x1 = Math.max(...extents.map((e) => e[2]));
      const y1 = Math.max(...extents.map((e) => e[3]));
      const margin = Math.max(x1 - x0, y1 - y0) * 0.15;
      const clipped = mapProjection().clipExtent([
        [x0 - margin, y0 - margin],
        [x1 + margin, y1 + margin],
      ]);
      // Decimals so rounding moves no point more than ~0.25 screen units in the closest frame.
      const path = geoPath(thinned(clipped, epsScreen / maxK)).digits(Math.max(0, Math.ceil(Math.log10(maxK / 0.5))));
      feat = (f: Feature<Geometry>) => featurePath(path as never, f);
      generators.set(cacheKey, feat);
    }
    return feat;
  };
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
    const countries = layers.locatorCountries.features;
    const ukraine = countries.filter((f) => f.properties.a3 === 'UKR');
    const others = countries.filter((f) => f.properties.a3 !== 'UKR');
    const occ = layers.locatorOccupiedAfter;
    // The locator is coarse data shown small: thin it harder.
    const feat = featOf(shown.get('locator') ?? states, 1.2);
    parts.push(
      layer(
        'locator',
        `<path class="km-land-other" d="${others.map(feat).join('')}"/>` +
          `<path class="km-land-ua" d="${ukraine.map(feat).join('')}"/>` +
          `<path class="km-occ" d="${feat(byStatus(occ, 'occupied'))}"/>` +
          `<path class="km-occ14" d="${feat(byStatus(occ, 'occupied_since_2014'))}"/>` +
          `<path class="km-unknown" d="${feat(byStatus(occ, 'unknown_status'))}"/>` +
          `<path class="km-border-ua" d="${ukraine.map(feat).join('')}"/>`,
      ),
    );
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
  parts.push(layer('occupied-before', `<path class="km-occ" d="${featFor('occupied-before')(byStatus(before, 'occupied'))}"/>`));
  parts.push(layer('occupied-after', `<path class="km-occ" d="${featFor('occupied-after')(byStatus(after, 'occupied'))}"/>`));
  parts.push(layer('unknown-before', `<path class="km-unknown" d="${featFor('unknown-before')(byStatus(before, 'unknown_status'))}"/>`));
  parts.push(layer('unknown-after', `<path class="km-unknown" d="${featFor('unknown-after')(byStatus(after, 'unknown_status'))}"/>`));
  parts.push(layer('crimea-2014', `<path class="km-occ14" d="${featFor('crimea-2014')(byStatus(after, 'occupied_since_2014'))}"/>`));

  // The morph: needed only where the 7 Nov line is shown or animated.
  // The withdrawal animates the 7 Nov area away: its clipped copy (the bridgehead layer) is
  // shown by client.ts only while the line is between the two snapshots.
  const animates = states.includes('withdrawal');
  const animated = animates || states.some((s) => scenes[s].t === 0 || scenes[s].layers.includes('front-before-ghost'));
  let morph: LineMorph | null = null;
  if (animated) {
    const main7 = lineParts(layers.lineBefore).reduce((a, b) => (b.length > a.length ? b : a));
    const line12 = lineParts(layers.lineAfter)[0]!;
    morph = lineMorph(main7, line12, (p) => {
      const xy = proj([p[0]!, p[1]!]);
      if (!xy) throw new Error('unprojectable point');
      return xy;
    });
  }
  if (morph && animates) {
    const closing = (
      [
        [32.05, 46.5],
        [32.3, 46.36],
        [33.45, 46.4],
        [33.6, 46.7],
      ] as XY[]
    ).map((p) => proj(p) as XY);
    const r0 = pathOf(bridgeheadRegion(morph, 0, closing), digits, true);
    const r1 = pathOf(bridgeheadRegion(morph, 1, closing), digits, true);
    const t = scenes[key].t;
    parts.push(
      `<clipPath id="${id}-bridgehead-clip"><path class="km-morph" d="${t === 0 ? r0 : r1}" data-d0="${r0}" data-d1="${r1}"/></clipPath>`,
      `<g class="km-layer km-bridgehead" data-km="" opacity="${t === 0 ? 1 : 0}"><path class="km-occ" clip-path="url(#${id}-bridgehead-clip)" d="${featOf(states.filter((s) => s === 'withdrawal' || s === 'before'))(byStatus(before, 'occupied'))}"/></g>`,
    );
  }

  // Water and borders above the areas.
  if (shown.has('base')) {
    const feat = featFor('base');
    const dnipro = layers.rivers.features.filter((f) => f.properties.name === 'Dnipro');
    const rivers = layers.rivers.features.filter((f) => f.properties.name !== 'Dnipro');
    parts.push(
      layer(
        'base',
        `<path class="km-lake" d="${layers.lakes.features.map(feat).join('')}"/>` +
          `<path class="km-river" d="${rivers.map(feat).join('')}"/>` +
          `<path class="km-river km-dnipro" d="${dnipro.map(feat).join('')}"/>` +
          `<path class="km-oblast-border" d="${layers.oblastBorders.features.map(feat).join('')}"/>` +
          `<path class="km-border-ua" d="${layers.ukraineBorder.features.map(feat).join('')}"/>`,
      ),
    );
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
      parts.push(layer('front', `<path class="km-front" d="${layers.lineAfter.features.map(featFor('front')).join('')}"/>`));
    }
  }

  const cam = layouts.get(key)!.camera;
  const camera = `<g class="km-camera" transform="translate(${n1(cam.x)} ${n1(cam.y)}) scale(${n3(cam.k)})">${parts.join('')}</g>`;
  const overlays = states.map((s) => overlayFor(s, layouts.get(s)!, key)).join('');
  const title = `<title id="${id}-title">Map of southern Ukraine: territorial control on ${SNAPSHOTS.before.label} and ${SNAPSHOTS.after.label} (DeepStateMap.live)</title>`;
  const svg =
    `<svg class="km-svg" id="${id}-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW.width} ${VIEW.height}" role="img" aria-labelledby="${id}-title" preserveAspectRatio="xMidYMid meet">` +
    title +
    // The key state's line widths travel with the SVG (share cards); the page's per-state CSS,
    // more specific, takes over from them.
    `<style>${STYLE}${strokeCss(`#${cssEscape(id)}-map`, cam.k)}</style>` +
    // Nothing is drawn outside the viewBox, even where the SVG's box is larger (letterboxing).
    `<clipPath id="${id}-view"><rect width="${VIEW.width}" height="${VIEW.height}"/></clipPath>` +
    `<g clip-path="url(#${id}-view)">` +
    `<rect class="km-sea" width="${VIEW.width}" height="${VIEW.height}"/>` +
    camera +
    overlays +
    creditText() +
    `</g></svg>`;
  return { svg, css: stateCss(id, states, layouts), layouts };
}
