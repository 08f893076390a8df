import { describe, expect, it } from 'vitest';
import { FONT, W, layout, textWidth, type Box } from './layout';
import { legendLayout } from './render';
import { dayLabel, events, voices, week } from './model';

const l = layout(week.published);
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('textWidth', () => {
  it('grows with length, size and weight', () => {
    expect(textWidth('Sullivan', 10)).toBeGreaterThan(textWidth('NSC', 10));
    expect(textWidth('Sullivan', 12)).toBeGreaterThan(textWidth('Sullivan', 10));
    expect(textWidth('Sullivan', 10, true)).toBeGreaterThan(textWidth('Sullivan', 10));
  });
});

describe('layoutSpectrum', () => {
  const s = l.spectrum;
  it('draws every voice once in public (or once, if known only privately), and a private mark where the text reports one', () => {
    for (const v of voices) {
      expect(s.marks.filter((m) => m.id === v.id), v.id).toHaveLength(1);
      const priv = s.marks.filter((m) => m.id === `${v.id}-private`);
      expect(priv, v.id).toHaveLength(v.private && !v.privateOnly && !v.range ? 1 : 0);
    }
  });
  it('puts each mark in the row of its placement', () => {
    for (const m of s.marks) {
      const v = voices.find((x) => x.id === m.voice)!;
      const expected = m.id.endsWith('-private') ? v.private : v.band === null ? 'none' : v.range ? 'both' : v.band;
      expect(m.row, m.id).toBe(expected);
    }
  });
  it('never overlaps two marks, and keeps every label inside the picture', () => {
    s.marks.forEach((a, i) =>
      s.marks.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false)),
    );
    for (const m of s.marks) {
      expect(m.box.x, m.id).toBeGreaterThanOrEqual(0);
      expect(m.labelX + textWidth(m.label, FONT.label, true), m.id).toBeLessThanOrEqual(W - 2);
      expect(m.box.y + m.box.h, m.id).toBeLessThanOrEqual(l.height);
    }
  });
  it('keeps row headings and their notes on one line', () => {
    for (const r of s.rows) expect(6 + textWidth(r.label, FONT.head, true) + 6 + textWidth(r.note, FONT.note), r.key).toBeLessThanOrEqual(W - 4);
  });
  it('fits its legend in two lines', () => {
    const items = legendLayout(s.legendY);
    for (const it of items) expect(it.right, it.label).toBeLessThanOrEqual(W - 4);
  });
  it('links a public mark to its private counterpart, each first in its row so the link runs clear of other labels', () => {
    expect(s.links.map((x) => x.voice)).toEqual(voices.filter((v) => v.private && !v.privateOnly && !v.range).map((v) => v.id));
    const firstX = Math.min(...s.marks.map((m) => m.cx));
    for (const link of s.links) {
      expect(link.from.x, link.voice).toBe(firstX);
      expect(link.to.x, link.voice).toBe(firstX);
    }
  });
  it('is short and wide: it fits a phone’s sticky box (360 × about 330 px) with room for the panel', () => {
    expect(s.legendY[1] + 5).toBeLessThanOrEqual(230);
  });
});

describe('layoutWeek', () => {
  const w = l.week;
  it('has a row for each day of the week, in order, and every event once, on its day', () => {
    expect(w.days.map((d) => d.date)[0]).toBe(week.from);
    expect(w.days.map((d) => d.date).at(-1)).toBe(week.to);
    for (const e of events) {
      const chips = w.chips.filter((c) => c.id === e.id);
      expect(chips, e.id).toHaveLength(1);
      const day = w.days.find((d) => d.date === e.date)!;
      expect(chips[0]!.y).toBeGreaterThanOrEqual(day.y);
      expect(chips[0]!.y + chips[0]!.h).toBeLessThanOrEqual(day.y + day.h);
    }
  });
  it('never overlaps chips, nor a chip and its day label, and keeps chips inside the picture', () => {
    w.chips.forEach((a, i) => w.chips.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false)));
    for (const c of w.chips) {
      expect(c.x + c.w, c.id).toBeLessThanOrEqual(W - 2);
      expect(c.labelX + textWidth(c.label, FONT.chip, true), c.id).toBeLessThanOrEqual(c.x + c.w);
      const day = w.days.find((d) => d.y <= c.y && c.y < d.y + d.h)!;
      expect(c.x, c.id).toBeGreaterThan(4 + textWidth(dayLabel(day.date), FONT.day, true));
    }
  });
  it('draws the publication line below the day of the report, above the days after it', () => {
    const pub = w.days.find((d) => d.date === week.published)!;
    expect(w.publishedY).toBe(pub.y + pub.h);
    for (const d of w.days) expect(d.after).toBe(d.date > week.published);
  });
});
