import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import meta from './meta';
import { layout } from './layout';
import { events, voice, voices, week } from './model';
import { STATE_NAMES, STATES, stateDef } from './states';
import { SLUG } from '../kit/slug';

const l = layout(week.published);
const spectrumIds = new Set(l.spectrum.marks.map((m) => m.id));
const eventIds = new Set(events.map((e) => e.id));

interface PassageYaml {
  paragraph: number;
  visual?: string;
  state?: string;
}
/** Every passage of content/chapters that shows the debate, with its resolved state. */
function debatePassages(): { file: string; paragraph: number; state: string }[] {
  const out: { file: string; paragraph: number; state: string }[] = [];
  for (const file of readdirSync('content/chapters').filter((f) => f.endsWith('.yaml')).sort()) {
    const chapter = parse(readFileSync(`content/chapters/${file}`, 'utf8')) as { visual?: string; passages: PassageYaml[] };
    let last: string | undefined;
    for (const p of chapter.passages) {
      const visual = p.visual ?? chapter.visual;
      if (visual !== 'debate') continue;
      last = p.state ?? last;
      expect(last, `${file} ¶${p.paragraph} names no state`).toBeDefined();
      out.push({ file, paragraph: p.paragraph, state: last! });
    }
  }
  return out;
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
      const known = def.view === 'week' ? eventIds : spectrumIds;
      for (const id of def.focus) expect(known.has(id), `${name}: ${id}`).toBe(true);
    }
  });
  it('open cards on voices, quotes and events that exist, and highlight the voices and events their card is about', () => {
    for (const name of STATE_NAMES) {
      const def = stateDef(name);
      if (def.card.kind === 'voices') {
        for (const e of def.card.entries) {
          const v = voice(e.voice);
          for (const q of e.quotes) expect(v.quotes[q], `${name}: ${e.voice} quote ${q}`).toBeDefined();
          expect(def.focus, name).toContain(e.voice);
        }
      } else if (def.card.kind === 'event') {
        expect(eventIds.has(def.card.event), name).toBe(true);
        expect(def.focus, name).toContain(def.card.event);
      } else {
        expect(def.focus, `${name}: an overview highlights nothing`).toEqual([]);
      }
    }
  });
  it('public-versus-private states highlight the private marks, and their card quotes a private view or the split itself', () => {
    for (const name of STATE_NAMES.filter((s) => stateDef(s).view === 'private')) {
      const def = stateDef(name);
      expect(def.focus.some((id) => id.endsWith('-private') || voices.find((v) => v.id === id)?.privateOnly), name).toBe(true);
    }
  });
});

describe('chapters', () => {
  const passages = debatePassages();
  it('use every state, and only known ones', () => {
    const used = new Set(passages.map((p) => p.state));
    for (const p of passages) expect(STATE_NAMES as string[], `${p.file} ¶${p.paragraph}`).toContain(p.state);
    expect([...used].sort()).toEqual([...STATE_NAMES].sort());
  });
  /** Passages whose card does not quote their own paragraph, and why that is right. */
  const continuing: Record<number, string> = {
    2: 'overview: every voice, no single one',
    5: 'continues ¶4: the White House statement on the Ankara meeting',
    6: 'continues ¶4: Kyiv was told of the Ankara trip in advance',
    29: 'overview: the week the mixed messages came in',
  };
  it('show, for each passage, a card that quotes that very paragraph (or say why not)', () => {
    for (const p of passages) {
      const def = stateDef(p.state);
      const paragraphs =
        def.card.kind === 'voices'
          ? def.card.entries.flatMap((e) => e.quotes.map((q) => voice(e.voice).quotes[q]!.p))
          : def.card.kind === 'event'
            ? [events.find((e) => e.id === (def.card as { event: string }).event)!.quote?.p]
            : [];
      if (p.paragraph in continuing) continue;
      expect(paragraphs, `${p.file} ¶${p.paragraph} (${p.state})`).toContain(p.paragraph);
    }
    expect(Object.keys(continuing).map(Number).every((n) => passages.some((p) => p.paragraph === n))).toBe(true);
  });
});
