/**
 * Lifts a chapter's static visual out of the built story page: the figure the page shows
 * without JavaScript (`<figure id="<chapter>--<visual>" data-visual data-state>`), its main
 * <svg> as XML, and the page's CSS. The card then draws exactly what a reader without
 * JavaScript sees.
 */
import { attr, findElement, matchingEnd, pageStyleSources, toXml, tokenize, type StartTag, type Token } from './html';

export interface ExtractedVisual {
  /** Elements between the figure and the <svg> (outermost first), as attribute lists, so selectors such as `.debate .label` still match. */
  ancestors: [string, string][][];
  /** The figure's own attributes (class, data-visual, data-state, …), for selectors like [data-state='x'] .y. */
  figureAttrs: [string, string][];
  /** The visual's main <svg> element as XML, without width/height/x/y (the card sizes it). */
  svg: string;
  viewBox: { x: number; y: number; width: number; height: number };
  /** The root <svg>'s class attribute (rules aimed at it must not resize it). */
  svgClasses: string[];
}

function parseViewBox(value: string | undefined): ExtractedVisual['viewBox'] | null {
  const n = (value ?? '').trim().split(/[\s,]+/).map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return null;
  const [x, y, width, height] = n as [number, number, number, number];
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

function sizeOf(tag: StartTag): ExtractedVisual['viewBox'] | null {
  const box = parseViewBox(attr(tag, 'viewbox'));
  if (box) return box;
  const width = parseFloat(attr(tag, 'width') ?? '');
  const height = parseFloat(attr(tag, 'height') ?? '');
  return width > 0 && height > 0 ? { x: 0, y: 0, width, height } : null;
}

const SIZING = new Set(['width', 'height', 'x', 'y', 'style', 'viewbox', 'preserveaspectratio']);

export interface PageParts {
  tokens: Token[];
  css: string;
}

/**
 * Reads a built page. Linked stylesheets (`<link rel=stylesheet href=…>`) are fetched with
 * `load` (from the output folder at build, over HTTP in dev) and kept in document order;
 * without `load`, or when one cannot be read, only inline <style> counts.
 */
export async function readPage(html: string, load?: (href: string) => Promise<string | null>): Promise<PageParts> {
  const tokens = tokenize(html);
  const parts = await Promise.all(pageStyleSources(tokens).map(async (s) => ('css' in s ? s.css : ((await load?.(s.href)) ?? ''))));
  return { tokens, css: parts.join('\n') };
}

/** The visual inside figure `figureId` of the page, or null when the page has no such figure or it has no sized <svg>. */
export function extractVisual(page: PageParts, figureId: string, fixStyle: (style: string) => string = (s) => s): ExtractedVisual | null {
  const { tokens } = page;
  const figure = findElement(tokens, (t) => t.name === 'figure' && attr(t, 'id') === figureId);
  if (!figure) return null;
  const [fStart, fEnd] = figure;
  const figureTag = tokens[fStart] as StartTag;
  // Outermost <svg> elements of the figure; the largest is the picture (others may be legends or icons).
  let best: { at: [number, number]; box: ExtractedVisual['viewBox']; tag: StartTag } | null = null;
  for (let i = fStart + 1; i < fEnd; i++) {
    const t = tokens[i]!;
    if (t.type !== 'start' || t.name.toLowerCase() !== 'svg') continue;
    const end = matchingEnd(tokens, i);
    const box = sizeOf(t);
    if (box && (!best || box.width * box.height > best.box.width * best.box.height)) best = { at: [i, end], box, tag: t };
    i = end;
  }
  if (!best) return null;
  // The open elements between the figure and the chosen <svg>.
  const open: StartTag[] = [];
  for (let i = fStart + 1; i < best.at[0]; i++) {
    const t = tokens[i]!;
    if (t.type === 'start') {
      if (matchingEnd(tokens, i) > best.at[0]) open.push(t);
    }
  }
  // Keep the root's inline style except sizing (it may carry colours or custom properties).
  const style = (attr(best.tag, 'style') ?? '')
    .split(';')
    .filter((d) => d.trim() && !/^\s*(?:(?:min-|max-)?(?:width|height)|aspect-ratio|display)\s*:/i.test(d))
    .join(';');
  const svg = toXml(tokens, best.at[0], best.at[1], (attrs, isRoot) => {
    if (isRoot) {
      const kept = attrs.filter(([k]) => !SIZING.has(k.toLowerCase()) && k.toLowerCase() !== 'xmlns');
      const fixed = fixStyle(style);
      return fixed ? [...kept, ['style', fixed]] : kept;
    }
    return attrs.map(([k, v]): [string, string] => (k.toLowerCase() === 'style' ? [k, fixStyle(v)] : [k, v]));
  });
  return {
    ancestors: open.map((t) => t.attrs.filter(([k]) => /^(class|id|data-[\w-]+|role)$/.test(k))),
    figureAttrs: figureTag.attrs.filter(([k]) => k !== 'data-descriptions'),
    svg,
    viewBox: best.box,
    svgClasses: (attr(best.tag, 'class') ?? '').split(/\s+/).filter(Boolean),
  };
}
