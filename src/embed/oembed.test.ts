import { describe, expect, it } from 'vitest';
import { oembedPath, oembedResponse, OEMBED_HEIGHT } from './oembed';

const base = { storyTitle: 'Mixed messages', site: 'https://story.example/explainer/' };

describe('oembedPath', () => {
  it('names one JSON file per chapter and one for the story', () => {
    expect(oembedPath('kherson')).toBe('/oembed/kherson.json');
    expect(oembedPath()).toBe('/oembed.json');
  });
  it('refuses anything that is not a chapter id', () => {
    expect(() => oembedPath('../x')).toThrow(/not a chapter id/);
  });
});

describe('oembedResponse', () => {
  const r = oembedResponse({ ...base, chapter: 'kherson', title: 'Kherson <retaken> & "more"', linkPath: '/#kherson', cardChapter: 'kherson' });
  it('is a rich oEmbed with absolute URLs below the site path', () => {
    expect(r).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Mixed messages', provider_url: 'https://story.example/explainer/' });
    expect(r.thumbnail_url).toBe('https://story.example/explainer/share/kherson/card.png');
    expect([r.thumbnail_width, r.thumbnail_height]).toEqual([1200, 630]);
    expect(r.height).toBe(OEMBED_HEIGHT);
  });
  it('html is what WordPress keeps: a blockquote with a link, then an iframe to the compact embed', () => {
    expect(r.html).toMatch(/^<blockquote><a href="https:\/\/story\.example\/explainer\/#kherson">[^<]*<\/a><\/blockquote><iframe /);
    expect(r.html).toContain('src="https://story.example/explainer/embed/kherson/?layout=compact"');
    expect(r.html).not.toMatch(/<script/);
  });
  it('escapes titles in the html', () => {
    expect(r.html).toContain('Kherson &lt;retaken&gt; &amp; &quot;more&quot;');
    expect(r.html).not.toContain('<retaken>');
  });
  it('the story-level answer links the story and shows the story card', () => {
    const s = oembedResponse({ ...base, chapter: 'calls-to-kyiv', title: 'Mixed messages', linkPath: '/' });
    expect(s.thumbnail_url).toBe('https://story.example/explainer/share/card.png');
    expect(s.html).toContain('<a href="https://story.example/explainer/">Mixed messages</a>');
  });
});
