import { describe, expect, it } from 'vitest';
import { acts, euroReleases, midterms, packages, request } from './data';
import { VARIANTS, actsLayout, donorsLayout, stocksLayout } from './layout';

describe.each(VARIANTS)('layout ($name)', (v) => {
  describe('actsLayout', () => {
    const L = actsLayout(v);
    it('draws each act and the request at its total on one shared scale, inside the artboard', () => {
      expect(L.rows.map((r) => r.key)).toEqual([...acts.map((a) => a.key), 'request']);
      for (const r of L.rows) {
        expect(r.end).toBeCloseTo(r.total.value * L.k, 0);
        expect(r.end).toBeLessThan(v.w);
        expect(r.y + r.h).toBeLessThanOrEqual(v.h);
      }
      expect(L.rows.at(-1)!.total).toBe(request);
    });
    it('stacks CRS’s shares by agency and leaves the rest unsplit (never forced to balance)', () => {
      for (const r of L.rows.slice(0, 3)) {
        const act = acts.find((a) => a.key === r.key)!;
        const parts = r.segments.map((s) => s.part);
        expect(parts).toEqual(act.sfops ? ['dod', 'sfops', 'unsplit'] : ['dod', 'unsplit']);
        expect(r.segments[0]!.width).toBeCloseTo(act.dod.value * L.k, 0);
        expect(r.segments.at(-1)!.figure).toBeNull();
        const last = r.segments.at(-1)!;
        expect(last.x + last.width).toBeCloseTo(r.end, 0);
      }
    });
    it('keeps rows apart, in date order', () => {
      for (let i = 1; i < L.rows.length; i++) expect(L.rows[i]!.labelY - 14).toBeGreaterThan(L.rows[i - 1]!.y + L.rows[i - 1]!.h);
    });
  });

  describe('stocksLayout', () => {
    const T = stocksLayout(v);
    it('draws drawdowns above the axis and USAI packages below, heights on one dollar scale', () => {
      expect(T.bars).toHaveLength(packages.length);
      for (const b of T.bars) {
        expect(b.height).toBeCloseTo(b.pkg.amount.value * T.k, 0);
        if (b.pkg.type === 'PDA') expect(b.y + b.height).toBeCloseTo(T.upBase, 0);
        else expect(b.y).toBe(T.downBase);
        expect(b.y).toBeGreaterThanOrEqual(T.upTop - 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(T.downBottom + 0.5);
      }
      expect(T.downBase).toBeGreaterThan(T.upBase);
      expect(T.downBottom).toBeLessThan(v.h);
    });
    it('puts the midterms between the Oct 28 and Nov 10 drawdowns', () => {
      const x = (d: string) => T.bars.find((b) => b.pkg.date === d && b.pkg.type === 'PDA')!.x;
      expect(T.x(midterms.date)).toBeGreaterThan(x('2022-10-28'));
      expect(T.x(midterms.date)).toBeLessThan(x('2022-11-10'));
    });
  });

  describe('donorsLayout', () => {
    const D = donorsLayout(v, (iso) => iso);
    it('draws one measure (euros) on one scale, two releases per donor', () => {
      const bars = D.groups.flatMap((g) => g.bars);
      const k = bars[0]!.width / bars[0]!.figure.value;
      for (const b of bars) expect(b.width / b.figure.value).toBeCloseTo(k, 1);
      expect(D.groups.map((g) => g.bars.map((b) => b.release))).toEqual([euroReleases, euroReleases]);
      expect(D.groups[1]!.bars.at(-1)!.y + D.barH).toBeLessThan(v.h);
      expect(D.noteY).toBeLessThan(D.groups[1]!.titleY - v.font);
    });
  });
});
