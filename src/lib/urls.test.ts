import { describe, expect, it } from 'vitest';
import { absoluteUrl, cardPath, mailtoUrl, sharePath, storyPath } from './urls';

describe('paths', () => {
  it('builds the share page, card and story paths of a chapter', () => {
    expect(sharePath('kherson')).toBe('/share/kherson/');
    expect(cardPath('kherson')).toBe('/share/kherson/card.png');
    expect(storyPath('kherson')).toBe('/#kherson');
  });
  it('builds the story-wide card and story paths without a chapter', () => {
    expect(cardPath()).toBe('/share/card.png');
    expect(storyPath()).toBe('/');
  });
  it('refuses ids that are not chapter slugs', () => {
    for (const bad of ['', 'Kherson', '../etc', 'a b', 'a/b', 'x#y', '-x']) {
      expect(() => sharePath(bad)).toThrow(/not a chapter id/);
    }
  });
});

describe('absoluteUrl', () => {
  it('resolves paths on the site origin', () => {
    expect(absoluteUrl('/share/kherson/', 'http://localhost:4321')).toBe('http://localhost:4321/share/kherson/');
    expect(absoluteUrl('/share/card.png', new URL('https://example.org/'))).toBe('https://example.org/share/card.png');
  });
  it('keeps fragments', () => {
    expect(absoluteUrl('/#kherson', 'https://example.org')).toBe('https://example.org/#kherson');
  });
  it('keeps a site path, with or without its trailing slash', () => {
    expect(absoluteUrl('/share/aid/', 'https://example.org/explainer')).toBe('https://example.org/explainer/share/aid/');
    expect(absoluteUrl('/share/aid/', 'https://example.org/explainer/')).toBe('https://example.org/explainer/share/aid/');
  });
  it('drops a query or fragment on the site itself', () => {
    expect(absoluteUrl('/', 'https://example.org/?x=1#y')).toBe('https://example.org/');
  });
  it('fails loudly without a site or with a non-http site', () => {
    expect(() => absoluteUrl('/', undefined)).toThrow(/SITE_ORIGIN/);
    expect(() => absoluteUrl('/', 'ftp://example.org')).toThrow(/http/);
  });
});

describe('mailtoUrl', () => {
  it('encodes subject and body', () => {
    expect(mailtoUrl('A & B', 'https://x.org/share/a/')).toBe('mailto:?subject=A%20%26%20B&body=A%20%26%20B%0A%0Ahttps%3A%2F%2Fx.org%2Fshare%2Fa%2F');
  });
});
