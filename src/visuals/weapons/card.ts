/**
 * The weapons lists' share card (src/share/cards.ts): the named items the sources count, one
 * mark per unit as on the page (data.ts NAMED: squares per system or tank, circles per 1,000
 * rounds), with the page's own short headlines. The other views (packages, since March) have
 * no card of their own: the named items are the chapter's key state.
 */
import { MIN_TEXT, type CardMaker } from '../types';
import { escapeXml as xml } from '../kit/escape';
import { publisherNames } from '../../lib/sources';
import { NAMED, category } from './data';

const PITCH = 13;

/** Up to two lines of about `max` characters (the card is read at 40 px, so labels stay short). */
function lines(label: string, max = 26): string[] {
  if (label.length <= max) return [label];
  const cut = label.lastIndexOf(' ', max);
  return [label.slice(0, cut), label.slice(cut + 1)];
}

const card: CardMaker = (_chapter, state) => {
  if (state !== 'named-items') return null;
  const counted = NAMED.filter((n) => n.unit !== null);
  const colourOf = (n: (typeof NAMED)[number]) => category(n.category).color;
  const draw = (width: number) => {
    const parts: string[] = [];
    let y = 0;
    for (const n of counted) {
      const label = lines(n.headline.split(' from ')[0]!);
      parts.push(
        `<text x="0" y="${y + MIN_TEXT * 0.85}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="bold" fill="#1a1a1a">` +
          label.map((l, i) => `<tspan x="0" dy="${i === 0 ? 0 : Math.round(MIN_TEXT * 1.15)}">${xml(l)}</tspan>`).join('') +
          '</text>',
      );
      y += MIN_TEXT * (1 + (label.length - 1) * 1.15) + 10;
      const count = n.blocks.reduce((s, b) => s + b.count, 0);
      // Rows of equal length (90 tanks: 45 + 45, as the US and the Netherlands pay for 45 each).
      const fit = Math.floor(width / PITCH);
      const perRow = Math.ceil(count / Math.ceil(count / fit));
      for (let i = 0; i < count; i++) {
        const x = (i % perRow) * PITCH;
        const top = y + Math.floor(i / perRow) * PITCH;
        parts.push(
          n.unit!.shape === 'circle'
            ? `<circle cx="${x + 6}" cy="${top + 6}" r="6" fill="${colourOf(n)}"/>`
            : `<rect x="${x}" y="${top}" width="12" height="12" fill="${colourOf(n)}"/>`,
        );
      }
      y += Math.ceil(count / perRow) * PITCH + 18;
    }
    return parts.join('');
  };
  const units = (shape: 'square' | 'circle') => counted.filter((n) => n.unit!.shape === shape);
  const key = (['square', 'circle'] as const)
    .filter((shape) => units(shape).length)
    .map((shape) => ({ color: '#57534e', shape, text: `= ${[...new Set(units(shape).map((n) => n.unit!.text))].join(' or ')}` }));
  const credit = publisherNames(counted.flatMap((n) => n.sources));
  return { kind: 'picture', draw, key, credit };
};

export default card;
