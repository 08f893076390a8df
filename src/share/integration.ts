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
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { renderChapterCard, renderSiteCard, type CardVisual, type RenderOptions } from './card';
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
    return { svg: found.svg, viewBox: found.viewBox, figureAttrs: found.figureAttrs, ancestors: found.ancestors, svgClasses: found.svgClasses, css };
  };

  const results: CardResult[] = [];
  // SHARE_CARDS_DEBUG=1 keeps each card's SVG (card.svg beside card.png) for visual authors.
  const debug = Boolean(process.env.SHARE_CARDS_DEBUG);
  const svgs = new Map<string, string>();
  const optionsFor = (path: string): RenderOptions => (debug ? { onSvg: (svg) => svgs.set(path, svg) } : {});
  const write = async (path: string, png: Buffer, chapter: string | null, visual: string | null) => {
    const file = join(outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    const svg = svgs.get(path);
    if (svg) await writeFile(file.replace(/\.png$/, '.svg'), svg);
    results.push({ path, chapter, visual, bytes: png.length });
  };

  const renderChapter = async (chapter: ShareModel['chapters'][number]) => {
    const path = chapter.image.replace(/^\//, '');
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
      png = await renderChapterCard({ ...input, visual }, optionsFor(path));
    } catch (error) {
      if (!visual) throw error;
      warn(`share card ${chapter.slug}: the visual could not be drawn (${(error as Error).message}); drawing a typographic card`);
      visual = null;
      png = await renderChapterCard({ ...input, visual: null }, optionsFor(path));
    }
    await write(path, png, chapter.slug, visual ? chapter.visual!.name : null);
    return visual;
  };
  // Two at a time: sharp works off the main thread, Pango and librsvg are the slow parts.
  const drawn: (CardVisual | null)[] = new Array(model.chapters.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < model.chapters.length) {
      const i = next++;
      drawn[i] = await renderChapter(model.chapters[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  // The story card shows the first chapter drawn with each distinct visual, in story order.
  const siteVisuals: CardVisual[] = [];
  const seen = new Set<string>();
  model.chapters.forEach((chapter, i) => {
    const visual = drawn[i];
    if (visual && chapter.visual && !seen.has(chapter.visual.name)) {
      seen.add(chapter.visual.name);
      siteVisuals.push(visual);
    }
  });
  const sitePath = model.site.image.replace(/^\//, '');
  const siteInput = { siteName: model.site.name, tagline: model.site.tagline, dek: model.site.dek, count: model.chapters.length };
  const siteCss = cssForRasterizer(page.css, { rootSvgClasses: [...new Set(siteVisuals.slice(0, 4).flatMap((v) => v.svgClasses ?? []))] });
  let site: Buffer;
  try {
    site = await renderSiteCard({ ...siteInput, visuals: siteVisuals, css: siteCss }, optionsFor(sitePath));
  } catch (error) {
    warn(`share card (story): the visuals could not be drawn (${(error as Error).message}); drawing a typographic card`);
    site = await renderSiteCard({ ...siteInput, visuals: [] }, optionsFor(sitePath));
  }
  await write(sitePath, site, null, null);
  await rm(manifestPath);
  return results;
}

export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outDir = fileURLToPath(dir);
        const results = await writeCards(outDir, (m) => logger.warn(m));
        const withVisual = results.filter((r) => r.visual).length;
        const kb = Math.round(results.reduce((n, r) => n + r.bytes, 0) / 1024);
        const used = process.cpuUsage(cpu);
        const cpuMs = Math.round((used.user + used.system) / 1000);
        logger.info(`${results.length} share cards (${withVisual} with a visual, ${kb} kB) in ${Math.round(performance.now() - started)} ms (${cpuMs} ms CPU)`);
      },
    },
  };
}
