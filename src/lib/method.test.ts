import { describe, expect, it } from 'vitest';
import { methodParts, notesHrefRewrite } from './method';
import type { Chapter } from './story-model';

const chapter = (slug: string, visuals: Chapter['visuals']): Chapter => ({ file: `${slug}.yaml`, slug, headline: slug, passages: [], visuals });

describe('methodParts', () => {
  const chapters = [
    chapter('intro', []),
    chapter('a', [{ name: 'map', keyState: 'before', states: ['before', 'after'], notesHome: 'a' }]),
    chapter('b', [
      { name: 'debate', keyState: 'x', states: ['x'], notesHome: 'b' },
      { name: 'map', keyState: 'zoom', states: ['after', 'zoom'], notesHome: 'a' },
    ]),
  ];
  it('gives each visual one part, homed in the first chapter that shows it, with every state used', () => {
    const parts = methodParts(chapters);
    expect(parts.map((p) => [p.name, p.home])).toEqual([
      ['map', 'a'],
      ['debate', 'b'],
    ]);
    expect(parts[0]!.states).toEqual(['before', 'after', 'zoom']);
    expect(parts[0]!.idPrefix).toBe('a--map--notes');
    expect(parts[0]!.anchor).toBe('how-we-did-this--map');
  });
  it('points a later chapter’s notes links at the home’s ids, and leaves the home alone', () => {
    const [map] = methodParts(chapters);
    expect(notesHrefRewrite('a', map!)).toBeNull();
    const rewrite = notesHrefRewrite('b', map!)!;
    expect(rewrite('<a href="#b--map--notes-data-caption">t</a><a href="#b--map">x</a>')).toBe('<a href="#a--map--notes-data-caption">t</a><a href="#b--map">x</a>');
  });
});
