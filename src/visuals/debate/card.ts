/**
 * The debate's share card (src/share/cards.ts). A row of names per voice does not survive a feed image,
 * so a chapter gets a quote card when a voice it highlights (or any voice) has its own words in
 * this chapter's text (content/data/context/debate.json, checked against the chapter as read);
 * otherwise a spectrum state becomes one row of dots, talk now to fight on, with the highlighted
 * voices named. The week view has no card: the chapter's next visual draws one.
 */
import { MIN_TEXT, type CardMaker } from '../types';
import { escapeXml as xml } from '../kit/escape';
import { BAND_LABEL, BANDS, voice, voices, type Band, type Quote, type Voice } from './model';
import { NAMED, UNNAMED } from './layout';
import { stateDef } from './states';

const ON = '#1f5a96';
const OFF = '#c9c4b8';

const card: CardMaker = (chapter, state) => {
  const def = stateDef(state);
  const focus = def.focus.map((id) => id.replace(/-private$/, ''));
  // Highlighted voices first; then words said about a named voice ("the White House, on Burns").
  const rank = (v: Voice, q: Quote) => (focus.includes(v.id) ? 0 : q.by ? 1 : 2);
  const [best] = voices
    .flatMap((v) => v.quotes.filter((q) => q.kind === 'said' && chapter.text.includes(q.words)).map((q) => ({ v, q })))
    .sort((a, b) => rank(a.v, a.q) - rank(b.v, b.q));
  if (best) {
    const { v, q } = best;
    const speaker = q.by ? `${q.by[0]!.toUpperCase()}${q.by.slice(1)}, on ${v.name}` : v.name;
    return { kind: 'quote', quote: q.words, speaker, credit: chapter.reportedBy };
  }
  if (def.view === 'week') return null;
  // The voices the figure draws in public (its named rows and the unnamed row), by public stance.
  const placed = [...NAMED, ...UNNAMED].map((id) => voice(id)).filter((v) => v.band !== null && !v.privateOnly);
  // One row per stance: its name, a dot per voice placed there (highlighted ones first), their names.
  const draw = (_width: number, height: number): string => {
    const parts: string[] = [];
    const t = (x: number, y: number, words: string, fill: string) =>
      `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="bold" fill="${fill}">${xml(words)}</text>`;
    BANDS.forEach((band: Band, i) => {
      const top = i * Math.min(130, height / 3);
      const here = placed.filter((v) => v.band === band).sort((a, b) => Number(focus.includes(b.id)) - Number(focus.includes(a.id)));
      parts.push(t(0, top + MIN_TEXT * 0.8, BAND_LABEL[band], '#1a1a1a'));
      here.forEach((v, j) => parts.push(`<circle cx="${18 + j * 42}" cy="${top + 76}" r="17" fill="${focus.includes(v.id) ? ON : OFF}"/>`));
      const named = here.filter((v) => focus.includes(v.id)).map((v) => v.short);
      if (named.length) parts.push(t(here.length * 42 + 12, top + 76 + MIN_TEXT * 0.35, named.join(', '), ON));
    });
    return parts.join('');
  };
  return {
    kind: 'picture',
    draw,
    key: [
      { color: ON, text: 'Named in this passage', shape: 'circle' },
      { color: OFF, text: 'Other voices', shape: 'circle' },
    ],
    credit: chapter.reportedBy,
  };
};

export default card;
