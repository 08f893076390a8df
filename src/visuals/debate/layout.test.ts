import { describe, expect, it } from 'vitest';
import { ARTBOARDS, COLUMNS, NAMED, PAIR, UNNAMED, layoutAnkara, layoutSpectrum, layoutWeek, type Artboard, type Box } from './layout';
import { events, voice, voices, week } from './model';
import { STATE_NAMES, stateDef } from './states';

const boards = Object.values(ARTBOARDS);
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const dotBox = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });

/** Every text box and every mark box the figure shows in a state on an artboard. */
function drawn(state: string, a: Artboard): { texts: { text: string; box: Box }[]; marks: { id: string; box: Box }[]; height: number } {
  const d = stateDef(state);
  if (d.view === 'spectrum') {
    const s = layoutSpectrum(a);
    const rows = s.rows.filter((r) => d.rows !== 'pair' || PAIR.includes(r.id));
    const marks = s.marks
      .filter((m) => rows.some((r) => r.id === m.row))
      .filter((m) => !(m.id.endsWith('-private') || voice(m.voice).privateOnly) || (d.privates ?? []).includes(m.voice))
      .map((m) => ({ id: m.id, box: m.x2 === undefined ? dotBox(m.x, m.y, a.dotR) : { x: m.x - 3, y: m.y - 3, w: m.x2 - m.x + 6, h: 6 } }));
    const texts = [
      ...s.columns,
      ...rows.map((r) => r.name),
      ...s.memberLabels.filter((l) => d.focus.includes(l.voice)),
      ...s.legend.map((l) => l.label),
    ].map((l) => ({ text: l.text, box: l.box }));
    return { texts, marks, height: s.height };
  }
  if (d.view === 'week') {
    const w = layoutWeek(week.published, a);
    const texts = [w.title, w.afterLabel, ...w.days, ...w.names.filter((n) => n.event === d.named)].map((l) => ({ text: l.text, box: l.box }));
    return { texts, marks: w.dots.map((x) => ({ id: x.id, box: dotBox(x.x, x.y, a.dotR) })), height: w.height };
  }
  const k = layoutAnkara(a);
  const texts = k.labels.filter((l) => (d.parts ?? []).includes(l.part)).map((l) => ({ text: l.label.text, box: l.label.box }));
  const marks = k.nodes.filter((x) => x.id !== 'kyiv' || (d.parts ?? []).includes('kyiv')).map((x) => ({ id: x.id, box: dotBox(x.x, x.y, a.dotR + 1.5) }));
  // The meeting line and Burns's bracket are marks too: no text may cross them.
  const line = { id: 'line', box: { x: k.nodes[0]!.x, y: k.meetY - 0.7, w: k.nodes[2]!.x - k.nodes[0]!.x, h: 1.4 } };
  const bracket = (d.parts ?? []).includes('message') ? [{ id: 'bracket', box: { x: k.bracket.x - 0.7, y: k.bracket.y1, w: 7, h: k.bracket.y2 - k.bracket.y1 } }] : [];
  return { texts, marks: [...marks, line, ...bracket], height: k.height };
}

describe('the spectrum', () => {
  const s = layoutSpectrum();
  it('has a row per named person or body, in the order the text introduces them, then one row for the unnamed', () => {
    expect(s.rows.map((r) => r.id)).toEqual([...NAMED, 'unnamed']);
  });
  it('draws every named and unnamed voice once in public (or once, if known only privately), in its stance’s column', () => {
    for (const id of [...NAMED, ...UNNAMED]) {
      const v = voice(id);
      const pub = s.marks.filter((m) => m.id === id);
      expect(pub, id).toHaveLength(1);
      const col = s.columns.find((c) => c.band === (v.id === 'singh' && v.range ? v.range[0] : v.band))!;
      expect(Math.abs(pub[0]!.x - col.cx), id).toBeLessThan(2 * 6 * ARTBOARDS.wide.dotR);
    }
  });
  it('draws a private mark where the text reports one, in its own column, and joins it to the public mark', () => {
    for (const v of voices.filter((x) => x.private && !x.privateOnly && [...NAMED].includes(x.id as never))) {
      if (v.id === 'singh') continue;
      const priv = s.marks.find((m) => m.id === `${v.id}-private`)!;
      expect(priv.band).toBe(v.private);
      expect(s.links.find((l) => l.voice === v.id)).toMatchObject({ x2: priv.x });
    }
  });
  it('draws Singh, whose words support two readings, as a bar from talk now to not now', () => {
    const singh = s.marks.find((m) => m.id === 'singh')!;
    expect(singh.x).toBeCloseTo(s.columns[0]!.cx);
    expect(singh.x2).toBeCloseTo(s.columns[1]!.cx);
  });
  it('has one column per stance', () => {
    expect(s.columns.map((c) => c.band)).toEqual(COLUMNS.map((c) => c.band));
  });
});

describe('the week', () => {
  const w = layoutWeek(week.published);
  it('draws every event once, on its day, and the days in order', () => {
    expect(w.dots.map((d) => d.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(w.days.map((d) => d.text)).toEqual(['8', '9', '10', '11', '12', '13', '14', '15', '16']);
    for (const e of events) expect(w.dots.find((d) => d.id === e.id)!.x).toBeCloseTo(w.days[Number(e.date.slice(8)) - 8]!.x);
  });
  it('shades only the days after the report', () => {
    expect(w.afterX).toBeGreaterThan(w.publishedX);
    for (const d of w.dots) expect(d.x > w.afterX, d.id).toBe(d.after);
  });
  it('titles the week in US style', () => {
    expect(w.title.text).toBe('Nov 8–16, 2022');
  });
});

describe.each(boards)('every state on the $name artboard', (a) => {
  it.each(STATE_NAMES)('%s: no two texts overlap, no text crosses a mark, everything inside the picture', (state) => {
    const { texts, marks, height } = drawn(state, a);
    expect(texts.length).toBeGreaterThan(0);
    for (const [i, t] of texts.entries()) {
      expect(t.box.x, `${t.text} left`).toBeGreaterThanOrEqual(0);
      expect(t.box.x + t.box.w, `${t.text} right`).toBeLessThanOrEqual(a.W);
      expect(t.box.y, `${t.text} top`).toBeGreaterThanOrEqual(0);
      expect(t.box.y + t.box.h, `${t.text} bottom`).toBeLessThanOrEqual(height);
      for (const u of texts.slice(i + 1)) expect(overlap(t.box, u.box), `“${t.text}” / “${u.text}”`).toBe(false);
      for (const m of marks) expect(overlap(t.box, m.box), `“${t.text}” crosses ${m.id}`).toBe(false);
    }
  });
});

describe('sizes', () => {
  it('draws every text at 12 px or more on a 360 px phone (the compact SVG is about 324 px wide there)', () => {
    expect(ARTBOARDS.compact.font * (324 / ARTBOARDS.compact.W)).toBeGreaterThanOrEqual(12);
  });
  it('fits the phone’s sticky box (about 300 px at 360 × 740, with the note and source line): at most 190 units tall', () => {
    const a = ARTBOARDS.compact;
    for (const h of [layoutSpectrum(a).height, layoutWeek(week.published, a).height, layoutAnkara(a).height]) expect(h).toBeLessThanOrEqual(190);
  });
});
