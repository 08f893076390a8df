/**
 * Turns the story page's CSS into CSS librsvg (sharp's SVG renderer) draws the same way a
 * browser would for the static, no-JavaScript page at desktop width. librsvg matches
 * selectors well but lacks custom properties, media queries, color-mix() and calc(), so:
 *  - @media blocks are evaluated for a 1280×800 screen without reduced motion or dark mode;
 *    other at-rules (@supports, @font-face, @keyframes, …) are dropped;
 *  - var() is resolved from every custom property the page declares (later wins);
 *  - color-mix(in srgb, …) of plain colours is computed; declarations still using
 *    calc()/clamp()/min()/max()/viewport units are dropped so presentation attributes apply;
 *  - rules that need JavaScript (`.js …`) or interaction (:hover, ::before…) are dropped;
 *  - width/height rules that would resize the visual's root <svg> are dropped (the card sizes it);
 *  - rem becomes px (the page's root size is 18px).
 */

export interface CssOptions {
  /** Classes on the visual's root <svg>: sizing rules aimed at them are ignored. */
  rootSvgClasses?: readonly string[];
  viewport?: { width: number; height: number };
  /** px per rem: the page sets font-size: 112.5% on :root. */
  rootPx?: number;
}

interface Rule {
  selectors: string;
  body: string;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Index of the '}' closing the block opened at `open` (a '{'), skipping strings. */
function closeOf(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      i = end === -1 ? css.length : end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Evaluates a media query list for a static desktop screen. */
export function mediaMatches(query: string, viewport = { width: 1280, height: 800 }, rootPx = 16): boolean {
  const one = (q: string): boolean => {
    let text = q.trim().toLowerCase();
    let negate = false;
    if (text.startsWith('not ')) {
      negate = true;
      text = text.slice(4);
    }
    text = text.replace(/^only\s+/, '');
    const parts = text.split(/\s+and\s+/);
    const ok = parts.every((part) => {
      const p = part.trim();
      if (p === 'all' || p === 'screen') return true;
      if (p === 'print' || p === 'speech') return false;
      const feature = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+?))?\s*\)$/.exec(p);
      if (feature) {
        const [, name, raw] = feature;
        const value = raw?.trim() ?? '';
        const px = (v: string): number => {
          const m = /^([\d.]+)(px|em|rem)?$/.exec(v);
          return m ? parseFloat(m[1]!) * (m[2] === 'em' || m[2] === 'rem' ? rootPx : 1) : NaN;
        };
        switch (name) {
          case 'min-width': return viewport.width >= px(value);
          case 'max-width': return viewport.width <= px(value);
          case 'min-height': return viewport.height >= px(value);
          case 'max-height': return viewport.height <= px(value);
          case 'orientation': return value === (viewport.width >= viewport.height ? 'landscape' : 'portrait');
          case 'prefers-reduced-motion': return value === 'no-preference';
          case 'prefers-color-scheme': return value === 'light';
          case 'prefers-contrast': return value === 'no-preference';
          case 'hover': return value === 'hover' || value === '';
          case 'pointer': return value === 'fine' || value === '';
          case 'forced-colors': return value === 'none';
          default: return false;
        }
      }
      const range = /^\(\s*(width|height)\s*(>=|<=|>|<)\s*([\d.]+)(px|em|rem)?\s*\)$/.exec(p);
      if (range) {
        const actual = range[1] === 'width' ? viewport.width : viewport.height;
        const limit = parseFloat(range[3]!) * (range[4] === 'em' || range[4] === 'rem' ? rootPx : 1);
        return { '>=': actual >= limit, '<=': actual <= limit, '>': actual > limit, '<': actual < limit }[range[2] as '>=' | '<=' | '>' | '<'];
      }
      return false;
    });
    return negate ? !ok : ok;
  };
  return query.split(',').some(one);
}

/** Flattens the stylesheet to plain style rules in cascade order, applying @media. */
export function flattenRules(css: string, viewport?: { width: number; height: number }): Rule[] {
  const rules: Rule[] = [];
  const walk = (text: string): void => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open === -1) break;
      let prelude = text.slice(i, open).trim();
      // Statement at-rules (@import, @charset, @layer a, b;) before the block.
      while (prelude.startsWith('@') && prelude.includes(';')) prelude = prelude.slice(prelude.indexOf(';') + 1).trim();
      const close = closeOf(text, open);
      const body = text.slice(open + 1, close);
      if (prelude.startsWith('@media')) {
        if (mediaMatches(prelude.slice(6), viewport)) walk(body);
      } else if (prelude.startsWith('@layer')) {
        walk(body);
      } else if (!prelude.startsWith('@') && prelude) {
        rules.push({ selectors: prelude, body });
      }
      i = close + 1;
    }
  };
  walk(stripComments(css));
  return rules;
}

/** Splits at top-level separators (outside parentheses and strings). */
export function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const DYNAMIC = /:(?:hover|focus|focus-visible|focus-within|active|visited|target|checked|disabled|enabled|invalid|valid|placeholder-shown|empty|has)\b|::?(?:before|after|selection|marker|placeholder|backdrop|-webkit-[\w-]+|-moz-[\w-]+)\b|:(?:is|where)\([^)]*,/;

/** Selectors librsvg can use: no JavaScript-only classes, no interaction, :where/:is unwrapped. */
export function usableSelector(selector: string): string | null {
  const s = selector.trim();
  if (!s || /\.js(?![\w-])/.test(s)) return null;
  if (DYNAMIC.test(s)) return null;
  return s.replace(/:(?:where|is)\(([^()]*)\)/g, '$1').replace(/:root\b/g, ':root');
}

export function parseDeclarations(body: string): [string, string][] {
  return splitTop(body, ';')
    .map((d) => {
      const colon = d.indexOf(':');
      return colon === -1 ? null : ([d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string]);
    })
    .filter((d): d is [string, string] => d !== null && d[0] !== '' && d[1] !== '');
}

/** Replaces var(--x, fallback) using `vars`; null when a variable is unknown and has no fallback. */
export function resolveVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string | null {
  if (!value.includes('var(')) return value;
  if (depth > 12) return null;
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at === -1) break;
    out += value.slice(i, at);
    let depthP = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depthP++;
      else if (value[end] === ')' && --depthP === 0) break;
    }
    const inner = value.slice(at + 4, end);
    const [name = '', ...rest] = splitTop(inner, ',');
    const fallback = rest.length ? rest.join(',').trim() : null;
    const found = vars.get(name.trim()) ?? fallback;
    if (found === null) return null;
    const resolved = resolveVars(found, vars, depth + 1);
    if (resolved === null) return null;
    out += resolved;
    i = end + 1;
  }
  return out + value.slice(i);
}

const NAMED: Record<string, [number, number, number]> = {
  white: [255, 255, 255], black: [0, 0, 0], red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255], gray: [128, 128, 128],
  grey: [128, 128, 128], orange: [255, 165, 0], yellow: [255, 255, 0], purple: [128, 0, 128], silver: [192, 192, 192],
};

function parseColor(text: string): [number, number, number, number] | null {
  const t = text.trim().toLowerCase();
  if (t === 'transparent') return [0, 0, 0, 0];
  const named = NAMED[t];
  if (named) return [...named, 1];
  let m = /^#([0-9a-f]{3,8})$/.exec(t);
  if (m) {
    let h = m[1]!;
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return null;
    const n = (k: number) => parseInt(h.slice(k, k + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(t);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  }
  return null;
}

/** color-mix(in srgb, A [p%], B [q%]) of plain colours, as rgb()/rgba(); null if it cannot. */
export function colorMix(args: string): string | null {
  const [space = '', a = '', b = ''] = splitTop(args, ',').map((s) => s.trim());
  if (!/^in\s+srgb$/i.test(space)) return null;
  const part = (s: string): [string, number | null] => {
    const m = /^(.*?)\s+([\d.]+)%$/.exec(s) ?? /^([\d.]+)%\s+(.*)$/.exec(s);
    if (!m) return [s, null];
    return /%$/.test(s) ? [m[1]!, parseFloat(m[2]!)] : [m[2]!, parseFloat(m[1]!)];
  };
  const [ca, pa] = part(a);
  const [cb, pb] = part(b);
  const x = parseColor(ca);
  const y = parseColor(cb);
  if (!x || !y) return null;
  const wa = pa !== null ? pa / 100 : pb !== null ? 1 - pb / 100 : 0.5;
  const wb = 1 - wa;
  const alpha = x[3] * wa + y[3] * wb;
  if (alpha === 0) return 'transparent';
  const ch = (k: number) => Math.round((x[k]! * x[3] * wa + y[k]! * y[3] * wb) / alpha);
  return alpha >= 1 ? `rgb(${ch(0)}, ${ch(1)}, ${ch(2)})` : `rgba(${ch(0)}, ${ch(1)}, ${ch(2)}, ${+alpha.toFixed(3)})`;
}

const UNSUPPORTED_VALUE = /\b(?:calc|clamp|min|max|env|light-dark|color-mix|oklch|oklab|lch|lab|hwb)\(|\d(?:vw|vh|svh|lvh|dvh|vmin|vmax|cqw|cqh)\b/i;
const IGNORED_PROPS = /^(?:transition|animation|will-change|cursor|content|contain|container|scroll-|overscroll|touch-action|user-select|-webkit-|-moz-|inset|position$|z-index$|grid|flex|gap|order$|justify|align-|place-|margin|padding|box-|border(?!-)|border-(?:radius|top|bottom|left|right|width|style|color|collapse)|outline|list-style|columns|column-|text-size-adjust|line-height|min-|max-|aspect-ratio|overflow-wrap|word-break|hyphens|text-underline|text-decoration-thickness|caret|accent-color|appearance|resize|backdrop)/;

function fixValue(value: string, rootPx: number): string | null {
  let v = value;
  while (/color-mix\(/i.test(v)) {
    const at = v.search(/color-mix\(/i);
    const open = at + 'color-mix'.length;
    let depth = 0;
    let end = open;
    for (; end < v.length; end++) {
      if (v[end] === '(') depth++;
      else if (v[end] === ')' && --depth === 0) break;
    }
    const mixed = colorMix(v.slice(open + 1, end));
    if (mixed === null) return null;
    v = v.slice(0, at) + mixed + v.slice(end + 1);
  }
  v = v.replace(/(-?[\d.]+)rem\b/g, (_, n: string) => `${+(parseFloat(n) * rootPx).toFixed(3)}px`);
  return UNSUPPORTED_VALUE.test(v) ? null : v;
}

/** True when a selector's subject could be the visual's root <svg> (so it must not resize it). */
function targetsRootSvg(selector: string, rootClasses: readonly string[]): boolean {
  const subject = selector.trim().split(/[\s>+~]+/).at(-1) ?? '';
  if (/^svg\b/i.test(subject) || subject === '*') return true;
  const classes = [...subject.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
  return classes.length > 0 && /^(?:\.[\w-]+|\[[^\]]+\])+$/.test(subject) && classes.every((c) => rootClasses.includes(c));
}

/** The page's CSS, rewritten for librsvg (see the file comment). */
export function cssForRasterizer(css: string, options: CssOptions = {}): string {
  const rootPx = options.rootPx ?? 18;
  const rules = flattenRules(css, options.viewport);
  const vars = customProperties(css, options.viewport);
  const out: string[] = [];
  for (const rule of rules) {
    const selectors = splitTop(rule.selectors, ',')
      .map(usableSelector)
      .filter((s): s is string => s !== null);
    if (selectors.length === 0) continue;
    const sizingRoot = selectors.some((s) => targetsRootSvg(s, options.rootSvgClasses ?? []));
    const decls: string[] = [];
    for (const [rawProp, rawValue] of parseDeclarations(rule.body)) {
      const prop = rawProp.toLowerCase();
      if (prop.startsWith('--') || IGNORED_PROPS.test(prop)) continue;
      if (sizingRoot && (prop === 'width' || prop === 'height' || prop === 'display')) continue;
      const resolved = resolveVars(rawValue, vars);
      if (resolved === null) continue;
      const value = fixValue(resolved, rootPx);
      if (value === null || value === '') continue;
      decls.push(`${prop}:${value}`);
    }
    if (decls.length) out.push(`${selectors.join(',')}{${decls.join(';')}}`);
  }
  return out.join('\n');
}

/** Every custom property the stylesheet declares (later declarations win). */
export function customProperties(css: string, viewport?: { width: number; height: number }): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of flattenRules(css, viewport)) {
    for (const [prop, value] of parseDeclarations(rule.body)) if (prop.startsWith('--')) vars.set(prop, value.replace(/\s*!important$/, ''));
  }
  return vars;
}

/** Resolves var()/rem/color-mix in an inline style attribute the same way; custom properties it sets apply to itself. */
export function styleForRasterizer(style: string, vars: ReadonlyMap<string, string>, rootPx = 18): string {
  const declarations = parseDeclarations(style);
  const own = new Map(vars);
  for (const [p, v] of declarations) if (p.startsWith('--')) own.set(p, v);
  return declarations
    .filter(([p]) => !p.startsWith('--') && !IGNORED_PROPS.test(p.toLowerCase()))
    .map(([p, v]) => {
      const r = resolveVars(v, own);
      const f = r === null ? null : fixValue(r, rootPx);
      return f === null ? null : `${p}:${f}`;
    })
    .filter((d): d is string => d !== null)
    .join(';');
}
