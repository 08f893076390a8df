import { describe, expect, it } from 'vitest';
import { textWidth } from '../kit/text-metrics';
import { COMPACT, VARIANTS, WIDE, type Variant } from './layout';
import { renderSvg } from './render';
import { statesToDraw } from './text';
import meta from './meta';
import { stateNames } from '../types';
import { rowsFor } from './table';

const STATES = stateNames(meta);

const render = (v: Variant, states: readonly string[]) => renderSvg(v, states, 'test--aid-flow', 'US aid to Ukraine, 2022');

/** Every <text> with its attributes and whether it sits inside an <a>. */
function texts(svg: string) {
  const out: { x: number; anchor: string; size: number; bold: boolean; cls: string; body: string; linked: boolean }[] = [];
  const re = /<(\/?)(a|text)\b([^>]*)>/g;
  let depthA = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(svg))) {
    const [, close, tag, attrs] = m;
    if (tag === 'a') depthA += close ? -1 : 1;
    if (tag === 'text' && !close) {
      const end = svg.indexOf('</text>', re.lastIndex);
      const body = svg.slice(re.lastIndex, end).replace(/<title>.*?<\/title>/g, '').replace(/<[^>]+>/g, '');
      const attr = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs ?? '')?.[1] ?? '';
      out.push({ x: Number(attr('x')), anchor: attr('text-anchor') || 'start', size: Number(attr('font-size')) || 12, bold: attr('font-weight') === 'bold', cls: attr('class'), body, linked: depthA > 0 || /<a\b/.test(svg.slice(re.lastIndex, end)) });
    }
  }
  return out;
}

describe('golden SVG per state', () => {
  it.each(STATES)('%s', async (state) => {
    const svg = `${render(WIDE, [state])}\n${render(COMPACT, [state])}\n`;
    await expect(svg).toMatchFileSnapshot(`./__golden__/${state}.svg`);
  });
  it('differs between states', () => {
    const all = STATES.map((s) => render(WIDE, [s]));
    expect(new Set(all).size).toBe(STATES.length);
  });
});

describe.each(VARIANTS)('renderSvg ($name)', (v) => {
  const svg = render(v, STATES);
  it('puts no link on any mark: every bar carries its details (value and source) instead', () => {
    expect(svg).not.toMatch(/<a\b/);
    const marks = [...svg.matchAll(/<rect class="af-(seg|bar|donor) [^>]*>/g)].map((m) => m[0]);
    expect(marks.length).toBeGreaterThan(30);
    for (const m of marks) expect(m).toMatch(/data-detail="[^"]*(source: |not split)/);
  });
  it('writes every text at ≥ 12.5 units on the compact artboard (≥ 12 px at 360 px wide)', () => {
    if (v.name !== 'compact') return;
    expect(Math.min(...texts(svg).map((t) => t.size))).toBeGreaterThanOrEqual(12.5);
  });
  it('prefixes every id', () => {
    const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith(`test--aid-flow-${v.name}`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('keeps every label inside the viewBox (estimated width)', () => {
    const out = texts(svg).filter((t) => {
      const w = textWidth(t.body.replaceAll('&amp;', '&'), t.size, t.bold); // the house sans' widths (kit/text-metrics.ts)
      const x0 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
      return x0 < -1 || x0 + w > v.w + 1;
    });
    expect(out.map((t) => t.body)).toEqual([]);
  });
  it('shows each state in its own layer, keyed on data-in', () => {
    for (const s of STATES) expect(svg).toMatch(new RegExp(`data-in="[^"]*\\b${s}\\b`));
  });
  it('draws every non-gap figure of the data table', () => {
    for (const s of STATES) {
      for (const row of rowsFor(s)) {
        if (row.value === null || row.series.startsWith('marker') || row.series.includes('not drawn')) continue;
        expect(svg, `${s}: ${row.item} ${row.shown_as}`).toContain(row.shown_as.replace(/&/g, '&amp;'));
      }
    }
  });
});

describe('statesToDraw', () => {
  it('adds the appropriated view wherever what-comes-next is drawn', () => {
    expect(statesToDraw(['who-else-gives', 'what-comes-next'], 'what-comes-next')).toEqual(['appropriated', 'what-comes-next', 'who-else-gives']);
    expect(statesToDraw(['stocks'], 'stocks')).toEqual(['stocks']);
  });
  it('only draws the layers a chapter needs', () => {
    const svg = render(WIDE, ['stocks']);
    expect(svg).toContain('data-in="stocks"');
    expect(svg).not.toContain('af-acts');
    expect(svg).not.toContain('af-donors');
  });
});
