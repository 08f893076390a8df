import { describe, expect, it } from 'vitest';
import type { Story } from '../lib/story-model';
import { buildShareModel } from './model';

const story: Story = {
  paragraphs: [],
  chapters: [
    {
      file: 'a.yaml',
      slug: 'kherson',
      headline: 'Kherson retaken',
      passages: [
        { paragraph: 1, step: 0, anchor: 'kherson-1', visual: 'map', state: 'before', segments: [{ kind: 'text', text: 'Zaluzhnyy did not mention ' }, { kind: 'fix', text: 'Milley’s comments', original: 'Milleys comments', n: 1 }, { kind: 'text', text: ' once.' }] },
        { paragraph: 2, step: 1, anchor: 'kherson-2', visual: 'map', state: 'after', segments: [{ kind: 'text', text: 'Later.' }] },
      ],
      visuals: [{ name: 'map', keyState: 'after', states: ['before', 'after'], notesHome: 'kherson' }],
    },
    { file: 'b.yaml', slug: 'aid', headline: 'Will the aid keep flowing?', passages: [{ paragraph: 3, step: 0, anchor: 'aid-1', visual: null, state: null, segments: [{ kind: 'text', text: 'Money. '.repeat(60) }] }], visuals: [] },
  ],
  contributors: { paragraph: 4, segments: [] },
  corrections: [],
  notes: [],
};

const model = buildShareModel({
  story,
  title: 'Mixed messages',
  dek: 'Days after   Ukraine retook Kherson.',
  outlet: 'POLITICO',
  published: new Date('2022-11-14T00:00:00Z'),
  visuals: new Map([['map', { title: 'The front', states: { before: { label: 'Before', description: 'Both banks held.' }, after: { label: 'After', description: 'The river is the front.' } } }]]),
  reportedBy: ['POLITICO'],
});

describe('buildShareModel', () => {
  it('describes a chapter from its first passage with corrections applied', () => {
    const [kherson] = model.chapters;
    expect(kherson!.description).toBe('Zaluzhnyy did not mention Milley’s comments once.');
    expect([kherson!.number, kherson!.count]).toEqual([1, 2]);
  });
  it('lists the visuals for the card, the first passage’s first, in their key state, and the chapter’s text as read', () => {
    const [kherson, aid] = model.chapters;
    expect(kherson!.visuals).toEqual([{ name: 'map', title: 'The front', keyState: 'after', description: 'The river is the front.' }]);
    expect(kherson!.text).toBe('Zaluzhnyy did not mention Milley’s comments once. Later.');
    expect(aid!.visuals).toEqual([]);
    expect(aid!.description.length).toBeLessThanOrEqual(200);
    expect(aid!.firstPassage.length).toBeGreaterThan(300);
  });
  it('describes the story for its own card', () => {
    expect(model.site).toMatchObject({ name: 'Mixed messages', tagline: 'An explainer of POLITICO’s report of November 14, 2022', description: 'Days after Ukraine retook Kherson.', reportedBy: ['POLITICO'] });
  });
});
