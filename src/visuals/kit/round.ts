/** Rounding for coordinates and printed numbers: one place, so every visual rounds alike. */

/** `n` rounded to `digits` decimals (default 1), as a number. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** `n` rounded to `digits` decimals (default 1), as the shortest string ("12", "12.5"): for SVG attributes. */
export function num(n: number, digits = 1): string {
  return String(round(n, digits));
}
