/**
 * The card pipeline end to end on a fixture page shaped like the built story: CSS with custom
 * properties, Astro-scoped rules keyed on the figure's data-state, HTML-isms in the SVG.
 * Pixels are checked where the fixture draws known colours.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderChapterCard, renderSiteCard, type CardVisual } from './card';
import { cssForRasterizer, customProperties, styleForRasterizer } from './css';
import { extractVisual, readPage } from './visual-svg';

function page(state: string): string {
  return `<!DOCTYPE html><html class="no-js"><head><style>:root{--accent:#b3261e;--land:#e0d8b0;--sans:system-ui,"DejaVu Sans",sans-serif}
.visual{margin:0;font-family:var(--sans)}.visual svg{display:block;width:100%;height:auto}
.js .graphic-stack>.visual:not(.is-shown){opacity:0}
@media (max-width:600px){.land[data-astro-cid-abc]{fill:#00ff00}}
@media print{.land[data-astro-cid-abc]{fill:#0000ff}}
</style><style>.land[data-astro-cid-abc]{fill:var(--land)}.head[data-astro-cid-abc]{fill:color-mix(in srgb,var(--accent) 100%,white)}
[data-state=after] .wrap .head[data-astro-cid-abc]{opacity:0}.label[data-astro-cid-abc]{font-size:2rem;fill:#111}</style></head>
<body><section class="chapter scrolly" id="kherson"><figure class="visual is-shown" id="kherson--map" data-visual="map" data-state="${state}" data-descriptions="{&#34;a&#34;:1}">
<div class="wrap" data-view="x"><svg viewBox="0 0 400 300" class="map" data-astro-cid-abc role="img" aria-label="Map &amp; river"><title>A &nbsp;map</title>
<rect class="land" data-astro-cid-abc width="400" height="300"></rect>
<rect class="head" data-astro-cid-abc x="150" y="100" width="100" height="100"/>
<rect x="0" y="0" width="40" height="40" style="fill:var(--accent)"><br></rect>
<text class="label" data-astro-cid-abc x="300" y="280">Kherson&nbsp;city</text>
<script>alert(1)</script></svg><p>caption</p></div><svg viewBox="0 0 10 10" class="icon"><circle r="5"/></svg></figure></section></body></html>`;
}

async function visualFrom(html: string): Promise<CardVisual> {
  const parts = await readPage(html);
  const vars = customProperties(parts.css);
  const found = extractVisual(parts, 'kherson--map', (s) => styleForRasterizer(s, vars));
  expect(found).not.toBeNull();
  return { ...found!, css: cssForRasterizer(parts.css, { rootSvgClasses: found!.svgClasses }) };
}

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  return [...(await sharp(png).removeAlpha().extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer())];
}

const base = { siteName: 'Mixed messages', tagline: 'An explainer of POLITICO’s report of 14 November 2022', number: 8, count: 12, headline: 'Kherson retaken, and the river becomes the front', text: 'Kyiv believes its forces now have momentum after retaking the southern city of Kherson.' };
// Centre of the visual's box on a visual card, and a point inside its land but outside the head.
const CENTRE = [850, 315] as const;
const LAND = [1100, 200] as const;
const near = (a: number[], b: number[], tolerance = 3) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe('extractVisual', () => {
  it('lifts the figure’s main svg as well-formed XML without scripts or sizing', async () => {
    const v = await visualFrom(page('before'));
    expect(v.viewBox).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(v.svg).toMatch(/^<svg class="map" data-astro-cid-abc="" role="img" aria-label="Map &amp; river">/);
    expect(v.svg).not.toContain('script');
    expect(v.svg).not.toContain('viewBox');
    expect(v.svg).toContain('Kherson\u00a0city');
    expect(v.svg).toContain('<br/></rect>');
    expect(v.svg).toContain('style="fill:#b3261e"');
    expect(v.figureAttrs).toContainEqual(['data-state', 'before']);
    // The largest svg is the picture; the elements around it are kept for descendant selectors.
    expect(v.ancestors).toEqual([[['class', 'wrap'], ['data-view', 'x']]]);
    expect(v.figureAttrs.map(([k]) => k)).not.toContain('data-descriptions');
  });
  it('returns null for a missing figure or a figure without an svg', async () => {
    expect(extractVisual(await readPage(page('before')), 'nope--map')).toBeNull();
    expect(extractVisual(await readPage('<figure id="x--y"><p>no picture</p></figure>'), 'x--y')).toBeNull();
  });
});

describe('readPage', () => {
  it('reads linked stylesheets in document order, skipping print-only ones', async () => {
    const html = '<head><link rel="stylesheet" href="/a.css"><style>.b{fill:red}</style><link rel="stylesheet" media="print" href="/p.css"><link rel="icon" href="/i.svg"></head>';
    const asked: string[] = [];
    const parts = await readPage(html, async (href) => (asked.push(href), `.from-${href.slice(1, 2)}{fill:blue}`));
    expect(asked).toEqual(['/a.css']);
    expect(parts.css).toBe('.from-a{fill:blue}\n.b{fill:red}');
  });
});

describe('renderChapterCard', () => {
  it('draws the visual in its key state with the page’s CSS resolved', async () => {
    const before = await renderChapterCard({ ...base, visual: await visualFrom(page('before')) });
    const after = await renderChapterCard({ ...base, visual: await visualFrom(page('after')) });
    for (const png of [before, after]) {
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
    // var(--land) resolved; neither the phone nor the print rule applied.
    expect(near(await pixel(before, ...LAND), [0xe0, 0xd8, 0xb0])).toBe(true);
    // color-mix() of var(--accent) resolved; the state rule hides it in "after".
    expect(near(await pixel(before, ...CENTRE), [0xb3, 0x26, 0x1e])).toBe(true);
    expect(near(await pixel(after, ...CENTRE), [0xe0, 0xd8, 0xb0])).toBe(true);
    // The headline panel is there, on the left.
    const panel = await sharp(before).extract({ left: 0, top: 0, width: 500, height: 630 }).stats();
    expect(Math.max(...panel.channels.map((c) => c.stdev))).toBeGreaterThan(20);
  });

  it('draws a typographic card without a visual, different for a different headline', async () => {
    const a = await renderChapterCard({ ...base, visual: null });
    const b = await renderChapterCard({ ...base, headline: 'Will the aid keep flowing?', number: 12, visual: null });
    const stats = await sharp(a).stats();
    expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev))).toBeGreaterThan(20);
    expect(a.equals(b)).toBe(false);
    // Paper-coloured, not white, where a visual would be.
    expect(near(await pixel(a, 1190, 4), [0xf4, 0xf1, 0xea])).toBe(true);
  });

  it('fits a very long headline by setting it smaller', async () => {
    const long = 'A headline that goes on and on, far longer than any editor would allow, to see it still fits the panel';
    const png = await renderChapterCard({ ...base, headline: long, visual: await visualFrom(page('before')) });
    // Nothing drawn over the visual: its centre keeps its colour.
    expect(near(await pixel(png, ...CENTRE), [0xb3, 0x26, 0x1e])).toBe(true);
  });
});

describe('renderSiteCard', () => {
  it('draws the story card with and without visuals', async () => {
    const v = await visualFrom(page('before'));
    for (const visuals of [[], [v], [v, v, v, v]]) {
      const png = await renderSiteCard({ siteName: 'Mixed messages', tagline: base.tagline, dek: 'Days after Ukraine retook Kherson, America’s top general said neither side could win the war by force.', count: 12, visuals });
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
  });
});
