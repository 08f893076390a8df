/**
 * Where a passage becomes active, as a fraction of the viewport height: the CSS custom property
 * --step-trigger on :root (0.5 on desktop, 0.7 on phones; see tokens.ts), so each layout can
 * place it. Self-contained (no imports, no outer names): tests pass it to page.evaluate as is.
 */
export function readStepTrigger(): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger'));
  return Number.isFinite(value) && value > 0 ? value : 0.5;
}
