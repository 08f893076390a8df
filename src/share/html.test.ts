import { describe, expect, it } from 'vitest';
import { decodeEntities, findElement, tokenize, toXml } from './html';

describe('tokenize', () => {
  it('reads boolean, unquoted and quoted attributes and decodes entities', () => {
    const [tag] = tokenize('<rect data-x a=1 b="2 &amp; 3" c=\'4\'/>');
    expect(tag).toEqual({ type: 'start', name: 'rect', attrs: [['data-x', ''], ['a', '1'], ['b', '2 & 3'], ['c', '4']], selfClosing: true });
  });
  it('keeps style and script contents raw and skips comments', () => {
    const tokens = tokenize('<!-- x --><style>a>b{c:d}</style><script>if (a<b) {}</script>');
    expect(tokens.filter((t) => t.type === 'text')).toEqual([
      { type: 'text', text: 'a>b{c:d}', raw: true },
      { type: 'text', text: 'if (a<b) {}', raw: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('a&nbsp;b &#8212; &#x2019; &mdash; &bogus;')).toBe('a\u00a0b — ’ — &bogus;');
  });
});

describe('toXml', () => {
  it('keeps the spaces a browser shows inside <text>, collapsed, and trims its ends', () => {
    const tokens = tokenize('<text x="0">\n  Three acts: <a href="#x"><tspan>$66bn</tspan></a><tspan> in   all</tspan>\n</text>');
    expect(toXml(tokens, 0, tokens.length - 1)).toBe('<text x="0" xml:space="preserve">Three acts: <a href="#x"><tspan>$66bn</tspan></a><tspan> in all</tspan></text>');
  });
  it('produces well-formed XML from HTML-ish SVG', () => {
    const tokens = tokenize('<svg viewbox="0 0 1 1" onclick="x()" data-a><g><text>a &lt; b&nbsp;c</text><foreignObject><p>open<br></foreignObject></g></svg>');
    const [start, end] = findElement(tokens, (t) => t.name === 'svg')!;
    expect(toXml(tokens, start, end)).toBe('<svg viewBox="0 0 1 1" data-a=""><g><text xml:space="preserve">a &lt; b\u00a0c</text><foreignObject><p>open<br/></p></foreignObject></g></svg>');
  });
});
