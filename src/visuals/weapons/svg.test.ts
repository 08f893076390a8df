import { describe, expect, it } from 'vitest';
import { ITEMS, NAMED } from './data';
import { STATE_NAMES } from './layout';
import { renderSvg } from './svg';
import { itemDetail, namedDetail } from './detail';

const opts = { idPrefix: 'weapons--weapons', title: 'The weapons lists' };

describe('weapons svg: golden picture per state', () => {
  for (const state of STATE_NAMES) {
    for (const size of ['wide', 'compact'] as const) {
      it(`${state} (${size}) matches its golden file`, async () => {
        await expect(renderSvg(size, state, opts)).toMatchFileSnapshot(`./__golden__/${state}.${size}.svg`);
      });
    }
  }

  it('the states draw different pictures', () => {
    const pics = STATE_NAMES.map((s) => renderSvg('wide', s, opts));
    expect(new Set(pics).size).toBe(3);
  });
});

describe('weapons svg: marks', () => {
  const wide = renderSvg('wide', 'named-items', opts);

  it('draws one unit mark per system and tank, one circle per 1,000 shells', () => {
    const avenger = wide.match(/data-k="avenger"[^>]*>.*?<\/g><\/g>/)![0];
    expect(avenger.match(/<rect x=/g)).toHaveLength(NAMED[0]!.blocks[0]!.count);
    const t72 = wide.match(/data-k="t72-\d"[^>]*>.*?<\/g><\/g>/g)!;
    expect(t72.map((g) => g.match(/<rect x=/g)!.length)).toEqual([45, 45]);
    const shells = wide.match(/data-k="shells"[^>]*>.*?<\/g><\/g>/)![0];
    expect(shells.match(/<circle /g)).toHaveLength(100);
    expect(wide).toContain('1,000 rounds per circle');
  });

  it('draws no unit marks for HAWK, and says so', () => {
    const hawk = wide.match(/data-k="hawk"[^>]*>.*?<\/g>/)![0];
    expect(hawk).not.toMatch(/<rect x="[\d.]+" y="[\d.]+" width="9"/);
    expect(wide).toContain('no number given');
  });

  it('has one item mark per listed item, hollow where no quantity is given', () => {
    const marks = wide.match(/class="wx-mark wx-item[^"]*"/g)!;
    expect(marks).toHaveLength(ITEMS.length);
    const hollow = wide.match(/<circle class="wx-dot" r="[\d.]+" fill="#fff"/g)!;
    expect(hollow).toHaveLength(ITEMS.filter((i) => i.quantity === null).length);
  });

  it('shows exactly the state it is drawn for', () => {
    for (const state of STATE_NAMES) {
      const svg = renderSvg('compact', state, opts);
      const layers = [...svg.matchAll(/<g class="wx-layer" data-s="([a-z-]+)"( opacity="0")?/g)];
      expect(layers.filter((m) => !m[2]).map((m) => m[1])).toEqual([state]);
    }
    const packages = renderSvg('wide', 'packages', opts);
    const shown = [...packages.matchAll(/class="wx-mark wx-item[^>]*?data-in="(\d+)"[^>]*?>/g)].filter((m) => !m[0].includes('visibility="hidden"'));
    expect(shown.length).toBe(ITEMS.filter((i) => i.pkg === '2022-11-04' || i.pkg === '2022-11-10').length);
    shown.forEach((m) => expect(m[1]).toBe('23'));
  });

  it('prefixes every id', () => {
    for (const m of wide.matchAll(/ id="([^"]+)"/g)) expect(m[1]!.startsWith('weapons--weapons-wide')).toBe(true);
  });

  it('every mark carries its detail as text (data-detail), never a link', () => {
    expect(wide).not.toMatch(/<a[\s>]/);
    const marks = [...wide.matchAll(/<g class="wx-mark[ "][^>]*>/g)].map((m) => m[0]);
    expect(marks.length).toBe(ITEMS.length + 5);
    marks.forEach((m) => expect(m).toMatch(/ data-detail="[^"]*Source/));
    const avenger = ITEMS.find((i) => i.named === 'avenger')!;
    expect(itemDetail(avenger)).toMatch(/^Four Avenger air defense systems, and Stinger missiles\. Quantity as written: “Four”\. Air defense\. Drawdown of up to \$400 million, Nov 10, 2022\. Source: /);
    expect(namedDetail(NAMED.find((n) => n.key === 'hawk')!)).toMatch(/No number given/);
    expect(itemDetail(ITEMS.find((i) => i.wording === 'summary')!)).toMatch(/summary of the source/);
  });

  it('titles every view, and says the since-March view is a selection', () => {
    for (const state of STATE_NAMES) {
      for (const size of ['wide', 'compact'] as const) {
        const svg = renderSvg(size, state, opts);
        expect(svg.match(new RegExp(`data-title="${state}"`, 'g')), `${state} ${size}`).toHaveLength(1);
      }
    }
    expect(renderSvg('compact', 'since-march', opts)).toMatch(/data-title="since-march"[^>]*>Selected packages: \d+ of \d+</);
    expect(renderSvg('wide', 'since-march', opts)).toContain('not a quantity');
});
});

import { downloadRows, toCsv } from './download';
describe('weapons downloads', () => {
  it('has a row for every item drawn, with its source URL and quantity as written', () => {
    const rows = downloadRows();
    expect(rows.filter((r) => r.state !== 'named-items')).toHaveLength(ITEMS.length);
    rows.forEach((r) => expect(r.source_url).toMatch(/^https?:/));
    expect(rows.map((r) => r.quantity_as_written)).toContain('Up to 150,000');
  });
  it('quotes CSV cells that need it', () => {
    const csv = toCsv(downloadRows());
    expect(csv.split('\r\n')[0]).toBe('state,package_date,package,item_as_written,quantity_as_written,category,category_reason,what_it_is_for,wording,source_id,source_cited_as,source_publisher,source_title,source_date,source_url,source_url_kind,source_consulted_url,source_consulted_quality,source_unverified_original_url');
    expect(csv).toContain('"four ""High Mobility Artillery Rocket Systems"" (HIMARS)"');
  });
});
