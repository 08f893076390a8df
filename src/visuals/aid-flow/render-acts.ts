/**
 * The acts view (states appropriated and what-comes-next): the three 2022 acts as bars stacked
 * by agency, Defense Department first, then State/USAID, then (hatched, no number) the part of
 * the act no source splits; the Nov 15 request grows in below them on the same scale. One
 * annotation per state: the acts' total as CRS states it (appropriated), the request's
 * "not yet voted" (what-comes-next), which take the same place.
 */
import { formatFigure, threeActsTotal } from './data';
import { actsLayout, type Segment, type Variant } from './layout';
import { figureDetail, markRect, text } from './svg';
import { detail } from '../kit/details';
import { textWidth } from '../kit/text-metrics';

const PART_NAMES = { dod: 'Defense Department (DoD titles)', sfops: 'State Department and USAID (SFOPS accounts)' } as const;

function legend(v: Variant, y: number, hatch: string): string {
  const wide = v.name === 'wide';
  const items: [string, string][] = [
    ['af-seg--dod', wide ? 'Defense Department' : 'Defense'],
    ['af-seg--sfops', wide ? 'State Dept. and USAID' : 'State, USAID'],
    ['af-seg--unsplit', wide ? 'not split in our sources' : 'not split'],
  ];
  const sw = wide ? 14 : 11;
  const gap = wide ? 22 : 10;
  let x = 0;
  return items
    .map(([cls, label]) => {
      const out = `<rect class="${cls}" x="${x}" y="${y - sw + 2}" width="${sw}" height="${sw}"${cls === 'af-seg--unsplit' ? ` fill="url(#${hatch})"` : ''}/>` + text(x + sw + 4, y, label, { size: v.small });
      x += sw + 4 + textWidth(label, v.small) + gap;
      return out;
    })
    .join('');
}

function segment(s: Segment, y: number, h: number, actName: string, hatch: string, i: number): string {
  const style = ` style="--i:${i}"`;
  if (s.part === 'unsplit') return `<rect class="af-seg af-seg--unsplit" x="${s.x}" y="${y}" width="${s.width}" height="${h}" fill="url(#${hatch})"${style}${detail(`Rest of the ${actName}: not split between agencies in our sources (no number drawn)`)}/>`;
  const what = s.part === 'request' ? 'more asked of Congress by the White House on Nov 15, 2022, not yet voted; no agency split in our sources' : `to the ${PART_NAMES[s.part]}, ${actName}`;
  return markRect(`af-seg af-seg--${s.part}`, s.x, y, s.width, h, figureDetail(s.figure!, what), style);
}

export function actsLayers(v: Variant, hatch: string, states: readonly string[]): string {
  const L = actsLayout(v);
  const wide = v.name === 'wide';
  const acts: string[] = [`<g class="af-legend">${legend(v, L.legendY, hatch)}</g>`];
  let request = '';
  L.rows.forEach((r, ri) => {
    const actName = r.name;
    const out: string[] = [];
    out.push(text(0, r.labelY, r.label, { size: r.key === 'request' ? v.small : v.font, cls: r.key === 'request' ? 'af-note' : undefined, weight: r.key === 'request' ? 'bold' : undefined }));
    r.segments.forEach((s, si) => {
      out.push(segment(s, r.y, r.h, actName, hatch, ri * 3 + si));
      // Values inside segments only where they fit (wide); compact keeps the totals only.
      if (wide && s.figure && s.part !== 'request') {
        const label = formatFigure(s.figure);
        if (textWidth(label, v.small, true) + 10 < s.width) out.push(text(s.x + 6, r.y + r.h / 2 + v.small * 0.36, label, { size: v.small, cls: 'af-in-bar', weight: 'bold' }));
      }
    });
    out.push(text(r.end + 6, r.y + r.h / 2 + v.small * 0.36, formatFigure(r.total), { size: v.small, weight: 'bold', cls: r.key === 'request' ? 'af-req-value' : undefined }));
    if (r.key === 'request') request = `<g class="af-layer af-request" data-in="what-comes-next">${out.join('')}</g>`;
    else acts.push(...out);
  });
  // appropriated's one annotation, in the place the request takes in what-comes-next.
  const last = L.rows.at(-1)!;
  const total = `<g class="af-layer af-acts-total" data-in="appropriated">${text(2, last.labelY, wide ? `All three acts: ${formatFigure(threeActsTotal)} (CRS’s total)` : `All three: ${formatFigure(threeActsTotal)} (CRS)`, { size: v.small, cls: 'af-note', weight: 'bold' })}</g>`;
  return (
    `<g class="af-layer af-acts" data-in="appropriated what-comes-next">${acts.join('')}</g>` +
    (states.includes('appropriated') ? total : '') +
    (states.includes('what-comes-next') ? request : '')
  );
}
