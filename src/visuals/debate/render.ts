/**
 * Renders the debate figure as an HTML string at build time (Visual.astro sets it with set:html;
 * the golden tests snapshot it). Everything is escaped here.
 *
 * State changes are baked in: every element that changes carries `data-show="<states>"` (drawn
 * only in those states) and/or `data-on="<states>"` (highlighted in those states), listing the
 * chapter's states; client.ts only toggles `is-hidden` / `is-on` from them, and the key state's
 * classes are already set here (no-JS, print). Marks carry their words and sources as
 * `detail(text)` (kit/details.ts), never a link.
 */
import { ARTBOARDS, PAIR, layoutAnkara, layoutSpectrum, layoutWeek, type Artboard, type Label, type Mark } from './layout';
import { renderArtboards, type ArtboardName } from '../kit/artboards';
import { detail } from '../kit/details';
import { weekdayDate } from '../kit/dates';
import { escapeXml as esc } from '../kit/escape';
import { num as n } from '../kit/round';
import { BAND_LABEL, event, events, placementText, voice, week, type Voice } from './model';
import { cite, citationHtml, source } from '../../lib/sources';
import { stateDef, type StateDef, type View } from './states';

/** Which of the chapter's states show / highlight an element. */
interface Toggle {
  show?: (d: StateDef) => boolean;
  on?: (d: StateDef) => boolean;
}

interface Ctx {
  state: string;
  states: readonly string[];
  a: Artboard;
}

/** ` data-show="…" data-on="…" class="… is-hidden is-on"` for an element, from the chapter's states. */
function attrs(c: Ctx, cls: string, t: Toggle): string {
  const list = (pred: (d: StateDef) => boolean): string[] => c.states.filter((s) => pred(stateDef(s)));
  const def = stateDef(c.state);
  const classes = [cls];
  let out = '';
  if (t.show) {
    out += ` data-show="${esc(list(t.show).join(' '))}"`;
    if (!t.show(def)) classes.push('is-hidden');
  }
  if (t.on) {
    out += ` data-on="${esc(list(t.on).join(' '))}"`;
    if (t.on(def)) classes.push('is-on');
  }
  return ` class="${classes.join(' ')}"${out}`;
}

function text(l: Label, cls = ''): string {
  const anchor = l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`;
  return `<text${cls ? ` class="${cls}"` : ''} x="${n(l.x)}" y="${n(l.y)}"${anchor}>${esc(l.text)}</text>`;
}

const sourcesText = (ids: readonly string[]): string => ids.map((id) => cite(id)).join('; ');

function voiceDetail(v: Voice, privateMark: boolean): string {
  const q = v.quotes.find((x) => Boolean(x.private) === privateMark) ?? v.quotes[0]!;
  const where = privateMark && !v.privateOnly ? `Privately, as the text reports: ${BAND_LABEL[v.private!].toLowerCase()}` : placementText(v);
  const quote = `${q.by ? `${q.by}: ` : ''}“${q.words}” (¶${q.p})`;
  return `${v.name}, ${v.role}. ${where}. ${quote}.${v.flag ? ` ${v.flag}` : ''} Sources: ${sourcesText(v.sources)}.`;
}

// ---------------------------------------------------------------- spectrum

const focusOf = (d: StateDef): readonly string[] => (d.view === 'spectrum' ? d.focus : []);

function rowShown(row: string): (d: StateDef) => boolean {
  return (d) => d.rows !== 'pair' || PAIR.includes(row);
}

function markSvg(c: Ctx, m: Mark): string {
  const v = voice(m.voice);
  const r = c.a.dotR;
  const privateOnly = Boolean(v.privateOnly);
  const show: Toggle['show'] = m.id.endsWith('-private') || privateOnly ? (d) => (d.privates ?? []).includes(m.voice) : undefined;
  const on = (d: StateDef): boolean => focusOf(d).includes(m.id);
  const cls = `dv-mark dv-${m.band}${m.private ? ' dv-priv' : ''}${m.x2 !== undefined ? ' dv-span' : ''}`;
  // A private mark slides out of its public one when it appears (CSS: translate by --dx).
  const from = m.id.endsWith('-private') ? layoutSpectrum(c.a).marks.find((p) => p.id === m.voice) : undefined;
  const dx = from ? ` style="--dx:${n(from.x - m.x)}px"` : '';
  const glyph =
    m.x2 !== undefined
      ? `<line x1="${n(m.x)}" x2="${n(m.x2)}" y1="${n(m.y)}" y2="${n(m.y)}"/>`
      : `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="${n(r)}"/>`;
  return `<g${attrs(c, cls, { ...(show ? { show } : {}), on })} data-id="${esc(m.id)}"${detail(voiceDetail(v, m.private))}${dx}>${glyph}</g>`;
}

function spectrumSvg(c: Ctx): string {
  const s = layoutSpectrum(c.a);
  const { W, rowH, font: f } = c.a;
  const parts: string[] = [`<g${attrs(c, 'dv-view dv-spectrum', { show: (d) => d.view === 'spectrum' })}>`];
  for (const col of s.columns) {
    parts.push(`<line class="dv-guide" x1="${n(col.cx)}" x2="${n(col.cx)}" y1="${n(s.top)}" y2="${n(s.rowsBottom)}"/>`);
    parts.push(text(col, `dv-col dv-${col.band}`));
  }
  for (const row of s.rows) {
    const members = s.marks.filter((m) => m.row === row.id).map((m) => m.id);
    const rowOn = (d: StateDef): boolean => focusOf(d).some((id) => members.includes(id));
    parts.push(
      `<g${attrs(c, 'dv-row', { show: rowShown(row.id), on: rowOn })} data-row="${esc(row.id)}">`,
      `<rect class="dv-band" x="0" y="${n(row.y - rowH / 2)}" width="${W}" height="${n(rowH)}"/>`,
      text(row.name, 'dv-name'),
    );
    for (const link of s.links.filter((l) => l.voice === row.id)) {
      const show = (d: StateDef): boolean => (d.privates ?? []).includes(link.voice);
      const on = (d: StateDef): boolean => focusOf(d).includes(`${link.voice}-private`);
      parts.push(`<path${attrs(c, 'dv-link', { show, on })} d="M${n(link.x1)},${n(link.y)}H${n(link.x2)}" pathLength="1"/>`);
    }
    for (const m of s.marks.filter((x) => x.row === row.id)) parts.push(markSvg(c, m));
    parts.push(`</g>`);
  }
  for (const l of s.memberLabels) {
    parts.push(`<g${attrs(c, 'dv-member', { show: (d) => focusOf(d).includes(l.voice) })}>${text(l)}</g>`);
  }
  const legend = s.legend.map((it) =>
    it.kind === 'private'
      ? `<circle class="dv-key" cx="${n(it.x + c.a.dotR)}" cy="${n(it.y)}" r="${n(c.a.dotR)}"/>${text(it.label)}`
      : `<line class="dv-legend-span" x1="${n(it.x + 3)}" x2="${n(it.x + 15)}" y1="${n(it.y)}" y2="${n(it.y)}"/>${text(it.label)}`,
  );
  parts.push(`<g class="dv-legend" aria-hidden="true" font-size="${n(f)}">${legend.join('')}</g>`, `</g>`);
  return parts.join('');
}

// ---------------------------------------------------------------- week

function weekSvg(c: Ctx): string {
  const w = layoutWeek(week.published, c.a);
  const { W, dotR } = c.a;
  const weekFocus = (d: StateDef): readonly string[] => (d.view === 'week' ? d.focus : []);
  const parts: string[] = [`<g${attrs(c, 'dv-view dv-week', { show: (d) => d.view === 'week' })}>`];
  parts.push(`<rect class="dv-after" x="${n(w.afterX)}" y="${n(w.dotsTop)}" width="${n(W - w.afterX)}" height="${n(w.axisY - w.dotsTop)}"/>`);
  // The report's day: a line under the names' lane, so no name crosses it.
  parts.push(`<line class="dv-pub-line" x1="${n(w.publishedX)}" x2="${n(w.publishedX)}" y1="${n(w.dotsTop)}" y2="${n(w.axisY)}"/>`);
  parts.push(`<line class="dv-axis" x1="4" x2="${W - 4}" y1="${n(w.axisY)}" y2="${n(w.axisY)}"/>`);
  parts.push(text(w.title, 'dv-strong'), text(w.afterLabel, 'dv-soft'), ...w.days.map((d) => text(d)));
  for (const d of w.dots) {
    const e = event(d.id);
    const info = `${weekdayDate(e.date)}${e.after ? ', after the report' : ''}: ${e.title.replace(/'/g, '’')}. ${e.summary}${e.flag ? ` ${e.flag}` : ''} Sources: ${sourcesText(e.sources)}.`;
    parts.push(
      `<g${attrs(c, `dv-event${e.id === 'politico' ? ' dv-published' : ''}`, { on: (s) => weekFocus(s).includes(d.id) })} data-id="${esc(d.id)}"${detail(info)}>` +
        `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(dotR)}"/></g>`,
    );
  }
  for (const l of w.names) {
    if (!c.states.some((s) => stateDef(s).named === l.event)) continue;
    parts.push(`<g${attrs(c, 'dv-event-name', { show: (d) => d.named === l.event })}>${text(l)}</g>`);
  }
  parts.push(`</g>`);
  return parts.join('');
}

// ---------------------------------------------------------------- ankara

function ankaraSvg(c: Ctx): string {
  const k = layoutAnkara(c.a);
  const { dotR } = c.a;
  const has = (part: string) => (d: StateDef): boolean => (d.parts ?? []).includes(part as never);
  const lit = (part: string) => (d: StateDef): boolean => d.view === 'ankara' && d.focus.includes(part);
  const node = (id: string) => k.nodes.find((x) => x.id === id)!;
  const [b, ank, nar, kyiv] = [node('burns'), node('ankara'), node('naryshkin'), node('kyiv')];
  const meet = event('ankara');
  const burns = voice('burns');
  const parts: string[] = [`<g${attrs(c, 'dv-view dv-ankara', { show: (d) => d.view === 'ankara' })}>`];
  // The meeting: Burns and Naryshkin joined in Ankara.
  parts.push(
    `<g${attrs(c, 'dv-part', { show: has('meeting'), on: lit('meeting') })}>`,
    `<line class="dv-ak-line" x1="${n(b.x)}" x2="${n(nar.x)}" y1="${n(b.y)}" y2="${n(nar.y)}"/>`,
    `<g class="dv-ak-node" data-id="burns"${detail(voiceDetail(burns, false))}><circle cx="${n(b.x)}" cy="${n(b.y)}" r="${n(dotR)}"/></g>`,
    `<g class="dv-ak-node dv-ak-meet" data-id="ankara"${detail(`${weekdayDate(meet.date)}: ${meet.title}. ${meet.summary} Sources: ${sourcesText(meet.sources)}.`)}><circle cx="${n(ank.x)}" cy="${n(ank.y)}" r="${n(dotR + 1.5)}"/></g>`,
    `<g class="dv-ak-node" data-id="naryshkin"${detail(`Naryshkin, chief of Russia’s foreign intelligence service (SVR), met Burns in Ankara on ${weekdayDate(meet.date)}. Sources: ${sourcesText(meet.sources)}.`)}><circle cx="${n(nar.x)}" cy="${n(nar.y)}" r="${n(dotR)}"/></g>`,
    ...k.labels.filter((l) => l.part === 'meeting').map((l, i) => text(l.label, i < 2 ? 'dv-strong' : '')),
    `</g>`,
  );
  // Burns's messages, per the White House (¶5).
  const br = k.bracket;
  parts.push(
    `<g${attrs(c, 'dv-part', { show: has('message'), on: lit('message') })}>`,
    `<path class="dv-ak-bracket" d="M${n(br.x)},${n(br.y1)} V${n(br.y2)}${br.ticks.map((t) => ` M${n(br.x)},${n(t)} H${n(br.x + 6)}`).join('')}"/>`,
    ...k.labels.filter((l) => l.part === 'message').map((l, i) => text(l.label, i === 0 ? 'dv-strong' : '')),
    `</g>`,
  );
  // Kyiv, told in advance (¶6).
  parts.push(
    `<g${attrs(c, 'dv-part', { show: has('kyiv'), on: lit('kyiv') })}>`,
    `<line class="dv-ak-told" x1="${n(kyiv.x)}" x2="${n(b.x)}" y1="${n(kyiv.y + dotR)}" y2="${n(b.y - dotR)}"/>`,
    `<g class="dv-ak-node" data-id="kyiv"${detail('Kyiv: Ukrainian officials were informed of the trip in advance, according to the White House spokesperson (¶6).')}><circle cx="${n(kyiv.x)}" cy="${n(kyiv.y)}" r="${n(dotR)}"/></g>`,
    ...k.labels.filter((l) => l.part === 'kyiv').map((l) => text(l.label)),
    `</g>`,
  );
  parts.push(`</g>`);
  return parts.join('');
}

// ---------------------------------------------------------------- figure

/** A view shorter than the figure sits at its bottom, next to the note under it. */
function atBottom(svg: string, dy: number): string {
  return dy > 0 ? `<g transform="translate(0 ${n(dy)})">${svg}</g>` : svg;
}

export function viewsNeeded(states: readonly string[]): Set<View> {
  return new Set(states.map((s) => stateDef(s).view));
}

/** The SVG's height on an artboard: the tallest view the chapter needs. */
export function figureHeight(views: Set<View>, a: Artboard): number {
  return Math.max(
    views.has('spectrum') ? layoutSpectrum(a).height : 0,
    views.has('week') ? layoutWeek(week.published, a).height : 0,
    views.has('ankara') ? layoutAnkara(a).height : 0,
  );
}

/** The sources a state's source line names beside POLITICO: those of the people or events it highlights. */
export function stateSources(state: string): string[] {
  const d = stateDef(state);
  const ids =
    d.view === 'spectrum'
      ? d.focus.map((id) => voice(id.replace(/-private$/, ''))).flatMap((v) => v.sources)
      : d.view === 'week'
        ? d.focus.flatMap((id) => event(id).sources)
        : event('ankara').sources;
  return [...new Set(ids)].filter((id) => id !== 'S02');
}

/** The notes row of what a state highlights first (its voice or event), or the notes' heading. */
export function notesAnchor(state: string): string {
  const d = stateDef(state);
  const first = d.view === 'ankara' ? 'ankara' : d.focus[0]?.replace(/-private$/, '');
  if (!first) return 'h';
  return d.view === 'spectrum' ? `v-${first}` : `e-${first}`;
}

/**
 * The state's one source line: POLITICO, linked, and the publishers of what the step highlights,
 * by name, with a link to their rows in the notes (where every source is linked, dated and
 * labelled; a list of links with their small-type labels would not fit a phone's sticky box).
 */
function sourceLine(state: string, notesPrefix: string): string {
  const publishers = [...new Set(stateSources(state).map((id) => source(id).publisher))];
  const href = `#${notesPrefix}-${notesAnchor(state)}`;
  const rest = publishers.length
    ? `; also ${esc(publishers.join(', '))} (<a href="${esc(href)}">links in the notes</a>)`
    : `; <a href="${esc(href)}">each person’s sources in the notes</a>`;
  return `Source: ${citationHtml('S02')}, as we read its text${rest}.`;
}

export interface FigureOptions {
  state: string;
  states: readonly string[];
  idPrefix: string;
  /** Prefix of the ids in the debate's notes (`notesId(chapter, 'debate')`; the page points them at the notes' one home). */
  notesPrefix: string;
}

export function renderFigure(o: FigureOptions): string {
  const all = o.states.includes(o.state) ? [...o.states] : [...o.states, o.state];
  const views = viewsNeeded(all);
  const def = stateDef(o.state);
  const artboardSvg = (name: ArtboardName): string => {
    const c: Ctx = { state: o.state, states: all, a: ARTBOARDS[name] };
    const titleId = `${o.idPrefix}-title${name === 'wide' ? '' : `-${name}`}`;
    const H = figureHeight(views, c.a);
    return [
      `<svg class="debate-svg dv-${name}" data-artboard="${name}" viewBox="0 0 ${c.a.W} ${H}" role="group" aria-labelledby="${esc(titleId)}" font-size="${n(c.a.font)}">`,
      `<title id="${esc(titleId)}">The debate: who says what, and when. Each mark gives its words and sources.</title>`,
      views.has('spectrum') ? spectrumSvg(c) : '',
      views.has('week') ? atBottom(weekSvg(c), H - layoutWeek(week.published, c.a).height) : '',
      views.has('ankara') ? atBottom(ankaraSvg(c), H - layoutAnkara(c.a).height) : '',
      `</svg>`,
    ].join('');
  };
  // One note and one source line per state, stacked in one grid cell: the box is as tall as the
  // longest, so nothing moves or scrolls when the state changes.
  const ctx: Ctx = { state: o.state, states: all, a: ARTBOARDS.wide };
  const notes = all.map((s) => `<p${attrs(ctx, 'dv-note', { show: (d) => d === stateDef(s) })}>${esc(stateDef(s).note)}</p>`).join('');
  const sources = all.map((s) => `<span${attrs(ctx, 'dv-src', { show: (d) => d === stateDef(s) })}>${sourceLine(s, o.notesPrefix)}</span>`).join('');
  const focus = def.focus.length ? ' data-focus=""' : '';
  return (
    `<div class="debate" data-debate data-view="${def.view}"${focus}>${renderArtboards(artboardSvg)}` +
    `<div class="dv-notes">${notes}</div><p class="dv-source" data-source-line>${sources}</p></div>`
  );
}

/** Every voice and event the figure of these states draws (the notes list them). */
export function idsOfStates(states: readonly string[]): Set<string> {
  const views = viewsNeeded(states);
  const ids = new Set<string>();
  if (views.has('spectrum')) for (const m of layoutSpectrum().marks) ids.add(m.voice);
  if (views.has('week')) for (const e of events) ids.add(e.id);
  if (views.has('ankara')) ids.add('burns').add('ankara');
  return ids;
}
