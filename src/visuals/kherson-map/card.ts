/**
 * The map's share card (src/share/cards.ts): the state's frame, simplified for a feed image —
 * land, occupied areas, the 12 Nov front line and the Dnipro, one place named, no small labels.
 * Geometry, frames, colours and names are the map's own (geo.ts, scene.ts, legend.ts).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { MIN_TEXT, type CardMaker, type KeyItem } from '../types';
import { escapeXml as xml } from '../kit/escape';
import { byStatus, layers, lineParts } from './geo';
import { projectedBox } from './frames';
import { RETAKEN_COLOR, RETAKEN_TEXT, legendItems } from './legend';
import { frontToCrimea, frontToCrimeaKm } from './measure';
import { CREDIT, projection } from './render';
import { isStateName, scenes } from './scene';
import { lines } from './paths';
import { dniproAboveDam, dniproFromEdge, toShore } from './shore';

const COLOR = { sea: '#d9e6ef', other: '#ecebe6', land: '#fcfbf7', river: '#4f86b8', border: '#4a4a4a' };

const card: CardMaker = (_chapter, state) => {
  if (!isStateName(state)) return null;
  const scene = scenes[state];
  const locator = scene.layers.includes('locator');
  const legend = legendItems([state], state);
  const colour = (k: string) => legend.find((i) => i.key === k)?.color ?? '#eba193';
  // Where the map shows it, the ground Ukraine retook between the two snapshots gets its own color and key.
  const retaken = scene.layers.includes('retaken');
  const key: KeyItem[] = legend
    .filter((i) => ['occupied', 'since-2014', 'front-12'].includes(i.key))
    .map((i): KeyItem => ({ color: i.color, text: i.text, shape: i.swatch === 'area' ? 'square' : 'line' }));
  if (retaken) key.splice(1, 0, { color: RETAKEN_COLOR, text: RETAKEN_TEXT });
  key.splice(2);
  const credit = CREDIT.flatMap((line) => line.replace(/^[^:]*:\s*/, '').split(' · '));

  const draw = (width: number, height: number): string => {
    const proj = projection();
    const [[x0, y0], [x1, y1]] = projectedBox(proj, scene.frame);
    const k = Math.max(width / (x1 - x0), height / (y1 - y0));
    const tx = width / 2 - (k * (x0 + x1)) / 2;
    const ty = height / 2 - (k * (y0 + y1)) / 2;
    const path = geoPath(proj);
    const d = (f: Feature<Geometry> | Feature<Geometry>[]) => (Array.isArray(f) ? f : [f]).map((x) => path(x) ?? '').join('');
    const fill = (f: Feature<Geometry> | Feature<Geometry>[], c: string) => `<path d="${d(f)}" fill="${c}"/>`;
    const stroke = (f: Feature<Geometry> | Feature<Geometry>[], c: string, w: number) =>
      `<path d="${d(f)}" fill="none" stroke="${c}" stroke-width="${w / k}" stroke-linejoin="round" stroke-linecap="round"/>`;
    const occ = layers.occupiedAfter;
    const geo = locator
      ? [
          fill(layers.locatorCountries.features, COLOR.other),
          fill(layers.locatorCountries.features.filter((f) => f.properties['a3'] === 'UKR'), COLOR.land),
          ...layers.locatorOccupiedAfter.features.map((f) => fill(f, colour(f.properties['status'] === 'occupied_since_2014' ? 'since-2014' : 'occupied'))),
          stroke(layers.locatorCountries.features, '#ffffff', 1.5),
        ]
      : [
          fill(layers.neighbours.features, COLOR.other),
          fill(layers.ukraine.features, COLOR.land),
          // Painted under the Nov 12 areas: what shows is occupied on Nov 7 and not on Nov 12 (as on the map).
          retaken ? fill(byStatus(layers.occupiedBefore, 'occupied'), RETAKEN_COLOR) : '',
          fill(byStatus(occ, 'occupied'), colour('occupied')),
          fill(byStatus(occ, 'occupied_since_2014'), colour('since-2014')),
          fill(byStatus(occ, 'unknown_status'), '#c9c6c0'),
          fill(layers.lakes.features, COLOR.sea),
          stroke(layers.rivers.features.filter((f) => f.properties['name'] !== 'Dnipro'), COLOR.river, 3),
          stroke(lines(dniproAboveDam(layers.rivers.features.filter((f) => f.properties['name'] === 'Dnipro').flatMap((f) => lineParts({ type: 'FeatureCollection', features: [f] })))), COLOR.river, 3),
          stroke(lines([dniproFromEdge()]), COLOR.river, 9),
          stroke(layers.ukraineBorder.features, COLOR.border, 1.5),
          stroke(lines([toShore(lineParts(layers.lineAfter)[0]!)]), colour('front-12'), 5),
        ];
    const at = (lonLat: [number, number]) => {
      const p = proj(lonLat)!;
      return [p[0] * k + tx, p[1] * k + ty] as const;
    };
    /** A label at a point, on the side the scene asks for first (e.g. Kherson on its own bank). */
    const label = (lines: string[], [x, y]: readonly [number, number], dot: boolean, side = 'center') => {
      const lead = Math.round(MIN_TEXT * 1.15);
      const dx = side.includes('left') ? -18 : side.includes('right') ? 18 : 0;
      const anchor = dx < 0 ? 'end' : dx > 0 ? 'start' : 'middle';
      const block = lead * (lines.length - 1);
      const top = side.startsWith('above') ? y - 18 - block : side.startsWith('below') ? y + 18 + MIN_TEXT * 0.8 : y + MIN_TEXT * 0.35 - block / 2;
      const lx = Math.min(Math.max(x + dx, 8), width - 8);
      const spans = lines.map((l, i) => `<tspan x="${lx}" dy="${i ? lead : 0}"${i ? ' font-weight="normal"' : ''}>${xml(l)}</tspan>`).join('');
      const mark = dot ? `<circle cx="${x}" cy="${y}" r="10" fill="#1a1a1a" stroke="#ffffff" stroke-width="3"/>` : '';
      return `${mark}<text x="${lx}" y="${top}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="bold" fill="#1a1a1a" stroke="#ffffff" stroke-width="8" paint-order="stroke" stroke-linejoin="round" text-anchor="${anchor}">${spans}</text>`;
    };
    const main = [...scene.labels].sort((a, b) => a.priority - b.priority)[0];
    const over: string[] = [];
    if (scene.distance) {
      const a = at(frontToCrimea.from as [number, number]);
      const b = at(frontToCrimea.to as [number, number]);
      over.push(`<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" stroke="#1a1a1a" stroke-width="5" stroke-dasharray="8 6"/>`);
      over.push(label([`${frontToCrimeaKm} km`], [Math.max(a[0], b[0]), (a[1] + b[1]) / 2], false, 'right'));
    }
    // The main label whole when it is short (Kherson: some 75,000 people remain), else its first line.
    if (main) over.push(label(main.lines.length <= 3 ? main.lines : main.lines.slice(0, 1), at(main.at), main.marker !== 'none', main.positions[0]));
    return [
      `<svg width="${width}" height="${height}" overflow="hidden"><rect width="${width}" height="${height}" fill="${COLOR.sea}"/>`,
      `<g transform="translate(${tx} ${ty}) scale(${k})">${geo.join('')}</g>`,
      over.join(''),
      '</svg>',
    ].join('');
  };
  return { kind: 'picture', draw, key, credit };
};

export default card;
