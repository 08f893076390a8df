import { escapeXml } from '../kit/escape';
import { describe, expect, it } from 'vitest';
import { NOTES_TOKEN, allPickCards, idsOfStates, pickCardHtml, renderFigure, rowCardHtml, rowHrefOf, stateCardHtml, viewsNeeded } from './render';
import { ROWS } from './layout';
import { events, voices } from './model';
import { STATE_NAMES, stateDef } from './states';

const options = (state: string, states: string[] = [...STATE_NAMES], local: Set<string> | 'all' = 'all') => ({
  state,
  states,
  idPrefix: 'chapter--debate',
  notesPrefix: 'chapter--debate--notes',
  homePrefix: 'home--debate--notes',
  local,
});
const rows = rowHrefOf(options('milley'));
/** Readable goldens: one element per line. */
const pretty = (html: string): string => html.replace(/></g, '>\n<') + '\n';

describe('renderFigure', () => {
  for (const state of STATE_NAMES) {
    it(`matches the golden pictures of "${state}" (its SVG on each artboard, and its panel's card)`, async () => {
      const html = renderFigure(options(state));
      const [wide, compact] = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      expect(wide).toContain('class="debate-svg dv-wide"');
      expect(compact).toContain('class="debate-svg dv-compact"');
      await expect(pretty(wide!)).toMatchFileSnapshot(`./__golden__/${state}.svg`);
      await expect(pretty(compact!)).toMatchFileSnapshot(`./__golden__/${state}.compact.svg`);
      await expect(pretty(stateCardHtml(state, rows))).toMatchFileSnapshot(`./__golden__/${state}.card.html`);
    });
  }
  it('draws a different picture for every state', () => {
    const seen = new Map<string, string>();
    for (const state of STATE_NAMES) {
      const html = renderFigure(options(state));
      expect(seen.get(html), `${state} renders like ${seen.get(html)}`).toBeUndefined();
      seen.set(html, state);
    }
  });
  it('bakes the key state: its view, its highlighted marks and its card', () => {
    for (const state of STATE_NAMES) {
      const def = stateDef(state);
      const html = renderFigure(options(state));
      const root = html.slice(0, html.indexOf('>') + 1);
      expect(root).toContain(`data-view="${def.view}"`);
      const on = [...html.matchAll(/class="(?:dv-mark|dv-chip)[^"]*\bis-on\b[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);
      expect([...new Set(on)].sort(), state).toEqual([...def.focus].sort()); // on both artboards
      expect(html).toContain(stateCardHtml(state, rows));
      expect(root.includes('data-focus'), state).toBe(def.focus.length > 0);
    }
  });
  it('makes every voice and every event a link to its notes entry, with an accessible name', () => {
    const html = renderFigure(options('unified-front'));
    for (const v of voices) expect(html).toMatch(new RegExp(`data-id="${v.id}" href="#chapter--debate--notes-v-${v.id}" aria-label="${escapeXml(v.name).replace(/[.()]/g, '.')}`));
    for (const e of events) expect(html).toContain(`data-id="${e.id}" href="#chapter--debate--notes-e-${e.id}" aria-label="`);
  });
  it('renders only the views the chapter needs', () => {
    const week = renderFigure(options('week-ankara', ['week-ankara']));
    expect(week).toContain('dv-week');
    expect(week).not.toContain('dv-spectrum');
    const spectrum = renderFigure(options('hodges', ['hodges']));
    expect(spectrum).not.toContain('dv-week');
    expect(viewsNeeded(['singh', 'public-private'])).toEqual(new Set(['spectrum', 'private']));
  });
  it('prefixes its ids and leaves no undefined or NaN behind', () => {
    for (const state of STATE_NAMES) {
      const html = renderFigure(options(state));
      for (const [, id] of html.matchAll(/ id="([^"]+)"/g)) expect(id!.startsWith('chapter--debate')).toBe(true);
      expect(html).not.toMatch(/undefined|NaN|null/);
    }
  });
  it('carries, for the client, each chapter state’s view, highlighted marks and card, and no other state', () => {
    const html = renderFigure(options('sullivan', ['sullivan', 'nsc']));
    const templates = [...html.matchAll(/<template data-state="([^"]+)" data-view="([^"]+)" data-focus="([^"]*)">/g)];
    expect(templates.map((t) => t[1])).toEqual(['sullivan', 'nsc']);
    for (const [, state, view, focus] of templates) {
      expect(view).toBe(stateDef(state!).view);
      expect(focus).toBe(stateDef(state!).focus.join(' '));
      expect(html).toContain(stateCardHtml(state!, rows));
    }
  });
  it('builds a card for every mark the figure draws, for debate-cards.json', () => {
    const cards = allPickCards();
    const html = renderFigure(options('unified-front', ['unified-front', 'week']));
    const ids = [...html.matchAll(/ data-id="([^"]+)" href=/g)].map((m) => m[1]!);
    expect(Object.keys(cards).sort()).toEqual([...new Set(ids)].sort());
    for (const [id, card] of Object.entries(cards)) {
      expect(card, id).toContain(`href="#${NOTES_TOKEN}-`);
      expect(card, id).toContain('class="dc-src"');
    }
  });
  it('outside the chapter holding the full tables, links marks it lists to its own notes and the others to the full tables', () => {
    const local = idsOfStates(['singh', 'singh-diplomacy']);
    expect([...local].sort()).toEqual(['milley', 'singh']);
    const html = renderFigure(options('singh', ['singh', 'singh-diplomacy'], local));
    expect(html).toContain('data-id="singh" href="#chapter--debate--notes-v-singh"');
    expect(html).toContain('data-id="milley" href="#chapter--debate--notes-v-milley"');
    expect(html).toContain('data-id="hodges" href="#home--debate--notes-v-hodges"');
  });
  it('on phones, each row heading opens its meaning (the explanation the wide artboard draws beside it)', () => {
    const html = renderFigure(options('unified-front', ['unified-front']));
    const compact = html.slice(html.indexOf('<svg class="debate-svg dv-compact"'));
    for (const row of ROWS) {
      expect(compact).toContain(`data-row="${row.key}" href="#chapter--debate--notes-h" aria-label="${row.label}: ${row.note}"`);
      expect(html).toContain(`<template data-row-card="${row.key}">${rowCardHtml(row.key, '#chapter--debate--notes-h')}</template>`);
      expect(rowCardHtml(row.key, '#x')).toContain(row.note);
    }
    expect(compact).not.toContain('dv-row-note');
  });
  it('links every source it cites to its URL', () => {
    const card = pickCardHtml('state', rows);
    expect(card).toContain('href="https://');
    expect(card).toContain('preparing the ground for possible peace talks');
    expect(pickCardHtml('sullivan-private', rows)).toContain('bona fide');
    expect(pickCardHtml('barrage', rows)).toContain('after the report');
  });
});
