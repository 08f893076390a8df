/**
 * The few SVG-string pieces every aid-flow view writes: a text (escaped, sizes in viewBox
 * units) and a mark that carries its details (kit/details.ts) instead of a link: the value,
 * what it is and its source, in words. Sources stay in the figure's one source line and notes.
 */
import { accessibleCitation } from '../../lib/sources';
import { detail } from '../kit/details';
import { escapeXml as esc } from '../kit/escape';
import { num } from '../kit/round';
import type { Figure } from './data';
import { formatFigure } from './data';

export interface TextOpts {
  cls?: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'bold';
}

export function text(x: number, y: number, s: string, o: TextOpts = {}): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.size ? `font-size="${o.size}"` : '',
    o.weight ? `font-weight="${o.weight}"` : '',
    o.cls ? `class="${o.cls}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(s)}</text>`;
}

/** The detail words of a figure: "$6.53bn: <what> (source: <citation>)". */
export function figureDetail(f: Figure, what: string): string {
  return detail(`${formatFigure(f)}: ${what} (source: ${accessibleCitation(f.cite)})`);
}

/** A rect with its detail words. */
export function markRect(cls: string, x: number, y: number, w: number, h: number, details: string, extra = ''): string {
  return `<rect class="${cls}" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${details}${extra}/>`;
}
