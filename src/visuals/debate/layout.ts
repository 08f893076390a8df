/**
 * Build-time layout of the debate's SVG (viewBox units). One layout serves every width: it is
 * drawn for a 360-unit-wide box (a phone at about 1:1), and the page caps its width on desktop.
 *
 * spectrum: three columns (talk now / not now / fight on) × lanes (who the voice is). Inside a
 *           cell, voices are packed left to right and wrap to a new row; position within a column
 *           means nothing. Spans (two readings) get a row of their own across the two columns.
 * week:     one row per day, 8–16 Nov, events as labelled chips that wrap within their day.
 */
import { BANDS, LANES, dayLabel, events, voices, weekDays, type Band, type Lane, type Voice } from './model';

export const W = 360;
const PAD_X = 4;
const HEADER_H = 20;
/** Lane labels sit on the lane's top rule; rows start just below. */
const LANE_LABEL_H = 5;
const ROW_H = 16;
const DOT_R = 4.5;
export const FONT = { label: 10, lane: 9, header: 11, chip: 9.5, day: 10, legend: 9 } as const;
const CELL_PAD = 5;
const ITEM_GAP = 7;

/** Approximate advance width of `text` at `size` (DejaVu Sans-like metrics, erring wide). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.33;
    else if ("il.,:;'|!’‘".includes(ch)) em += 0.3;
    else if ('ftrj()[]“”'.includes(ch)) em += 0.42;
    else if ('mw'.includes(ch)) em += 0.9;
    else if ('MW'.includes(ch)) em += 0.97;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else if ('–—'.includes(ch)) em += 0.8;
    else em += 0.6;
  }
  return em * size * (bold ? 1.1 : 1);
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PointMark {
  kind: 'point';
  /** Mark id: the voice id, or `<voice>-private` for a privately held view. */
  id: string;
  voice: string;
  band: Band;
  private: boolean;
  cx: number;
  cy: number;
  label: string;
  labelX: number;
  labelY: number;
  box: Box;
}
export interface RangeMark {
  kind: 'range';
  id: string;
  voice: string;
  x1: number;
  x2: number;
  cy: number;
  /** Which ends are held privately (drawn hollow). */
  privateEnd: Band | null;
  from: Band;
  to: Band;
  label: string;
  labelX: number;
  labelY: number;
  labelW: number;
  box: Box;
}
export interface UnplacedMark {
  kind: 'unplaced';
  id: string;
  voice: string;
  cx: number;
  cy: number;
  label: string;
  labelX: number;
  labelY: number;
  box: Box;
}
export type VoiceMark = PointMark | RangeMark | UnplacedMark;

export interface LaneBox {
  lane: Lane;
  y: number;
  h: number;
  labelY: number;
}

export interface Spectrum {
  bands: { band: Band; x: number; w: number; cx: number }[];
  lanes: LaneBox[];
  marks: VoiceMark[];
  /** Public → private links: from a public mark to its private counterpart. */
  links: { voice: string; from: { x: number; y: number }; to: { x: number; y: number } }[];
  top: number;
  bottom: number;
  legendY: number;
}

const bandW = (W - 2 * PAD_X) / BANDS.length;
const bandX = (b: Band): number => PAD_X + BANDS.indexOf(b) * bandW;

interface Item {
  id: string;
  voice: Voice;
  band: Band;
  private: boolean;
  label: string;
  w: number;
}

function itemOf(v: Voice, band: Band, priv: boolean): Item {
  const label = priv && !v.privateOnly ? `${v.short}, privately` : v.short;
  // Widths are measured bold: any label may be highlighted (bold) in some state.
  return { id: priv && !v.privateOnly ? `${v.id}-private` : v.id, voice: v, band, private: priv, label, w: 2 * DOT_R + 4 + textWidth(label, FONT.label, true) };
}

/** Packs widths into rows of at most `max`; returns [row, x-offset] per item. */
function pack(widths: number[], max: number): [number, number][] {
  const out: [number, number][] = [];
  let row = 0;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > max) {
      row += 1;
      x = 0;
    }
    out.push([row, x]);
    x += w + ITEM_GAP;
  }
  return out;
}

export function layoutSpectrum(): Spectrum {
  const marks: VoiceMark[] = [];
  const lanes: LaneBox[] = [];
  const links: Spectrum['links'] = [];
  let y = HEADER_H + 2;
  for (const lane of LANES) {
    const members = voices.filter((v) => v.lane === lane);
    if (members.length === 0) continue;
    const laneTop = y;
    const labelY = y + 3;
    y += LANE_LABEL_H;
    if (lane === 'unplaced') {
      const widths = members.map((v) => 10 + 4 + textWidth(v.short, FONT.label, true));
      const placed = pack(widths, W - 2 * PAD_X - 2 * CELL_PAD);
      const rows = Math.max(...placed.map(([r]) => r)) + 1;
      members.forEach((v, i) => {
        const [r, dx] = placed[i]!;
        const x = PAD_X + CELL_PAD + dx;
        const rowY = y + r * ROW_H;
        marks.push({
          kind: 'unplaced', id: v.id, voice: v.id, cx: x + 4, cy: rowY + ROW_H / 2, label: v.short,
          labelX: x + 12, labelY: rowY + ROW_H / 2 + 3.5, box: { x: x - 2, y: rowY, w: widths[i]! + 4, h: ROW_H },
        });
      });
      y += rows * ROW_H;
    } else {
      // Point voices (public marks and private marks) by band.
      const items: Item[] = [];
      for (const v of members) {
        if (v.band === null) continue;
        if (v.range) continue;
        items.push(itemOf(v, v.band, Boolean(v.privateOnly)));
        if (v.private && !v.privateOnly) items.push(itemOf(v, v.private, true));
      }
      let rows = 0;
      for (const band of BANDS) {
        const cell = items.filter((it) => it.band === band);
        const placed = pack(cell.map((c) => c.w), bandW - 2 * CELL_PAD);
        cell.forEach((it, i) => {
          const [r, dx] = placed[i]!;
          const x = bandX(band) + CELL_PAD + dx;
          const rowY = y + r * ROW_H;
          const cy = rowY + ROW_H / 2;
          marks.push({
            kind: 'point', id: it.id, voice: it.voice.id, band, private: it.private, cx: x + DOT_R, cy, label: it.label,
            labelX: x + 2 * DOT_R + 4, labelY: cy + 3.5, box: { x: x - 2, y: rowY, w: it.w + 4, h: ROW_H },
          });
          rows = Math.max(rows, r + 1);
        });
      }
      y += rows * ROW_H;
      // Spans: a row each, from the middle of the first column to the middle of the last.
      for (const v of members.filter((m) => m.range)) {
        const [from, to] = v.range!;
        const x1 = bandX(from) + bandW / 2;
        const x2 = bandX(to) + bandW / 2;
        const cy = y + ROW_H / 2;
        const labelW = textWidth(v.short, FONT.label, true) + 8;
        marks.push({
          kind: 'range', id: v.id, voice: v.id, x1, x2, cy, from, to, privateEnd: v.private && v.private !== v.band ? v.private : null,
          label: v.short, labelX: (x1 + x2) / 2, labelY: cy + 3.5, labelW, box: { x: x1 - DOT_R - 2, y, w: x2 - x1 + 2 * DOT_R + 4, h: ROW_H },
        });
        y += ROW_H;
      }
    }
    lanes.push({ lane, y: laneTop, h: y - laneTop, labelY });
    y += 3;
  }
  // Links from a public point to its private counterpart.
  for (const m of marks) {
    if (m.kind !== 'point' || !m.private) continue;
    const pub = marks.find((p) => p.kind === 'point' && p.id === m.voice);
    if (pub && pub.kind === 'point') links.push({ voice: m.voice, from: { x: pub.cx, y: pub.cy }, to: { x: m.cx, y: m.cy } });
  }
  const bottom = y;
  return {
    bands: BANDS.map((band) => ({ band, x: bandX(band), w: bandW, cx: bandX(band) + bandW / 2 })),
    lanes,
    marks,
    links,
    top: HEADER_H,
    bottom,
    legendY: bottom + 11,
  };
}

// ---------------------------------------------------------------- week

const CHIP_H = 14;
const CHIP_PAD = 4;
const DAY_ROW_H = 18;

export interface Chip {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  labelX: number;
  labelY: number;
  after: boolean;
  published: boolean;
}
export interface DayRow {
  date: string;
  y: number;
  h: number;
  after: boolean;
}
export interface Week {
  days: DayRow[];
  chips: Chip[];
  /** y of the line between the publication day and the days after it. */
  publishedY: number;
  top: number;
  bottom: number;
}

export function layoutWeek(published: string): Week {
  const days: DayRow[] = [];
  const chips: Chip[] = [];
  let y = HEADER_H + 2;
  let publishedY = y;
  const dayGutter = PAD_X + Math.ceil(Math.max(...weekDays().map((d) => textWidth(dayLabel(d), FONT.day, true)))) + 6;
  for (const date of weekDays()) {
    const todays = events.filter((e) => e.date === date);
    // Measured bold: a highlighted chip's label is bold.
    const widths = todays.map((e) => textWidth(e.short, FONT.chip, true) + 2 * CHIP_PAD);
    const placed = pack(widths, W - PAD_X - dayGutter);
    const rows = todays.length ? Math.max(...placed.map(([r]) => r)) + 1 : 1;
    todays.forEach((e, i) => {
      const [r, dx] = placed[i]!;
      const x = dayGutter + dx;
      const cy = y + r * DAY_ROW_H + DAY_ROW_H / 2;
      chips.push({
        id: e.id, x, y: cy - CHIP_H / 2, w: widths[i]!, h: CHIP_H, label: e.short, labelX: x + CHIP_PAD, labelY: cy + 3.3,
        after: e.after, published: e.id === 'politico',
      });
    });
    const h = rows * DAY_ROW_H;
    days.push({ date, y, h, after: date > published });
    y += h;
    if (date === published) publishedY = y;
  }
  return { days, chips, publishedY, top: HEADER_H, bottom: y };
}

export interface Layout {
  spectrum: Spectrum;
  week: Week;
  height: number;
}

export function layout(published: string): Layout {
  const spectrum = layoutSpectrum();
  const week = layoutWeek(published);
  const height = Math.ceil(Math.max(spectrum.legendY + 6, week.bottom + 4));
  return { spectrum, week, height };
}
