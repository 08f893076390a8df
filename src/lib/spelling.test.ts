/** US spelling: the checker itself, and our own words in content/ (the page text is checked in e2e/spelling.spec.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ukSpellings } from './spelling';

describe('ukSpellings', () => {
  it('finds UK forms and leaves US forms, quotations and proper names', () => {
    expect(ukSpellings('They recognised the centre of the air-defence programme.').map((f) => f.word)).toEqual(['recognised', 'centre', 'defence', 'programme']);
    expect(ukSpellings('They recognized the center of the air-defense program, and its license.')).toEqual([]);
    expect(ukSpellings('He said “we recognise defence needs” and the Ministry of Defence agreed.')).toEqual([]);
    expect(ukSpellings('Gray areas, generalized lines.')).toEqual([]);
  });
});

/** Our words in a content file: every string, except fields that hold someone else's words. */
function ourStrings(value: unknown, key = ''): string[] {
  const THEIRS = new Set(['original', 'words']); // corrections.yaml: the translation's own words
  if (typeof value === 'string') return THEIRS.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => ourStrings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => ourStrings(v, k));
  return [];
}

describe('content/ uses US spelling', () => {
  const files = ['content/story.yaml', 'content/corrections.yaml', ...readdirSync('content/chapters').map((f) => `content/chapters/${f}`)];
  for (const file of files) {
    it(file, () => {
      const found = ourStrings(load(readFileSync(file, 'utf8'))).flatMap((s) => ukSpellings(s));
      expect(found.map((f) => `${f.word} (use ${f.use}): …${f.context}…`)).toEqual([]);
    });
  }
});
