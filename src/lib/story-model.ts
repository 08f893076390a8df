/**
 * Turns the validated content files into the story the page renders, and enforces the rules
 * that span files: every paragraph of the source exactly once and in order, every passage's
 * visual and state known, every correction matching the words it corrects.
 * Pure: no Astro, no file system, so unit tests feed it directly.
 */
import { ContentError } from './content-error';
import { splitParagraphs } from './paragraphs';
import { passageId } from '../visuals/kit/ids';
import type { z } from 'astro/zod';
import type { chapterSchema, correctionSchema, noteSchema, passageSchema } from './content-schemas';

/** What the schemas (content-schemas.ts) let through, as types: never copied by hand. */
export type PassageInput = z.infer<typeof passageSchema>;
export type ChapterInput = z.infer<typeof chapterSchema> & {
  /** Path shown in errors, e.g. content/chapters/08-kherson.yaml */
  file: string;
};
export type CorrectionInput = z.infer<typeof correctionSchema>;
export type NoteInput = z.infer<typeof noteSchema>;
export interface StoryInput {
  articleText: string;
  chapters: ChapterInput[];
  contributorsParagraph: number;
  /** Where corrections and notes come from, for error messages. */
  correctionsFile: string;
  corrections: CorrectionInput[];
  notes: NoteInput[];
  /** Visual name → its state names, in order. */
  visualStates: ReadonlyMap<string, readonly string[]>;
  /** Source ids that exist (content/data/context/sources.json). */
  sourceIds: ReadonlySet<string>;
}

/** A run of a paragraph's text: plain, corrected (numbered correction) or annotated (numbered note). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'fix'; text: string; original: string; n: number }
  | { kind: 'note'; text: string; n: number };

export interface Passage {
  paragraph: number;
  /** 0-based index in its chapter (data-step). */
  step: number;
  /** Element id: `<chapter>-<step + 1>`. */
  anchor: string;
  visual: string | null;
  state: string | null;
  /** The picture stays as it was on purpose (`hold: true`): rendered as `data-hold`. */
  hold?: boolean;
  segments: Segment[];
}
export interface ChapterVisual {
  name: string;
  /** Shown without JavaScript, in print and on cards. */
  keyState: string;
  /** States this chapter's passages ask for, in order of first use. */
  states: string[];
  /** The chapter whose notes hold this visual's full notes: the first in the story that shows it. */
  notesHome: string;
}
export interface Chapter {
  file: string;
  slug: string;
  headline: string;
  passages: Passage[];
  visuals: ChapterVisual[];
}
export type Correction = CorrectionInput & { n: number };
export type Note = NoteInput & { n: number };
export interface Story {
  paragraphs: string[];
  chapters: Chapter[];
  contributors: { paragraph: number; segments: Segment[] };
  corrections: Correction[];
  notes: Note[];
}

interface Mark {
  start: number;
  end: number;
  segment: Segment;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function checkSources(file: string, field: string, ids: string[] | undefined, known: ReadonlySet<string>): void {
  ids?.forEach((id, j) => {
    if (!known.has(id)) throw new ContentError(file, `${field}.sources[${j}]`, `unknown source id "${id}"`);
  });
}

/** Locates every correction and note in its paragraph; one mark per match, no overlaps. */
function markParagraphs(input: StoryInput, paragraphs: string[]): { marks: Map<number, Mark[]>; corrections: Correction[]; notes: Note[] } {
  const marks = new Map<number, Mark[]>();
  const file = input.correctionsFile;
  const locate = (field: string, paragraph: number, words: string, build: (n: number) => Segment, n: number) => {
    const text = paragraphs[paragraph - 1];
    if (text === undefined) {
      throw new ContentError(file, `${field}.paragraph`, `paragraph ${paragraph} does not exist (the text has ${paragraphs.length})`);
    }
    const at = occurrences(text, words);
    if (at.length !== 1) {
      const wordsField = field.startsWith('corrections') ? 'original' : 'words';
      throw new ContentError(file, `${field}.${wordsField}`, `"${words}" occurs ${at.length} times in paragraph ${paragraph}; it must occur exactly once`);
    }
    const start = at[0]!;
    const mark: Mark = { start, end: start + words.length, segment: build(n) };
    const list = marks.get(paragraph) ?? [];
    const clash = list.find((m) => m.start < mark.end && mark.start < m.end);
    if (clash) throw new ContentError(file, field, `overlaps another correction or note in paragraph ${paragraph}`);
    list.push(mark);
    marks.set(paragraph, list);
  };

  const corrections = input.corrections.map((c, i) => {
    const field = `corrections[${i}]`;
    checkSources(file, field, c.sources, input.sourceIds);
    locate(field, c.paragraph, c.original, (n) => ({ kind: 'fix', text: c.corrected, original: c.original, n }), i + 1);
    return { ...c, n: i + 1 };
  });
  const notes = input.notes.map((note, i) => {
    const field = `notes[${i}]`;
    checkSources(file, field, note.sources, input.sourceIds);
    locate(field, note.paragraph, note.words, (n) => ({ kind: 'note', text: note.words, n }), i + 1);
    return { ...note, n: i + 1 };
  });
  return { marks, corrections, notes };
}

function segmentsOf(text: string, marks: Mark[] = []): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start > at) segments.push({ kind: 'text', text: text.slice(at, mark.start) });
    segments.push(mark.segment);
    at = mark.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** Checks that chapters, then the contributors' line, cover paragraphs 1..N once each, in order. */
function checkCoverage(input: StoryInput, count: number): void {
  let expected = 1;
  for (const chapter of input.chapters) {
    chapter.passages.forEach((p, i) => {
      const field = `passages[${i}].paragraph`;
      if (p.paragraph > count) {
        throw new ContentError(chapter.file, field, `paragraph ${p.paragraph} does not exist (the text has ${count})`);
      }
      if (p.paragraph !== expected) {
        const why = p.paragraph < expected ? 'is used again or out of order' : `skips paragraph ${expected}`;
        throw new ContentError(chapter.file, field, `paragraph ${p.paragraph} ${why}; expected ${expected}`);
      }
      expected += 1;
    });
  }
  if (input.contributorsParagraph !== expected || expected !== count) {
    throw new ContentError(
      'content/story.yaml',
      'contributorsParagraph',
      `the chapters end at paragraph ${expected - 1}; the contributors' line must be the last paragraph, ${count}, and follow them directly`,
    );
  }
}

/**
 * Resolves each passage's visual and state. A passage that names no visual (and whose chapter
 * names none) keeps showing what the passage before it showed; leading passages take the first
 * passage that does name one. A passage that names no state keeps its visual's previous state,
 * or the visual's first state.
 */
function resolveChapter(chapter: ChapterInput, input: StoryInput, paragraphs: string[], marks: Map<number, Mark[]>): Chapter {
  const lastState = new Map<string, string>();
  const visuals: ChapterVisual[] = [];
  const resolved: { visual: string | null; state: string | null }[] = chapter.passages.map((p, i) => {
    const visual = p.visual ?? chapter.visual ?? null;
    const field = `passages[${i}]`;
    if (visual === null) {
      if (p.state) throw new ContentError(chapter.file, `${field}.state`, 'a state needs a visual (set visual on the chapter or the passage)');
      return { visual: null, state: null };
    }
    const known = input.visualStates.get(visual);
    if (!known) {
      const where = p.visual ? `${field}.visual` : 'visual';
      throw new ContentError(chapter.file, where, `unknown visual "${visual}"; built visuals: ${[...input.visualStates.keys()].join(', ') || 'none'}`);
    }
    const state = p.state ?? lastState.get(visual) ?? known[0] ?? null;
    if (state === null || !known.includes(state)) {
      throw new ContentError(chapter.file, `${field}.state`, `"${state}" is not a state of ${visual}; its states: ${known.join(', ')}`);
    }
    lastState.set(visual, state);
    return { visual, state };
  });
  // Fill passages without a visual from their neighbours (previous, else the first that has one).
  const firstWithVisual = resolved.find((r) => r.visual !== null);
  let previous = firstWithVisual;
  for (const r of resolved) {
    if (r.visual === null && previous) Object.assign(r, previous);
    previous = r;
  }
  for (const { visual, state } of resolved) {
    if (visual === null || state === null) continue;
    let entry = visuals.find((v) => v.name === visual);
    if (!entry) {
      entry = { name: visual, keyState: state, states: [], notesHome: chapter.slug };
      visuals.push(entry);
    }
    if (!entry.states.includes(state)) entry.states.push(state);
  }
  const passages = chapter.passages.map((p, i): Passage => ({
    paragraph: p.paragraph,
    step: i,
    anchor: passageId(chapter.slug, i),
    visual: resolved[i]?.visual ?? null,
    state: resolved[i]?.state ?? null,
    hold: p.hold === true,
    segments: segmentsOf(paragraphs[p.paragraph - 1] ?? '', marks.get(p.paragraph)),
  }));
  if (chapter.keyState) {
    const main = visuals.find((v) => v.name === chapter.visual) ?? visuals[0];
    if (!main) throw new ContentError(chapter.file, 'keyState', 'a key state needs a visual');
    if (!(input.visualStates.get(main.name) ?? []).includes(chapter.keyState)) {
      throw new ContentError(chapter.file, 'keyState', `"${chapter.keyState}" is not a state of ${main.name}`);
    }
    main.keyState = chapter.keyState;
    if (!main.states.includes(chapter.keyState)) main.states.push(chapter.keyState);
  }
  return { file: chapter.file, slug: chapter.slug, headline: chapter.headline, passages, visuals };
}

export function buildStory(input: StoryInput): Story {
  const paragraphs = splitParagraphs(input.articleText);
  const slugs = new Set<string>();
  for (const chapter of input.chapters) {
    if (slugs.has(chapter.slug)) throw new ContentError(chapter.file, 'slug', `"${chapter.slug}" is already used by another chapter`);
    slugs.add(chapter.slug);
  }
  checkCoverage(input, paragraphs.length);
  const { marks, corrections, notes } = markParagraphs(input, paragraphs);
  const chapters = input.chapters.map((c) => resolveChapter(c, input, paragraphs, marks));
  // Each visual's full notes live in the first chapter (in story order) that shows it.
  const homes = new Map<string, string>();
  for (const chapter of chapters) {
    for (const v of chapter.visuals) {
      if (!homes.has(v.name)) homes.set(v.name, chapter.slug);
      v.notesHome = homes.get(v.name)!;
    }
  }
  const contributors = {
    paragraph: input.contributorsParagraph,
    segments: segmentsOf(paragraphs[input.contributorsParagraph - 1] ?? '', marks.get(input.contributorsParagraph)),
  };
  return { paragraphs, chapters, contributors, corrections, notes };
}

/** The text a reader sees for a run of segments (corrections applied, markers excluded). */
export function plainText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}
