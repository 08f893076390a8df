/**
 * Media queries cannot read custom properties, so CSS spells the breakpoint out: this test holds
 * every width in a media query under src/ to the one in tokens.ts (MEDIA.wide / MEDIA.narrow).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS } from './tokens';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__golden__' ? [] : files(path);
    return /\.(css|astro|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('breakpoint', () => {
  it('every media query width under src/ is the token', () => {
    const allowed = new Set([`${BREAKPOINTS.wide}px`, `${BREAKPOINTS.wide - 0.02}px`, `${BREAKPOINTS.phone}px`]);
    const wrong: string[] = [];
    for (const file of files('src')) {
      const text = readFileSync(file, 'utf8');
      for (const query of text.matchAll(/@media[^{]*/g)) {
        for (const m of query[0].matchAll(/(?:min|max)-width\s*:\s*([\d.]+px)/g)) {
          if (!allowed.has(m[1]!)) wrong.push(`${file}: ${query[0].trim()}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
