import { describe, expect, it } from 'vitest';
import { COLUMNS, rowsFor, toCsv, toJson } from './table';
import meta from './meta';
import { stateNames } from '../types';

const STATES = stateNames(meta);

describe('rowsFor', () => {
  it.each(STATES)('%s: every row has a source, none is derived', (state) => {
    const rows = rowsFor(state);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.derived).toBe(false);
      if (r.value !== null) expect(r.shown_as).not.toBe('');
    }
  });
  it('lists the missing State/USAID share of the September act as a gap', () => {
    const gap = rowsFor('appropriated').find((r) => r.value === null && r.item.includes('P.L. 117-180'));
    expect(gap?.note).toMatch(/No State\/USAID/);
  });
  it('labels the running total’s baseline on every row', () => {
    const rows = rowsFor('stocks').filter((r) => r.series.includes('total') || r.series.includes('baseline'));
    expect(rows.every((r) => /since (Russia|the start|2014)/.test(r.item))).toBe(true);
  });
});

describe('toCsv / toJson', () => {
  it('writes a header and one quoted-safe line per row', () => {
    const rows = rowsFor('stocks');
    const csv = toCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(COLUMNS.join(','));
    expect(csv).toContain('"the drawdown of up to $400 million');
    expect(lines.length).toBeGreaterThanOrEqual(rows.length + 1);
  });
  it('round-trips the rows in JSON', () => {
    const rows = rowsFor('who-else-gives');
    expect(JSON.parse(toJson('who-else-gives', rows)).rows).toEqual(rows);
  });
});
