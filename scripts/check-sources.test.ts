/**
 * The data packs' own source checks (scripts/check-sources.mjs, a copy of the packs'
 * check-sources.mjs) pass on content/data, and fail on the mistakes they exist to catch.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources } from './check-sources.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-sources-'));
  dirs.push(dir);
  cpSync('content/data', dir, { recursive: true });
  const before = readFileSync(join(dir, file), 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(join(dir, file), after);
  return dir;
}

describe('check-sources on content/data', () => {
  it('passes', () => {
    const result = checkSources('content/data');
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatch(/^OK check-sources: 15 JSON files, \d+ source records/);
  });

  it('fails on a low-quality host linked as if it were the original', () => {
    // S01 is the first record; its url_kind is the first in the file.
    const dir = brokenCopy('context/sources.json', (t) => t.replace('"url_kind": "copy consulted"', '"url_kind": "original"'));
    const result = checkSources(dir);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toContain('context/sources.json sources[0] (S01): url on low-quality host exbulletin.com but url_kind is "original"');
  });

  it('fails on a derived file citing a source that was removed', () => {
    const dir = brokenCopy('aid/weapons/items.json', (t) => t.replace('"source": "fednews_oct14"', '"source": "exbulletin_nov10"'));
    const result = checkSources(dir);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(/aid\/weapons\/items\.json items\[\d+\]: cites unknown source id exbulletin_nov10/);
  });
});
