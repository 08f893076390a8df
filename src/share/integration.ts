/**
 * The Astro integration that draws the share cards.
 *
 * Build (`astro:build:done`): reads the hand-over the build wrote (/share/cards.json, from
 * src/pages/share/cards.json.ts), lifts each chapter's static visual out of the built story
 * page (the same SVG and CSS a reader without JavaScript sees), and writes
 * /share/<chapter>/card.png and /share/card.png, then deletes the hand-over.
 * Dev (`astro dev`): the same cards are drawn on request from the dev server's own pages.
 *
 * Then every built page's card URLs get `?v=<hash of the card>` (versions.ts), so a redrawn card
 * is a new URL for the social sites' caches.
 * A chapter whose visual cannot be found or drawn gets the typographic card, with a warning;
 * a card that cannot be written at all fails the build (the share pages link to it).
 * SHARE_CARDS_DEBUG=1 also writes each card's SVG beside its PNG.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderChapterCard, renderSiteCard, type CardVisual, type RenderOptions } from './card';
import { cssForRasterizer, customProperties, styleForRasterizer } from './css';
import type { ShareChapter, ShareModel } from './model';
import { extractVisual, readPage } from './visual-svg';
import { cardVersion, versionCardUrls } from './versions';
import { filesUnder } from '../build/precompress';

export const MANIFEST = 'share/cards.json';
const CARD_URL = /^\/share\/(?:([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/)?card\.png$/;

export interface DrawnCard {
  png: Buffer;
  /** The visual drawn on it, or null for a typographic card. */
  visual: string | null;
}

/** Draws cards for one build: `model` from the hand-over, `storyHtml` the story page as built. */
export async function cardRenderer(
  model: ShareModel,
  storyHtml: string,
  warn: (message: string) => void,
  loadStylesheet?: (href: string) => Promise<string | null>,
) {
  const page = await readPage(storyHtml, loadStylesheet);
  const vars = customProperties(page.css);
  const fixStyle = (style: string) => styleForRasterizer(style, vars);
  const cssCache = new Map<string, string>();
  const cssFor = (classes: string[]) => {
    const key = [...new Set(classes)].sort().join(' ');
    let css = cssCache.get(key);
    if (css === undefined) {
      css = cssForRasterizer(page.css, { rootSvgClasses: classes });
      cssCache.set(key, css);
    }
    return css;
  };

  const visualOf = (chapter: ShareChapter, quiet = false): CardVisual | null => {
    if (!chapter.visual) return null;
    const found = extractVisual(page, chapter.visual.figureId, fixStyle);
    if (!found) {
      if (!quiet) warn(`share card ${chapter.slug}: no <svg> with a viewBox in #${chapter.visual.figureId}; drawing a typographic card`);
      return null;
    }
    const { svg, viewBox, figureAttrs, ancestors, svgClasses } = found;
    return { svg, viewBox, figureAttrs, ancestors, svgClasses, css: cssFor(svgClasses) };
  };

  async function chapterCard(chapter: ShareChapter, options: RenderOptions = {}): Promise<DrawnCard> {
    const input = {
      siteName: model.site.name,
      tagline: model.site.tagline,
      number: chapter.number,
      count: chapter.count,
      headline: chapter.headline,
      text: chapter.firstPassage,
    };
    const visual = visualOf(chapter);
    if (visual) {
      try {
        return { png: await renderChapterCard({ ...input, visual }, options), visual: chapter.visual!.name };
      } catch (error) {
        warn(`share card ${chapter.slug}: the visual could not be drawn (${(error as Error).message}); drawing a typographic card`);
      }
    }
    return { png: await renderChapterCard({ ...input, visual: null }, options), visual: null };
  }

  async function siteCard(options: RenderOptions = {}): Promise<DrawnCard> {
    // The first chapter with each distinct visual, in story order, up to four.
    const visuals: CardVisual[] = [];
    const seen = new Set<string>();
    for (const chapter of model.chapters) {
      if (!chapter.visual || seen.has(chapter.visual.name)) continue;
      const visual = visualOf(chapter, true);
      if (!visual) continue;
      seen.add(chapter.visual.name);
      visuals.push(visual);
      if (visuals.length === 4) break;
    }
    const input = { siteName: model.site.name, tagline: model.site.tagline, dek: model.site.dek, count: model.chapters.length };
    try {
      const css = cssFor(visuals.flatMap((v) => v.svgClasses ?? []));
      return { png: await renderSiteCard({ ...input, visuals, css }, options), visual: visuals.length ? 'several' : null };
    } catch (error) {
      warn(`share card (story): the visuals could not be drawn (${(error as Error).message}); drawing a typographic card`);
      return { png: await renderSiteCard({ ...input, visuals: [] }, options), visual: null };
    }
  }

  return { chapterCard, siteCard };
}

export interface CardResult {
  path: string;
  chapter: string | null;
  visual: string | null;
  bytes: number;
  /** Content hash of the PNG, appended to its URL in the pages as ?v=. */
  version: string;
}

/** Renders every card of a build into `outDir`; returns what it wrote. */
export async function writeCards(outDir: string, warn: (message: string) => void = console.warn): Promise<CardResult[]> {
  const manifestPath = join(outDir, MANIFEST);
  const model = JSON.parse(await readFile(manifestPath, 'utf8')) as ShareModel;
  // Stylesheets the page links (if the build stops inlining CSS) are read from the output folder.
  const fromOutDir = async (href: string): Promise<string | null> => {
    const url = new URL(href, 'http://site.invalid/');
    if (url.origin !== 'http://site.invalid') return null;
    return readFile(join(outDir, decodeURIComponent(url.pathname)), 'utf8').catch(() => {
      warn(`share cards: could not read the stylesheet ${href}`);
      return null;
    });
  };
  const render = await cardRenderer(model, await readFile(join(outDir, 'index.html'), 'utf8'), warn, fromOutDir);
  const debug = Boolean(process.env.SHARE_CARDS_DEBUG);
  const results: CardResult[] = [];

  const draw = async (path: string, chapter: ShareChapter | null) => {
    let svg = '';
    const options: RenderOptions = debug ? { onSvg: (s) => (svg = s) } : {};
    const card = chapter ? await render.chapterCard(chapter, options) : await render.siteCard(options);
    const file = join(outDir, path.replace(/^\//, ''));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, card.png);
    if (svg) await writeFile(file.replace(/\.png$/, '.svg'), svg);
    results.push({ path, chapter: chapter?.slug ?? null, visual: card.visual, bytes: card.png.length, version: cardVersion(card.png) });
  };

  // Two at a time: sharp works off the main thread; Pango and librsvg are the slow parts.
  const jobs: [string, ShareChapter | null][] = [...model.chapters.map((c): [string, ShareChapter] => [c.image, c]), [model.site.image, null]];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [path, chapter] = jobs[next++]!;
      await draw(path, chapter);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  await rm(manifestPath);
  await versionPages(outDir, new Map(results.map((r) => [r.path, r.version])));
  return results;
}

/** Rewrites the card URLs in every built HTML page with their versions. */
async function versionPages(outDir: string, versions: ReadonlyMap<string, string>): Promise<void> {
  for await (const path of filesUnder(outDir)) {
    if (!path.endsWith('.html')) continue;
    const html = await readFile(path, 'utf8');
    const versioned = versionCardUrls(html, versions);
    if (versioned !== html) await writeFile(path, versioned);
  }
}

export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // Dev: draw a card when it is asked for, from the dev server's own story page and hand-over.
        server.middlewares.use((req, res, next) => {
          const match = CARD_URL.exec((req.url ?? '').split('?')[0] ?? '');
          if (!match) return next();
          const origin = `http://${req.headers.host ?? 'localhost'}`;
          void (async () => {
            const [model, html] = await Promise.all([
              fetch(`${origin}/${MANIFEST}`).then((r) => r.json() as Promise<ShareModel>),
              fetch(`${origin}/`).then((r) => r.text()),
            ]);
            const fromServer = async (href: string) => {
              const url = new URL(href, `${origin}/`);
              if (url.origin !== origin) return null;
              const response = await fetch(url);
              return response.ok ? response.text() : null;
            };
            const render = await cardRenderer(model, html, (m) => logger.warn(m), fromServer);
            const chapter = match[1] ? model.chapters.find((c) => c.slug === match[1]) : null;
            if (chapter === undefined) return next();
            const card = chapter ? await render.chapterCard(chapter) : await render.siteCard();
            res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' });
            res.end(card.png);
          })().catch((error: unknown) => next(error));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const results = await writeCards(fileURLToPath(dir), (m) => logger.warn(m));
        const withVisual = results.filter((r) => r.visual).length;
        const kb = Math.round(results.reduce((n, r) => n + r.bytes, 0) / 1024);
        const used = process.cpuUsage(cpu);
        const cpuMs = Math.round((used.user + used.system) / 1000);
        logger.info(`${results.length} share cards (${withVisual} with a visual, ${kb} kB) in ${Math.round(performance.now() - started)} ms (${cpuMs} ms CPU)`);
      },
    },
  };
}
