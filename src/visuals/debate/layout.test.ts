import { describe, expect, it } from 'vitest';
import { ARTBOARDS, FONT, W, dayText, layout, type Box } from './layout';
import { dayOfWeek } from '../kit/dates';
import { textWidth } from '../kit/text-metrics';
import { legendLayout } from './render';
import { events, voices, week } from './model';

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
    expect(s.legendY.at(-1)! + 5).toBeLessThanOrEqual(230);
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
      expect(c.x, c.id).toBeGreaterThan(4 + textWidth(dayOfWeek(day.date), FONT.day, true));
    }
  });
  it('draws the publication line below the day of the report, above the days after it', () => {
    const pub = w.days.find((d) => d.date === week.published)!;
    expect(w.publishedY).toBe(pub.y + pub.h);
    for (const d of w.days) expect(d.after).toBe(d.date > week.published);
  });
});

describe('the compact artboard (phones)', () => {
  const a = ARTBOARDS.compact;
  const c = layout(week.published, a);
  // At 360 px the SVG is about 342 px wide (the page's side padding): the scale of its text.
  const scale = 342 / a.W;
  it('draws every text at 11.5 px or more on a 360 px phone', () => {
    for (const [k, size] of Object.entries(a.font)) expect(size * scale, k).toBeGreaterThanOrEqual(11.5);
  });
  it('never overlaps two marks or two chips, and keeps labels and chips inside the picture', () => {
    c.spectrum.marks.forEach((m, i) =>
      c.spectrum.marks.slice(i + 1).forEach((b) => expect(overlaps(m.box, b.box), `${m.id} / ${b.id}`).toBe(false)),
    );
    for (const m of c.spectrum.marks) expect(m.labelX + textWidth(m.label, a.font.label, true), m.id).toBeLessThanOrEqual(a.W - 2);
    c.week.chips.forEach((x, i) => c.week.chips.slice(i + 1).forEach((y) => expect(overlaps(x, y), `${x.id} / ${y.id}`).toBe(false)));
    for (const ch of c.week.chips) {
      expect(ch.x + ch.w, ch.id).toBeLessThanOrEqual(a.W - 2);
      expect(ch.labelX + textWidth(ch.label, a.font.chip), ch.id).toBeLessThanOrEqual(ch.x + ch.w);
      const day = c.week.days.find((d) => d.y <= ch.y && ch.y < d.y + d.h)!;
      expect(ch.x, ch.id).toBeGreaterThan(4 + textWidth(dayText(day.date, a), a.font.day, true));
    }
  });
  it('fits its legend in its lines and every voice, event and day once', () => {
    for (const it of legendLayout(c.spectrum.legendY, a)) expect(it.right, it.label).toBeLessThanOrEqual(a.W - 4);
    expect(c.spectrum.marks).toHaveLength(l.spectrum.marks.length);
    expect(c.week.chips.map((x) => x.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(c.week.days).toHaveLength(l.week.days.length);
  });
  it('fits the phone’s sticky box (340 px at 360 × 740) with room for the panel: at most 250 px tall', () => {
    expect(c.height * scale).toBeLessThanOrEqual(250);
  });
});
