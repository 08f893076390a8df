import { describe, expect, it } from 'vitest';
import { acts, avenger, donorsUsd, euroReleases, midterms, articleDate, request } from './data';
import { NARROW, WIDE, donorsLayout, sankeyLayout, timelineLayout } from './layout';

describe.each([WIDE, NARROW])('layout ($name)', (v) => {
  describe('sankeyLayout', () => {
    const L = sankeyLayout(v);
    it('draws each act at its total on one shared scale, and the request on the same scale', () => {
      for (const a of L.acts) expect(a.y1 - a.y0).toBeCloseTo(a.act.total.value * L.ky, 0);
      expect(L.request.y1 - L.request.y0).toBeCloseTo(request.value * L.ky, 0);
      expect(L.request.y0).toBeGreaterThan(L.actsBottom);
      expect(L.request.y1).toBeLessThanOrEqual(v.h);
    });
    it('draws flows at CRS’s shares and leaves the rest of each act unsplit (never forced to balance)', () => {
      for (const fl of L.flows) {
        const fig = fl.to === 'dod' ? fl.act.dod : fl.act.sfops!;
        expect(fl.width).toBeCloseTo(fig.value * L.ky, 0);
      }
      for (const a of L.acts) {
        expect(a.splitY).toBeLessThan(a.y1);
        const shares = a.act.dod.value + (a.act.sfops?.value ?? 0);
        expect(a.y1 - a.splitY).toBeCloseTo((a.act.total.value - shares) * L.ky, 0);
      }
      expect(L.flows.filter((f) => f.act.key === 'sep').map((f) => f.to)).toEqual(['dod']);
    });
    it('keeps the acts in date order, top to bottom', () => {
      expect(L.acts.map((a) => a.act.key)).toEqual(acts.map((a) => a.key));
      for (let i = 1; i < L.acts.length; i++) expect(L.acts[i]!.y0).toBeGreaterThan(L.acts[i - 1]!.y1);
    });
  });

  describe('timelineLayout', () => {
    const T = timelineLayout(v);
    it('puts every bar inside its panel, heights proportional to the amounts', () => {
      const k = T.bars[0]!.height / T.bars[0]!.pkg.amount.value;
      for (const b of T.bars) {
        expect(b.y).toBeGreaterThanOrEqual(T.barsTop - 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(T.bars0 + 0.5);
        expect(b.x).toBeGreaterThanOrEqual(T.left - b.width);
        expect(b.x + b.width).toBeLessThanOrEqual(T.right + b.width);
        expect(b.height / b.pkg.amount.value).toBeCloseTo(k, 1);
      }
    });
    it('stacks packages of the same day instead of overlapping them', () => {
      const byDate = new Map<string, typeof T.bars>();
      for (const b of T.bars) byDate.set(b.pkg.date, [...(byDate.get(b.pkg.date) ?? []), b]);
      const shared = [...byDate.values()].filter((list) => list.length > 1);
      expect(shared.length).toBeGreaterThan(0);
      for (const [a, b] of shared) expect(b!.y + b!.height).toBeCloseTo(a!.y, 0);
    });
    it('places the Avenger package after the midterms and before this report', () => {
      const av = T.bars.find((b) => b.pkg.date === avenger.date && b.pkg.type === 'PDA')!;
      expect(T.x(midterms.date)).toBeLessThan(av.x + av.width / 2);
      expect(av.x + av.width / 2).toBeLessThan(T.x(articleDate));
    });
    it('keeps the running-total panel apart from the package panel', () => {
      expect(T.dotsTop).toBeGreaterThan(T.bars0);
      for (const d of T.dots) {
        expect(d.cy).toBeGreaterThanOrEqual(T.dotsTop);
        expect(d.cy).toBeLessThanOrEqual(T.dots0);
      }
    });
  });

  describe('donorsLayout', () => {
    const D = donorsLayout(v);
    it('draws dollar bars in proportion, the US longest', () => {
      const k = D.usd.rows[0]!.width / donorsUsd[0]!.amount.value;
      D.usd.rows.forEach((r) => expect(r.width / r.donor.amount.value).toBeCloseTo(k, 1));
      expect(D.x0 + D.usd.rows[0]!.width).toBeLessThan(v.w);
    });
    it('draws the euro comparison on its own scale, below', () => {
      const k = D.eur.groups[0]!.us.width / euroReleases[0]!.us.value;
      D.eur.groups.forEach((g) => {
        expect(g.eu.width / g.release.eu.value).toBeCloseTo(k, 1);
        expect(g.y).toBeGreaterThan(D.usd.rows.at(-1)!.y);
      });
      expect(D.eur.groups.at(-1)!.eu.y + D.eur.barH).toBeLessThan(v.h);
    });
  });
});
