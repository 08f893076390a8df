import { describe, expect, it } from 'vitest';
import { colorMix, cssForRasterizer, mediaMatches, resolveVars, splitTop, styleForRasterizer, usableSelector } from './css';

describe('mediaMatches (a 1280×800 screen, no reduced motion, light)', () => {
  it.each([
    ['(min-width: 900px)', true],
    ['(max-width: 899.98px)', false],
    ['screen and (min-width: 56em)', true],
    ['print', false],
    ['(prefers-reduced-motion: reduce)', false],
    ['(prefers-color-scheme: dark)', false],
    ['(width >= 900px)', true],
    ['(width < 600px)', false],
    ['not print', true],
    ['print, (min-width: 1px)', true],
    ['(some-future-feature)', false],
  ])('%s → %s', (query, expected) => {
    expect(mediaMatches(query)).toBe(expected);
  });
});

describe('resolveVars', () => {
  const vars = new Map([['--a', '#111'], ['--b', 'var(--a)'], ['--loop', 'var(--loop)']]);
  it('resolves nested variables and fallbacks', () => {
    expect(resolveVars('var(--b)', vars)).toBe('#111');
    expect(resolveVars('1px solid var(--missing, var(--a))', vars)).toBe('1px solid #111');
  });
  it('gives up on unknown variables without fallback and on cycles', () => {
    expect(resolveVars('var(--missing)', vars)).toBeNull();
    expect(resolveVars('var(--loop)', vars)).toBeNull();
  });
});

describe('colorMix', () => {
  it('mixes plain colours in srgb', () => {
    expect(colorMix('in srgb, #ff0000 50%, #0000ff')).toBe('rgb(128, 0, 128)');
    expect(colorMix('in srgb, white 94%, transparent')).toBe('rgba(255, 255, 255, 0.94)');
  });
  it('refuses other spaces', () => {
    expect(colorMix('in oklch, red, blue')).toBeNull();
  });
});

describe('usableSelector', () => {
  it('drops selectors that need JavaScript or interaction', () => {
    expect(usableSelector('.js .scrolly .step')).toBeNull();
    expect(usableSelector('html.js .x')).toBeNull();
    expect(usableSelector('a:hover')).toBeNull();
    expect(usableSelector('.x::before')).toBeNull();
  });
  it('keeps static selectors and unwraps :where()', () => {
    expect(usableSelector('.no-js .graphic')).toBe('.no-js .graphic');
    expect(usableSelector("[data-state='after'] .bridgehead")).toBe("[data-state='after'] .bridgehead");
    expect(usableSelector(':where(.map) .label')).toBe('.map .label');
  });
});

describe('cssForRasterizer', () => {
  const css = `:root{--ink:#1a1a1a;--w:2}
    .visual svg{display:block;width:100%;height:auto}
    .map{width:50%;fill:var(--ink)}
    .road{stroke-width:calc(var(--w) * 1px);stroke:var(--ink)}
    .label{font-size:1rem;transition:opacity .3s}
    .js .label{opacity:0}
    @media (max-width:600px){.label{font-size:3rem}}
    @media (min-width:900px){.label{font-weight:700}}
    @supports (display:grid){.label{fill:red}}
    @keyframes spin{from{opacity:0}to{opacity:1}}`;
  const out = cssForRasterizer(css, { rootSvgClasses: ['map'] });
  it('resolves variables and rem, drops transitions and what librsvg cannot compute', () => {
    expect(out).toContain('.road{stroke:#1a1a1a}');
    expect(out).toContain('.label{font-size:18px}');
    expect(out).not.toContain('transition');
    expect(out).not.toContain('var(');
    expect(out).not.toContain('calc(');
  });
  it('applies matching @media, drops the rest and other at-rules', () => {
    expect(out).toContain('.label{font-weight:700}');
    expect(out).not.toContain('54px');
    expect(out).not.toContain('fill:red');
    expect(out).not.toContain('@');
  });
  it('never resizes the visual’s root svg and drops JS-only rules', () => {
    expect(out).not.toMatch(/width|height/);
    expect(out).toContain('.map{fill:#1a1a1a}');
    expect(out).not.toContain('.js');
  });
});

describe('styleForRasterizer', () => {
  it('resolves variables set on the element itself and from the page', () => {
    expect(styleForRasterizer('--c: red; fill: var(--c); stroke: var(--ink)', new Map([['--ink', '#000']]))).toBe('fill:red;stroke:#000');
  });
});

describe('splitTop', () => {
  it('ignores separators inside parentheses, brackets and strings', () => {
    expect(splitTop('a, b(c, d), [x="1,2"], "e,f"', ',')).toEqual(['a', ' b(c, d)', ' [x="1,2"]', ' "e,f"']);
  });
});
