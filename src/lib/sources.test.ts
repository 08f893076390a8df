/** The one sources module: how every source is named, dated, linked and labelled. */
import { describe, expect, it } from 'vitest';
import { LOW_HOSTS } from '../../scripts/check-sources.mjs';
import { cite, citation, citationHtml, downloadFields, hostOf, kindLabel, source, sourceDate, sources } from './sources';

describe('cite', () => {
  it('names the original publisher and the date, never the host that carried it', () => {
    expect(cite('ap_nov10')).toBe('Associated Press, Nov 10, 2022');
    expect(cite('S11')).toBe('CNN, Nov 12, 2022');
    expect(cite('S01')).toBe('POLITICO, Nov 14, 2022');
    expect(cite('dod_nov23_via_twitchy')).toBe('U.S. Department of Defense, Nov 23, 2022');
  });

  it('is the record’s publisher, exactly, and a date with no note cut off', () => {
    for (const s of sources.values()) {
      const text = cite(s);
      expect(text.startsWith(`${s.publisher}, `), s.id).toBe(true);
      expect(text.slice(s.publisher.length + 2), s.id).toMatch(/^(?:[A-Z][a-z]{2} (?:\d{1,2}(?:–\d{1,2})?, )?)?\d{4}$/);
    }
  });
});

describe('sourceDate', () => {
  it('prints day, month and year once, whatever note follows the date', () => {
    expect(sourceDate('2022-11-11')).toBe('Nov 11, 2022');
    expect(sourceDate('2022-11 (after 4 Nov)')).toBe('Nov 2022');
    expect(sourceDate('2022-11-04/05')).toBe('Nov 4–5, 2022');
    expect(sourceDate('snapshot 2022 (undated)')).toBe('2022');
    expect(sourceDate("2022-11-11 (from the item's content; page metadata says 2022-10-28)")).toBe('Nov 11, 2022');
  });
});

describe('links and their labels', () => {
  it('label every link that is not the publisher’s own page, from the record', () => {
    expect(kindLabel(source('ap_nov10'))).toBe('full copy in the Los Angeles Times');
    expect(kindLabel(source('dod_aug8'))).toBe('DoD listing for Aug 8');
    expect(kindLabel(source('S10'))).toBe('copy consulted');
    expect(kindLabel(source('S02'))).toBeNull();
    expect(kindLabel(source('S79'))).toBe('full copy in KTAR News');
  });

  it('link the record’s url: never the copy consulted (unless it is the url) nor a guessed address', () => {
    for (const s of sources.values()) {
      const c = citation(s);
      expect(c.href).toBe(s.url);
      const hrefs = [...citationHtml(s).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
      expect(hrefs, s.id).toEqual([s.url]);
      expect(hrefs).not.toContain(s.unverifiedOriginalUrl);
      if (s.consultedUrl !== s.url) expect(hrefs).not.toContain(s.consultedUrl);
    }
  });

  it('say “copy consulted” beside every link to a host the audit rates low', () => {
    const low = [...sources.values()].filter((s) => LOW_HOSTS.has(hostOf(s.url)));
    expect(low.length).toBeGreaterThan(20);
    for (const s of low) expect(citationHtml(s), s.id).toContain('<small class="source-kind">(copy consulted)</small>');
  });

  it('give downloads the copy consulted and any unverified address, labelled as such', () => {
    const d = downloadFields('S45');
    expect(d.source_cited_as).toBe('The Hill, Nov 10, 2022');
    expect(d.source_url).toBe(source('S45').url);
    expect(d.source_unverified_original_url).toMatch(/^https:\/\/thehill\.com\//);
    expect(Object.keys(d)).toContain('source_consulted_url');
  });
});

describe('records', () => {
  it('hold every pack’s sources under one id each, and ids that sit in several packs agree', () => {
    expect(sources.has('S02')).toBe(true);
    expect(source('rferl_nov10').packs).toEqual(['us-packages', 'capabilities', 'article-items']);
    expect(sources.has('S33')).toBe(false);
    expect(sources.has('exbulletin_nov10')).toBe(false);
    expect(() => source('S33')).toThrow(/unknown source id "S33"/);
  });
});
