/**
 * The contract every registered visual keeps (docs/visuals.md): a folder named like its meta,
 * listed in names.ts (so its states are a typed union), state names that are slugs, a golden
 * picture per state, and key states in content/ that are states of the visual they name.
 * The no-JS picture of each is checked in the built page by e2e/visual-contract.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isSlug } from './kit/slug';
import { VISUAL_NAMES, type StateOfVisual } from './names';
import type { VisualMeta } from './types';

const metas = import.meta.glob<{ default: VisualMeta }>(['./*/meta.ts', '!./kit/**'], { eager: true });
const folders = readdirSync('src/visuals', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'kit')
  .map((d) => d.name)
  .sort();

// States are typed: these lines fail `astro check` if a visual's states decay to `string`.
const typed: StateOfVisual<'weapons'> = 'packages';
// @ts-expect-error 'map' is not a state of kherson-map
const untyped: StateOfVisual<'kherson-map'> = 'map';
void [typed, untyped];

interface ChapterFile {
  slug: string;
  visual?: string;
  keyState?: string;
  passages: { visual?: string; state?: string }[];
}
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, data: parseYaml(readFileSync(`content/chapters/${f}`, 'utf8')) as ChapterFile }));

describe('visual contract', () => {
  it('every visual folder is registered in names.ts, and nothing else is', () => {
    expect([...VISUAL_NAMES].sort()).toEqual(folders);
  });

  for (const name of folders) {
    describe(name, () => {
      const meta = metas[`./${name}/meta.ts`]?.default;
      const states = Object.keys(meta?.states ?? {});

      it('has meta.ts named like its folder and a Visual.astro', () => {
        expect(meta?.name).toBe(name);
        expect(existsSync(`src/visuals/${name}/Visual.astro`)).toBe(true);
      });

      it('names its states as slugs, each with a label and a description', () => {
        expect(states.length).toBeGreaterThan(0);
        for (const state of states) {
          expect(isSlug(state), state).toBe(true);
          expect(meta?.states[state]?.label.length, state).toBeGreaterThan(0);
          expect(meta?.states[state]?.description.length, state).toBeGreaterThan(20);
        }
      });

      it('has a golden picture of every state', () => {
        const goldens = existsSync(`src/visuals/${name}/__golden__`) ? readdirSync(`src/visuals/${name}/__golden__`) : [];
        for (const state of states) expect(goldens.some((g) => g.startsWith(`${state}.`)), `${name}/__golden__/${state}.*`).toBe(true);
      });

      it('is asked only for its own states by content/, key states included', () => {
        for (const { file, data } of chapters) {
          const where = `content/chapters/${file}`;
          for (const p of data.passages) {
            if ((p.visual ?? data.visual) === name && p.state) expect(states, `${where}: ${p.state}`).toContain(p.state);
          }
          if (data.keyState && data.visual === name) expect(states, `${where}: keyState`).toContain(data.keyState);
        }
      });
    });
  }
});
