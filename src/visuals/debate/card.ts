/**
 * The debate's share card (src/share/cards.ts). Twenty name chips do not survive a feed image,
 * so a chapter gets a quote card when a voice it highlights (or any voice) has its own words in
 * this chapter's text (content/data/context/debate.json, checked against the chapter as read);
 * otherwise a spectrum state becomes one row of dots, talk now to fight on, with the highlighted
 * voices named. The week view has no card: the chapter's next visual draws one.
 */
import type { CardMaker } from '../../share/card-types';
import { MIN_TEXT, xml } from '../../share/card-types';
import { BAND_LABEL, BANDS, voices, type Band, type Quote, type Voice } from './model';
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
  const placed = voices.filter((v) => v.band !== null);
  const draw = (width: number, height: number): string => {
    const col = width / BANDS.length;
    const parts: string[] = [];
    BANDS.forEach((band: Band, i) => {
      const x = i * col;
      const here = placed.filter((v) => v.band === band);
      parts.push(`<text x="${x + col / 2}" y="${MIN_TEXT}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="bold" fill="#1a1a1a" text-anchor="middle">${xml(BAND_LABEL[band])}</text>`);
      here.forEach((v, j) => {
        const cx = x + col / 2 + ((j % 3) - 1) * 48;
        const cy = MIN_TEXT + 50 + Math.floor(j / 3) * 48;
        parts.push(`<circle cx="${cx}" cy="${cy}" r="19" fill="${focus.includes(v.id) ? ON : OFF}"/>`);
      });
      here
        .filter((v) => focus.includes(v.id))
        .forEach((v, j) => {
          parts.push(`<text x="${x + col / 2}" y="${height - 12 - j * MIN_TEXT * 1.2}" font-family="DejaVu Sans" font-size="${MIN_TEXT}" font-weight="bold" fill="${ON}" text-anchor="middle">${xml(v.short)}</text>`);
        });
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
