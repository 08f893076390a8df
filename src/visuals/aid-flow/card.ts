/**
 * The aid figure's share card (src/share/cards.ts), from the figure's own data (data.ts):
 *  - stocks: every package since Feb 24 as a bar by date, drawdowns from US stocks against
 *    packages bought with USAI funds (the Stockpiles chapter);
 *  - what-comes-next / appropriated: the three acts of 2022 and the Nov 15 request as four bars.
 * Other states have no card. Values are printed exactly as formatFigure writes them on the page.
 */
import { MIN_TEXT, type CardBody, type CardMaker } from '../types';
import { escapeXml as xml } from '../kit/escape';
import { publisherNames } from '../../lib/sources';
import { acts, formatFigure, largestPackage, packages, request, type Cite } from './data';
import { shortDate } from '../kit/dates';

const COLOR = { pda: '#9a3412', usai: '#0f766e', act: '#44403c', req: '#7e22ce', rule: '#a8a29e' };
const text = (x: number, y: number, s: string, anchor = 'start', bold = false, fill = '#1a1a1a') =>
  `<text x="${Math.round(x)}" y="${Math.round(y)}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="${bold ? 'bold' : 'normal'}" fill="${fill}" text-anchor="${anchor}">${xml(s)}</text>`;
/** A picture card: the drawing, two key entries (colour, words) and the publishers of its sources. */
const picture = (draw: (w: number, h: number) => string, key: [string, string][], cites: Cite[]): CardBody => ({
  kind: 'picture',
  draw,
  key: key.map(([color, text]) => ({ color, text })),
  credit: publisherNames(cites),
});

/** Days since 1 Jan 2022. */
const day = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse('2022-01-01T00:00:00Z')) / 86_400_000;

const card: CardMaker = (_chapter, state) => {
  if (state === 'stocks') {
    const draw = (width: number, height: number) => {
      const first = day(packages[0]!.date);
      const span = day(packages.at(-1)!.date) - first;
      // As on the page: drawdowns from US stocks above the axis, USAI packages below, one scale.
      const maxUp = largestPackage('PDA').amount.value;
      const maxDown = largestPackage('USAI').amount.value;
      const room = height - MIN_TEXT - 24;
      const k = room / (maxUp + maxDown);
      const axis = maxUp * k;
      const bars = packages.map((p) => {
        const x = 8 + ((day(p.date) - first) / span) * (width - 28);
        const h = p.amount.value * k;
        const y = p.type === 'PDA' ? axis - h : axis + 3;
        return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="12" height="${h.toFixed(1)}" fill="${p.type === 'PDA' ? COLOR.pda : COLOR.usai}"/>`;
      });
      // One value for scale: the largest package, printed as the page prints it.
      const top1 = largestPackage();
      const x1 = 8 + ((day(top1.date) - first) / span) * (width - 28);
      return [
        ...bars,
        text(x1 - 12, axis + 3 + top1.amount.value * k - 6, formatFigure(top1.amount), 'end', true, top1.type === 'PDA' ? COLOR.pda : COLOR.usai),
        `<rect x="0" y="${axis.toFixed(1)}" width="${width}" height="3" fill="${COLOR.rule}"/>`,
        text(0, height - 4, shortDate(packages[0]!.date, true)),
        text(width, height - 4, shortDate(packages.at(-1)!.date, true), 'end'),
      ].join('');
    };
    const key: [string, string][] = [
      [COLOR.pda, 'Drawn from US stocks'],
      [COLOR.usai, 'Bought with USAI funds'],
    ];
    return picture(draw, key, packages.map((p) => p.amount.cite));
  }
  if (state !== 'what-comes-next' && state !== 'appropriated') return null;
  const rows = [...acts.map((a) => ({ label: a.short, figure: a.total, color: COLOR.act })), { label: 'Request', figure: request, color: COLOR.req }];
  const draw = (width: number, height: number) => {
    const labelW = 180;
    const valueW = 235;
    const max = Math.max(...rows.map((r) => r.figure.value));
    const step = height / rows.length;
    return rows
      .map((r, i) => {
        const y = i * step + step / 2;
        const w = (r.figure.value / max) * (width - labelW - valueW);
        return [
          text(labelW - 16, y + MIN_TEXT * 0.35, r.label, 'end'),
          `<rect x="${labelW}" y="${(y - step * 0.32).toFixed(1)}" width="${w.toFixed(1)}" height="${(step * 0.64).toFixed(1)}" fill="${r.color}"/>`,
          text(labelW + w + 12, y + MIN_TEXT * 0.35, formatFigure(r.figure), 'start', true, r.color),
        ].join('');
      })
      .join('');
  };
  const key: [string, string][] = [
    [COLOR.act, 'Acts of Congress, 2022'],
    [COLOR.req, 'Requested, not yet voted'],
  ];
  return picture(draw, key, [...acts.map((a) => a.total.cite), request.cite]);
};

export default card;
