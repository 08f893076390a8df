/**
 * The Astro integration that draws the share cards after the build (`astro:build:done`):
 * it reads the hand-over the build wrote (/share/cards.json, from src/pages/share/cards.json.ts),
 * lifts each chapter's static visual out of the built story page (the same SVG and CSS a reader
 * without JavaScript sees), and writes /share/<chapter>/card.png and /share/card.png.
 * A chapter whose visual cannot be found or drawn gets the typographic card, with a warning;
 * a card that cannot be written at all fails the build (the share pages link to it).
 */
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { onCardSvg, renderChapterCard, renderSiteCard, type CardVisual } from './card';
import { cssForRasterizer, customProperties, styleForRasterizer } from './css';
import type { ShareModel } from './model';
import { extractVisual, readPage } from './visual-svg';

export const MANIFEST = 'share/cards.json';

export interface CardResult {
  path: string;
  chapter: string | null;
  visual: string | null;
  bytes: number;
}

/** Renders every card into `outDir`; returns what it wrote. */
export async function writeCards(outDir: string, warn: (message: string) => void = console.warn): Promise<CardResult[]> {
  const manifestPath = join(outDir, MANIFEST);
  const model = JSON.parse(await readFile(manifestPath, 'utf8')) as ShareModel;
  const page = readPage(await readFile(join(outDir, 'index.html'), 'utf8'));
  const vars = customProperties(page.css);
  const fixStyle = (style: string) => styleForRasterizer(style, vars);
  const cssCache = new Map<string, string>();

  const visualFor = (figureId: string): CardVisual | null => {
    const found = extractVisual(page, figureId, fixStyle);
    if (!found) return null;
    const key = found.svgClasses.join(' ');
    let css = cssCache.get(key);
    if (css === undefined) {
      css = cssForRasterizer(page.css, { rootSvgClasses: found.svgClasses });
      cssCache.set(key, css);
    }
    return { svg: found.svg, viewBox: found.viewBox, figureAttrs: found.figureAttrs, css };
  };

  const results: CardResult[] = [];
  // SHARE_CARDS_DEBUG=1 keeps each card's SVG (card.svg beside card.png) for visual authors.
  let lastSvg = '';
  onCardSvg(process.env.SHARE_CARDS_DEBUG ? (svg) => (lastSvg = svg) : null);
  const write = async (path: string, png: Buffer, chapter: string | null, visual: string | null) => {
    const file = join(outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    if (lastSvg) await writeFile(file.replace(/\.png$/, '.svg'), lastSvg);
    results.push({ path, chapter, visual, bytes: png.length });
  };

  const siteVisuals: CardVisual[] = [];
  const seen = new Set<string>();
  for (const chapter of model.chapters) {
    let visual: CardVisual | null = null;
    if (chapter.visual) {
      visual = visualFor(chapter.visual.figureId);
      if (!visual) warn(`share card ${chapter.slug}: no <svg> with a viewBox in #${chapter.visual.figureId}; drawing a typographic card`);
    }
    const input = {
      siteName: model.site.name,
      tagline: model.site.tagline,
      number: chapter.number,
      count: chapter.count,
      headline: chapter.headline,
      text: chapter.firstPassage,
    };
    let png: Buffer;
    try {
      png = await renderChapterCard({ ...input, visual });
    } catch (error) {
      if (!visual) throw error;
      warn(`share card ${chapter.slug}: the visual could not be drawn (${(error as Error).message}); drawing a typographic card`);
      visual = null;
      png = await renderChapterCard({ ...input, visual: null });
    }
    await write(chapter.image.replace(/^\//, ''), png, chapter.slug, visual ? chapter.visual!.name : null);
    if (visual && chapter.visual && !seen.has(chapter.visual.name)) {
      seen.add(chapter.visual.name);
      siteVisuals.push(visual);
    }
  }
  const siteInput = { siteName: model.site.name, tagline: model.site.tagline, dek: model.site.dek, count: model.chapters.length };
  let site: Buffer;
  try {
    site = await renderSiteCard({ ...siteInput, visuals: siteVisuals });
  } catch (error) {
    warn(`share card (story): the visuals could not be drawn (${(error as Error).message}); drawing a typographic card`);
    site = await renderSiteCard({ ...siteInput, visuals: [] });
  }
  await write(model.site.image.replace(/^\//, ''), site, null, null);
  await rm(manifestPath);
  return results;
}

export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const results = await writeCards(outDir, (m) => logger.warn(m));
        const withVisual = results.filter((r) => r.visual).length;
        const kb = Math.round(results.reduce((n, r) => n + r.bytes, 0) / 1024);
        logger.info(`${results.length} share cards (${withVisual} with a visual, ${kb} kB) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
