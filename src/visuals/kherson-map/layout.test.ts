import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { DETAIL_BOX, VIEW, layers, place, places } from './geo';
import { fitCamera, scaleBar, visibleBox, toScreen, fromScreen } from './frames';
import { overlaps, placeLabels, type LabelSpec } from './labels';
import { textWidth } from '../kit/text-metrics';
import { layoutState, projection, renderMap, reservedBoxes } from './render';
import { STATE_NAMES, scenes } from './scene';
import { legendItems } from './legend';
import meta from './meta';

describe('geo pack', () => {
  it('draws Crimea and Sevastopol inside Ukraine', () => {
    const ukraine = layers.ukraine.features[0]!;
    expect(geoContains(ukraine, [34.1, 44.95])).toBe(true); // Simferopol
    expect(geoContains(ukraine, [33.52, 44.6])).toBe(true); // Sevastopol
    const crimea = layers.oblasts.features.find((f) => f.properties.iso_3166_2 === 'UA-43')!;
    expect(crimea.properties.country).toBe('Ukraine');
  });
  it('reads the control status of Kherson on both snapshots', () => {
    expect(place('Kherson')).toMatchObject({ before: 'occupied', after: 'not_occupied', bank: 'right (west)' });
    expect(place('Oleshky')).toMatchObject({ before: 'occupied', after: 'occupied', bank: 'left (east)' });
    expect(places).toHaveLength(13);
  });
});

describe('frames', () => {
  it('fits every state inside the viewBox and keeps detail states inside the detail layers', () => {
    const proj = projection();
    for (const s of STATE_NAMES) {
      const cam = fitCamera(proj, scenes[s].frame);
      const [[w, south], [e, n]] = scenes[s].frame;
      for (const corner of [[w, south], [e, n]] as [number, number][]) {
        const [x, y] = toScreen(proj, cam, corner);
        expect(x).toBeGreaterThanOrEqual(-0.01);
        expect(y).toBeGreaterThanOrEqual(-0.01);
        expect(x).toBeLessThanOrEqual(VIEW.width + 0.01);
        expect(y).toBeLessThanOrEqual(VIEW.height + 0.01);
      }
      if (s !== 'where') {
        const [[vw, vs], [ve, vn]] = visibleBox(proj, cam);
        expect(vw, s).toBeGreaterThanOrEqual(DETAIL_BOX[0][0]);
        expect(vs, s).toBeGreaterThanOrEqual(DETAIL_BOX[0][1]);
        expect(ve, s).toBeLessThanOrEqual(DETAIL_BOX[1][0]);
        expect(vn, s).toBeLessThanOrEqual(DETAIL_BOX[1][1]);
      }
    }
  });
  it('round-trips screen and lon/lat', () => {
    const cam = fitCamera(projection(), scenes.after.frame);
    const [lon, lat] = fromScreen(projection(), cam, toScreen(projection(), cam, [32.6, 46.6]));
    expect(lon).toBeCloseTo(32.6, 6);
    expect(lat).toBeCloseTo(46.6, 6);
  });
  it('scale bars are round distances true at the centre of the frame', () => {
    const proj = projection();
    const where = scaleBar(proj, fitCamera(proj, scenes.where.frame));
    const city = scaleBar(proj, fitCamera(proj, scenes['kherson-city'].frame));
    expect([1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]).toContain(where.km);
    expect(where.km).toBeGreaterThan(city.km);
    expect(where.width).toBeLessThanOrEqual(95);
    expect(city.width).toBeGreaterThan(30);
  });
});

describe('labels', () => {
  it('estimates wider boxes for longer and bolder text', () => {
    expect(textWidth('Nova Kakhovka', 16)).toBeGreaterThan(textWidth('Kherson', 16));
    expect(textWidth('Kherson', 16, true)).toBeGreaterThan(textWidth('Kherson', 16));
  });
  it('moves a label to its next position when the first collides, and fails when none fits', () => {
    const a: LabelSpec = { id: 'a', lines: ['Alpha'], at: [100, 100], marker: 3, priority: 1, positions: ['right'] };
    const b: LabelSpec = { id: 'b', lines: ['Beta'], at: [102, 100], marker: 3, priority: 2, positions: ['right', 'left'] };
    const placed = placeLabels([a, b]);
    expect(placed.find((l) => l.id === 'b')?.position).toBe('left');
    expect(() => placeLabels([a, { ...b, positions: ['right'] }])).toThrow(/fits in none/);
    expect(placeLabels([a, { ...b, positions: ['right'], optional: true }])).toHaveLength(1);
  });
  for (const s of STATE_NAMES) {
    it(`"${s}": labels inside the frame, apart from each other, the markers, stamp and scale bar`, () => {
      const layout = layoutState(s);
      const reserved = reservedBoxes(scenes[s].stamp, layout.scale.width);
      const required = scenes[s].labels.filter((l) => !l.optional).map((l) => l.id);
      expect(layout.labels.map((l) => l.id)).toEqual(expect.arrayContaining(required));
      layout.labels.forEach((l, i) => {
        expect(l.box.x0).toBeGreaterThanOrEqual(0);
        expect(l.box.y0).toBeGreaterThanOrEqual(0);
        expect(l.box.x1).toBeLessThanOrEqual(VIEW.width);
        expect(l.box.y1).toBeLessThanOrEqual(VIEW.height);
        for (const r of reserved) expect(overlaps(l.box, r), `${l.id} over a reserved box`).toBe(false);
        layout.labels.slice(i + 1).forEach((m) => expect(overlaps(l.box, m.box), `${l.id} × ${m.id}`).toBe(false));
      });
    });
  }
});

describe('state words trace to a source', () => {
  it('every label names where its words come from', () => {
    for (const s of STATE_NAMES) for (const l of scenes[s].labels) expect(l.sources.length, `${s}/${l.id}`).toBeGreaterThan(0);
  });
  it('every number on a label is a date, the measured distance or a figure from the article text', () => {
    const allowed = new Set(['7', '9', '11', '12', '2014', '2022', '75,000']);
    for (const s of STATE_NAMES) {
      for (const l of scenes[s].labels) {
        const nums = l.lines.join(' ').match(/\d[\d,]*/g) ?? [];
        for (const n of nums) if (l.id !== 'distance') expect(allowed.has(n), `${s}/${l.id}: ${n}`).toBe(true);
      }
    }
  });
});

describe('meta, legend and render', () => {
  it('describes every state in one sentence and knows the same states as the scenes', () => {
    expect(Object.keys(meta.states)).toEqual([...STATE_NAMES]);
    for (const [name, s] of Object.entries(meta.states)) {
      expect(s.description, name).toMatch(/^[A-Z].*\.$/);
      expect(s.description.split(/\.\s/).length, name).toBe(1);
    }
  });
  it('lists in the legend only what a state draws, with the snapshot dates on the lines', () => {
    const before = legendItems(['before'], 'before');
    expect(before.map((i) => i.text)).toContain('Front line, Nov 7, 2022');
    expect(before.map((i) => i.text)).not.toContain('Front line, Nov 12, 2022');
    expect(before.map((i) => i.key)).not.toContain('retaken');
    // The ground retaken between the snapshots has its own colour and words where it is drawn.
    for (const s of ['withdrawal', 'after'] as const) {
      const items = legendItems([s], s);
      expect(items.find((i) => i.key === 'retaken')?.text, s).toBe('Retaken by Ukraine, Nov 9–11');
      expect(new Set(items.filter((i) => i.swatch === 'area').map((i) => i.color)).size, s).toBe(items.filter((i) => i.swatch === 'area').length);
    }
    const crimea = legendItems(['crimea'], 'crimea').map((i) => i.key);
    expect(crimea).toEqual(expect.arrayContaining(['since-2014', 'front-12', 'distance']));
    expect(crimea).not.toContain('ghost-7');
  });
  it('draws a different picture for every state', () => {
    const svgs = STATE_NAMES.map((s) => renderMap({ state: s, states: [s], idPrefix: 'x' }).svg);
    expect(new Set(svgs).size).toBe(STATE_NAMES.length);
  });
  it('sends paths, not TopoJSON, and prefixes ids', () => {
    const { svg, css } = renderMap({ state: 'after', states: ['withdrawal', 'after'], idPrefix: 'kherson--kherson-map' });
    expect(svg).not.toMatch(/"arcs"|"objects"/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id!.startsWith('kherson--kherson-map')).toBe(true);
    expect(css).toContain("#kherson--kherson-map[data-state='withdrawal'] .km-camera");
    expect(css).toContain("#kherson--kherson-map[data-state='after'] [data-km~='after']{opacity:1}");
  });
  it('emits only the layers and overlays the chapter uses', () => {
    const small = renderMap({ state: 'kherson-city', states: ['kherson-city'], idPrefix: 'w' }).svg;
    expect(small).not.toContain('km-locator');
    expect(small).not.toContain('data-d0');
    expect(small).not.toContain('data-km="before"');
    const withdrawal = renderMap({ state: 'after', states: ['withdrawal', 'after'], idPrefix: 'k' }).svg;
    expect(withdrawal).toContain('data-d0');
    expect(withdrawal).toContain('km-bridgehead');
  });
});
