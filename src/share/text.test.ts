import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, sentenceEnds, trimDescription } from './text';

const P1 =
  'The general spoke regularly with his Ukrainian counterpart, General Valeriy Zaluzhnyy, including on Monday, according to a US official. During the discussion, Zaluzhnyy did not express any concerns or mention Milley’s comments once, the person said. The person, along with others interviewed for this story, spoke on condition of anonymity to discuss internal deliberations.';

describe('sentenceEnds', () => {
  it('finds sentence ends followed by a capital', () => {
    expect(sentenceEnds('One two. Three four? Five.')).toEqual([8, 20]);
  });
  it('does not end a sentence at abbreviations or initials', () => {
    const text = 'Retired Lt. Gen. Ben Hodges said so. Eight U.S. Officials agree.';
    expect(sentenceEnds(text)).toEqual([text.indexOf('so.') + 3]);
  });
  it('keeps a closing quote with its sentence', () => {
    const text = '“We will not talk.” Then he left.';
    expect(sentenceEnds(text)).toEqual([text.indexOf('”') + 1]);
  });
});

describe('trimDescription', () => {
  it('returns short text whole, whitespace folded', () => {
    expect(trimDescription('  Short   text.\n')).toBe('Short text.');
  });
  it('returns text of exactly max characters whole', () => {
    const text = 'a'.repeat(DESCRIPTION_MAX);
    expect(trimDescription(text)).toBe(text);
  });
  it('prefers a whole first sentence of 40 % of the room or more to a cut second one', () => {
    const text =
      'The administration has been careful to point out that peace talks are not currently on the table. Shortly after Russian media reported that CIA Director William Burns met his Russian counterpart in Turkey on Monday, a spokesman spoke.';
    expect(trimDescription(text)).toBe('The administration has been careful to point out that peace talks are not currently on the table.');
    expect(trimDescription('Short one. ' + 'and then a very long second sentence that goes on '.repeat(5), 120)).toMatch(/…$/);
  });
  it('keeps whole sentences when they fill at least half the room', () => {
    const out = trimDescription(P1);
    expect(out).toBe('The general spoke regularly with his Ukrainian counterpart, General Valeriy Zaluzhnyy, including on Monday, according to a US official.');
    expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
  it('cuts at a word boundary with an ellipsis when the first sentence is too long', () => {
    const text = `${'word '.repeat(30)}end of a long sentence, and more after it. Next one.`;
    const out = trimDescription(text, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toMatch(/^(word )+word…$/);
  });
  it('drops dangling punctuation before the ellipsis', () => {
    const out = trimDescription('Alpha beta gamma, delta epsilon zeta eta theta iota kappa', 24);
    expect(out).toBe('Alpha beta gamma…');
  });
  it('closes a quotation the cut left open', () => {
    const out = trimDescription('He said: “We will keep supporting Ukraine for as long as it takes, whatever happens next”', 50);
    expect(out.endsWith('…”')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.startsWith('He said: “We will keep supporting Ukraine')).toBe(true);
  });
  it('cuts inside one enormous word without splitting a surrogate pair', () => {
    const text = `${'x'.repeat(8)}😀${'y'.repeat(40)}`;
    const out = trimDescription(text, 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
  it('never returns more than max for many maxima', () => {
    for (let max = 5; max < 260; max += 7) expect(trimDescription(P1, max).length).toBeLessThanOrEqual(max);
  });
  it('rejects a nonsensical max', () => {
    expect(() => trimDescription('abc', 1)).toThrow(RangeError);
  });
});
