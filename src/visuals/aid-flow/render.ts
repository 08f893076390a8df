/**
 * aid-flow SVG, rendered at build as a string (Visual.astro inlines it; the golden tests compare
 * it). One <g class="af-layer" data-in="…"> per view; CSS keyed on the figure's data-state shows
 * the layers a state uses and animates between them. Every number drawn is a link to its source.
 */
import {
  avenger,
  baselineLabels,
  formatFigure,
  houseCall,
  houseSeats,
  kielUsdDataTo,
  midterms,
  articleDate,
  otherBaselinesNov23,
  request,
  runningTotal,
  threeActsTotal,
  type Cite,
  type Figure,
} from './data';
import { accessibleCitation } from '../../lib/sources';
import { donorsLayout, sankeyLayout, timelineLayout, type Variant } from './layout';
import { shortDate } from '../kit/dates';
import { escapeXml as esc } from '../kit/escape';
import { round } from '../kit/round';


/** A link around `inner`, named for screen readers with the figure, what it is and its source. */
function cite(c: Cite, name: string, inner: string, tooltip = false): string {
  const label = `${name} (source: ${accessibleCitation(c)})`;
  // Marks without words (bars, dots) also get a hover tooltip; labelled text speaks for itself.
  return `<a class="af-cite" href="${esc(c.url)}" data-source="${esc(c.id)}" data-url-kind="${esc(c.urlKind)}" aria-label="${esc(label)}">${tooltip ? `<title>${esc(label)}</title>` : ''}${inner}</a>`;
}

interface TextOpts {
  cls?: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'bold';
}
function text(x: number, y: number, s: string, o: TextOpts = {}): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.size ? `font-size="${o.size}"` : '',
    o.weight ? `font-weight="${o.weight}"` : '',
    o.cls ? `class="${o.cls}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(s)}</text>`;
}
/** Several lines, the first at y. */
function lines(x: number, y: number, rows: string[], lh: number, o: TextOpts = {}): string {
  return rows.map((r, i) => text(x, round(y + i * lh), r, o)).join('');
}
function figText(x: number, y: number, f: Figure, name: string, o: TextOpts = {}, hedge = true): string {
  return cite(f.cite, `${formatFigure(f)}: ${name}`, text(x, y, formatFigure(f, { hedge }), { ...o, cls: o.cls ? `af-num ${o.cls}` : 'af-num' }));
}

/* ---------------------------------------------------------------- appropriated + request */

const TARGET_NAMES = { dod: 'the Defense Department (DoD titles)', sfops: 'the State Department and USAID (SFOPS accounts)' } as const;

function sankeyLayers(v: Variant, id: string, states: readonly string[]): string {
  const L = sankeyLayout(v);
  const wide = v.name === 'wide';
  const f = v.font;
  const s = v.small;
  const out: string[] = [];
  // Header: the three-act total as CRS states it (not our sum).
  out.push(
    `<g class="af-head">`,
    `<text x="0" y="${wide ? 22 : 13}" font-size="${f}" font-weight="bold">${esc(wide ? 'Three acts of Congress, 2022: ' : 'Three acts, 2022: ')}` +
      cite(threeActsTotal.cite, `${formatFigure(threeActsTotal)}: appropriated for Ukraine in the three 2022 acts, as of Oct 2022`, `<tspan class="af-num">${esc(formatFigure(threeActsTotal))}</tspan>`) +
      `<tspan font-weight="normal"> in all (CRS)</tspan></text>`,
    text(L.acts[0]!.x0, L.top - (wide ? 12 : 7), wide ? 'Act signed' : 'Act', { size: s, cls: 'af-muted', anchor: 'middle' }),
    text(L.targets[0]!.x0 + 4, L.top - (wide ? 12 : 7), 'Money for', { size: s, cls: 'af-muted' }),
    `</g>`,
  );
  // Flows first, then nodes over them.
  out.push(`<g class="af-flows" fill="none">`);
  L.flows.forEach((fl, i) => {
    out.push(`<path class="af-link af-link--${fl.to}" d="${fl.path}" stroke-width="${Math.max(1, fl.width)}" pathLength="1" style="--i:${i}"/>`);
  });
  out.push(`</g>`);
  // Parts of an act no source splits: a hatched stub, no number.
  L.acts.forEach((a) => {
    if (a.y1 - a.splitY > 0.5) {
      out.push(`<rect class="af-unsplit" x="${a.x1}" y="${a.splitY}" width="${wide ? 44 : 20}" height="${round(a.y1 - a.splitY)}" fill="url(#${id}-hatch)"/>`);
    }
  });
  const lastAct = L.acts.at(-1)!;
  if (lastAct.y1 - lastAct.splitY > 0.5) {
    out.push(text(lastAct.x1 + (wide ? 50 : 24), lastAct.y1 - (wide ? 3 : 1), wide ? '← rest: no agency split in our sources' : '← no split found', { size: s, cls: 'af-muted' }));
  }
  L.acts.forEach((a) => {
    out.push(`<rect class="af-node af-node--act" x="${a.x0}" y="${a.y0}" width="${a.x1 - a.x0}" height="${a.y1 - a.y0}"/>`);
    const cy = (a.y0 + a.y1) / 2;
    out.push(text(a.x0 - 6, cy - (wide ? 3 : 2), wide ? `Act of ${a.act.short}` : a.act.short, { anchor: 'end', size: f }));
    out.push(figText(a.x0 - 6, cy + (wide ? 14 : 10), a.act.total, `total of the act of ${shortDate(a.act.enacted, true)} (${a.act.law})`, { anchor: 'end', size: f, weight: 'bold' }));
  });
  L.targets.forEach((t) => {
    out.push(`<rect class="af-node af-node--${t.id}" x="${t.x0}" y="${t.y0}" width="${t.x1 - t.x0}" height="${t.y1 - t.y0}"/>`);
    const cy = (t.y0 + t.y1) / 2;
    const name =
      t.id === 'dod'
        ? wide
          ? ['Defense Department', '(DoD titles)']
          : ['Defense', 'Department']
        : wide
          ? ['State Department', 'and USAID', '(SFOPS accounts)', 'no share for 30 Sep act', 'in our sources']
          : ['State Dept.', 'and USAID', '(no 30 Sep', 'share found)'];
    out.push(lines(t.x1 + 6, cy - ((name.length - 1) * (wide ? 16 : 12)) / 2 + 4, name, wide ? 16 : 12, { size: f, cls: `af-target af-target--${t.id}` }));
  });
  L.flows.forEach((fl) => {
    const fig = fl.to === 'dod' ? fl.act.dod : fl.act.sfops;
    if (!fig) return;
    out.push(figText(fl.labelX + 3, fl.labelY + s * 0.35, fig, `from the act of ${shortDate(fl.act.enacted, true)} to ${TARGET_NAMES[fl.to]}`, { size: s, cls: 'af-halo' }));
  });
  const sankey = `<g class="af-layer af-sankey" data-in="appropriated what-comes-next">${out.join('')}</g>`;

  // Legend for the hatching: shown with the Sankey alone (appropriated).
  const lx = wide ? L.targets[0]!.x0 - 180 : L.acts[0]!.x1 + 26;
  const ly = L.request.y0 + (wide ? 6 : 2);
  const legend = [
    `<g class="af-layer" data-in="appropriated">`,
    `<rect x="${lx}" y="${ly}" width="${wide ? 24 : 14}" height="${wide ? 14 : 10}" fill="url(#${id}-hatch)" class="af-unsplit"/>`,
    lines(lx + (wide ? 32 : 20), ly + (wide ? 12 : 9), wide ? ['Part of an act our sources do not split', 'between agencies (no number drawn:', 'shares do not add up to the totals)'] : ['Not split between agencies', 'in our sources (shares do', 'not add up to the totals)'], wide ? 17 : 12, { size: s }),
    `</g>`,
  ].join('');

  // The request, on the same scale as the acts, and the new House.
  const r = L.request;
  const rc = (r.y0 + r.y1) / 2;
  const hx = wide ? L.targets[0]!.x0 - 150 : L.acts[0]!.x1 + 24;
  const hy = r.y0 + (wide ? 16 : 10);
  const lh = wide ? 18 : 12.5;
  const req = [
    `<g class="af-layer af-request" data-in="what-comes-next">`,
    `<rect class="af-node af-node--request" x="${r.x0}" y="${r.y0}" width="${r.x1 - r.x0}" height="${r.y1 - r.y0}"/>`,
    `<rect class="af-request-ghost" x="${r.x1}" y="${r.y0}" width="${wide ? 44 : 20}" height="${r.y1 - r.y0}"/>`,
    text(r.x0 - 6, rc - (wide ? 10 : 9), wide ? 'Requested 15 Nov' : 'Asked', { anchor: 'end', size: f }),
    wide ? '' : text(r.x0 - 6, rc + 3, '15 Nov', { anchor: 'end', size: f }),
    figText(r.x0 - 6, rc + (wide ? 8 : 15), request, 'more requested by the White House on 15 Nov 2022', { anchor: 'end', size: f, weight: 'bold' }),
    text(r.x0 - 6, rc + (wide ? 24 : 26), wide ? 'not yet voted' : 'not voted', { anchor: 'end', size: s, cls: 'af-muted' }),
    cite(midterms.cite, `${shortDate(midterms.date, true)}: US midterm elections`, text(hx, hy, `${shortDate(midterms.date)}: midterm elections`, { size: s, cls: 'af-num' })),
    cite(houseCall.cite, `${shortDate(houseCall.date)}: Republicans win the House with ${houseSeats} seats`, lines(hx, hy + lh, [`${shortDate(houseCall.date)}: Republicans win the`, `House, ${houseSeats} seats (AP call)`], lh, { size: s, cls: 'af-num' })),
    `</g>`,
  ].join('');
  return sankey + (states.includes('appropriated') ? legend : '') + (states.includes('what-comes-next') ? req : '');
}

/* ---------------------------------------------------------------- delivered */

function timelineLayer(v: Variant): string {
  const T = timelineLayout(v);
  const wide = v.name === 'wide';
  const f = v.font;
  const s = v.small;
  const out: string[] = [];
  // Panel titles and legend.
  out.push(text(0, wide ? 18 : 11, wide ? 'Each package, by announcement date' : 'Each package', { size: f, weight: 'bold' }));
  const lgX = wide ? 0 : 92;
  const lgY = wide ? 32 : 4;
  out.push(
    `<rect class="af-bar--pda" x="${lgX}" y="${lgY - 1}" width="${wide ? 10 : 7}" height="${wide ? 10 : 7}"/>`,
    text(lgX + (wide ? 14 : 10), lgY + (wide ? 8 : 6), wide ? 'drawdown from US stocks (PDA): “up to”' : 'drawdown (“up to”)', { size: s }),
    `<rect class="af-bar--usai" x="${lgX + (wide ? 262 : 112)}" y="${lgY - 1}" width="${wide ? 10 : 7}" height="${wide ? 10 : 7}"/>`,
    text(lgX + (wide ? 276 : 122), lgY + (wide ? 8 : 6), wide ? 'bought with USAI funds' : 'USAI', { size: s }),
  );
  if (wide) out.push(text(0, 60, 'Drawn to the ceiling each drawdown memo authorises; USAI packages at their announced value.', { size: s, cls: 'af-muted' }));
  // Axes.
  out.push(`<g class="af-axis">`);
  for (const t of T.barTicks) {
    out.push(`<line x1="${T.left}" x2="${T.right}" y1="${t.y}" y2="${t.y}" class="af-grid"/>`, text(T.left - 4, t.y + 4, t.label, { anchor: 'end', size: s, cls: 'af-muted af-tick-label' }));
  }
  for (const t of T.dotTicks) {
    out.push(`<line x1="${T.left}" x2="${T.right}" y1="${t.y}" y2="${t.y}" class="af-grid"/>`, text(T.left - 4, t.y + 4, t.label, { anchor: 'end', size: s, cls: 'af-muted af-tick-label' }));
  }
  for (const m of T.monthTicks) {
    out.push(`<line x1="${m.x}" x2="${m.x}" y1="${T.bars0}" y2="${T.bars0 + 4}" class="af-tick"/>`, `<line x1="${m.x}" x2="${m.x}" y1="${T.dots0}" y2="${T.dots0 + 4}" class="af-tick"/>`);
    out.push(text(m.x, T.dots0 + (wide ? 18 : 13), m.label, { anchor: 'middle', size: s, cls: 'af-muted' }));
    if (wide) out.push(text(m.x, T.bars0 + 16, m.label, { anchor: 'middle', size: s, cls: 'af-muted' }));
  }
  out.push(`</g>`);
  // Markers: midterms and this report.
  const xm = T.x(midterms.date);
  const xr = T.x(articleDate);
  out.push(
    `<line class="af-marker" x1="${xm}" x2="${xm}" y1="${T.barsTop - (wide ? 14 : 4)}" y2="${T.dots0}"/>`,
    `<line class="af-marker af-marker--report" x1="${xr}" x2="${xr}" y1="${T.barsTop + (wide ? 40 : 12)}" y2="${T.dots0}"/>`,
    cite(midterms.cite, `${shortDate(midterms.date, true)}: US midterm elections`, text(xm - 4, T.barsTop - (wide ? 4 : -2), wide ? '8 Nov: midterms' : 'midterms', { anchor: 'end', size: s, cls: 'af-halo af-num' })),
    text(xr - 4, T.barsTop + (wide ? 52 : 16), wide ? '14 Nov: this report' : 'report', { anchor: 'end', size: s, cls: 'af-halo af-muted' }),
  );
  // Bars.
  out.push(`<g class="af-bars">`);
  T.bars.forEach((b, i) => {
    const p = b.pkg;
    const what = p.type === 'PDA' ? `drawdown no. ${p.tranche} (since Aug 2021)` : 'USAI package';
    const isAvenger = p.type === 'PDA' && p.date === avenger.date;
    out.push(
      cite(
        p.amount.cite,
        `${shortDate(p.date, true)}: ${what}, ${formatFigure(p.amount)}${isAvenger ? `, including ${avenger.systems.value} Avenger air-defense systems` : ''}`,
        `<rect class="af-bar af-bar--${p.type.toLowerCase()}${isAvenger ? ' af-bar--avenger' : ''}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" style="--i:${i}"/>`,
        true,
      ),
    );
  });
  out.push(`</g>`);
  // Labels: the largest package and the Avenger drawdown.
  const biggest = T.bars.reduce((a, b) => (b.pkg.amount.value > a.pkg.amount.value ? b : a));
  out.push(figText(wide ? biggest.x + biggest.width + 4 : biggest.x - 3, biggest.y + (wide ? 12 : 8), biggest.pkg.amount, `USAI package of ${shortDate(biggest.pkg.date, true)}, the largest of 2022`, { size: s, anchor: wide ? 'start' : 'end' }));
  if (wide) out.push(text(biggest.x + biggest.width + 4, biggest.y + 26, `${shortDate(biggest.pkg.date)}, USAI`, { size: s, cls: 'af-muted' }));
  const av = T.bars.find((b) => b.pkg.type === 'PDA' && b.pkg.date === avenger.date)!;
  const avY = av.y - (wide ? 64 : 36);
  out.push(`<line class="af-leader" x1="${av.x + av.width / 2}" x2="${av.x + av.width / 2}" y1="${avY + 4}" y2="${av.y - 2}"/>`);
  out.push(
    figText(av.x + av.width / 2 + 3, avY - (wide ? 14 : 10), av.pkg.amount, `drawdown of ${shortDate(av.pkg.date, true)}`, { anchor: 'end', size: s, cls: 'af-halo' }),
    cite(
      avenger.systems.cite,
      `${avenger.systems.value} Avenger air-defense systems in the drawdown of ${shortDate(avenger.date, true)}`,
      text(av.x + av.width / 2 + 3, avY, wide ? `10 Nov: ${avenger.systems.value} Avenger systems` : `${avenger.systems.value} Avengers`, { anchor: 'end', size: s, cls: 'af-halo af-num' }),
    ),
  );
  // Running total since 24 Feb: one baseline on this axis.
  out.push(text(0, T.dotsTop - (wide ? 22 : 10), wide ? 'Total since 24 Feb, as officials stated it' : 'Total since 24 Feb, as stated', { size: f, weight: 'bold' }));
  out.push(`<g class="af-dots">`);
  T.dots.forEach((d, i) => {
    const t = d.total;
    out.push(
      cite(
        t.amount.cite,
        `${shortDate(t.date, true)}: ${formatFigure(t.amount)} ${baselineLabels[t.baseline]}, said by ${t.saidBy}`,
        `<circle class="af-dot" cx="${d.cx}" cy="${d.cy}" r="${wide ? 4.5 : 3}" style="--i:${i}"/>`,
        true,
      ),
    );
  });
  out.push(`</g>`);
  const pre = T.dots.filter((d) => d.total.date <= articleDate).at(-1)!;
  out.push(figText(pre.cx - 6, pre.cy - (wide ? 10 : 7), pre.total.amount, `${baselineLabels[pre.total.baseline]}, stated on ${shortDate(pre.total.date, true)} by ${pre.total.saidBy}`, { anchor: 'end', size: s, cls: 'af-halo' }));
  const first = T.dots[0]!;
  if (wide) out.push(figText(first.cx + 6, first.cy - (wide ? 8 : 5), first.total.amount, `${baselineLabels[first.total.baseline]}, stated on ${shortDate(first.total.date, true)} by ${first.total.saidBy}`, { size: s, cls: 'af-halo' }));
  // The other two baselines: words, never on this axis.
  const last = runningTotal.at(-1)!;
  const others = otherBaselinesNov23;
  const ny = T.dots0 + (wide ? 46 : 30);
  const parts = [
    { f: last.amount, label: 'since 24 Feb' },
    ...others.map((o) => ({ f: o.amount, label: o.baseline === 'since-2014' ? 'since 2014' : 'since Jan 2021' })),
  ];
  if (wide) {
    out.push(text(0, ny, `DoD on ${shortDate(last.date)}, three baselines (not comparable, so not on one axis):`, { size: s, cls: 'af-muted' }));
    let x = 0;
    parts.forEach((p, i) => {
      const label = `${formatFigure(p.f)} ${p.label}`;
      out.push(cite(p.f.cite, `${formatFigure(p.f)} in security assistance ${p.label}, stated on ${shortDate(last.date, true)}`, text(x, ny + 18, label, { size: s, cls: 'af-num' })));
      x += label.length * 6.6 + 14;
      if (i < parts.length - 1) out.push(text(x - 10, ny + 18, '·', { size: s, cls: 'af-muted' }));
    });
  } else {
    out.push(text(0, ny, `DoD, ${shortDate(last.date)}:`, { size: s, cls: 'af-muted' }));
    parts.forEach((p, i) => {
      const label = `${formatFigure(p.f)} ${p.label}`;
      out.push(cite(p.f.cite, `${formatFigure(p.f)} in security assistance ${p.label}, stated on ${shortDate(last.date, true)}`, text(i === 0 ? 68 : 0, ny + i * 12.5, label, { size: s, cls: 'af-num' })));
    });
  }
  return `<g class="af-layer af-timeline" data-in="delivered">${out.join('')}</g>`;
}

/* ---------------------------------------------------------------- who else gives */

function donorsLayer(v: Variant): string {
  const D = donorsLayout(v);
  const wide = v.name === 'wide';
  const f = v.font;
  const s = v.small;
  const out: string[] = [];
  out.push(
    text(0, wide ? 20 : 12, wide ? `Pledged to Ukraine, up to ${shortDate(kielUsdDataTo, true)}` : `Pledged up to ${shortDate(kielUsdDataTo, true)}`, { size: f, weight: 'bold' }),
    text(0, wide ? 40 : 25, wide ? 'Military, financial and humanitarian aid; Kiel Institute data, in dollars as Statista converted them' : 'Kiel Institute data in dollars (Statista)', { size: s, cls: 'af-muted' }),
  );
  D.usd.rows.forEach((r, i) => {
    const cy = r.y + D.usd.barH / 2;
    out.push(text(D.x0 - 8, cy + s * 0.35, r.label, { anchor: 'end', size: s }));
    out.push(`<rect class="af-donor${i === 0 ? ' af-donor--us' : ''}" x="${D.x0}" y="${r.y}" width="${r.width}" height="${D.usd.barH}" style="--i:${i}"/>`);
    out.push(figText(D.x0 + r.width + 6, cy + s * 0.35, r.donor.amount, `pledged by ${r.donor.label} to ${shortDate(kielUsdDataTo, true)} (Kiel Institute data, Statista conversion)`, { size: s }));
  });
  const e = D.eur;
  out.push(
    text(0, e.top - (wide ? 30 : 16), wide ? 'Counted in euros: the US beside EU countries and institutions together' : 'In euros: US vs EU countries + institutions', { size: f, weight: 'bold' }),
    wide ? text(0, e.top - 12, 'A different measure and currency from the bars above: its own scale', { size: s, cls: 'af-muted' }) : '',
  );
  e.groups.forEach((g, gi) => {
    const r = g.release;
    out.push(text(0, g.y + (wide ? 14 : 7), `${wide ? 'Kiel ' : ''}${r.label}, pledges to ${shortDate(r.dataTo, wide)}${r.dataTo > articleDate ? ' (after this report)' : ''}`, { size: s, cls: 'af-muted' }));
    for (const [bar, fig, cls] of [
      [g.us, r.us, 'af-donor--us'],
      [g.eu, r.eu, 'af-donor--eu'],
    ] as const) {
      const cy = bar.y + e.barH / 2;
      out.push(text(D.x0 - 8, cy + s * 0.35, wide ? bar.label : bar.label === 'United States' ? 'US' : 'EU + members', { anchor: 'end', size: s }));
      out.push(`<rect class="af-donor ${cls}" x="${D.x0}" y="${bar.y}" width="${bar.width}" height="${e.barH}" style="--i:${gi * 2 + (cls === 'af-donor--us' ? 0 : 1) + 5}"/>`);
      out.push(figText(D.x0 + bar.width + 6, cy + s * 0.35, fig, `${bar.label}, Kiel ${r.label}, pledges to ${shortDate(r.dataTo, true)}`, { size: s }));
    }
  });
  const fy = e.groups.at(-1)!.eu.y + e.barH + (wide ? 34 : 16);
  out.push(text(0, fy, wide ? 'Pledges, not deliveries. The US total fell between releases as some funds lapsed (Reuters).' : 'Pledges, not deliveries.', { size: s, cls: 'af-muted' }));
  return `<g class="af-layer af-donors" data-in="who-else-gives">${out.join('')}</g>`;
}

/* ---------------------------------------------------------------- the SVG */

/** Which layers a set of states needs. */
export function layersFor(states: readonly string[]): Set<'sankey' | 'timeline' | 'donors'> {
  const set = new Set<'sankey' | 'timeline' | 'donors'>();
  for (const st of states) {
    if (st === 'appropriated' || st === 'what-comes-next') set.add('sankey');
    if (st === 'delivered') set.add('timeline');
    if (st === 'who-else-gives') set.add('donors');
  }
  return set;
}

export function renderSvg(v: Variant, states: readonly string[], idPrefix: string, titleText: string): string {
  const id = `${idPrefix}-${v.name}`;
  const layers = layersFor(states);
  const body = [
    layers.has('sankey') ? sankeyLayers(v, id, states) : '',
    layers.has('timeline') ? timelineLayer(v) : '',
    layers.has('donors') ? donorsLayer(v) : '',
  ].join('');
  return (
    `<svg class="af-svg af-svg--${v.name}" viewBox="0 0 ${v.w} ${v.h}" role="group" aria-labelledby="${id}-title" font-size="${v.font}">` +
    `<title id="${id}-title">${esc(titleText)}</title>` +
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f1ec"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern></defs>` +
    body +
    `</svg>`
  );
}

