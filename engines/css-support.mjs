// @ts-check
/**
 * CSS the engine silently drops: browsers ignore declarations they do not understand, so a style
 * can vanish in one engine only. Used by the story and embed checks (checks.mjs).
 */
import { check } from './poll.mjs';

/**
 * Every declaration in the document's own stylesheets (<style> elements) that this engine does
 * not understand, with custom properties substituted as computed on an element the rule
 * matches (or the root). A declaration the engine drops is a style silently missing in that
 * engine (WebKit drops `text-decoration: underline dotted <color>`, for one). Allowed: vendor
 * prefixes, a property declared twice in one block where one of the two is understood (a
 * deliberate fallback), `@supports` blocks, and the progressive enhancements named in
 * `optional` (in page).
 * @param {string[]} optional
 */
function unsupportedCss(optional) {
  /** @type {{ block: string, prop: string, value: string, at: string }[]} */
  const found = [];
  for (const style of document.querySelectorAll('style')) {
    const text = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    /** @type {string[]} */
    const stack = [];
    let start = 0;
    let blockId = 0;
    /** @type {number[]} */
    const ids = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '{') {
        stack.push(text.slice(start, i).trim());
        ids.push(++blockId);
        start = i + 1;
      } else if (c === ';' || c === '}') {
        const decl = text.slice(start, i).trim();
        const prelude = stack[stack.length - 1] ?? '';
        const skip = stack.some((p) => /^@(supports|font-face|page|property)/.test(p)) || prelude.startsWith('@') || prelude === '';
        const colon = decl.indexOf(':');
        if (decl && colon > 0 && !skip) {
          found.push({ block: `${style.dataset.i ?? ''}${ids[ids.length - 1]}`, prop: decl.slice(0, colon).trim(), value: decl.slice(colon + 1).replace(/!important\s*$/, '').trim(), at: prelude });
        }
        if (c === '}') {
          stack.pop();
          ids.pop();
        }
        start = i + 1;
      }
    }
  }
  const root = document.documentElement;
  /** @param {string} selector */
  const elementFor = (selector) => {
    try {
      const plain = selector.replace(/::?(before|after|marker|placeholder|selection|backdrop|-webkit-[\w-]+|-moz-[\w-]+)\b/g, '').replace(/:(hover|focus|focus-visible|focus-within|active|visited)\b/g, '');
      return document.querySelector(plain || ':root') ?? root;
    } catch {
      return root;
    }
  };
  /** @param {typeof found[number]} d */
  const understood = (d) => {
    let value = d.value;
    if (value.includes('var(')) {
      const cs = getComputedStyle(/^(from|to|\d)/.test(d.at) ? root : elementFor(d.at));
      for (let n = 0; n < 10 && value.includes('var('); n++) {
        value = value.replace(/var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/g, (_, name, fallback) => cs.getPropertyValue(name).trim() || (fallback ?? '').trim() || 'var(--unresolved)');
      }
      if (value.includes('var(')) return true; // cannot tell here: not flagged
    }
    return CSS.supports(d.prop, value);
  };
  const results = found
    .filter((d) => !d.prop.startsWith('--') && !/^-(webkit|moz|ms)-/.test(d.prop) && !/-(webkit|moz)-/.test(d.value) && !optional.includes(d.prop))
    .map((d) => ({ ...d, ok: understood(d) }));
  // A prefixed twin in the same block (`-webkit-user-select` beside `user-select`) is the fallback.
  const twin = (/** @type {typeof found[number]} */ d) =>
    found.some((o) => o.block === d.block && /^-(webkit|moz)-/.test(o.prop) && o.prop.replace(/^-(webkit|moz)-/, '') === d.prop && CSS.supports(o.prop, o.value));
  const bad = results.filter((d) => !d.ok && !twin(d) && !results.some((o) => o.block === d.block && o.prop === d.prop && o.ok));
  return { declarations: results.length, unsupported: [...new Set(bad.map((d) => `${d.at} { ${d.prop}: ${d.value} }`))] };
}

/**
 * Progressive enhancements an engine may lack without losing anything a reader needs; each is
 * named with why. Nothing else may be dropped.
 */
const OPTIONAL_CSS = [
  'content-visibility', // a rendering shortcut for off-screen graphics; without it they are simply rendered
  'text-size-adjust', // stops phone browsers inflating text; engines without it do not inflate
];

/**
 * @param {import('./driver').Driver} driver
 * @param {string} where
 * @param {string} [frame] run inside this iframe
 */
export async function expectCssUnderstood(driver, where, frame) {
  const css = frame ? await driver.runInFrame(frame, unsupportedCss, OPTIONAL_CSS) : await driver.run(unsupportedCss, OPTIONAL_CSS);
  check(css.declarations > 50, `${where}: the page's own stylesheets were read (${css.declarations} declarations)`);
  check(css.unsupported.length === 0, `${where}: ${driver.engine} drops these CSS declarations (no fallback)`, css.unsupported);
}
