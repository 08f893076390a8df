import { describe, expect, it } from 'vitest';
import meta from './meta';
import { descriptions, sourceLines, citesOf } from './text';
import { stateNames } from '../types';

const STATES = stateNames(meta);

describe('meta', () => {
  it('names its states in order, each with a one-sentence-or-two description', () => {
    expect(meta.name).toBe('aid-flow');
    expect(Object.keys(meta.states)).toEqual([...STATES]);
    for (const s of STATES) expect(meta.states[s]!.description.length).toBeGreaterThan(40);
  });
});

describe('descriptions', () => {
  it('speak the figures the picture draws, with their hedges', () => {
    expect(descriptions.appropriated).toContain('66 billion dollars');
    expect(descriptions.stocks).toContain('On Nov 10, two days after the Nov 8 midterms, a drawdown of up to 400 million dollars included 4 Avenger');
    expect(descriptions.stocks).toContain('the total since the invasion at more than 18.6 billion dollars');
    expect(descriptions.stocks).toContain('the largest drawdown up to 1 billion dollars on Aug 8, the largest USAI package 2.98 billion dollars on Aug 24');
    expect(descriptions['what-comes-next']).toContain('37.7 billion dollars');
    expect(descriptions['what-comes-next']).toContain('218 seats');
    expect(descriptions['who-else-gives']).toContain('just under 52 billion euros');
    expect(descriptions['who-else-gives']).toContain('Europe overtook the US');
    expect(descriptions.stocks).toContain('24 drawdowns from its own stocks');
  });
});

describe('source lines', () => {
  it.each(STATES)('%s has a source line whose links are among its sources', (s) => {
    expect(sourceLines[s].parts.length).toBeGreaterThan(0);
    const ids = new Set(citesOf(s).map((c) => c.id));
    for (const p of sourceLines[s].parts) expect(p.cite.url).toMatch(/^https?:/);
    expect(ids.size).toBeGreaterThan(0);
  });
});
