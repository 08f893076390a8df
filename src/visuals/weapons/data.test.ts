import { describe, expect, it } from 'vitest';
import articleData from '../../../content/data/aid/article-items.json';
import {
  ARTICLE_ROWS,
  CAP_ROWS,
  ITEMS,
  NAMED,
  PACKAGES,
  PACKAGE_ROWS,
  amountInLabel,
  packagesNotItemized,
  SHELLS_PER_MARK,
  checkItems,
  normalize,
  packagesWithoutItems,
  type Item,
} from './data';
import { source } from '../../lib/sources';

describe('weapons data: items.json traces to its sources', () => {
  it('checkItems passes on every item and each id is unique', () => {
    expect(checkItems()).toBe(ITEMS.length);
    expect(ITEMS.length).toBeGreaterThan(60);
  });

  it('checkItems rejects wording that is not in the source row', () => {
    const bad: Item = { ...ITEMS[0]!, id: 'x', as_written: '900 Stinger anti-aircraft systems', quantity: '900' };
    expect(() => checkItems([bad])).toThrow(/not in the quote/);
  });

  it('checkItems rejects a quantity or label that changes the wording', () => {
    const avenger = ITEMS.find((i) => i.named === 'avenger')!;
    expect(() => checkItems([{ ...avenger, quantity: '4' }])).toThrow(/quantity "4" not in its wording/);
    expect(() => checkItems([{ ...avenger, label: '4 Avengers' }])).toThrow(/label drops/);
  });

  it('keeps qualifiers: "up to", "more than", "some", "hundreds of" stay with their numbers', () => {
    const q = ITEMS.map((i) => i.quantity ?? '');
    expect(q).toContain('Up to 150,000');
    expect(q).toContain('up to 245,000');
    expect(q).toContain('more than 200');
    expect(q).toContain('some 200');
    expect(q).toContain('hundreds of');
    expect(q).toContain('Over 20 million');
  });

  it('lists items without a stated quantity with quantity null, never a number', () => {
    const hawk = ITEMS.filter((i) => i.named === 'hawk');
    expect(hawk).toHaveLength(2);
    hawk.forEach((h) => expect(h.quantity).toBeNull());
    const none = ITEMS.filter((i) => i.quantity === null);
    none.forEach((i) => expect(i.as_written).not.toMatch(/^\d/));
  });

  it('every package of capabilities.json up to the article has its items, except none', () => {
    // The 23 Nov drawdown came after the article; everything before it is itemized.
    expect(packagesWithoutItems('2022-11-14')).toEqual([]);
    expect(packagesWithoutItems('2022-11-30')).toEqual(['PDA up to $400M (2022-11-23)']);
  });

  it('every package is dated, every item source exists', () => {
    PACKAGES.forEach((p) => expect(p.date).toMatch(/^2022-\d\d-\d\d$/));
    ITEMS.forEach((i) => expect(source(i.source).url).toMatch(/^https?:\/\//));
  });

  it('the 4 and 10 Nov lists name the items the text names', () => {
    const nov4 = ITEMS.filter((i) => i.pkg === '2022-11-04').map((i) => i.named ?? '');
    const nov10 = ITEMS.filter((i) => i.pkg === '2022-11-10').map((i) => i.named ?? '');
    expect(nov4).toEqual(expect.arrayContaining(['hawk', 't72']));
    expect(nov10).toEqual(expect.arrayContaining(['hawk', 'avenger']));
  });
});

describe('weapons data: the four named items', () => {
  const byKey = Object.fromEntries(NAMED.map((n) => [n.key, n]));

  it('draws one mark per unit from the stated numbers', () => {
    const value = (topic: string, field: string) => ARTICLE_ROWS.find((r) => r.topic === topic && r.field === field)?.value;
    expect(byKey.avenger!.blocks.map((b) => b.count)).toEqual([value('Avenger air defense systems', 'quantity')]);
    expect(byKey.t72!.blocks.map((b) => b.count)).toEqual([
      value('T-72 refurbishment (Czech)', 'U.S.-funded quantity'),
      value('T-72 refurbishment (Czech)', 'partners / Netherlands quantity'),
    ]);
    const shells = value('155mm ammunition bought from South Korea for Ukraine', 'quantity')!;
    expect(byKey.shells!.blocks[0]!.count * SHELLS_PER_MARK).toBe(shells);
    expect(byKey.shells!.unit!.text).toBe(`${SHELLS_PER_MARK.toLocaleString('en-US')} rounds`);
  });

  it('draws no marks for HAWK, whose number no source gives', () => {
    expect(byKey.hawk!.unit).toBeNull();
    expect(byKey.hawk!.blocks).toEqual([]);
    expect(byKey.hawk!.quantity).toMatch(/no number/i);
  });

  it('the T-72 total on screen is the one a source states', () => {
    const total = ARTICLE_ROWS.find((r) => r.field === 'total quantity')!;
    expect(total.quote).toContain(`total of ${total.value} T-72s`);
    expect(byKey.t72!.headline).toContain(String(total.value));
  });

  it('words in quotation marks are copied from a stored quote or note', () => {
    const corpus = normalize(
      [...ARTICLE_ROWS.flatMap((r) => [r.quote, r.note ?? '', r.value_text ?? '']), ...CAP_ROWS.flatMap((r) => [r.quote, r.note ?? ''])].join(' | '),
    );
    for (const n of NAMED) {
      const quoted = [...`${n.purpose} ${n.quantity}`.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
      expect(quoted.length).toBeGreaterThan(0);
      quoted.forEach((q) => expect(corpus, `${n.key}: “${q}”`).toContain(normalize(q.replace(/[.,]$/, ''))));
    }
  });

  it('every named item cites sources that exist in the pack', () => {
    const ids = new Set(articleData.sources.map((s) => s.id));
    NAMED.forEach((n) => {
      expect(n.sources.length).toBeGreaterThan(0);
      n.sources.forEach((id) => expect(ids.has(id), id).toBe(true));
    });
  });
});

describe('weapons data: packages', () => {
  it('package amounts on screen match the delegation memos and USAI announcements', () => {
    for (const p of PACKAGES) {
      for (const kind of p.kind.split('+') as ('PDA' | 'USAI')[]) {
        const row = PACKAGE_ROWS.find((r) => r.type === kind && r.date === p.date);
        expect(row, `${kind} ${p.date}`).toBeDefined();
        if (p.key.endsWith('-pda') && kind === 'USAI') continue;
        if (p.key.endsWith('-usai') && kind === 'PDA') continue;
        expect(amountInLabel(p.label, kind), `${p.key} ${kind}`).toBe(row!.amount_usd_m);
      }
    }
  });

  it('names the packages before the article whose lists we do not have', () => {
    const missing = packagesNotItemized();
    expect(missing.length).toBeGreaterThan(10);
    expect(missing.map((m) => `${m.type} ${m.date}`)).toEqual(expect.arrayContaining(['PDA 2022-02-25', 'USAI 2022-04-01', 'PDA 2022-10-28']));
    expect(missing.map((m) => `${m.type} ${m.date}`)).not.toContain('PDA 2022-11-10');
  });
});
