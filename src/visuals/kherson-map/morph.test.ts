import { describe, expect, it } from 'vitest';
import { layers, lineParts } from './geo';
import { blend, bridgeheadRegion, km, lineMorph, partingPoint, pathOf, resample, type XY } from './morph';
import { projection } from './render';

const project = (p: number[]): XY => projection()([p[0]!, p[1]!]) as XY;
const main7 = lineParts(layers.lineBefore).reduce((a, b) => (b.length > a.length ? b : a));
const line12 = lineParts(layers.lineAfter)[0]!;

describe('resample', () => {
  it('spreads n points evenly along a line, keeping its ends', () => {
    const pts = resample(
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
      5,
    );
    expect(pts).toEqual([
      [0, 0],
      [5, 0],
      [10, 0],
      [10, 5],
      [10, 10],
    ]);
  });
  it('rejects degenerate input', () => {
    expect(() => resample([[0, 0]], 3)).toThrow();
  });
});

describe('blend', () => {
  it('interpolates point for point', () => {
    expect(
      blend(
        [
          [0, 0],
          [2, 2],
        ],
        [
          [2, 0],
          [4, 4],
        ],
        0.5,
      ),
    ).toEqual([
      [1, 0],
      [3, 3],
    ]);
  });
});

describe('the withdrawal morph', () => {
  it('parts the two lines at the Kakhovka dam, where they stop running together', () => {
    const cut = partingPoint(main7, line12);
    const at = line12[cut.after]!;
    expect(km(at, [33.37151, 46.77614])).toBeLessThan(5); // Kakhovka dam (places.geojson)
    expect(km(at, main7[cut.before]!)).toBeLessThan(0.3);
  });
  it('gives both snapshots the same number of points and the same path structure', () => {
    const m = lineMorph(main7, line12, project);
    expect(m.from).toHaveLength(m.to.length);
    const a = pathOf(m.from);
    const b = pathOf(m.to);
    expect(a.replace(/[-\d.]+/g, '#')).toBe(b.replace(/[-\d.]+/g, '#'));
    expect(a).not.toBe(b);
  });
  it('starts on the 7 Nov line and ends on the 12 Nov line', () => {
    const m = lineMorph(main7, line12, project);
    const close = (p: XY, q: XY) => Math.hypot(p[0] - q[0], p[1] - q[1]) < 0.01;
    expect(close(m.from[m.from.length - 1]!, project(main7[main7.length - 1]!))).toBe(true);
    expect(close(m.to[m.to.length - 1]!, project(line12[line12.length - 1]!))).toBe(true);
    // The 7 Nov tail reaches further west (the estuary) than the 12 Nov tail (Kherson's riverbank).
    expect(main7[main7.length - 1]![0]).toBeLessThan(line12[line12.length - 1]![0]!);
  });
  it('closes the bridgehead region through the given points', () => {
    const m = lineMorph(main7, line12, project);
    const closing: XY[] = [
      [1, 1],
      [2, 2],
    ];
    const r = bridgeheadRegion(m, 0.5, closing);
    expect(r.slice(-2)).toEqual(closing);
    expect(r).toHaveLength(m.from.length - m.split + 2);
  });
});
