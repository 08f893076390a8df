import { describe, expect, it } from 'vitest';
import { activeIndex, isNear, triggerLine } from './geometry';

describe('activeIndex', () => {
  it('is the last step whose top has crossed the trigger line', () => {
    expect(activeIndex([-500, -100, 300, 900], 400)).toBe(2);
  });
  it('is the first step before any has crossed', () => {
    expect(activeIndex([500, 900], 400)).toBe(0);
  });
  it('counts a step exactly on the line as crossed', () => {
    expect(activeIndex([100, 400], 400)).toBe(1);
  });
  it('depends only on geometry, not on the order steps were reached', () => {
    const tops = [-900, -300, 200, 700];
    expect(activeIndex(tops, 400)).toBe(activeIndex([...tops], 400));
    expect(activeIndex([], 400)).toBe(0);
  });
});

describe('triggerLine', () => {
  it('sits a fraction of the way down the visible band', () => {
    expect(triggerLine({ top: 0, height: 800 }, 0.5)).toBe(400);
    expect(triggerLine({ top: 1000, height: 600 }, 0.7)).toBeCloseTo(1420);
  });
  it('clamps odd ratios and falls back to the middle', () => {
    expect(triggerLine({ top: 0, height: 800 }, 2)).toBe(800);
    expect(triggerLine({ top: 0, height: 800 }, Number.NaN)).toBe(400);
  });
});

describe('isNear', () => {
  const view = { top: 0, height: 800 };
  it('is true for a box in view or within a viewport of it', () => {
    expect(isNear(100, 300, view)).toBe(true);
    expect(isNear(1500, 2000, view)).toBe(true);
    expect(isNear(-1500, -100, view)).toBe(true);
  });
  it('is false for a box far away', () => {
    expect(isNear(1700, 2000, view)).toBe(false);
    expect(isNear(-3000, -900, view)).toBe(false);
  });
  it('with no margin, is true only when the box overlaps the band', () => {
    expect(isNear(801, 900, view, 0)).toBe(false);
    expect(isNear(799, 900, view, 0)).toBe(true);
  });
});
