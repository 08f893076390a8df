/**
 * Details on marks, without links (issue #14: "details on hover, tap and focus, not links on marks").
 *
 * A visual marks an SVG element (a bar, a dot, a label group) with `detail(text)`: the text is
 * what a reader gets on hover, tap or keyboard focus — the value, what it is and its source, in
 * words ("$400 million: drawdown of Nov 10, 2022 — U.S. Department of Defense"). Sources stay
 * cited in the figure's one source line and in the notes; a mark never carries an `<a>`.
 *
 * The browser side is `src/scripts/figure-details.ts`: one roving-tabindex group per figure
 * (one tab stop; arrows move between the marks shown in the current state; Esc leaves the group)
 * and one tooltip per figure. Without JavaScript the attributes do nothing: every value is also
 * in the figure's notes table.
 */
import { escapeXml } from './escape';
import { foldWhitespace } from './whitespace';

/** The attribute that carries a mark's detail text (read by src/scripts/figure-details.ts). */
export const DETAIL_ATTR = 'data-detail';

/** Attributes for a mark with details, to put inside its start tag: ` data-detail="…"`. */
export function detail(text: string): string {
  const t = foldWhitespace(text);
  if (!t) throw new Error('detail(): empty detail text');
  return ` ${DETAIL_ATTR}="${escapeXml(t)}"`;
}
