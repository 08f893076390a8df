import { describe, expect, it } from 'vitest';
import { decodeFragment, parseFragment } from './fragment';

const chapters = new Map([
  ['kherson', 2],
  ['white-house', 8],
]);

describe('parseFragment', () => {
  it('names a chapter', () => {
    expect(parseFragment('#kherson', chapters)).toEqual({ chapter: 'kherson', step: null });
    expect(parseFragment('#white-house', chapters)).toEqual({ chapter: 'white-house', step: null });
  });
  it('names a passage, 1-based in the URL and 0-based as a step', () => {
    expect(parseFragment('#kherson-2', chapters)).toEqual({ chapter: 'kherson', step: 1 });
    expect(parseFragment('#white-house-8', chapters)).toEqual({ chapter: 'white-house', step: 7 });
  });
  it('ignores passages that do not exist', () => {
    expect(parseFragment('#kherson-3', chapters)).toBeNull();
    expect(parseFragment('#kherson-0', chapters)).toBeNull();
    expect(parseFragment('#white-9', chapters)).toBeNull();
  });
  it.each([
    ['#nope'],
    ['#'],
    [''],
    ['#%E0%A4%A'],
    ['#<img src=x onerror=alert(1)>'],
    ['#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['#__proto__'],
    ['#constructor'],
    ['#KHERSON'],
    ['#kherson-1-1'],
    [`#${'a'.repeat(5000)}`],
    [`#kherson-${'9'.repeat(400)}`],
  ])('ignores hostile or unknown fragment %#', (hash) => {
    expect(parseFragment(hash, chapters)).toBeNull();
  });
});

describe('decodeFragment', () => {
  it('decodes percent-encoding and refuses malformed or oversize input', () => {
    expect(decodeFragment('#a%20b')).toBe('a b');
    expect(decodeFragment('#%E0%A4%A')).toBeNull();
    expect(decodeFragment(`#${'x'.repeat(5000)}`)).toBeNull();
  });
});
