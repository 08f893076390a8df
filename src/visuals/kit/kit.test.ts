import { describe, expect, it } from 'vitest';
import { toCsv, objectsToCsv } from './csv';
import { dayOfWeek, longDate, shortDate, weekdayDate } from './dates';
import { escapeXml } from './escape';
import { figureId, notesId, passageId } from './ids';
import { num, round } from './round';
import { isSlug } from './slug';
import { glyphWidth, textWidth, wrapText } from './text-metrics';
import { FALLBACK, SERVED_FILES } from './glyph-widths';
import { FACES } from '../../build/fonts';
import { MEDIA, tokensCss } from './tokens';
import { foldWhitespace } from './whitespace';

describe('kit', () => {
  it('escapes markup for text and attributes', () => {
    expect(escapeXml(`<a href="x">Tom's & "Jerry"</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; &quot;Jerry&quot;&lt;/a&gt;');
    expect(escapeXml(12)).toBe('12');
  });
  it('folds runs of spaces, tabs and newlines and trims', () => {
    expect(foldWhitespace('  a\n\tb   c \n')).toBe('a b c');
  });
  it('writes RFC 4180 CSV: CRLF, quoted fields, doubled quotes, empty nulls', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], [null, 'line\nbreak'], [1.5, undefined]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n,"line\nbreak"\r\n1.5,\r\n');
    expect(objectsToCsv(['n', 'm'], [{ n: 1, m: 'a\rb' }])).toBe('n,m\r\n1,"a\rb"\r\n');
  });
  it('formats dates US style in UTC', () => {
    expect(shortDate('2022-11-04')).toBe('Nov 4');
    expect(shortDate('2022-11-04T23:59:00Z', true)).toBe('Nov 4, 2022');
    expect(longDate(new Date('2022-11-14T00:00:00Z'))).toBe('November 14, 2022');
    expect(weekdayDate('2022-11-14')).toBe('Monday, November 14, 2022');
    expect(dayOfWeek('2022-11-08')).toBe('Tue 8');
    expect(() => shortDate('soon')).toThrow(/not a date/);
  });
  it('rounds to one decimal by default', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(12.345, 2)).toBe(12.35);
    expect(num(3)).toBe('3');
    expect(num(2.96)).toBe('3');
  });
  it('knows a slug', () => {
    expect(isSlug('calls-to-kyiv')).toBe(true);
    for (const bad of ['Kherson', 'a--b', '-a', 'a-', '1a', '', 'a b']) expect(isSlug(bad), bad).toBe(false);
  });
  it('builds ids in one place', () => {
    expect(figureId('kherson', 'kherson-map')).toBe('kherson--kherson-map');
    expect(notesId('kherson', 'kherson-map')).toBe('kherson--kherson-map--notes');
    expect(passageId('kherson', 0)).toBe('kherson-1');
  });
  it('estimates text widths and wraps', () => {
    expect(textWidth('Mw', 10)).toBeGreaterThan(textWidth('il', 10));
    expect(textWidth('Kherson', 16, true)).toBeGreaterThan(textWidth('Kherson', 16));
    const lines = wrapText('one two three four five six', 10, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
  });
  it('measures with the faces the page serves, and counts an unknown character wide', () => {
    const served = FACES.filter((f) => f.family === 'Source Sans 3').map((f) => [f.weight, f.from]);
    expect(served).toEqual([[400, SERVED_FILES.sans], [700, SERVED_FILES.sansBold]]);
    // The house sans's own advances, and its stand-in's (Liberation Sans × size-adjust 0.929):
    expect([...'Kherson'].reduce((w, ch) => w + glyphWidth(ch), 0)).toBeCloseTo(0.579 + 0.544 + 0.496 + 0.347 + 0.419 + 0.542 + 0.547, 6);
    expect([...'iiiii'].reduce((w, ch) => w + glyphWidth(ch, 'standInSans'), 0)).toBeCloseTo(5 * 0.206, 6);
    // Laid out for the wider of the two: "iiiii" is wider in the house sans, "WWWWW" in the stand-in.
    for (const text of ['Kherson', 'iiiii', 'WWWWW', 'Nov 20']) {
      const own = [...text].reduce((w, ch) => w + glyphWidth(ch), 0);
      const standIn = [...text].reduce((w, ch) => w + glyphWidth(ch, 'standInSans'), 0);
      expect(textWidth(text, 100)).toBeCloseTo(100 * Math.max(own, standIn), 6);
    }
    expect(textWidth('iiiii', 1)).toBeGreaterThan([...'iiiii'].reduce((w, ch) => w + glyphWidth(ch, 'standInSans'), 0));
    expect(textWidth('WWWWW', 1)).toBeGreaterThan([...'WWWWW'].reduce((w, ch) => w + glyphWidth(ch), 0));
    expect(textWidth('Kherson', 100, 'cardSans')).toBeGreaterThan(textWidth('Kherson', 100)); // DejaVu runs wider
    expect(glyphWidth('Ж')).toBe(FALLBACK[0]! / 1000); // the house sans has no Cyrillic on the page
    expect(Math.min(...FALLBACK)).toBeGreaterThanOrEqual(1000);
  });
  it('emits the tokens as custom properties', () => {
    const css = tokensCss();
    expect(css).toContain('--ink:#1a1a1a');
    expect(css).toContain('--ink-soft:#4a4a4a');
    expect(css).toContain('--bp-wide:900px');
    expect(css).toContain(`@media ${MEDIA.narrow}{:root{--step-trigger:0.7}}`);
  });
});
