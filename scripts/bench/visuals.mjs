// @ts-check
/**
 * Time from navigation to each visual's first complete render.
 *
 * Definition: a fresh page (empty cache) is opened at the first chapter that uses the visual
 * (/#<chapter>, a deep link, so the chapter is on screen from the start); the time is the
 * `visual:<figure id>` performance mark the scroll engine sets right after the visual's client
 * has been loaded and its first update() has returned (src/engine/scroll-engine.ts, applyState;
 * for a visual without client.ts, after the engine has set its state). performance.now() is
 * measured from navigation start. Also reported: when its client chunk finished downloading
 * (Resource Timing) and the page's first contentful paint, for context.
 */
import { median } from './site.mjs';

/**
 * @param {import('playwright-core').Browser} browser @param {string} baseURL @param {string} chapter
 * @param {string} figureId @param {string | null} chunk @param {{ width: number, height: number }} viewport
 */
async function once(browser, baseURL, chapter, figureId, chunk, viewport) {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  await page.goto(`/#${chapter}`, { waitUntil: 'commit' });
  const result = await page
    .waitForFunction(
      ({ mark, chunk: c }) => {
        const m = performance.getEntriesByName(mark)[0];
        if (!m) return null;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const res = c ? /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).find((r) => new URL(r.name).pathname === c) : null;
        return { render: m.startTime, fcp: fcp ? fcp.startTime : null, chunkLoaded: res ? res.responseEnd : null };
      },
      { mark: `visual:${figureId}`, chunk },
      { timeout: 15_000, polling: 50 },
    )
    .then((h) => h.jsonValue())
    .catch(() => null);
  await context.close();
  return result;
}

/** For each visual on the story page (first chapter using it), median of `runs` fresh loads. */
/**
 * @param {import('playwright-core').Browser} browser @param {string} baseURL
 * @param {{ entry: Record<string, string> }} chunks the visuals' client chunks (bytes.mjs)
 * @param {{ runs?: number, viewport?: { width: number, height: number } }} [options]
 */
export async function visualRenderTimes(browser, baseURL, chunks, { runs = 3, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const figures = await page.evaluate(() => {
    /** @type {Map<string, { name: string, chapter: string, figure: string }>} */
    const seen = new Map();
    for (const fig of document.querySelectorAll('section.chapter[data-scrolly] [data-visual]')) {
      const name = /** @type {HTMLElement} */ (fig).dataset.visual ?? '';
      if (!seen.has(name)) seen.set(name, { name, chapter: fig.closest('section')?.id ?? '', figure: fig.id });
    }
    return [...seen.values()];
  });
  await context.close();
  const out = [];
  for (const f of figures) {
    const chunk = chunks.entry[f.name] ?? null;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(browser, baseURL, f.chapter, f.figure, chunk, viewport));
    const ok = samples.filter((s) => s !== null);
    out.push({
      visual: f.name,
      chapter: f.chapter,
      figure: f.figure,
      client: chunk,
      runs: samples.length,
      rendered: ok.length,
      render: median(ok.map((s) => s.render)),
      chunkLoaded: median(ok.map((s) => s.chunkLoaded)),
      fcp: median(ok.map((s) => s.fcp)),
      samples,
    });
  }
  return out;
}
