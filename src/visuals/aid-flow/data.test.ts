import { describe, expect, it } from 'vitest';
import packagesFile from '../../../content/data/aid/us-packages.json';
import {
  acts,
  avenger,
  donorOvertake,
  euroReleases,
  formatFigure,
  houseCall,
  houseSeats,
  midterms,
  otherBaselinesNov23,
  packages,
  request,
  runningTotal,
  statedTotals,
  threeActsTotal,
  type Figure,
} from './data';

/** Numbers written in a quote ("$6.53", "1,000", "52 billion"), as plain numbers. */
function numbersIn(quote: string): number[] {
  return [...quote.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}
/** The quote the source gives contains the figure (in the same or a thousand-fold unit). */
function quoteHolds(f: Figure): boolean {
  if (!f.quote) return false;
  return numbersIn(f.quote).some((n) => Math.abs(n - f.value) < 1e-9 || Math.abs(n * 1000 - f.value) < 1e-6 || Math.abs(n - f.value * 1000) < 1e-6);
}

describe('acts (CRS)', () => {
  it('are the three 2022 supplementals in order, with CRS totals', () => {
    expect(acts.map((a) => a.enacted)).toEqual(['2022-03-15', '2022-05-21', '2022-09-30']);
    expect(acts.map((a) => a.total.value)).toEqual([13.6, 40.15, 12.35]);
    expect(acts.every((a) => a.total.cite.publisher.startsWith('Congressional Research Service'))).toBe(true);
  });
  it('never split more than an act holds, and keep the missing State/USAID share of September a gap', () => {
    for (const a of acts) expect(a.dod.value + (a.sfops?.value ?? 0)).toBeLessThan(a.total.value);
    expect(acts.find((a) => a.key === 'sep')!.sfops).toBeNull();
  });
  it('use CRS’s own three-act total, not a sum of ours', () => {
    expect(threeActsTotal.value).toBe(66);
    expect(threeActsTotal.quote).toContain('$66 billion');
  });
});

describe('packages', () => {
  it('are every drawdown and USAI package from 24 Feb to 23 Nov 2022, in date order', () => {
    expect(packages.filter((p) => p.type === 'PDA')).toHaveLength(24);
    expect(packages.filter((p) => p.type === 'USAI')).toHaveLength(7);
    expect(packages.every((p) => p.date >= '2022-02-24' && p.date <= '2022-11-23')).toBe(true);
    expect([...packages].map((p) => p.date)).toEqual([...packages].map((p) => p.date).sort());
  });
  it('keep the memos’ “up to” on drawdowns and nothing on USAI', () => {
    for (const p of packages) expect(p.amount.qualifier).toBe(p.type === 'PDA' ? 'up to' : null);
    expect(packages.filter((p) => p.type === 'PDA').every((p) => p.amount.quote?.includes('up to'))).toBe(true);
  });
  it('number the drawdowns as the White House did (3rd to 26th since Aug 2021)', () => {
    expect(packages.filter((p) => p.type === 'PDA').map((p) => p.tranche)).toEqual(Array.from({ length: 24 }, (_, i) => i + 3));
  });
  it('find the Avenger drawdown of 10 Nov and its four systems', () => {
    expect(avenger.package.date).toBe('2022-11-10');
    expect(avenger.systems.value).toBe(4);
    expect(avenger.systems.quote).toMatch(/four U\.S\. Avenger/);
  });
});

describe('stated running totals', () => {
  it('map every cumulative row of the pack to exactly one baseline per figure', () => {
    const rows = packagesFile.cumulative.length;
    const mapped = new Set(statedTotals.map((t) => `${t.date}|${t.amount.cite.id}`));
    expect(mapped.size).toBe(rows);
  });
  it('draw one baseline only: since 24 Feb 2022', () => {
    expect(new Set(runningTotal.map((t) => t.baseline))).toEqual(new Set(['since-2022-02-24']));
    expect(runningTotal.length).toBeGreaterThan(8);
  });
  it('keep the 23 Nov figures since Jan 2021 and since 2014 apart, with DoD’s “more than”', () => {
    expect(otherBaselinesNov23.map((t) => [t.baseline, formatFigure(t.amount)])).toEqual([
      ['since-2021-01', 'more than $19.7bn'],
      ['since-2014', 'more than $21.8bn'],
    ]);
  });
  it('keep 10 Nov as DoD said it', () => {
    const nov10 = runningTotal.find((t) => t.date === '2022-11-10')!;
    expect(formatFigure(nov10.amount)).toBe('more than $18.6bn');
    expect(nov10.amount.quote).toContain('the Defense Department said');
  });
});

describe('donors (Kiel)', () => {
  it('are one measure: Kiel’s euro commitments, data to Oct 3 and to Nov 20, 2022', () => {
    expect(euroReleases.map((r) => r.dataTo)).toEqual(['2022-10-03', '2022-11-20']);
    expect(euroReleases.flatMap((r) => [r.us.unit, r.eu.unit])).toEqual(['eur-bn', 'eur-bn', 'eur-bn', 'eur-bn']);
  });
  it('have one annotation, from Reuters’ own headline', () => {
    expect(donorOvertake.cite.id).toBe('reuters_de_dec22');
    expect(donorOvertake.cite.title).toContain('Europa überholt erstmals USA');
  });
  it('keep the euro headline figures’ “just over” / “just under”', () => {
    expect(euroReleases.map((r) => [formatFigure(r.us), formatFigure(r.eu)])).toEqual([
      ['just over €52bn', 'just over €29bn'],
      ['just under €48bn', 'just under €52bn'],
    ]);
  });
});

describe('every figure traces to a quote', () => {
  const all: [string, Figure][] = [
    ['three acts', threeActsTotal],
    ['request', request],
    ...acts.flatMap((a) => [[`${a.key} total`, a.total], [`${a.key} dod`, a.dod], ...(a.sfops ? [[`${a.key} sfops`, a.sfops]] : [])] as [string, Figure][]),
    ...packages.map((p) => [`${p.type} ${p.date}`, p.amount] as [string, Figure]),
    ...runningTotal.map((t) => [`total ${t.date}`, t.amount] as [string, Figure]),
    ...otherBaselinesNov23.map((t) => [`other ${t.baseline}`, t.amount] as [string, Figure]),
    ...euroReleases.flatMap((r) => [[`${r.label} us`, r.us], [`${r.label} eu`, r.eu]] as [string, Figure][]),
  ];
  it.each(all)('%s', (_, f) => {
    expect(quoteHolds(f), `${formatFigure(f)} not in: ${f.quote}`).toBe(true);
    expect(f.cite.url).toMatch(/^https?:\/\//);
  });
});

describe('dates from the timeline', () => {
  it('put the midterms on 8 Nov and the House call on 16 Nov with its seats', () => {
    expect(midterms.date).toBe('2022-11-08');
    expect(houseCall.date).toBe('2022-11-16');
    expect(houseSeats).toBe(218);
    expect(houseCall.cite.id).toBe('S52');
  });
});

describe('formatFigure', () => {
  it('keeps the source’s hedge and writes thousands of millions as billions', () => {
    const f = (value: number, unit: Figure['unit'], qualifier: string | null = null): Figure => ({ value, unit, qualifier, cite: threeActsTotal.cite, quote: null });
    expect(formatFigure(f(400, 'usd-m', 'up to'))).toBe('up to $400m');
    expect(formatFigure(f(2980, 'usd-m'))).toBe('$2.98bn');
    expect(formatFigure(f(18.946, 'usd-bn'))).toBe('$18.946bn');
    expect(formatFigure(f(48, 'eur-bn', 'just under'))).toBe('just under €48bn');
    expect(formatFigure(f(48, 'eur-bn', 'just under'), { hedge: false })).toBe('€48bn');
  });
});
