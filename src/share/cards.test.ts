/** The real story's share cards, drawn from content/ (lib/story-from-files.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { publisherNames } from '../lib/sources';
import { storyFromFiles, visualMetas } from '../lib/story-from-files';
import { MIN_TEXT } from '../visuals/types';
import { buildShareModel } from './model';
import { textWidth } from '../visuals/kit/text-metrics';

const { story, meta } = storyFromFiles();
const model = buildShareModel({ story, ...meta, visuals: visualMetas, reportedBy: publisherNames(meta.articleSources) });
vi.mock('./share-data', () => ({ getShareModel: async () => model }));
const { chooseCard, drawCard } = await import('./cards');
const { FACES, chapterSvg, rasterize, siteSvg } = await import('./compose');

const dataFiles = readdirSync('content/data', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
const data = dataFiles.map((f) => readFileSync(`content/data/${f}`, 'utf8')).join('\n');

describe('share cards of the real story', () => {
  const chosen = model.chapters.map((c) => ({ chapter: c, ...chooseCard(c, model.site.reportedBy) }));
  const first = model.chapters[0]!;
  const typographic = { chapter: { slug: 'typographic' }, svg: chapterSvg({ headline: first.headline, siteName: model.site.name }, null, first.firstPassage) };
  const cardSvgs = [
    ...chosen.map(({ chapter, body }) => ({ chapter, svg: chapterSvg({ headline: chapter.headline, siteName: model.site.name }, body, chapter.firstPassage) })),
    { chapter: { slug: 'story' }, svg: siteSvg(model.site.name, model.site.tagline, 'kicker') },
    typographic,
  ];

  it('sets every text at 40 px or more on a 1200×630 card', async () => {
    await mkdir('reports/cards', { recursive: true });
    await writeFile('reports/cards/typographic-fallback.png', await rasterize(typographic.svg));
    for (const { chapter, svg } of cardSvgs) {
      const sizes = [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length, chapter.slug).toBeGreaterThan(2);
      expect(svg.match(/<text\b/g)!.length, `${chapter.slug}: every <text> has a size`).toBe(sizes.length);
      expect(Math.min(...sizes), chapter.slug).toBeGreaterThanOrEqual(MIN_TEXT);
      // No text inside a scaled group (its size would not be card px).
      expect(svg, chapter.slug).not.toMatch(/scale\([^)]*\)[^>]*>(?:(?!<\/g>).)*<text/s);
    }
  });

  it('wraps with widths that err wide against Pango, the shaper librsvg draws the text with', async () => {
    const faceOf = Object.fromEntries(Object.entries(FACES).map(([face, attrs]) => [attrs, face])) as Record<string, keyof typeof FACES>;
    const names: Record<keyof typeof FACES, string> = { cardSans: 'DejaVu Sans', cardSansBold: 'DejaVu Sans Bold', cardSerifItalic: 'DejaVu Serif Italic', cardSerifBold: 'DejaVu Serif Bold' };
    let lines = 0;
    for (const { chapter, svg } of cardSvgs) {
      for (const [, attrs, size, spans] of svg.matchAll(/<text [^>]*?(font-family="[^"]*" font-weight="[^"]*" font-style="[^"]*") font-size="(\d+)"[^>]*>(.*?)<\/text>/g)) {
        const face = faceOf[attrs!]!;
        for (const [, line] of spans!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)) {
          const { info } = await sharp({ text: { text: line!, font: `${names[face]} ${size}`, dpi: 72 } }).png().toBuffer({ resolveWithObject: true });
          const text = line!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
          // Advances leave out an italic's overhang past its last letter: a few hundredths of an em, inside the card's padding.
          expect(textWidth(text, Number(size), face), `${chapter.slug}: ${text}`).toBeGreaterThanOrEqual(info.width - 0.03 * Number(size));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(30);
  }, 60_000);

  it('quotes only words that are in content/data and in the chapter as read, with speaker and publisher', () => {
    const quotes = chosen.filter((c) => c.body?.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const { chapter, body } of quotes) {
      if (body?.kind !== 'quote') continue;
      expect(data, chapter.slug).toContain(body.quote);
      expect(chapter.text, chapter.slug).toContain(body.quote);
      expect(body.speaker).toMatch(/\S/);
      expect(body.credit.length).toBeGreaterThan(0);
    }
  });

  it('draws 1200×630 PNGs that differ from chapter to chapter', async () => {
    await mkdir('reports/cards', { recursive: true });
    const thumbs: Buffer[] = [];
    for (const slug of [...model.chapters.map((c) => c.slug), null]) {
      const { png } = await drawCard(slug);
      await writeFile(`reports/cards/${slug ?? 'story'}.png`, png);
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
      const thumb = await sharp(png).removeAlpha().resize(120, 63, { fit: 'fill' }).raw().toBuffer();
      for (const other of thumbs) expect(thumb.equals(other), `${slug} differs`).toBe(false);
      thumbs.push(thumb);
    }
  }, 60_000);
});
