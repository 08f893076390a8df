import { describe, expect, it } from 'vitest';
import { renderMap } from './render';
import { STATE_NAMES } from './scene';

describe('renderMap golden SVG per state', () => {
  for (const state of STATE_NAMES) {
    it(`draws the "${state}" state`, async () => {
      const { svg } = renderMap({ state, states: [state], idPrefix: 'golden' });
      await expect(svg).toMatchFileSnapshot(`./__golden__/${state}.svg`);
    });
  }
});
