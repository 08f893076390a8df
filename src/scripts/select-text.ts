/**
 * Selects all the text inside `el`, as a reader would by dragging over it: the copy fallback of
 * the Share link (src/scripts/share.ts) and the Embed code (src/embed/copy.ts), which are plain
 * elements, not form fields (see docs/performance.md on why).
 */
export function selectText(el: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}
