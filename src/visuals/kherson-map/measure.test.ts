import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { EARTH_RADIUS_KM, layers, lineParts } from './geo';
import { densify, frontToCrimea, frontToCrimeaKm, nearestPair, STEP_KM } from './measure';
import { km } from './morph';

describe('densify', () => {
  it('keeps every vertex and adds points no more than the step apart', () => {
    const line = [
      [32, 46],
      [33, 46],
      [33, 47],
    ];
    const pts = densify(line, 5);
    expect(pts[0]).toEqual([32, 46]);
    expect(pts[pts.length - 1]).toEqual([33, 47]);
    for (let i = 1; i < pts.length; i++) expect(km(pts[i - 1]!, pts[i]!)).toBeLessThanOrEqual(5.0001);
  });
});

describe('nearestPair', () => {
  it('finds the closest pair between two point sets', () => {
    const r = nearestPair(
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 1],
        [5, 5],
      ],
    );
    expect(r.from).toEqual([1, 0]);
    expect(r.to).toEqual([1, 1]);
    expect(r.km).toBeCloseTo(geoDistance([1, 0], [1, 1]) * EARTH_RADIUS_KM, 6);
  });
});

describe('front to Crimea', () => {
  it('is measured from a point on the 12 Nov line to a point on the UA-43 border', () => {
    const front = lineParts(layers.lineAfter).flatMap((l) => densify(l, STEP_KM));
    expect(front.some(([x, y]) => x === frontToCrimea.from[0] && y === frontToCrimea.from[1])).toBe(true);
    // No vertex of the line is closer to the measured Crimea point than the result (within the sampling step).
    const closest = Math.min(...lineParts(layers.lineAfter).flat().map((p) => km(p, frontToCrimea.to)));
    expect(closest).toBeGreaterThanOrEqual(frontToCrimea.km - STEP_KM);
    expect(frontToCrimeaKm).toBe(Math.round(frontToCrimea.km));
  });
  it('runs from near the Kakhovka dam / Nova Kakhovka to the north of Crimea', () => {
    // The front point lies on the lower Dnipro, the Crimea point on the isthmus/Syvash side.
    expect(frontToCrimea.from[0]).toBeGreaterThan(32.5);
    expect(frontToCrimea.from[0]).toBeLessThan(34);
    expect(frontToCrimea.from[1]).toBeGreaterThan(46.5);
    expect(frontToCrimea.to[1]).toBeLessThan(46.3);
    expect(frontToCrimea.km).toBeGreaterThan(40);
    expect(frontToCrimea.km).toBeLessThan(100);
  });
});
