/**
 * Build-time layout of the debate's SVG (viewBox units), on two artboards drawn from the same
 * data; CSS shows one (Visual.astro):
 *
 * wide:     360 units wide; the desktop column (capped at 34rem, so its text is about 1.5× its
 *           size in units). The layout this figure always had.
 * compact:  305 units wide with 10.3-unit text, for the phone's sticky box (46svh, full width):
 *           at 360 px the SVG is about 342 px wide, so its smallest text is about 11.5 px. No
 *           explanation beside each row's heading (it would not fit at that size); the rows'
 *           meanings are in every voice's card ("Talk now", "Between talk now and not now", …)
 *           and in the notes (BAND_MEANING), and the compact row headings carry them for screen
 *           readers and open their meaning in the panel when tapped. The legend leaves out the
 *           "not placed" square (the squares sit under the "Not placed" heading). The week packs
 *           its chips tighter, labels days by date alone ("14"; the month heads the week, every
 *           card gives the full date) and drops bold on the highlighted chip (its fill marks it).
 *
 * spectrum: rows top to bottom: talk now, both readings, not now, fight on, not placed. In a row,
 *           voices are packed left to right in the order of their institution (colour) and wrap;
 *           position inside a row means nothing. A short, wide picture: it fits a phone's box.
 * week:     one row per day, 8–16 Nov, events as labelled chips that wrap within their day.
 */
import { LANES, events, voices, weekDays, type Band, type Lane, type Voice } from './model';
import { dayOfWeek } from '../kit/dates';
import { textWidth } from '../kit/text-metrics';
import type { ArtboardName } from '../kit/artboards';

export interface Artboard {
  name: ArtboardName;
  /** viewBox width. */
  W: number;
  font: { label: number; head: number; note: number; header: number; chip: number; day: number; legend: number; after: number };
  /** Draw the explanation beside each row heading. */
  notes: boolean;
  /** Height of a line of voices; of a row heading. */
  rowH: number;
  headH: number;
  /** Height of a legend line; how many lines the legend may take. */
  legendLineH: number;
  legendLines: number;
  dayRowH: number;
  chipH: number;
  chipPad: number;
  itemGap: number;
  /** Highlighted chips are bold (measured bold, then). */
  boldChip: boolean;
  /** Day labels: "Tue 8", or the date alone ("8"; the month heads the week, each card gives the full date). */
  weekday: boolean;
  /** Height of the week's heading line. */
  headerH: number;
}

export const ARTBOARDS: Record<ArtboardName, Artboard> = {
  wide: {
    name: 'wide',
    W: 360,
    font: { label: 10, head: 10, note: 8.5, header: 11, chip: 9.5, day: 10, legend: 8.5, after: 9 },
    notes: true,
    rowH: 16,
    headH: 12,
    legendLineH: 11,
    legendLines: 2,
    dayRowH: 18,
    chipH: 14,
    chipPad: 4,
    itemGap: 7,
    boldChip: true,
    weekday: true,
    headerH: 20,
  },
  compact: {
    name: 'compact',
    W: 305,
    font: { label: 10.3, head: 10.3, note: 10.3, header: 11, chip: 10.3, day: 10.3, legend: 10.3, after: 10.3 },
    notes: false,
    rowH: 14,
    headH: 12,
    legendLineH: 12,
    legendLines: 2,
    dayRowH: 15,
    chipH: 13,
    chipPad: 3,
    itemGap: 5,
    boldChip: false,
    weekday: false,
    headerH: 18,
  },
};

/** The wide artboard's width and sizes (the desktop picture). */
export const W = ARTBOARDS.wide.W;
export const FONT = ARTBOARDS.wide.font;
const PAD_X = 4;
const DOT_R = 4.5;
const CELL_PAD = 5;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The spectrum's rows, top to bottom: three stances, a row for voices the text supports two
 * readings of, and a row for voices we do not place. */
export type RowKey = Band | 'both' | 'none';
export const ROWS: readonly { key: RowKey; label: string; note: string }[] = [
  { key: 'talk', label: 'Talk now', note: 'now, or the winter, is a time to talk' },
  { key: 'both', label: 'Both readings', note: 'the text supports talk now and not now' },
  { key: 'not', label: 'Not now', note: 'not on the table; Russia not serious' },
  { key: 'fight', label: 'Fight on', note: 'push on before any talks' },
  { key: 'none', label: 'Not placed', note: 'they describe the debate, or carry a message' },
];

export interface VoiceMark {
  /** Mark id: the voice id, or `<voice>-private` for a privately held view. */
  id: string;
  voice: string;
  lane: Lane;
  row: RowKey;
  /** Drawn hollow: a view the text says is held privately. */
  private: boolean;
  cx: number;
  cy: number;
  label: string;
  labelX: number;
  labelY: number;
  box: Box;
}

export interface RowBox {
  key: RowKey;
  label: string;
  note: string;
  /** Baseline of the row's heading. */
  headY: number;
  y: number;
  h: number;
}

export interface Spectrum {
  rows: RowBox[];
  marks: VoiceMark[];
  /** Public → private links: from a public mark to its private counterpart. */
  links: { voice: string; from: { x: number; y: number }; to: { x: number; y: number } }[];
  bottom: number;
  /** Baselines of the legend's lines. */
  legendY: number[];
}

interface Item {
  id: string;
  voice: Voice;
  row: RowKey;
  private: boolean;
  label: string;
  w: number;
}

function rowOf(v: Voice): RowKey {
  if (v.band === null) return 'none';
  if (v.range) return 'both';
  return v.band;
}

/** Packs widths into rows of at most `max`; returns [row, x-offset] per item. */
function pack(widths: number[], max: number, gap: number): [number, number][] {
  const out: [number, number][] = [];
  let row = 0;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > max) {
      row += 1;
      x = 0;
    }
    out.push([row, x]);
    x += w + gap;
  }
  return out;
}

export function layoutSpectrum(a: Artboard = ARTBOARDS.wide): Spectrum {
  const { W, rowH: ROW_H, headH: HEAD_H } = a;
  // Items in lane order, so that each row reads White House → … → outside Washington.
  const items: Item[] = [];
  const ordered = [...voices].sort((a, b) => LANES.indexOf(a.lane) - LANES.indexOf(b.lane));
  for (const v of ordered) {
    const w = (label: string): number => 2 * DOT_R + 4 + textWidth(label, a.font.label, true);
    items.push({ id: v.id, voice: v, row: rowOf(v), private: Boolean(v.privateOnly), label: v.short, w: w(v.short) });
    if (v.private && !v.privateOnly && !v.range) {
      items.push({ id: `${v.id}-private`, voice: v, row: v.private, private: true, label: v.short, w: w(v.short) });
    }
  }
  const marks: VoiceMark[] = [];
  const rows: RowBox[] = [];
  let y = 2;
  for (const row of ROWS) {
    const members = items.filter((it) => it.row === row.key);
    if (members.length === 0) continue;
    const top = y;
    const headY = y + HEAD_H - 3;
    y += HEAD_H;
    const placed = pack(members.map((m) => m.w), W - 2 * PAD_X - 2 * CELL_PAD, a.itemGap);
    const count = Math.max(...placed.map(([r]) => r)) + 1;
    members.forEach((it, i) => {
      const [r, dx] = placed[i]!;
      const x = PAD_X + CELL_PAD + dx;
      const cy = y + r * ROW_H + ROW_H / 2;
      marks.push({
        id: it.id, voice: it.voice.id, lane: it.voice.lane, row: row.key, private: it.private, cx: x + DOT_R, cy, label: it.label,
        labelX: x + 2 * DOT_R + 4, labelY: cy + 0.35 * a.font.label, box: { x: x - 2, y: cy - ROW_H / 2, w: it.w + 4, h: ROW_H },
      });
    });
    y += count * ROW_H;
    rows.push({ key: row.key, label: row.label, note: row.note, headY, y: top, h: y - top });
    y += 2;
  }
  const links: Spectrum['links'] = [];
  for (const m of marks) {
    if (!m.private || m.id === m.voice) continue;
    const pub = marks.find((p) => p.id === m.voice);
    if (pub) links.push({ voice: m.voice, from: { x: pub.cx, y: pub.cy }, to: { x: m.cx, y: m.cy } });
  }
  const legendY = Array.from({ length: a.legendLines }, (_, i) => y + a.legendLineH - 2 + i * a.legendLineH);
  return { rows, marks, links, bottom: y, legendY };
}

// ---------------------------------------------------------------- week


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

/** A day's label on an artboard. */
export function dayText(iso: string, a: Artboard): string {
  return a.weekday ? dayOfWeek(iso) : String(Number(iso.slice(8, 10)));
}

export function layoutWeek(published: string, a: Artboard = ARTBOARDS.wide): Week {
  const { W, chipH: CHIP_H, chipPad: CHIP_PAD, dayRowH: DAY_ROW_H, headerH: HEADER_H } = a;
  const days: DayRow[] = [];
  const chips: Chip[] = [];
  let y = HEADER_H + 2;
  let publishedY = y;
  const dayGutter = PAD_X + Math.ceil(Math.max(...weekDays().map((d) => textWidth(dayText(d, a), a.font.day, true)))) + 6;
  for (const date of weekDays()) {
    const todays = events.filter((e) => e.date === date);
    // Measured bold where a highlighted chip's label is bold.
    const widths = todays.map((e) => textWidth(e.short, a.font.chip, a.boldChip) + 2 * CHIP_PAD);
    const placed = pack(widths, W - PAD_X - dayGutter, a.itemGap);
    const rows = todays.length ? Math.max(...placed.map(([r]) => r)) + 1 : 1;
    todays.forEach((e, i) => {
      const [r, dx] = placed[i]!;
      const x = dayGutter + dx;
      const cy = y + r * DAY_ROW_H + DAY_ROW_H / 2;
      chips.push({
        id: e.id, x, y: cy - CHIP_H / 2, w: widths[i]!, h: CHIP_H, label: e.short, labelX: x + CHIP_PAD, labelY: cy + Math.round(3.5 * a.font.chip) / 10,
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
  artboard: Artboard;
  spectrum: Spectrum;
  week: Week;
  height: number;
}

export function layout(published: string, artboard: Artboard = ARTBOARDS.wide): Layout {
  const spectrum = layoutSpectrum(artboard);
  const week = layoutWeek(published, artboard);
  const height = Math.ceil(Math.max(spectrum.legendY.at(-1)! + 5, week.bottom + 4));
  return { artboard, spectrum, week, height };
}
