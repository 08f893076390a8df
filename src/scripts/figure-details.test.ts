import { describe, expect, it } from 'vitest';
import { readingOrder } from './figure-details';

const at = (item: string, left: number, top: number, h = 10) => ({ item, box: { left, top, bottom: top + h } });

describe('readingOrder (arrow keys between marks)', () => {
  it('reads rows top to bottom and each row left to right', () => {
    expect(readingOrder([at('c', 0, 40), at('b', 50, 2), at('a', 0, 0), at('d', 50, 41)])).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps marks whose centers fall inside a row in that row, however tall', () => {
    // A tall bar (0–100) and labels beside it at different heights: one row, left to right.
    expect(readingOrder([at('label', 80, 40), at('bar', 10, 0, 100), at('bar2', 40, 30, 70)])).toEqual(['bar', 'bar2', 'label']);
  });
  it('gives nothing for nothing', () => {
    expect(readingOrder([])).toEqual([]);
  });
});
