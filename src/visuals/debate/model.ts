/**
 * The debate's data, joined: voices and their placements (content/data/context/debate.json),
 * the week's events with their sources (timeline.json). Sources are named through src/lib/sources.ts.
 * Pure and synchronous; used at build by Visual.astro/Notes.astro.
 */
import { debateFile as debate, timelineFile as timeline } from '../../lib/data';

export type Band = 'talk' | 'not' | 'fight';
export type Lane = 'wh' | 'state' | 'pentagon' | 'unnamed' | 'outside' | 'unplaced';

export const BANDS: readonly Band[] = ['talk', 'not', 'fight'];
export const BAND_LABEL: Record<Band, string> = { talk: 'Talk now', not: 'Not now', fight: 'Fight on' };
export const LANES: readonly Lane[] = ['wh', 'state', 'pentagon', 'unnamed', 'outside', 'unplaced'];
export const LANE_LABEL = debate.lanes as Record<Lane, string>;
export const BAND_MEANING = debate.bands as Record<Band, string>;

export interface Quote {
  /** 1-based paragraph of our text. */
  p: number;
  /** said: the voice's own quoted words; text: how our text describes the voice. */
  kind: 'said' | 'text';
  words: string;
  /** Who says it, when not the voice itself. */
  by?: string;
  /** The text says this view is held privately. */
  private?: boolean;
}

export interface Voice {
  id: string;
  name: string;
  short: string;
  role: string;
  lane: Lane;
  /** Where the public position sits; null: not placed. */
  band: Band | null;
  /** A span when the text supports two readings. */
  range?: [Band, Band];
  /** Where a privately held view sits, when the text reports one. */
  private?: Band;
  /** The voice is known only by a privately held view. */
  privateOnly?: boolean;
  quotes: Quote[];
  why: string;
  flag?: string;
  /** text: placed by our text; source: placed by a cited source because the text gives no stance. */
  basis: 'text' | 'source';
  sources: string[];
}

export interface WeekEvent {
  id: string;
  date: string;
  short: string;
  /** Exact title in timeline.json. */
  title: string;
  summary: string;
  quote: { p: number; words: string } | null;
  flag?: string;
  sources: string[];
  /** After the report was published. */
  after: boolean;
}

export const voices: readonly Voice[] = debate.voices as Voice[];
export const week = debate.week;

const timelineByKey = new Map(timeline.events.map((e) => [`${e.date}|${e.title}`, e]));

export const events: readonly WeekEvent[] = debate.events.map((e) => {
  const t = timelineByKey.get(`${e.date}|${e.title}`);
  if (!t) throw new Error(`debate.json: event "${e.id}" (${e.date} "${e.title}") is not in timeline.json`);
  return {
    id: e.id,
    date: e.date,
    short: e.short,
    title: e.title,
    summary: t.summary,
    quote: e.quote,
    ...(e.flag ? { flag: e.flag } : {}),
    sources: t.source_ids,
    after: e.date > debate.week.published,
  };
});

export function voice(id: string): Voice {
  const v = voices.find((x) => x.id === id);
  if (!v) throw new Error(`debate: unknown voice ${id}`);
  return v;
}

export function event(id: string): WeekEvent {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`debate: unknown event ${id}`);
  return e;
}

/** Where a voice sits, in words. */
export function placementText(v: Voice): string {
  if (v.band === null) return 'Not placed';
  if (v.privateOnly) return `${BAND_LABEL[v.band]}, held privately`;
  if (v.range) return `Between ${BAND_LABEL[v.range[0]].toLowerCase()} and ${BAND_LABEL[v.range[1]].toLowerCase()}`;
  const priv = v.private ? `; privately, at times ${BAND_LABEL[v.private].toLowerCase()}` : '';
  return `${BAND_LABEL[v.band]}${priv}`;
}

/** The week's days, ISO dates from..to inclusive. */
export function weekDays(): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${week.from}T00:00:00Z`); t <= Date.parse(`${week.to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
