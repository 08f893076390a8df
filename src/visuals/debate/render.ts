/**
 * Renders the debate figure as an HTML string at build time (Visual.astro sets it with set:html;
 * the golden tests snapshot it), and the detail panel's cards (also used by client.ts).
 * Everything is escaped here; nothing is computed in the browser but which state is shown.
 */
import { ARTBOARDS, ROWS, dayText, layout, type Artboard, type Layout, type VoiceMark } from './layout';
import { renderArtboards, type ArtboardName } from '../kit/artboards';
import { dayOfWeek, shortDate, weekdayDate } from '../kit/dates';
import { escapeXml as esc } from '../kit/escape';
import { num as n } from '../kit/round';
import { textWidth } from '../kit/text-metrics';
import {
  BAND_LABEL,
  event,
  events,
  placementText,
  voice,
  voices,
  week,
  type Lane,
  type Voice,
  type WeekEvent,
} from './model';
import { citationHtml } from '../../lib/sources';
import { stateDef, type CardSpec, type View } from './states';


// ---------------------------------------------------------------- cards

function sourcesHtml(ids: string[]): string {
  const links = ids.map((id) => citationHtml(id));
  return `<p class="dc-src">Sources: ${links.join('; ')}</p>`;
}

/** Where a voice's (`v-<id>`) or event's (`e-<id>`) row in the notes is, as an href. */
export type RowHref = (anchor: string) => string;

/** Phones show a short card: this links to the full entry, with its sources, in the notes. */
function moreHtml(rowHref: RowHref, anchor: string): string {
  return `<p class="dc-more"><a href="${esc(rowHref(anchor))}">Why here, and sources</a></p>`;
}

function quoteHtml(v: Voice, i: number): string {
  const q = v.quotes[i];
  if (!q) throw new Error(`debate: voice ${v.id} has no quote ${i}`);
  const who = q.by ? `${q.by}:` : q.kind === 'said' ? 'In their words:' : 'Our text:';
  const priv = q.private ? ' <span class="dc-private">held privately</span>' : '';
  return `<p class="dc-q"><span class="dc-who">${esc(who)}</span> “${esc(q.words)}” <span class="dc-p">¶${q.p}</span>${priv}</p>`;
}

function bandClass(v: Voice): string {
  return v.band === null ? 'none' : v.range ? 'range' : v.privateOnly ? `${v.band} dc-band-private` : v.band;
}

export function voiceEntryHtml(id: string, quotes: number[], compact: boolean, rowHref: RowHref): string {
  const v = voice(id);
  return [
    `<div class="dc-entry" data-voice="${esc(v.id)}">`,
    `<p class="dc-head"><strong>${esc(v.name)}</strong> <span class="dc-role">${esc(v.role)}</span></p>`,
    `<p class="dc-place"><span class="dc-band dc-band-${bandClass(v)}">${esc(placementText(v))}</span>${v.basis === 'source' ? ' <span class="dc-basis">placed by a cited source</span>' : ''}</p>`,
    ...quotes.map((i) => quoteHtml(v, i)),
    v.flag ? `<p class="dc-flag">${esc(v.flag)}</p>` : '',
    compact ? '' : `<p class="dc-why">${esc(v.why)}</p>`,
    sourcesHtml(v.sources),
    moreHtml(rowHref, `v-${v.id}`),
    `</div>`,
  ].join('');
}

export function eventEntryHtml(id: string, rowHref: RowHref): string {
  const e = event(id);
  const quote = e.quote
    ? `<p class="dc-q"><span class="dc-who">Our text:</span> “${esc(e.quote.words)}” <span class="dc-p">¶${e.quote.p}</span></p>`
    : `<p class="dc-q"><span class="dc-who">Not in our text.</span></p>`;
  return [
    `<div class="dc-entry" data-event="${esc(e.id)}">`,
    `<p class="dc-head"><strong>${esc(e.title.replace(/'/g, '’'))}</strong> <span class="dc-role">${esc(weekdayDate(e.date))}${e.after ? ', after the report' : ''}</span></p>`,
    quote,
    e.flag ? `<p class="dc-flag">${esc(e.flag)}</p>` : '',
    `<p class="dc-why">${esc(e.summary)}</p>`,
    sourcesHtml(e.sources),
    moreHtml(rowHref, `e-${e.id}`),
    `</div>`,
  ].join('');
}

export function cardHtml(kicker: string, spec: CardSpec, rowHref: RowHref): string {
  let body: string;
  if (spec.kind === 'voices') body = spec.entries.map((e) => voiceEntryHtml(e.voice, e.quotes, spec.entries.length > 1, rowHref)).join('');
  else if (spec.kind === 'event') body = eventEntryHtml(spec.event, rowHref);
  else body = `<p class="dc-text">${esc(spec.text.replace('{voices}', String(voices.length)))}</p>`;
  return `<p class="dc-kicker">${esc(kicker)}</p>${body}`;
}

export function stateCardHtml(state: string, rowHref: RowHref): string {
  const def = stateDef(state);
  return cardHtml(def.label, def.card, rowHref);
}

/** The voice and event ids a set of states refers to (highlights and cards): what a chapter's notes list. */
export function idsOfStates(states: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const st of states) {
    const def = stateDef(st);
    for (const id of def.focus) ids.add(id.replace(/-private$/, ''));
    if (def.card.kind === 'voices') for (const e of def.card.entries) ids.add(e.voice);
    if (def.card.kind === 'event') ids.add(def.card.event);
  }
  return ids;
}

/** Placeholder for the notes prefix in cards built once for every chapter (debate-cards.json). */
export const NOTES_TOKEN = '__DEBATE_NOTES__';

/** Every mark's card, keyed by mark id, for src/pages/data/debate-cards.json.ts. */
export function allPickCards(): Record<string, string> {
  const ids = [...layout(week.published).spectrum.marks.map((m) => m.id), ...events.map((e) => e.id)];
  return Object.fromEntries(ids.map((id) => [id, pickCardHtml(id, (a) => `#${NOTES_TOKEN}-${a}`)]));
}

/** The card for a mark the reader picked: a voice (public or private mark) or an event. */
export function pickCardHtml(markId: string, rowHref: RowHref): string {
  const ev = events.find((e) => e.id === markId);
  if (ev) return cardHtml(dayLabelLong(ev), { kind: 'event', event: ev.id }, rowHref);
  const v = voice(markId.replace(/-private$/, ''));
  const all = v.quotes.map((_, i) => i);
  return cardHtml('Selected', { kind: 'voices', entries: [{ voice: v.id, quotes: all }] }, rowHref);
}
function dayLabelLong(e: WeekEvent): string {
  return `Selected: ${dayOfWeek(e.date).slice(0, 3)}, ${shortDate(e.date)}`;
}

// ---------------------------------------------------------------- svg

export interface FigureOptions {
  state: string;
  states: readonly string[];
  idPrefix: string;
  /** Prefix of the ids in this chapter's Notes.astro tables. */
  notesPrefix: string;
  /** Prefix of the notes holding the full tables (the first chapter showing the debate). */
  homePrefix: string;
  /** Ids this chapter's notes list; 'all' in the chapter that holds the full tables. */
  local: Set<string> | 'all';
}

/** A row's href: in this chapter's notes when listed there, else in the full tables. */
export function rowHrefOf(o: Pick<FigureOptions, 'notesPrefix' | 'homePrefix' | 'local'>): RowHref {
  return (anchor) => {
    const id = anchor.slice(2);
    return `#${o.local === 'all' || o.local.has(id) ? o.notesPrefix : o.homePrefix}-${anchor}`;
  };
}

function voiceAria(v: Voice, markPrivate: boolean): string {
  const q = v.quotes.find((x) => Boolean(x.private) === markPrivate) ?? v.quotes[0]!;
  const where = markPrivate && !v.privateOnly ? `Privately, as reported: ${BAND_LABEL[v.private!].toLowerCase()}` : placementText(v);
  return `${v.name}, ${v.role}. ${where}. “${q.words}” (paragraph ${q.p}).${v.flag ? ` ${v.flag}` : ''}`;
}

function markSvg(m: VoiceMark, on: Set<string>, rowHref: RowHref): string {
  const v = voice(m.voice);
  const cls = `dv-mark dv-lane-${m.lane}${m.private ? ' dv-priv' : ''}${m.row === 'none' ? ' dv-unplaced' : ''}${on.has(m.id) ? ' is-on' : ''}`;
  const href = rowHref(`v-${v.id}`);
  const hit = `<rect class="dv-hit" x="${n(m.box.x)}" y="${n(m.box.y + 1)}" width="${n(m.box.w)}" height="${n(m.box.h - 2)}" rx="3"/>`;
  const glyph =
    m.row === 'none'
      ? `<rect class="dv-dot" x="${n(m.cx - 4)}" y="${n(m.cy - 4)}" width="8" height="8"/>`
      : `<circle class="dv-dot" cx="${n(m.cx)}" cy="${n(m.cy)}" r="4.5"/>`;
  return `<a class="${cls}" data-id="${esc(m.id)}" href="${esc(href)}" aria-label="${esc(voiceAria(v, m.private))}">${hit}${glyph}<text class="dv-label" x="${n(m.labelX)}" y="${n(m.labelY)}">${esc(m.label)}</text></a>`;
}

/** The legend; the compact artboard leaves out the square (the squares sit under the "Not placed" heading). */
const LEGEND: { kind: Lane | 'private' | 'square'; label: string }[] = [
  { kind: 'wh', label: 'White House' },
  { kind: 'state', label: 'State' },
  { kind: 'pentagon', label: 'Pentagon' },
  { kind: 'unnamed', label: 'Unnamed U.S.' },
  { kind: 'outside', label: 'Outside Washington' },
  { kind: 'private', label: 'dashed: held privately' },
  { kind: 'square', label: 'not placed' },
];
/** The legend's items packed into its lines (baselines `lines`); throws if they do not fit. */
export function legendLayout(
  lines: readonly number[],
  a: Artboard = ARTBOARDS.wide,
): { kind: Lane | 'private' | 'square'; label: string; x: number; y: number; right: number }[] {
  const out: { kind: Lane | 'private' | 'square'; label: string; x: number; y: number; right: number }[] = [];
  let line = 0;
  let x = 6;
  for (const item of LEGEND) {
    if (item.kind === 'square' && a.name === 'compact') continue;
    const w = 10 + textWidth(item.label, a.font.legend);
    if (x > 6 && x + w > a.W - 4) {
      line += 1;
      x = 6;
    }
    const y = lines[line];
    if (y === undefined) throw new Error('debate: the legend does not fit its lines');
    out.push({ ...item, x, y, right: x + w });
    x += w + 8;
  }
  return out;
}

/** The panel card of a row heading picked on the compact artboard (its meaning, which the wide one draws beside it). */
export function rowCardHtml(key: string, notesHref: string): string {
  const row = ROWS.find((r) => r.key === key);
  if (!row) throw new Error(`debate: no row ${key}`);
  return `<p class="dc-kicker">Selected: a row</p><p class="dc-text"><strong>${esc(row.label)}</strong>: ${esc(row.note)}.</p><p class="dc-more"><a href="${esc(notesHref)}">How voices are placed</a></p>`;
}

function spectrumSvg(l: Layout, on: Set<string>, rowHref: RowHref, notesHref: string): string {
  const s = l.spectrum;
  const a = l.artboard;
  const W = a.W;
  const parts: string[] = [`<g class="dv-view dv-spectrum">`];
  for (const row of s.rows) {
    parts.push(`<line class="dv-row-rule" x1="4" x2="${W - 4}" y1="${n(row.y)}" y2="${n(row.y)}"/>`);
    const lw = textWidth(row.label, a.font.head, true);
    const head = `<text class="dv-row-head dv-row-${row.key}" x="6" y="${n(row.headY)}">${esc(row.label)}</text>`;
    if (a.notes) {
      parts.push(head, `<text class="dv-row-note" x="${n(6 + lw + 6)}" y="${n(row.headY)}">${esc(row.note)}</text>`);
    } else {
      // No room for the explanation: the heading opens it in the panel (and names it to screen readers).
      parts.push(
        `<a class="dv-rowkey" data-row="${row.key}" href="${esc(notesHref)}" aria-label="${esc(`${row.label}: ${row.note}`)}">` +
          `<rect class="dv-hit" x="2" y="${n(row.y + 0.5)}" width="${n(lw + 8)}" height="${n(a.headH)}" rx="3"/>${head}</a>`,
      );
    }
  }
  // A public mark and its private counterpart, joined along the left margin (clear of labels).
  for (const link of s.links) {
    const r = 4.5;
    const x = 2;
    const up = link.to.y < link.from.y ? -1 : 1;
    parts.push(
      `<path class="dv-link${on.has(`${link.voice}-private`) ? ' is-on' : ''}" data-id="${esc(link.voice)}-link" d="M${n(link.from.x - r)},${n(link.from.y)} H${n(x + 3)} Q${n(x)},${n(link.from.y)} ${n(x)},${n(link.from.y + 3 * up)} V${n(link.to.y - 3 * up)} Q${n(x)},${n(link.to.y)} ${n(x + 3)},${n(link.to.y)} H${n(link.to.x - r)}"/>`,
    );
  }
  for (const m of s.marks) parts.push(markSvg(m, on, rowHref));
  const legend = legendLayout(s.legendY, a).map((it) => {
    const glyph =
      it.kind === 'square'
        ? `<rect class="dv-dot dv-key" x="${n(it.x)}" y="${n(it.y - 6.5)}" width="7" height="7"/>`
        : `<circle class="dv-dot ${it.kind === 'private' ? 'dv-key dv-priv' : `dv-lane-${it.kind}`}" cx="${n(it.x + 3.5)}" cy="${n(it.y - 3)}" r="3.5"/>`;
    return `${glyph}<text x="${n(it.x + 10)}" y="${n(it.y)}">${esc(it.label)}</text>`;
  });
  parts.push(`<g class="dv-legend" aria-hidden="true">${legend.join('')}</g>`);
  parts.push(`</g>`);
  return parts.join('');
}

function weekSvg(l: Layout, on: Set<string>, rowHref: RowHref): string {
  const w = l.week;
  const a = l.artboard;
  const W = a.W;
  const parts: string[] = [`<g class="dv-view dv-week">`];
  parts.push(`<text class="dv-band-head" x="4" y="14">November 2022</text>`);
  const firstAfter = w.days.find((d) => d.after);
  if (firstAfter) {
    const last = w.days[w.days.length - 1]!;
    parts.push(`<rect class="dv-after" x="0" y="${n(firstAfter.y)}" width="${W}" height="${n(last.y + last.h - firstAfter.y)}"/>`);
    parts.push(`<line class="dv-pub-line" x1="0" x2="${W}" y1="${n(w.publishedY)}" y2="${n(w.publishedY)}"/>`);
    parts.push(`<text class="dv-after-label" x="${W - 4}" y="14" text-anchor="end">shaded: after the report</text>`);
  }
  for (const d of w.days) {
    parts.push(`<text class="dv-day" x="4" y="${n(d.y + a.dayRowH / 2 + 0.35 * a.font.day)}">${esc(dayText(d.date, a))}</text>`);
  }
  for (const c of w.chips) {
    const e = event(c.id);
    const label = `${weekdayDate(e.date)}${e.after ? ', after the report' : ''}: ${e.title.replace(/'/g, '’')}. ${e.quote ? `Our text: “${e.quote.words}” (paragraph ${e.quote.p}).` : 'Not in our text.'}${e.flag ? ` ${e.flag}` : ''}`;
    parts.push(
      `<a class="dv-chip${on.has(c.id) ? ' is-on' : ''}${c.published ? ' dv-published' : ''}" data-id="${esc(c.id)}" href="${esc(rowHref(`e-${c.id}`))}" aria-label="${esc(label)}">` +
        `<rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.w)}" height="${n(c.h)}" rx="3"/><text x="${n(c.labelX)}" y="${n(c.labelY)}">${esc(c.label)}</text></a>`,
    );
  }
  parts.push(`</g>`);
  return parts.join('');
}

export function viewsNeeded(states: readonly string[]): Set<View> {
  return new Set(states.map((s) => stateDef(s).view));
}

export function renderFigure(o: FigureOptions): string {
  const def = stateDef(o.state);
  const all = o.states.includes(o.state) ? o.states : [...o.states, o.state];
  const views = viewsNeeded(all);
  const needSpectrum = views.has('spectrum') || views.has('private');
  const needWeek = views.has('week');
  const on = new Set(def.focus);
  const rowHref = rowHrefOf(o);
  const notesHref = `#${o.notesPrefix}-h`;
  // Two artboards, one shown by CSS (Visual.astro): wide (desktop) and compact (phones).
  const artboardSvg = (name: ArtboardName): string => {
    const l = layout(week.published, ARTBOARDS[name]);
    const height = Math.ceil(Math.max(needSpectrum ? l.spectrum.legendY.at(-1)! + 5 : 0, needWeek ? l.week.bottom + 4 : 0));
    const titleId = `${o.idPrefix}-title${name === 'wide' ? '' : `-${name}`}`;
    return [
      `<svg class="debate-svg dv-${name}" viewBox="0 0 ${l.artboard.W} ${height}" role="group" aria-labelledby="${esc(titleId)}">`,
      `<title id="${esc(titleId)}">The debate: who says what, and when. Select a voice or an event for its words and sources.</title>`,
      needSpectrum ? spectrumSvg(l, on, rowHref, notesHref) : '',
      needWeek ? weekSvg(l, on, rowHref) : '',
      `</svg>`,
    ].join('');
  };
  const svg = renderArtboards(artboardSvg);
  const rowCards = needSpectrum
    ? layout(week.published, ARTBOARDS.compact).spectrum.rows.map((r) => `<template data-row-card="${r.key}">${rowCardHtml(r.key, notesHref)}</template>`).join('')
    : '';
  const caption =
    `<p class="debate-caption" data-source-line><span class="dv-cap-spectrum">Voices placed by what our text says; position inside a row means nothing.</span> ` +
    `<span class="dv-cap-week">Dated events 8–16 November 2022.</span> Source: POLITICO, 14 Nov 2022 (our corrected translation) and the reports linked in each card; all in the notes below.</p>`;
  // Each state this chapter uses, for client.ts: its view, its highlighted marks and its card.
  const templates = all
    .map((st) => {
      const d = stateDef(st);
      return `<template data-state="${esc(st)}" data-view="${d.view}" data-focus="${esc(d.focus.join(' '))}">${stateCardHtml(st, rowHref)}</template>`;
    })
    .join('');
  return `<div class="debate" data-debate data-notes="${esc(o.notesPrefix)}" data-notes-home="${esc(o.homePrefix)}" data-shown="${esc(o.state)}" data-view="${def.view}"${def.focus.length ? ' data-focus=""' : ''}>${svg}<div class="debate-panel" data-panel>${stateCardHtml(o.state, rowHref)}</div>${caption}${templates}${rowCards}</div>`;
}
