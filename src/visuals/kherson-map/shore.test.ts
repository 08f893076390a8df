import { describe, expect, it } from 'vitest';
import { layers, lineParts, place } from './geo';
import { km } from './morph';
import { DAM_LON, dniproAboveDam, dniproFromEdge, nearestOn, shoreLines, toShore } from './shore';

describe('lines meet the shore', () => {
  it('extends the Nov 7 line, which stopped short of the estuary, to the coast', () => {
    const main7 = lineParts(layers.lineBefore).reduce((a, b) => (b.length > a.length ? b : a));
    const before = nearestOn(main7[main7.length - 1]!, shoreLines()).km;
    expect(before).toBeGreaterThan(0.5); // the pack's 2 km buffer: it stopped in mid-air
    const closed = toShore(main7);
    expect(closed).toHaveLength(main7.length + 1);
    expect(nearestOn(closed[closed.length - 1]!, shoreLines()).km).toBeLessThan(0.01);
  });
  it('draws the Dnipro below the dam along the Nov 12 edge, from the dam to the estuary shore', () => {
    const river = dniproFromEdge();
    expect(km(river[0]!, place('Kakhovka Dam (HPP)').coordinates)).toBeLessThan(5);
    expect(nearestOn(river[river.length - 1]!, shoreLines()).km).toBeLessThan(0.01);
    expect(km(river[river.length - 1]!, place('Kherson').coordinates)).toBeLessThan(10);
    // Natural Earth's line keeps no point below the dam.
    const ne = layers.rivers.features.filter((f) => f.properties.name === 'Dnipro').flatMap((f) => lineParts({ type: 'FeatureCollection', features: [f] }));
    const kept = dniproAboveDam(ne).flat();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((p) => p[0]! < DAM_LON && p[1]! < 46.8)).toEqual([]);
  });
});
