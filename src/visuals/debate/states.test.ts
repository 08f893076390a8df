import { describe, expect, it } from 'vitest';
import meta from './meta';
import { layoutSpectrum } from './layout';
import { plainText } from '../../lib/story-model';
import { storyFromFiles } from '../../lib/story-from-files';
import { events } from './model';
import { ANKARA_PARTS, STATE_NAMES, STATES, stateDef } from './states';
import { SLUG } from '../kit/slug';

const spectrumIds = new Set(layoutSpectrum().marks.map((m) => m.id));
const eventIds = new Set(events.map((e) => e.id));

const { story } = storyFromFiles();

/** Every passage of the story that shows the debate, with its resolved state. */
function debatePassages(): { file: string; paragraph: number; state: string }[] {
  return story.chapters.flatMap((c) => c.passages.filter((p) => p.visual === 'debate').map((p) => ({ file: c.file, paragraph: p.paragraph, state: p.state ?? '' })));
}

/** Our corrected text, as one string: every passage as read (corrections applied). */
function correctedText(): string {
  return story.chapters
    .flatMap((c) => c.passages.map((p) => plainText(p.segments)))
    .join('\n')
    .replaceAll('’', "'");
}

describe('states', () => {
  it('are lower-case-hyphenated, and meta.ts lists them all with their descriptions', () => {
    for (const name of STATE_NAMES) expect(name).toMatch(SLUG);
    expect(Object.keys(meta.states)).toEqual(STATE_NAMES);
    for (const name of STATE_NAMES) expect(meta.states[name]!.description).toBe(STATES[name].description);
  });
  it('highlight only marks their view draws', () => {
    for (const name of STATE_NAMES) {
      const def = stateDef(name);
      const known: Set<string> = def.view === 'week' ? eventIds : def.view === 'ankara' ? new Set(ANKARA_PARTS) : spectrumIds;
      for (const id of def.focus) expect(known.has(id), `${name}: ${id}`).toBe(true);
      if (def.view === 'week') expect(def.focus, `${name} names a highlighted event`).toContain(def.named);
      if (def.view === 'ankara') for (const id of def.focus) expect(def.parts, name).toContain(id);
      // A private mark can only be highlighted where it is drawn.
      for (const id of def.focus.filter((x) => x.endsWith('-private'))) expect(def.privates ?? [], `${name}: ${id}`).toContain(id.replace(/-private$/, ''));
    }
  });
  it('annotate in at most 25 words, and quote only words of our corrected text', () => {
    const text = correctedText();
    for (const name of STATE_NAMES) {
      const note = stateDef(name).note;
      expect(note.split(/\s+/).length, `${name}: “${note}”`).toBeLessThanOrEqual(25);
      for (const m of note.matchAll(/“([^”]+)”/g)) {
        const words = m[1]!.replaceAll('’', "'").replace(/[.,]$/, '');
        expect(text, `${name} quotes “${words}”`).toContain(words);
      }
    }
  });
  it('write dates US style', () => {
    for (const name of STATE_NAMES) {
      const d = stateDef(name);
      for (const t of [d.note, d.description, d.label]) expect(t, name).not.toMatch(/\b\d{1,2} (Nov|November)\b/);
    }
  });
  it('reveal private views in story order: once drawn, they stay for the rest of chapter 09', () => {
    expect(stateDef('hundred-thousand').privates ?? []).toEqual([]);
    expect(stateDef('state-department').privates).toEqual(['state']);
    for (const s of ['sullivan-private', 'sullivan', 'nsc', 'public-private', 'live-debate', 'no-impetus']) expect(stateDef(s).privates, s).toEqual(['state', 'sullivan', 'nsc-aides']);
  });
});

describe('chapters', () => {
  const passages = debatePassages();
  it('use every state, and only known ones', () => {
    const used = new Set(passages.map((p) => p.state));
    for (const p of passages) expect(STATE_NAMES as string[], `${p.file} ¶${p.paragraph}`).toContain(p.state);
    expect([...used].sort()).toEqual([...STATE_NAMES].sort());
  });
  it('give each passage its own state: no two passages in a row repeat one', () => {
    for (const [i, p] of passages.entries()) {
      const prev = passages[i - 1];
      if (prev && prev.file === p.file) expect(p.state, `${p.file} ¶${p.paragraph}`).not.toBe(prev.state);
    }
  });
  it('build the Ankara diagram one part per passage of chapter 03', () => {
    const ankara = passages.filter((p) => p.file.startsWith('content/chapters/03-'));
    expect(ankara.map((p) => stateDef(p.state).parts)).toEqual([['meeting'], ['meeting', 'message'], ['meeting', 'message', 'kyiv']]);
  });
});
