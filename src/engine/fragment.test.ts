import { describe, expect, it } from 'vitest';
import { decodeFragment } from './fragment';

describe('decodeFragment', () => {
  it('decodes percent-encoding, with or without the #', () => {
    expect(decodeFragment('#kherson-2')).toBe('kherson-2');
    expect(decodeFragment('white-house')).toBe('white-house');
    expect(decodeFragment('#a%20b')).toBe('a b');
  });
  it.each([['#'], [''], ['#%E0%A4%A'], [`#${'x'.repeat(5000)}`], [`#${'%41'.repeat(121)}`]])(
    'refuses empty, malformed or oversize input %#',
    (hash) => {
      expect(decodeFragment(hash)).toBeNull();
    },
  );
  it('returns hostile text as text (the caller only looks it up as an id)', () => {
    expect(decodeFragment('#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe('<img src=x onerror=alert(1)>');
  });
});
