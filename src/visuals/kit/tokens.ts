/**
 * Design tokens: the one home for the palette, fonts, breakpoint, type scale and scroll trigger.
 * TypeScript imports them from here; CSS reads them as custom properties that Base.astro emits
 * from tokensCss() into every page (`--ink`, `--bp-wide`, `--text-small`…), so the two never
 * drift. Media queries cannot read custom properties: CSS writes the breakpoint as MEDIA.wide /
 * MEDIA.narrow, and tokens.test.ts fails on any other width in a media query under src/.
 */

export const PALETTE = {
  ink: '#1a1a1a',
  inkSoft: '#4a4a4a',
  paper: '#ffffff',
  rule: '#d4d4d4',
  accent: '#b3261e',
  link: '#0b57a4',
  wash: '#f4f1ea',
} as const;

export const FONTS = {
  serif: "'Source Serif 4', 'Source Serif 4 fallback', Georgia, 'DejaVu Serif', serif",
  sans: "'Source Sans 3', 'Source Sans 3 fallback', system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif",
} as const;

/** Below `wide` px the graphic sits on top of the text (phones); from it, beside the text. */
/** `wide`: the page's one layout breakpoint. `phone`: only the compact embed's narrowest columns (src/embed/embed-compact.css). */
export const BREAKPOINTS = { wide: 900, phone: 420 } as const;

export const MEDIA = {
  wide: `(min-width: ${BREAKPOINTS.wide}px)`,
  narrow: `(max-width: ${BREAKPOINTS.wide - 0.02}px)`,
} as const;

/** Type scale (rem), and the smallest label a phone may show, in CSS px (house rule). */
export const TYPE = {
  body: 1,
  small: 0.85,
  caption: 0.7,
  labelMinPx: 12,
} as const;

/** Where a passage becomes active, as a fraction of the viewport height (kit/step-trigger.ts). */
export const STEP_TRIGGER = { wide: 0.5, narrow: 0.7 } as const;

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The tokens as CSS custom properties on :root, for Base.astro. */
export function tokensCss(): string {
  const vars: [string, string | number][] = [
    ...Object.entries(PALETTE).map(([k, v]): [string, string] => [kebab(k), v]),
    ...Object.entries(FONTS),
    ['bp-wide', `${BREAKPOINTS.wide}px`],
    ['text-body', `${TYPE.body}rem`],
    ['text-small', `${TYPE.small}rem`],
    ['text-caption', `${TYPE.caption}rem`],
    ['label-min', `${TYPE.labelMinPx}px`],
    ['step-trigger', STEP_TRIGGER.wide],
  ];
  const root = vars.map(([k, v]) => `--${k}:${v}`).join(';');
  return `:root{${root}}@media ${MEDIA.narrow}{:root{--step-trigger:${STEP_TRIGGER.narrow}}}`;
}
