import { describe, expect, it } from 'vitest';
import { isWordpressReady, wordpressHeight, wordpressSecret } from './wordpress';

describe('wordpressSecret', () => {
  it('reads the secret WordPress appends to the frame URL', () => {
    expect(wordpressSecret('#?secret=Ab3dE9xYz0')).toBe('Ab3dE9xYz0');
    expect(wordpressSecret('#?foo=1&secret=abc')).toBe('abc');
  });
  it('ignores anything that is not wp-embed.js’s shape', () => {
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#kherson')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(wordpressSecret('#?secret=a"b')).toBeNull();
    expect(wordpressSecret('#?secret=<script>')).toBeNull();
    expect(wordpressSecret(`#?secret=${'a'.repeat(65)}`)).toBeNull();
  });
});

describe('messages', () => {
  it('height messages are whole pixels with the secret', () => {
    expect(wordpressHeight('abc', 640.2)).toEqual({ message: 'height', value: 641, secret: 'abc' });
  });
  it('ready counts only with our secret', () => {
    expect(isWordpressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isWordpressReady({ message: 'ready', secret: 'abd' }, 'abc')).toBe(false);
    expect(isWordpressReady({ message: 'ready', secret: 'abc' }, null)).toBe(false);
    expect(isWordpressReady('ready', 'abc')).toBe(false);
    expect(isWordpressReady(null, 'abc')).toBe(false);
  });
});
