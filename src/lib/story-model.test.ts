import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { buildStory, plainText, type StoryInput } from './story-model';

const text = ['Alpha one.', 'Bravo two, with a tpyo.', 'Charlie three.', 'Delta four.', 'Credits.'].join('\n\n');

function input(overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    articleText: text,
    chapters: [
      { file: 'content/chapters/01-a.yaml', slug: 'first', headline: 'First', visual: 'map', passages: [{ paragraph: 1 }, { paragraph: 2, state: 'after' }] },
      { file: 'content/chapters/02-b.yaml', slug: 'second', headline: 'Second', passages: [{ paragraph: 3 }, { paragraph: 4 }] },
    ],
    contributorsParagraph: 5,
    correctionsFile: 'content/corrections.yaml',
    corrections: [{ paragraph: 2, original: 'tpyo', corrected: 'typo', reason: 'Typo.', basis: 'typo' }],
    notes: [{ paragraph: 3, words: 'Charlie', note: 'A name.', sources: ['S01'] }],
    visualStates: new Map([
      ['map', ['before', 'after']],
      ['debate', ['voices', 'week']],
    ]),
    sourceIds: new Set(['S01', 'S02']),
    ...overrides,
  };
}

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('buildStory', () => {
  it('renders every paragraph once, in order, with corrections applied', () => {
    const story = buildStory(input());
    const texts = story.chapters.flatMap((c) => c.passages.map((p) => plainText(p.segments)));
    expect(texts).toEqual(['Alpha one.', 'Bravo two, with a typo.', 'Charlie three.', 'Delta four.']);
    expect(plainText(story.contributors.segments)).toBe('Credits.');
  });

  it('keeps `hold: true` on a passage whose picture stays on purpose (rendered as data-hold); others do not hold', () => {
    const chapters = input().chapters.map((c, i) => (i === 0 ? { ...c, passages: [{ paragraph: 1 }, { paragraph: 2, hold: true }] } : c));
    const [first] = buildStory(input({ chapters })).chapters;
    expect(first?.passages.map((p) => p.hold)).toEqual([false, true]);
  });

  it('numbers corrections and notes and marks them in the segments', () => {
    const story = buildStory(input());
    expect(story.corrections[0]?.n).toBe(1);
    expect(story.chapters[0]?.passages[1]?.segments).toContainEqual({ kind: 'fix', text: 'typo', original: 'tpyo', n: 1 });
    expect(story.chapters[1]?.passages[0]?.segments[0]).toEqual({ kind: 'note', text: 'Charlie', n: 1 });
  });

  it('gives each passage its step, anchor, visual and state; a missing state defaults to the first', () => {
    const [first] = buildStory(input()).chapters;
    expect(first?.passages.map((p) => [p.step, p.anchor, p.visual, p.state])).toEqual([
      [0, 'first-1', 'map', 'before'],
      [1, 'first-2', 'map', 'after'],
    ]);
    expect(first?.visuals).toEqual([{ name: 'map', keyState: 'before', states: ['before', 'after'], notesHome: 'first' }]);
  });

  it('a passage without a state keeps its visual’s previous state', () => {
    const story = buildStory(
      input({
        chapters: [
          { file: 'a.yaml', slug: 'first', headline: 'First', visual: 'map', passages: [{ paragraph: 1, state: 'after' }, { paragraph: 2 }] },
          { file: 'b.yaml', slug: 'second', headline: 'Second', passages: [{ paragraph: 3 }, { paragraph: 4 }] },
        ],
      }),
    );
    expect(story.chapters[0]?.passages.map((p) => p.state)).toEqual(['after', 'after']);
  });

  it('a passage naming no visual shows what its neighbour shows (previous, else the first that names one)', () => {
    const story = buildStory(
      input({
        chapters: [
          { file: 'a.yaml', slug: 'first', headline: 'First', passages: [{ paragraph: 1 }, { paragraph: 2, visual: 'debate', state: 'week' }] },
          { file: 'b.yaml', slug: 'second', headline: 'Second', passages: [{ paragraph: 3, visual: 'map', state: 'after' }, { paragraph: 4 }] },
        ],
      }),
    );
    expect(story.chapters.map((c) => c.passages.map((p) => `${p.visual}:${p.state}`))).toEqual([
      ['debate:week', 'debate:week'],
      ['map:after', 'map:after'],
    ]);
  });

  it('a chapter with several visuals lists each with its own key state', () => {
    const story = buildStory(
      input({
        chapters: [
          {
            file: 'a.yaml',
            slug: 'first',
            headline: 'First',
            passages: [{ paragraph: 1, visual: 'map', state: 'after' }, { paragraph: 2, visual: 'debate' }],
          },
          { file: 'b.yaml', slug: 'second', headline: 'Second', passages: [{ paragraph: 3 }, { paragraph: 4 }] },
        ],
      }),
    );
    expect(story.chapters[0]?.visuals).toEqual([
      { name: 'map', keyState: 'after', states: ['after'], notesHome: 'first' },
      { name: 'debate', keyState: 'voices', states: ['voices'], notesHome: 'first' },
    ]);
  });

  it("tells each visual which chapter holds its full notes: the first that shows it", () => {
    const story = buildStory(
      input({
        chapters: [
          { file: 'a.yaml', slug: 'first', headline: 'First', passages: [{ paragraph: 1, visual: 'debate' }, { paragraph: 2 }] },
          { file: 'b.yaml', slug: 'second', headline: 'Second', passages: [{ paragraph: 3, visual: 'map' }, { paragraph: 4, visual: 'debate' }] },
        ],
      }),
    );
    expect(story.chapters[1]?.visuals.map((v) => [v.name, v.notesHome])).toEqual([
      ['map', 'second'],
      ['debate', 'first'],
    ]);
  });

  it('keyState overrides the key state of the chapter’s visual', () => {
    const chapters = input().chapters;
    chapters[0] = { ...chapters[0]!, keyState: 'after' };
    expect(buildStory(input({ chapters })).chapters[0]?.visuals[0]?.keyState).toBe('after');
  });

  it('chapters without a visual have no state and no visuals', () => {
    const second = buildStory(input()).chapters[1];
    expect(second?.visuals).toEqual([]);
    expect(second?.passages.every((p) => p.visual === null && p.state === null)).toBe(true);
  });
});

describe('buildStory rejects bad content, naming the file and the field', () => {
  it('a skipped paragraph', () => {
    const chapters = input().chapters;
    chapters[1] = { ...chapters[1]!, passages: [{ paragraph: 4 }] };
    const error = errorOf(() => buildStory(input({ chapters })));
    expect(error.file).toBe('content/chapters/02-b.yaml');
    expect(error.field).toBe('passages[0].paragraph');
    expect(error.message).toMatch(/skips paragraph 3/);
  });

  it('a paragraph used twice', () => {
    const chapters = input().chapters;
    chapters[1] = { ...chapters[1]!, passages: [{ paragraph: 2 }, { paragraph: 3 }, { paragraph: 4 }] };
    expect(errorOf(() => buildStory(input({ chapters }))).message).toMatch(/02-b\.yaml: passages\[0\]\.paragraph: paragraph 2 is used again or out of order/);
  });

  it('a paragraph that does not exist', () => {
    const chapters = input().chapters;
    chapters[1] = { ...chapters[1]!, passages: [{ paragraph: 3 }, { paragraph: 4 }, { paragraph: 9 }] };
    expect(errorOf(() => buildStory(input({ chapters }))).message).toMatch(/passages\[2\]\.paragraph: paragraph 9 does not exist/);
  });

  it('a contributors line that is not the last paragraph', () => {
    const error = errorOf(() => buildStory(input({ contributorsParagraph: 4 })));
    expect(error.file).toBe('content/story.yaml');
    expect(error.field).toBe('contributorsParagraph');
  });

  it('an unknown visual, on the chapter or on a passage', () => {
    const chapters = input().chapters;
    chapters[0] = { ...chapters[0]!, visual: 'mapp' };
    expect(errorOf(() => buildStory(input({ chapters }))).message).toMatch(/01-a\.yaml: visual: unknown visual "mapp"; built visuals: map, debate/);
    chapters[0] = { ...chapters[0]!, visual: undefined, passages: [{ paragraph: 1, visual: 'nope' }, { paragraph: 2 }] };
    expect(errorOf(() => buildStory(input({ chapters }))).field).toBe('passages[0].visual');
  });

  it('a state the visual does not have', () => {
    const chapters = input().chapters;
    chapters[0] = { ...chapters[0]!, passages: [{ paragraph: 1 }, { paragraph: 2, state: 'during' }] };
    expect(errorOf(() => buildStory(input({ chapters }))).message).toMatch(/passages\[1\]\.state: "during" is not a state of map; its states: before, after/);
  });

  it('a state without a visual', () => {
    const chapters = input().chapters;
    chapters[1] = { ...chapters[1]!, passages: [{ paragraph: 3, state: 'after' }, { paragraph: 4 }] };
    expect(errorOf(() => buildStory(input({ chapters }))).field).toBe('passages[0].state');
  });

  it('a key state the visual does not have', () => {
    const chapters = input().chapters;
    chapters[0] = { ...chapters[0]!, keyState: 'never' };
    expect(errorOf(() => buildStory(input({ chapters }))).field).toBe('keyState');
  });

  it('a duplicated chapter slug', () => {
    const chapters = input().chapters;
    chapters[1] = { ...chapters[1]!, slug: 'first' };
    expect(errorOf(() => buildStory(input({ chapters }))).message).toMatch(/02-b\.yaml: slug: "first" is already used/);
  });

  it('a correction whose words are not in the paragraph, or are there twice', () => {
    const missing = errorOf(() => buildStory(input({ corrections: [{ paragraph: 1, original: 'Zulu', corrected: 'x', reason: 'Because.', basis: 'typo' }] })));
    expect(missing.file).toBe('content/corrections.yaml');
    expect(missing.field).toBe('corrections[0].original');
    expect(missing.message).toMatch(/occurs 0 times in paragraph 1/);
    const twice = errorOf(() => buildStory(input({ corrections: [{ paragraph: 2, original: 'w', corrected: 'x', reason: 'Because.', basis: 'typo' }] })));
    expect(twice.message).toMatch(/occurs 2 times/);
  });

  it('a note whose words are not in the paragraph', () => {
    expect(errorOf(() => buildStory(input({ notes: [{ paragraph: 3, words: 'Delta', note: 'Wrong place.' }] }))).field).toBe('notes[0].words');
  });

  it('overlapping corrections and notes', () => {
    const error = errorOf(() => buildStory(input({ notes: [{ paragraph: 2, words: 'a tpyo', note: 'Overlaps.' }] })));
    expect(error.field).toBe('notes[0]');
    expect(error.message).toMatch(/overlaps/);
  });

  it('an unknown source id', () => {
    const error = errorOf(() => buildStory(input({ notes: [{ paragraph: 3, words: 'Charlie', note: 'A name.', sources: ['S99'] }] })));
    expect(error.field).toBe('notes[0].sources[0]');
  });

  it('a correction in a paragraph that does not exist', () => {
    const error = errorOf(() => buildStory(input({ corrections: [{ paragraph: 40, original: 'x', corrected: 'y', reason: 'Because.', basis: 'typo' }] })));
    expect(error.field).toBe('corrections[0].paragraph');
  });
});
