/**
 * Just enough HTML reading to lift a visual's static SVG out of the built story page and turn
 * it into well-formed XML for librsvg (which, unlike browsers, rejects HTML-isms such as
 * attributes without values, named entities like &nbsp; and unclosed void elements).
 * Astro writes the markup, so this is a tokenizer, not a full HTML5 parser.
 */

export interface StartTag {
  type: 'start';
  name: string;
  attrs: [string, string][];
  selfClosing: boolean;
}
export interface EndTag {
  type: 'end';
  name: string;
}
export interface TextToken {
  type: 'text';
  /** Decoded text. */
  text: string;
  /** Raw text elements (style, script) keep their source. */
  raw: boolean;
}
export type Token = StartTag | EndTag | TextToken;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•', times: '×',
  minus: '−', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', deg: '°', euro: '€', pound: '£', dollar: '$',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓', plusmn: '±',
  frac12: '½', frac14: '¼', frac34: '¾', prime: '′', Prime: '″', zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = (s: string) => {
    if (s) tokens.push({ type: 'text', text: decodeEntities(s), raw: false });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const endTag = /^<\/([a-zA-Z][^\s/>]*)\s*>/.exec(html.slice(lt, lt + 200));
    if (endTag) {
      tokens.push({ type: 'end', name: endTag[1]!.toLowerCase() });
      i = lt + endTag[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 200));
    if (!open) {
      text('<');
      i = lt + 1;
      continue;
    }
    const name = open[1]!;
    let j = lt + open[0].length;
    const attrs: [string, string][] = [];
    for (;;) {
      while (/\s/.test(html[j] ?? '')) j++;
      if (j >= html.length) break;
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html.startsWith('/>', j)) {
        j += 2;
        attrs.push(['/', '']);
        break;
      }
      if (html[j] === '/') {
        j++;
        continue;
      }
      ATTR.lastIndex = j;
      const m = ATTR.exec(html);
      if (!m || m[0].length === 0) {
        j++;
        continue;
      }
      attrs.push([m[1]!, decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
      j = ATTR.lastIndex;
    }
    const selfClosing = attrs.length > 0 && attrs.at(-1)![0] === '/';
    if (selfClosing) attrs.pop();
    const lower = name.toLowerCase();
    tokens.push({ type: 'start', name: lower === name ? lower : name, attrs, selfClosing });
    i = j;
    if (RAW_TEXT.has(lower) && !selfClosing) {
      const closing = new RegExp(`</${lower}`, 'gi');
      closing.lastIndex = i;
      const close = closing.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      if (end > i) tokens.push({ type: 'text', text: html.slice(i, end), raw: true });
      i = end;
    }
  }
  return tokens;
}

export function attr(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find(([k]) => k.toLowerCase() === name)?.[1];
}

export function hasClass(tag: StartTag, cls: string): boolean {
  return (attr(tag, 'class') ?? '').split(/\s+/).includes(cls);
}

/** Index of the end token matching the start token at `from` (same name, counted), or tokens.length. */
export function matchingEnd(tokens: Token[], from: number): number {
  const start = tokens[from];
  if (!start || start.type !== 'start') throw new Error('matchingEnd: not a start tag');
  if (start.selfClosing || VOID.has(start.name.toLowerCase())) return from;
  const name = start.name.toLowerCase();
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'start' && t.name.toLowerCase() === name && !t.selfClosing) depth++;
    else if (t.type === 'end' && t.name === name && --depth === 0) return i;
  }
  return tokens.length;
}

/** The first element in tokens[from, to) for which `test` holds: [start, end] indices. */
export function findElement(tokens: Token[], test: (t: StartTag) => boolean, from = 0, to = tokens.length): [number, number] | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === 'start' && test(t)) return [i, matchingEnd(tokens, i)];
  }
  return null;
}

/** Every element at the outermost level within (from, to) whose tag is `name`. */
export function topLevel(tokens: Token[], name: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === 'start' && t.name.toLowerCase() === name) {
      const end = matchingEnd(tokens, i);
      found.push([i, end]);
      i = end;
    }
  }
  return found;
}

/** SVG attribute names HTML tooling may have lower-cased. */
const SVG_CASE = new Map(
  ['viewBox', 'preserveAspectRatio', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternContentUnits', 'patternTransform',
    'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'textLength',
    'lengthAdjust', 'startOffset', 'stdDeviation', 'filterUnits', 'primitiveUnits', 'pathLength', 'spreadMethod', 'baseFrequency',
    'numOctaves', 'kernelMatrix', 'tableValues', 'stitchTiles', 'xChannelSelector', 'yChannelSelector', 'surfaceScale', 'specularConstant',
    'specularExponent', 'diffuseConstant', 'limitingConeAngle', 'pointsAtX', 'pointsAtY', 'pointsAtZ'].map((n) => [n.toLowerCase(), n]),
);
const SVG_TAG_CASE = new Map(
  ['clipPath', 'linearGradient', 'radialGradient', 'foreignObject', 'textPath', 'feGaussianBlur', 'feOffset', 'feMerge', 'feMergeNode',
    'feFlood', 'feComposite', 'feColorMatrix', 'feBlend', 'feDropShadow', 'feMorphology'].map((n) => [n.toLowerCase(), n]),
);

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

function xmlName(name: string, table: ReadonlyMap<string, string>): string | null {
  const fixed = table.get(name.toLowerCase()) ?? name;
  return /^[A-Za-z_][\w.:-]*$/.test(fixed) ? fixed : null;
}

export function serializeAttrs(attrs: [string, string][]): string {
  const seen = new Set<string>();
  let out = '';
  for (const [k, v] of attrs) {
    const name = xmlName(k, SVG_CASE);
    if (!name || seen.has(name) || /^on/i.test(name)) continue;
    if (name.includes(':') && !/^(xlink|xml):/.test(name)) continue;
    seen.add(name);
    out += ` ${name}="${escapeAttr(v)}"`;
  }
  return out;
}

/**
 * Serializes tokens[from..to] (one element) as well-formed XML: every element closed, void
 * elements self-closed, stray end tags dropped, scripts and event handlers removed.
 * `rewrite` may change any element's attributes (`isRoot` for the first).
 */
export function toXml(
  tokens: Token[],
  from: number,
  to: number,
  rewrite?: (attrs: [string, string][], isRoot: boolean) => [string, string][],
): string {
  const out: string[] = [];
  const stack: string[] = [];
  for (let i = from; i <= to && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'text') {
      const parent = stack.at(-1);
      if (parent === 'script') continue;
      // Inside <text>, whitespace is collapsed here as a browser would (CSS white-space), and the
      // element gets xml:space="preserve": librsvg would otherwise drop the space at every
      // <tspan>/<a> boundary ("$66bn in all" → "$66bnin all").
      out.push(escapeXml(stack.includes('text') ? t.text.replace(/[ \t\n\r\f]+/g, ' ') : t.text));
    } else if (t.type === 'start') {
      const name = xmlName(t.name, SVG_TAG_CASE);
      if (!name) continue;
      const attrs = rewrite ? rewrite(t.attrs, i === from) : t.attrs;
      // Scripts never run in a card; styles are taken from the page's CSS instead (see css.ts).
      if (name.toLowerCase() === 'script' || name.toLowerCase() === 'style') {
        if (!t.selfClosing) stack.push('script');
        continue;
      }
      const empty = t.selfClosing || VOID.has(name.toLowerCase());
      const space = name === 'text' && !attrs.some(([k]) => k === 'xml:space') ? ' xml:space="preserve"' : '';
      out.push(`<${name}${serializeAttrs(attrs)}${space}${empty ? '/>' : '>'}`);
      if (!empty) stack.push(name);
    } else {
      const at = stack.lastIndexOf(t.name) !== -1 ? stack.lastIndexOf(t.name) : stack.findLastIndex((s) => s.toLowerCase() === t.name);
      if (at === -1) continue;
      while (stack.length > at) {
        const name = stack.pop()!;
        if (name !== 'script') out.push(`</${name}>`);
      }
    }
    if (stack.length === 0 && i > from) break;
  }
  while (stack.length) {
    const name = stack.pop()!;
    if (name !== 'script') out.push(`</${name}>`);
  }
  return out
    .join('')
    .replace(/(<text\b[^>]*>) +/g, '$1')
    .replace(/ +(<\/text>)/g, '$1');
}

/** A piece of the page's CSS, in document order: inline text, or a stylesheet to fetch. */
export type StyleSource = { css: string } | { href: string };

/**
 * The page's CSS in cascade order: every <style> element and every <link rel="stylesheet">
 * (print-only stylesheets skipped). Builds may inline or link CSS; cards need both.
 */
export function pageStyleSources(tokens: Token[]): StyleSource[] {
  const sources: StyleSource[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'start') continue;
    if (t.name === 'style') {
      const next = tokens[i + 1];
      if (next?.type === 'text' && next.raw) sources.push({ css: next.text });
    } else if (t.name === 'link') {
      const rel = (attr(t, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(t, 'href');
      const media = (attr(t, 'media') ?? 'all').toLowerCase();
      if (rel.includes('stylesheet') && !rel.includes('alternate') && href && !/^\s*print\s*$/.test(media)) sources.push({ href });
    }
  }
  return sources;
}

/** Concatenated text of every <style> element (ignores linked stylesheets; see pageStyleSources). */
export function pageStyles(tokens: Token[]): string {
  return pageStyleSources(tokens)
    .map((s) => ('css' in s ? s.css : ''))
    .join('\n');
}
