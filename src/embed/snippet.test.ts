import { describe, expect, it } from 'vitest';
import { embedUrls, iframeSnippet, loaderSnippet } from './snippet';

const input = { chapter: 'kherson', headline: 'Kherson retaken, and the river becomes the front', title: 'Mixed messages', site: 'https://news.example/' };

describe('embed snippets', () => {
  it('uses absolute URLs from the site', () => {
    expect(embedUrls(input)).toEqual({
      loader: 'https://news.example/embed.js',
      frame: 'https://news.example/embed/kherson/',
      chapter: 'https://news.example/#kherson',
    });
    expect(embedUrls({ ...input, site: new URL('https://a.example/sub/') }).loader).toBe('https://a.example/embed.js');
  });
  it('gives a placeholder with a fallback link and one async script', () => {
    expect(loaderSnippet(input)).toBe(
      [
        '<div data-mixed-messages-embed="kherson">',
        '  <a href="https://news.example/#kherson">Kherson retaken, and the river becomes the front — from “Mixed messages”</a>',
        '</div>',
        '<script async src="https://news.example/embed.js"></script>',
      ].join('\n'),
    );
  });
  it('gives a titled, lazy, sandboxed iframe without top navigation', () => {
    const html = iframeSnippet(input);
    expect(html).toContain('src="https://news.example/embed/kherson/"');
    expect(html).toContain('title="Kherson retaken, and the river becomes the front — interactive chapter from “Mixed messages”"');
    expect(html).toContain('loading="lazy"');
    expect(html).toMatch(/sandbox="[^"]*allow-scripts[^"]*"/);
    expect(html).not.toContain('allow-top-navigation');
  });
  it('escapes markup in headlines', () => {
    const html = loaderSnippet({ ...input, headline: 'A <b>"bold"</b> & risky headline' });
    expect(html).toContain('A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; risky headline');
    expect(iframeSnippet({ ...input, headline: '"><script>' })).not.toContain('"><script>');
  });
});
