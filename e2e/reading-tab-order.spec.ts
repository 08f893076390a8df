/**
 * A keyboard reader does not tab forever (issue #14): at most 150 elements in the story page's
 * tab order. Counted: elements that take focus by Tab — links with an href, buttons, form
 * fields, summaries, iframes, editable elements, and anything with tabindex ≥ 0 — that are
 * rendered (not display:none, not visibility:hidden, not inside a closed <details> or `inert`).
 * Opacity and size do not matter (a visually hidden skip link is still a stop). Chart marks with
 * details are one stop per figure (src/scripts/figure-details.ts).
 */
import { expect, test } from '@playwright/test';

const MAX_TAB_STOPS = 150;

test(`the story page has at most ${MAX_TAB_STOPS} elements in its tab order @phone`, async ({ page }) => {
  // Before issue #14: 368 stops at 1280×800 (links on chart marks, open "About this text" lists).
  await page.goto('/');
  await page.waitForLoadState('load');
  const stops = await page.evaluate(() => {
    const focusable = (el: Element): boolean => {
      const tag = el.localName;
      const attr = el.getAttribute('tabindex');
      if (attr !== null && attr.trim() !== '') return Number(attr) >= 0;
      if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return true;
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && tag === 'a') return el.hasAttribute('href') || el.hasAttribute('xlink:href');
      if (['button', 'input', 'select', 'textarea'].includes(tag)) return !(el as HTMLButtonElement).disabled && !(tag === 'input' && (el as HTMLInputElement).type === 'hidden');
      if (tag === 'summary') return el.parentElement?.localName === 'details' && el.parentElement.querySelector(':scope > summary') === el;
      if (tag === 'iframe') return true;
      if ((tag === 'audio' || tag === 'video') && el.hasAttribute('controls')) return true;
      return (el as HTMLElement).isContentEditable === true && el.getAttribute('contenteditable') !== null;
    };
    const rendered = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
    const out: { what: string }[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (!focusable(el) || !rendered(el)) continue;
      const cls = (el.getAttribute('class') ?? '').split(/\s+/)[0];
      out.push({ what: `${el.localName}${cls ? `.${cls}` : ''}` });
    }
    return out;
  });
  // Where the stops are, largest groups first, for a useful failure message.
  const byKind = new Map<string, number>();
  for (const s of stops) byKind.set(s.what, (byKind.get(s.what) ?? 0) + 1);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ×${n}`);
  test.info().annotations.push({ type: 'tab stops', description: `${stops.length}: ${kinds.join(', ')}` });
  expect(stops.length, `elements in the tab order (${kinds.slice(0, 12).join(', ')})`).toBeLessThanOrEqual(MAX_TAB_STOPS);
});
