/**
 * The stocks view (chapter 02, "Stockpiles"): every package of Feb 24 – Nov 23, 2022 on one time
 * axis, what was drawn from US stocks (drawdowns, PDA) above it and what was bought with USAI
 * funds below it, on one dollar scale, so the pace of drawdowns on US stocks shows. One
 * annotation: the Nov 8 midterms, which made the House Republican (the passage's second fear).
 */
import { avenger, formatFigure, largestPackage, midterms, packages, type Package } from './data';
import { stocksLayout, type StockBar, type Variant } from './layout';
import { figureDetail, markRect, text } from './svg';
import { shortDate } from '../kit/dates';

export function stocksLayer(v: Variant): string {
  const T = stocksLayout(v);
  const wide = v.name === 'wide';
  const nPda = packages.filter((p) => p.type === 'PDA').length;
  const nUsai = packages.filter((p) => p.type === 'USAI').length;
  const out: string[] = [];
  out.push(text(0, wide ? 22 : 14, `Drawn from US stocks: ${nPda} drawdowns`, { size: v.font, weight: 'bold', cls: 'af-lane af-lane--pda' }));
  if (wide) out.push(text(0, 46, 'Each bar one package: drawdowns at their “up to” ceiling, USAI at its announced value', { size: v.small, cls: 'af-muted' }));
  out.push(text(0, v.h - (wide ? 12 : 5), `Bought with USAI funds: ${nUsai} packages`, { size: v.font, weight: 'bold', cls: 'af-lane af-lane--usai' }));
  // The axis: two baselines with the months between them.
  out.push(`<line class="af-base" x1="${T.left}" x2="${T.right}" y1="${T.upBase}" y2="${T.upBase}"/>`, `<line class="af-base" x1="${T.left}" x2="${T.right}" y1="${T.downBase}" y2="${T.downBase}"/>`);
  const mid = (T.upBase + T.downBase) / 2 + v.small * 0.36;
  for (const m of T.monthTicks) out.push(text(m.x, mid, m.label, { anchor: 'middle', size: v.small, cls: 'af-muted' }));
  // The one annotation: the midterms.
  const xm = T.x(midterms.date);
  // The rule stops at the month labels between the baselines: it crosses no label it does not label.
  const noteY = T.upTop - (wide ? 8 : 20);
  out.push(`<line class="af-marker" x1="${xm}" x2="${xm}" y1="${noteY - (wide ? 6 : 4)}" y2="${T.upBase}"/>`, `<line class="af-marker" x1="${xm}" x2="${xm}" y1="${T.downBase}" y2="${T.downBottom}"/>`);
  out.push(text(xm - 4, noteY, `${shortDate(midterms.date)}: midterms`, { anchor: 'end', size: v.small, cls: 'af-note', weight: 'bold' }));
  // Bars, each with its details.
  out.push(`<g class="af-bars">`);
  T.bars.forEach((b, i) => {
    const p = b.pkg;
    const isAvenger = p.type === 'PDA' && p.date === avenger.date;
    const what =
      (p.type === 'PDA' ? `drawdown no. ${p.tranche} since Aug 2021, from US stocks` : 'bought with Ukraine Security Assistance Initiative funds') +
      `, ${shortDate(p.date, true)}` +
      (isAvenger ? `, including ${avenger.systems.value} Avenger air-defense systems` : '');
    out.push(markRect(`af-bar af-bar--${p.type.toLowerCase()}`, b.x, b.y, b.width, b.height, figureDetail(p.amount, what), ` style="--i:${i}"`));
  });
  out.push(`</g>`);
  // The scale, read off the largest package of each lane: its value at its end (the drawdowns'
  // above their tallest bar, the USAI packages' beside the foot of theirs).
  const largest = (type: Package['type']): StockBar => T.bars.find((b) => b.pkg === largestPackage(type))!;
  const valueLabel = (b: StockBar) => `${formatFigure(b.pkg.amount)}${wide ? `, ${shortDate(b.pkg.date)}` : ''}`;
  const pda = largest('PDA');
  out.push(text(pda.x + pda.width / 2, pda.y - (wide ? 6 : 4), valueLabel(pda), { anchor: 'middle', size: v.small }));
  const usai = largest('USAI');
  out.push(text(usai.x + usai.width + 4, usai.y + usai.height - 2, valueLabel(usai), { size: v.small }));
  return `<g class="af-layer af-stocks" data-in="stocks">${out.join('')}</g>`;
}
