/**
 * Build-time geometry of the debate (viewBox units), on two artboards drawn from the same data;
 * CSS shows one (Visual.astro). Three views share the SVG:
 *
 * spectrum  three columns, talk now | not now | fight on; one row per person or body the text
 *           names (in the order the text introduces them), and one quiet row, "Unnamed", for the
 *           unnamed officials. A public position is a filled dot; a view the text says is held
 *           privately is a hollow dot joined to it by a line; Singh, whose words support two
 *           readings, is a bar from talk now to not now. Colour is the stance, nothing else.
 * week      Nov 8–16, 2022 as a timeline: a dot per event stacked on its day, the days after the
 *           report shaded, one event named per state.
 * ankara    the Burns–Naryshkin meeting of Nov 14 as a diagram that chapter 03 builds up: the
 *           meeting, then Burns's messages, then Kyiv told in advance.
 *
 * wide:     480 units, 11-unit text (desktop: the SVG is at most 36rem, about 1.35× its units).
 * compact:  324 units, 12.4-unit text (phones: 324 px wide at 360 px, so 12.4 px and up); no key.
 */
import { events, voice, weekDays, type Band, type Voice } from './model';
import { textWidth } from '../kit/text-metrics';
import type { ArtboardName } from '../kit/artboards';

export interface Artboard {
  name: ArtboardName;
  /** viewBox width. */
  W: number;
  /** The one text size (viewBox units). */
  font: number;
  /** Width of the row names' column. */
  nameW: number;
  rowH: number;
  dotR: number;
  /** Draw the key (hollow: held privately; bar: both readings). Phones leave it out for height: the
   * notes of the states that bring in a hollow mark or the bar say what it means. */
  legend: boolean;
}

export const ARTBOARDS: Record<ArtboardName, Artboard> = {
  wide: { name: 'wide', W: 480, font: 11, nameW: 120, rowH: 22, dotR: 5.5, legend: true },
  compact: { name: 'compact', W: 324, font: 12.4, nameW: 92, rowH: 16.5, dotR: 4.6, legend: false },
};

/** The named rows, in the order the text introduces them (¶1, ¶8, ¶9, ¶17, ¶22, ¶23). */
export const NAMED = ['milley', 'zaluzhnyy', 'biden', 'hodges', 'singh', 'state', 'sullivan', 'nsc'] as const;
/** The rows of the first passage (chapter 01 ¶1): the two generals. */
export const PAIR: readonly string[] = ['milley', 'zaluzhnyy'];
/** The quiet row: every unnamed official the text places (our grouping, named "Unnamed" on the figure). */
export const UNNAMED = ['others', 'second-official', 'military', 'those-officials', 'nsc-aides', 'some-senior', 'admin-official'] as const;
export const COLUMNS: readonly { band: Band; label: string }[] = [
  { band: 'talk', label: 'Talk now' },
  { band: 'not', label: 'Not now' },
  { band: 'fight', label: 'Fight on' },
];
export const LEGEND = { private: 'held privately', span: 'both readings (ours)' } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** A text's box from its anchor point (baseline), size and anchor. */
export function textBox(text: string, x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Box {
  const w = textWidth(text, size, bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x: left, y: y - 0.8 * size, w, h: 1.05 * size };
}

export interface Label {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}
function label(text: string, x: number, y: number, size: number, anchor: Label['anchor'] = 'start', bold = false): Label {
  return { text, x, y, anchor, box: textBox(text, x, y, size, anchor, bold) };
}

// ---------------------------------------------------------------- spectrum

export interface Mark {
  /** Voice id; `<voice>-private` for a privately held view. */
  id: string;
  voice: string;
  band: Band;
  /** The row it sits in: a NAMED voice id, or 'unnamed'. */
  row: string;
  x: number;
  y: number;
  private: boolean;
  /** Singh's bar: it runs from x to x2. */
  x2?: number;
}
export interface Row {
  id: string;
  y: number;
  name: Label;
}
export interface Spectrum {
  columns: (Label & { band: Band; cx: number })[];
  rows: Row[];
  marks: Mark[];
  /** A public mark joined to its private one: voice id, from public x to private x. */
  links: { voice: string; x1: number; x2: number; y: number }[];
  /** The names under the unnamed row, one per member (shown when the state highlights it). */
  memberLabels: (Label & { voice: string })[];
  legend: { kind: 'private' | 'span'; x: number; y: number; label: Label }[];
  /** Vertical extent of the columns' guides. */
  top: number;
  rowsBottom: number;
  height: number;
}

function columnX(a: Artboard, band: Band): number {
  const i = COLUMNS.findIndex((c) => c.band === band);
  const colW = (a.W - a.nameW - 4) / COLUMNS.length;
  return a.nameW + colW * (i + 0.5);
}

/** Mark ids a voice draws: public (or the only mark), and private when the text reports one. */
function marksOf(v: Voice, row: string, y: number, a: Artboard, dx = 0): Mark[] {
  if (v.band === null) throw new Error(`debate: ${v.id} is not placed`);
  if (v.id === 'singh' && v.range) {
    return [{ id: v.id, voice: v.id, band: v.band, row, x: columnX(a, v.range[0]), x2: columnX(a, v.range[1]), y, private: false }];
  }
  const out: Mark[] = [{ id: v.id, voice: v.id, band: v.band, row, x: columnX(a, v.band) + dx, y, private: Boolean(v.privateOnly) }];
  if (v.private && !v.privateOnly) out.push({ id: `${v.id}-private`, voice: v.id, band: v.private, row, x: columnX(a, v.private) + dx, y, private: true });
  return out;
}

export function layoutSpectrum(a: Artboard = ARTBOARDS.wide): Spectrum {
  const f = a.font;
  const top = f + 6;
  const columns = COLUMNS.map((c) => ({ ...label(c.label, columnX(a, c.band), f, f, 'middle', true), band: c.band, cx: columnX(a, c.band) }));
  const rows: Row[] = [];
  const marks: Mark[] = [];
  NAMED.forEach((id, i) => {
    const y = top + a.rowH * (i + 0.5);
    rows.push({ id, y, name: label(voice(id).short, 4, y + 0.35 * f, f) });
    marks.push(...marksOf(voice(id), id, y, a));
  });
  const uy = top + a.rowH * (NAMED.length + 0.5);
  rows.push({ id: 'unnamed', y: uy, name: label('Unnamed', 4, uy + 0.35 * f, f) });
  // Unnamed officials: side by side in their column, centred on it.
  const step = 2 * a.dotR + 3;
  const memberLabels: Spectrum['memberLabels'] = [];
  const labelY = uy + a.rowH * 0.5 + f;
  for (const col of COLUMNS) {
    const here = UNNAMED.map((id) => voice(id)).filter((v) => v.band === col.band);
    here.forEach((v, i) => {
      const dx = (i - (here.length - 1) / 2) * step;
      marks.push(...marksOf(v, 'unnamed', uy, a, dx));
      const x = Math.min(Math.max(columnX(a, col.band) + dx, a.nameW), a.W - 2);
      const l = label(v.short, x, labelY, f, 'middle');
      // Keep the name inside the picture.
      const shift = Math.max(0, 2 - l.box.x) - Math.max(0, l.box.x + l.box.w - (a.W - 2));
      memberLabels.push({ ...label(v.short, x + shift, labelY, f, 'middle'), voice: v.id });
    });
  }
  const links = marks
    .filter((m) => m.private && m.id.endsWith('-private'))
    .map((m) => ({ voice: m.voice, x1: marks.find((p) => p.id === m.voice)!.x, x2: m.x, y: m.y }));
  const rowsBottom = top + a.rowH * (NAMED.length + 1);
  const legendY = labelY + f + 6;
  const privX = 4;
  const privLabel = label(LEGEND.private, privX + 2 * a.dotR + 4, legendY, f);
  const spanX = privLabel.box.x + privLabel.box.w + 14;
  const spanLabel = label(LEGEND.span, spanX + 22, legendY, f);
  const legend: Spectrum['legend'] = a.legend
    ? [
        { kind: 'private', x: privX, y: legendY - 0.35 * f, label: privLabel },
        { kind: 'span', x: spanX, y: legendY - 0.35 * f, label: spanLabel },
      ]
    : [];
  const bottom = a.legend ? legendY : labelY;
  return { columns, rows, marks, links, memberLabels, legend, top, rowsBottom, height: Math.ceil(bottom + 0.3 * f + 2) };
}

// ---------------------------------------------------------------- week

export interface WeekDot {
  id: string;
  x: number;
  y: number;
  after: boolean;
}
export interface Week {
  title: Label;
  afterLabel: Label;
  days: Label[];
  dots: WeekDot[];
  /** The name of each event, above its day's stack; a state shows one. */
  names: (Label & { event: string })[];
  axisY: number;
  /** Top of the dots' area (below the names' lane): the shading and the report's line start here. */
  dotsTop: number;
  /** x where the days after the report begin; x of the report's day. */
  afterX: number;
  publishedX: number;
  top: number;
  height: number;
}

export function layoutWeek(published: string, a: Artboard = ARTBOARDS.wide): Week {
  const f = a.font;
  const days = weekDays();
  const dayW = (a.W - 8) / days.length;
  const dayX = (iso: string): number => 4 + dayW * (days.indexOf(iso) + 0.5);
  const gap = 2 * a.dotR + 4;
  const maxStack = Math.max(...days.map((d) => events.filter((e) => e.date === d).length));
  const top = f + 6;
  const nameY = top + f + 4;
  const axisY = nameY + 8 + maxStack * gap + a.dotR;
  const dots: WeekDot[] = [];
  for (const d of days) {
    events.filter((e) => e.date === d).forEach((e, i) => dots.push({ id: e.id, x: dayX(d), y: axisY - a.dotR - 4 - i * gap, after: e.after }));
  }
  const names = events.map((e) => {
    const x = dayX(e.date);
    const w = textWidth(e.short, f, true);
    const cx = Math.min(Math.max(x, 2 + w / 2), a.W - 2 - w / 2);
    return { ...label(e.short, cx, nameY, f, 'middle', true), event: e.id };
  });
  const month = `${'Nov'} ${Number(days[0]!.slice(8))}–${Number(days.at(-1)!.slice(8))}, ${days[0]!.slice(0, 4)}`;
  const pi = days.indexOf(published);
  return {
    title: label(month, 4, f, f, 'start', true),
    afterLabel: label('Shaded: after the report', a.W - 4, f, f, 'end'),
    days: days.map((d) => label(String(Number(d.slice(8))), dayX(d), axisY + f + 4, f, 'middle')),
    dots,
    names,
    axisY,
    dotsTop: nameY + 0.3 * f + 3,
    afterX: 4 + dayW * (pi + 1),
    publishedX: dayX(published),
    top,
    height: Math.ceil(axisY + f + 8),
  };
}

// ---------------------------------------------------------------- ankara

export interface Ankara {
  /** Dots: Burns, Ankara, Naryshkin, Kyiv. */
  nodes: { id: 'burns' | 'ankara' | 'naryshkin' | 'kyiv'; x: number; y: number }[];
  meetY: number;
  labels: { part: 'meeting' | 'message' | 'kyiv'; label: Label }[];
  /** Burns's bracket down to his messages: from the meeting line to the last message. */
  bracket: { x: number; y1: number; y2: number; ticks: number[] };
  height: number;
}

export function layoutAnkara(a: Artboard = ARTBOARDS.wide): Ankara {
  const f = a.font;
  const lh = 1.45 * f;
  const bx = 0.06 * a.W + a.dotR;
  const nx = a.W - bx;
  const cx = a.W / 2;
  const kyivY = f;
  const meetY = kyivY + 3.2 * lh;
  const msgY = meetY + 3.6 * lh;
  const labels: Ankara['labels'] = [
    { part: 'kyiv', label: label('Kyiv: told in advance', bx + a.dotR + 6, kyivY + 0.35 * f, f) },
    { part: 'meeting', label: label('Burns, CIA', bx + a.dotR + 4, meetY - a.dotR - 5, f, 'start', true) },
    { part: 'meeting', label: label('Naryshkin, SVR', nx - a.dotR - 4, meetY - a.dotR - 5, f, 'end', true) },
    { part: 'meeting', label: label('Ankara, Nov 14', cx, meetY + a.dotR + f + 3, f, 'middle') },
    { part: 'meeting', label: label('No negotiation, the White House says', cx, meetY + a.dotR + f + 3 + lh, f, 'middle') },
    { part: 'message', label: label('Burns’s message, per the White House:', bx + 10, msgY, f, 'start', true) },
    { part: 'message', label: label('the consequences of nuclear use', bx + 10, msgY + lh, f) },
    { part: 'message', label: label('Americans unjustly detained', bx + 10, msgY + 2 * lh, f) },
  ];
  return {
    nodes: [
      { id: 'burns', x: bx, y: meetY },
      { id: 'ankara', x: cx, y: meetY },
      { id: 'naryshkin', x: nx, y: meetY },
      { id: 'kyiv', x: bx, y: kyivY },
    ],
    meetY,
    labels,
    bracket: { x: bx, y1: meetY + a.dotR, y2: msgY + 2 * lh - 0.35 * f, ticks: [msgY + lh - 0.35 * f, msgY + 2 * lh - 0.35 * f] },
    height: Math.ceil(msgY + 2 * lh + 0.3 * f + 2),
  };
}
