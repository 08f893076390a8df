/**
 * The donors view (who-else-gives): one measure only, the Kiel Institute's pledges in euros
 * (military, financial and humanitarian), for the US and for EU countries and institutions
 * together, in the release with data to Oct 3 and the one with data to Nov 20, 2022, as paired
 * bars on one scale. One annotation: Europe overtook the US (Reuters' report of the Nov 20 data).
 */
import { donorOvertake } from './data';
import { donorsLayout, type Variant } from './layout';
import { figureDetail, markRect, text } from './svg';
import { formatFigure } from './data';
import { shortDate } from '../kit/dates';

/** "to Oct 3": the day a release's data run to. */
export const releaseLabel = (iso: string): string => `to ${shortDate(iso)}`;

export function donorsLayer(v: Variant): string {
  const D = donorsLayout(v, releaseLabel);
  const wide = v.name === 'wide';
  const out: string[] = [];
  D.groups.forEach((g, gi) => {
    out.push(text(0, g.titleY, g.title, { size: v.font, weight: 'bold' }));
    g.bars.forEach((b, bi) => {
      const cy = b.y + D.barH / 2 + v.small * 0.36;
      out.push(text(D.x0 - 8, cy, b.label, { anchor: 'end', size: v.small, cls: 'af-muted' }));
      const what = `pledged to Ukraine by ${g.donor === 'us' ? 'the United States' : 'EU countries and institutions together'}, Kiel Institute data to ${shortDate(b.release.dataTo, true)}`;
      out.push(markRect(`af-donor af-donor--${g.donor}${b.latest ? ' af-donor--latest' : ''}`, D.x0, b.y, b.width, D.barH, figureDetail(b.figure, what), ` style="--i:${gi * 2 + bi}"`));
      out.push(text(D.x0 + b.width + 6, cy, formatFigure(b.figure), { size: v.small, weight: b.latest ? 'bold' : undefined }));
    });
  });
  out.push(text(wide ? D.x0 : 0, D.noteY, wide ? donorOvertake.long : donorOvertake.short, { size: v.small, cls: 'af-note', weight: 'bold' }));
  return `<g class="af-layer af-donors" data-in="who-else-gives">${out.join('')}</g>`;
}
