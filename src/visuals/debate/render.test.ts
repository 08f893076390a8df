import { describe, expect, it } from 'vitest';
import { idsOfStates, renderFigure, stateSources, viewsNeeded } from './render';
import { STATE_NAMES, stateDef } from './states';
import { hasSource, source } from '../../lib/sources';
import { escapeXml } from '../kit/escape';

const options = (state: string, states: readonly string[] = STATE_NAMES) => ({ state, states, idPrefix: 'chapter--debate', notesPrefix: 'chapter--debate--notes' });
/** Readable goldens: one element per line. */
const pretty = (html: string): string => html.replace(/></g, '>\n<') + '\n';
/** The classes and state lists of the elements the client toggles, in document order. */
const toggles = (html: string): string[] => [...html.matchAll(/class="([^"]*)"(?: data-show="[^"]*")?(?: data-on="[^"]*")?/g)].map((m) => m[1]!);

describe('renderFigure', () => {
  for (const state of STATE_NAMES) {
    it(`matches the golden pictures of "${state}" (its SVG on each artboard, its note and source line)`, async () => {
      const html = renderFigure(options(state));
      const [wide, compact] = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      expect(wide).toContain('class="debate-svg dv-wide" data-artboard="wide"');
      expect(compact).toContain('class="debate-svg dv-compact" data-artboard="compact"');
      await expect(pretty(wide!)).toMatchFileSnapshot(`./__golden__/${state}.svg`);
      await expect(pretty(compact!)).toMatchFileSnapshot(`./__golden__/${state}.compact.svg`);
      const shown = [...html.matchAll(/<(p|span) class="(dv-note|dv-src)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[3]!);
      await expect(pretty(shown.join('\n'))).toMatchFileSnapshot(`./__golden__/${state}.note.html`);
    });
  }
  it('draws a different picture for every state (the classes the key state bakes in)', () => {
    const seen = new Map<string, string>();
    for (const state of STATE_NAMES) {
      const key = toggles(renderFigure(options(state))).join('|');
      expect(seen.get(key), `${state} renders like ${seen.get(key)}`).toBeUndefined();
      seen.set(key, state);
    }
  });
  it('shows exactly one note and one source line in each state, the state’s own', () => {
    for (const state of STATE_NAMES) {
      const html = renderFigure(options(state));
      const visible = [...html.matchAll(/class="(dv-note|dv-src)"/g)];
      expect(visible, state).toHaveLength(2);
      expect(html).toContain(`>${stateDef(state).note.replaceAll('’', '’')}</p>`.replace(/&/g, '&amp;'));
    }
  });
  it('puts no link on any mark: details are data-detail text, and the only links are in the source line', () => {
    const html = renderFigure(options('public-private'));
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
    expect(svgs).not.toMatch(/<a[\s>]/);
    expect(svgs.match(/data-detail="/g)!.length).toBeGreaterThan(20);
    const line = /<p class="dv-source"[\s\S]*<\/p>/.exec(html)![0];
    expect(line).toContain('data-source-line');
    expect([...line.matchAll(/href="(https?:[^"]+)"/g)].length).toBeGreaterThan(0);
  });
  it('renders only the views the chapter needs', () => {
    const html = renderFigure(options('ankara-meeting', ['ankara-meeting', 'ankara-message', 'ankara-kyiv']));
    expect(html).toContain('dv-ankara');
    expect(html).not.toContain('dv-spectrum');
    expect(html).not.toContain('dv-week');
    expect(viewsNeeded(['week', 'milley'])).toEqual(new Set(['week', 'spectrum']));
  });
  it('lists in data-show / data-on only the chapter’s states', () => {
    const states = ['week-milley', 'milley', 'second-official'];
    const html = renderFigure(options('milley', states));
    for (const m of html.matchAll(/data-(?:show|on)="([^"]*)"/g)) for (const s of m[1]!.split(' ').filter(Boolean)) expect(states).toContain(s);
  });
  it('prefixes its ids and leaves no undefined or NaN behind', () => {
    for (const state of STATE_NAMES) {
      const html = renderFigure(options(state));
      expect(html).not.toMatch(/undefined|NaN/);
      for (const m of html.matchAll(/ id="([^"]+)"/g)) expect(m[1]!.startsWith('chapter--debate')).toBe(true);
    }
  });
  it('names, in each state’s source line, POLITICO (linked) and the publishers of the people or events it highlights', () => {
    for (const state of STATE_NAMES) {
      for (const id of stateSources(state)) expect(hasSource(id), `${state}: ${id}`).toBe(true);
      const html = renderFigure(options(state, [state]));
      const line = /<p class="dv-source"[\s\S]*<\/p>/.exec(html)![0];
      expect(line).toContain('data-source="S02"');
      for (const id of stateSources(state)) expect(line, `${state} names ${id}`).toContain(escapeXml(source(id).publisher));
    }
    expect(stateSources('milley')).toEqual(['S08', 'S09', 'S06']);
    expect(renderFigure(options('milley', ['milley']))).toContain('href="#chapter--debate--notes-v-milley"');
    expect(renderFigure(options('week-barrage', ['week-barrage']))).toContain('href="#chapter--debate--notes-e-zelenskyy-address"');
  });
  it('the notes list what the figure draws', () => {
    expect(idsOfStates(['milley']).has('sullivan')).toBe(true);
    expect(idsOfStates(['milley']).has('burns')).toBe(false);
    expect(idsOfStates(['ankara-kyiv']).has('ankara')).toBe(true);
  });
});
