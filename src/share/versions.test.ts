import { describe, expect, it } from 'vitest';
import { cardVersion, versionCardUrls } from './versions';

describe('share card versions', () => {
  const png = Buffer.from('not really a png');
  const versions = new Map([
    ['/share/kherson/card.png', cardVersion(png)],
    ['/share/card.png', 'abcdef0123'],
  ]);

  it('is the first 10 hex digits of the SHA-256, and changes with the picture', () => {
    expect(cardVersion(png)).toMatch(/^[0-9a-f]{10}$/);
    expect(cardVersion(png)).toBe(cardVersion(Buffer.from('not really a png')));
    expect(cardVersion(Buffer.from('another picture'))).not.toBe(cardVersion(png));
  });

  it('versions absolute card URLs in content attributes, each with its own hash', () => {
    const html =
      '<meta property="og:image" content="https://example.org/story/share/kherson/card.png">' +
      '<meta name="twitter:image" content="https://example.org/story/share/kherson/card.png">' +
      '<meta property="og:image" content="http://localhost:4321/share/card.png">';
    const out = versionCardUrls(html, versions);
    const v = cardVersion(png);
    expect(out).toBe(
      `<meta property="og:image" content="https://example.org/story/share/kherson/card.png?v=${v}">` +
        `<meta name="twitter:image" content="https://example.org/story/share/kherson/card.png?v=${v}">` +
        '<meta property="og:image" content="http://localhost:4321/share/card.png?v=abcdef0123">',
    );
  });

  it('leaves links, other images and already versioned URLs alone, and is idempotent', () => {
    const html =
      '<a href="https://example.org/share/kherson/card.png">card</a>' +
      '<meta property="og:image" content="https://example.org/share/kherson/other.png">' +
      '<meta property="og:image" content="https://example.org/share/kherson/card.png?v=0000000000">';
    expect(versionCardUrls(html, versions)).toBe(html);
    const once = versionCardUrls('<meta content="https://example.org/share/card.png">', versions);
    expect(versionCardUrls(once, versions)).toBe(once);
  });

  it('does not take a chapter card for the story card whose path ends the same', () => {
    // "/share/card.png" is a suffix of no chapter card path, but the match must also not cross "/".
    const html = '<meta content="https://example.org/share/kherson/card.png">';
    const out = versionCardUrls(html, new Map([['/share/card.png', 'abcdef0123']]));
    expect(out).toBe(html);
  });
});
