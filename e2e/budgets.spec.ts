/**
 * Performance budgets (issue 8), as deterministic byte and request checks of the built site.
 * Timings are noisy on a shared machine, so they live in `npm run bench`; these only count bytes
 * and requests, measured from the network of a real page load in Chromium.
 *
 *   story page   JavaScript <= 40 kB compressed on first view, and <= 40 kB for the whole story
 *                after scrolling through it; CSS <= 15 kB compressed; web fonts (the house faces,
 *                WOFF2, which is Brotli inside) <= 80 kB all together, loaded or built;
 *                no request to any origin but the page's own; no visual's client chunk (or the
 *                libraries it pulls in, or data it fetches) before its chapter is near.
 *   embed pages  JavaScript <= 25 kB compressed (every /embed/<chapter>/ page that exists).
 *
 * "Compressed" is gzip level 9 of the bytes the server sent (decoded), computed here with
 * node:zlib, so the numbers do not depend on the server's own gzip level. 1 kB = 1000 bytes.
 * Inline <script> and <style> blocks count too, as "inline ... in <page>". A failing budget
 * lists every file with its size, largest first, so the file that grew is named.
 *
 * Visual chunks are identified by name from the built entry script: Vite compiles the registry's
 * `import.meta.glob('./*\/client.ts')` into `"./<visual>/client.ts": () => import("./client.<hash>.js")`
 * (plus the shared chunks it preloads), which maps each chunk file to its visual.
 */
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kindOf, visualChunks } from '../scripts/bench/bytes.mjs';
import { oneChapterPerVisualSet, storyChapters } from './embed-helpers';

const KB = 1000;
const BUDGET = { storyJs: 40 * KB, storyCss: 15 * KB, embedJs: 25 * KB, fonts: 80 * KB } as const;
/** A visual's code may load once one of its chapters is this many viewport heights away or closer.
 * The engine asks at 1 viewport (src/engine/geometry.ts isNear); the rest is slack for scroll steps. */
const NEAR_VIEWPORTS = 1.5;

type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other';

interface Resource {
  url: string;
  kind: Kind;
  raw: number;
  gz: number;
}

interface RequestRecord {
  url: string;
  /** Index of the scroll position the page was at (or leaving) when the request started. */
  step: number;
  /** Script URLs on the initiator's stack (who asked for it), from CDP. */
  initiators: string[];
}

const gz9 = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number): string => `${(n / KB).toFixed(1)} kB`;


/** Everything one page asks for: every request (any origin), and the bodies of what it received. */
class Recorder {
  readonly requests: RequestRecord[] = [];
  readonly resources = new Map<string, Resource>();
  step = 0;
  private inflight = 0;
  private readonly bodies: Promise<void>[] = [];
  private readonly initiators = new Map<string, string[]>();

  static async attach(context: BrowserContext, page: Page): Promise<Recorder> {
    const rec = new Recorder();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const urls = new Set<string>();
      if (e.initiator.url) urls.add(e.initiator.url);
      for (let stack = e.initiator.stack; stack; stack = stack.parent) {
        for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
      }
      rec.initiators.set(e.request.url, [...urls]);
    });
    page.on('request', (request) => {
      rec.inflight++;
      rec.requests.push({ url: request.url(), step: rec.step, initiators: [] });
    });
    const done = (): void => {
      rec.inflight = Math.max(0, rec.inflight - 1);
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (response) => {
      const url = response.url();
      if (response.status() >= 300 && response.status() < 400) return;
      rec.bodies.push(
        response
          .body()
          .then((body) => {
            const kind: Kind = kindOf(url, response.headers()['content-type'] ?? '');
            rec.resources.set(url, { url, kind, raw: body.length, gz: kind === 'font' || kind === 'image' ? body.length : gz9(body) });
          })
          .catch(() => undefined),
      );
    });
    return rec;
  }

  /** Waits until no request is in flight for a little while, and every body has been read. */
  async settle(page: Page, quietMs = 150): Promise<void> {
    let quietSince = Date.now();
    for (let i = 0; i < 200; i++) {
      if (this.inflight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) break;
      await page.waitForTimeout(25);
    }
    await Promise.all(this.bodies);
    for (const r of this.requests) if (r.initiators.length === 0) r.initiators = this.initiators.get(r.url) ?? [];
  }

  of(kind: Kind): Resource[] {
    return [...this.resources.values()].filter((r) => r.kind === kind);
  }
}

/** Inline <script> (JavaScript only) and <style> blocks of the page as served. */
async function inlineBlocks(page: Page): Promise<{ js: Resource[]; css: Resource[] }> {
  const where = new URL(page.url()).pathname;
  const blocks = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => {
        const type = (s.getAttribute('type') ?? '').toLowerCase();
        return type === '' || type === 'module' || type.includes('javascript');
      })
      .map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const toResources = (texts: string[], kind: Kind, tag: string): Resource[] =>
    texts.map((text, i) => ({ url: `inline <${tag}> #${i + 1} in ${where}`, kind, raw: Buffer.byteLength(text), gz: gz9(text) }));
  return { js: toResources(blocks.js, 'js', 'script'), css: toResources(blocks.css, 'css', 'style') };
}

/** Visual name for each chunk file (pathname), from the glob map in the entry script(s). */
interface VisualChunks {
  /** visual → its own client chunk (pathname). */
  entry: Map<string, string>;
  /** chunk pathname → visuals that load it (its own chunk, or a shared library chunk it preloads). */
  owners: Map<string, Set<string>>;
}

function visualChunksFrom(sources: { url: string; text: string }[]): VisualChunks {
  const { entry, owners } = visualChunks(sources);
  return { entry: new Map(Object.entries(entry)), owners: new Map(Object.entries(owners).map(([chunk, visuals]) => [chunk, new Set(visuals)])) };
}

/** Visual folders that have a client.ts (src/visuals/<name>/client.ts). */
function visualsWithClient(info: TestInfo): string[] {
  const root = info.config.configFile ? dirname(info.config.configFile) : process.cwd();
  const dir = join(root, 'src', 'visuals');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'client.ts')));
}

function outDir(info: TestInfo): string {
  const root = info.config.configFile ? dirname(info.config.configFile) : process.cwd();
  return join(root, process.env.OUT_DIR ?? 'dist');
}

/** Distance of each visual's nearest chapter from the viewport, in viewport heights (0 = on screen). */
async function visualDistances(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const h = window.innerHeight;
    const out: Record<string, number> = {};
    for (const fig of document.querySelectorAll<HTMLElement>('section.chapter[data-scrolly] [data-visual]')) {
      const name = fig.dataset.visual ?? '';
      const box = fig.closest('section')!.getBoundingClientRect();
      const gap = Math.max(0, box.top - h, -box.bottom) / h;
      out[name] = Math.min(out[name] ?? Infinity, gap);
    }
    return out;
  });
}

function table(resources: Resource[], label?: (r: Resource) => string): string {
  return [...resources]
    .sort((a, b) => b.gz - a.gz)
    .map((r) => `  ${kb(r.gz).padStart(9)} gz9  ${kb(r.raw).padStart(9)} raw  ${r.url}${label ? label(r) : ''}`)
    .join('\n');
}

const sum = (rs: Resource[]): number => rs.reduce((s, r) => s + r.gz, 0);

function baseURLOf(info: TestInfo): string {
  return info.project.use.baseURL ?? `http://127.0.0.1:${process.env.PORT ?? 4321}`;
}

async function newContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const use = info.project.use;
  return browser.newContext({
    baseURL: baseURLOf(info),
    viewport: use.viewport ?? { width: 1280, height: 800 },
    hasTouch: use.hasTouch ?? false,
    isMobile: use.isMobile ?? false,
    deviceScaleFactor: use.deviceScaleFactor ?? 1,
  });
}

test.describe('story page budgets', () => {
  let context: BrowserContext;
  let rec: Recorder;
  let origin = '';
  let firstView: Resource[] = [];
  let inlineJs: Resource[] = [];
  let inlineCss: Resource[] = [];
  let chunks: VisualChunks = { entry: new Map(), owners: new Map() };
  let usedVisuals: string[] = [];
  let onDisk: string[] = [];
  /** Distances (viewports) of each visual's chapters at each scroll step. */
  const distances: Record<string, number>[] = [];

  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(150_000);
    onDisk = visualsWithClient(info);
    context = await newContext(browser, info);
    const page = await context.newPage();
    rec = await Recorder.attach(context, page);
    origin = new URL(baseURLOf(info)).origin;

    // First view: the page at the top, once loading is over.
    await page.goto('/', { waitUntil: 'load' });
    await rec.settle(page, 500);
    distances.push(await visualDistances(page));
    ({ js: inlineJs, css: inlineCss } = await inlineBlocks(page));
    firstView = [...rec.resources.values()];
    usedVisuals = Object.keys(distances[0] ?? {});
    const scripts = rec.of('js');
    const texts = await Promise.all(
      scripts.map(async (s) => ({ url: s.url, text: await page.evaluate((u) => fetch(u).then((r) => r.text()), s.url) })),
    );
    chunks = visualChunksFrom(texts);

    // Then through the whole story, half a viewport at a time, as far as it goes.
    const height = await page.evaluate(() => window.innerHeight);
    for (let y = height / 2, guard = 0; guard < 2000; y += height / 2, guard++) {
      rec.step = distances.length;
      const reached = await page.evaluate((top) => {
        window.scrollTo({ top, behavior: 'instant' });
        return new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY))));
      }, y);
      await rec.settle(page);
      distances.push(await visualDistances(page));
      const now = await page.evaluate(() => document.documentElement.scrollHeight);
      // The page may grow (lazy chunks) or shrink (content-visibility's size estimates are replaced
      // by real sizes as sections render): the bottom is the current height, and a scroll that no
      // longer moves means we are there.
      if (reached + height >= now - 1 || reached < y - height) break;
    }
    await rec.settle(page, 500);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  const chunkLabel = (r: Resource): string => {
    const path = r.url.startsWith('inline') ? '' : new URL(r.url).pathname;
    const owners = chunks.owners.get(path);
    return owners ? `  (visual: ${[...owners].join(', ')})` : '';
  };

  test('JavaScript on first view is within 40 kB compressed', () => {
    const js = [...firstView.filter((r) => r.kind === 'js'), ...inlineJs];
    const total = sum(js);
    expect(total, `story page, first view: ${kb(total)} of JavaScript (gzip -9), budget ${kb(BUDGET.storyJs)}:\n${table(js, chunkLabel)}`).toBeLessThanOrEqual(BUDGET.storyJs);
  });

  test('JavaScript for the whole story, scrolled through, is within 40 kB compressed', () => {
    const js = [...rec.of('js'), ...inlineJs];
    const total = sum(js);
    expect(js.length, 'the story page loads at least its engine script').toBeGreaterThan(0);
    expect(total, `story page, scrolled through: ${kb(total)} of JavaScript (gzip -9), budget ${kb(BUDGET.storyJs)}:\n${table(js, chunkLabel)}`).toBeLessThanOrEqual(BUDGET.storyJs);
  });

  test('CSS is within 15 kB compressed', () => {
    const css = [...rec.of('css'), ...inlineCss];
    const total = sum(css);
    expect(css.length, 'the story page has styles').toBeGreaterThan(0);
    expect(total, `story page: ${kb(total)} of CSS (gzip -9), budget ${kb(BUDGET.storyCss)}:\n${table(css)}`).toBeLessThanOrEqual(BUDGET.storyCss);
  });

  test('web fonts: the house faces, all together within 80 kB (loaded and built)', ({}, info) => {
    const loaded = rec.of('font');
    const built: Resource[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(woff2?|ttf|otf|eot)$/i.test(name)) {
          const size = statSync(path).size;
          built.push({ url: relative(process.cwd(), path), kind: 'font', raw: size, gz: size });
        }
      }
    };
    if (existsSync(outDir(info))) walk(outDir(info));
    expect(loaded.length, 'the story loads its web fonts').toBeGreaterThan(0);
    expect(loaded.filter((f) => !f.url.endsWith('.woff2')).map((f) => f.url), 'WOFF2 only').toEqual([]);
    for (const fonts of [loaded, built]) {
      expect(sum(fonts), `web fonts over ${kb(BUDGET.fonts)} in all:\n${table(fonts)}`).toBeLessThanOrEqual(BUDGET.fonts);
    }
  });

  test('no request goes to any origin but our own', () => {
    const foreign = rec.requests.map((r) => r.url).filter((u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin);
    expect(rec.requests.length).toBeGreaterThan(0);
    expect([...new Set(foreign)], `requests to other origins than ${origin}`).toEqual([]);
  });

  test('each visual\'s code and data load only when its chapter is near @phone', () => {
    const loadable = usedVisuals.filter((v) => onDisk.includes(v));
    if (loadable.length > 0) {
      expect(
        chunks.entry.size,
        `visuals with a client.ts on the page (${loadable.join(', ')}) but no lazily imported visual chunk found in the entry script(s):\n${table(rec.of('js'))}`,
      ).toBeGreaterThan(0);
      // A visual whose client is imported statically somewhere ends up inside the entry bundle.
      const bundled = loadable.filter((v) => !chunks.entry.has(v));
      expect(
        bundled.map((v) => `src/visuals/${v}/client.ts is bundled into the page's first scripts, not its own lazily loaded chunk`),
        `visual chunks found: ${[...chunks.entry].map(([v, c]) => `${v} → ${c}`).join(', ') || 'none'}`,
      ).toEqual([]);
    } else {
      test.info().annotations.push({ type: 'note', description: 'no visual on the page has a client.ts yet: checked only that no visual code or data loads' });
    }
    const near = (visuals: Iterable<string>, step: number): boolean =>
      [...visuals].some((v) => [step, step - 1].some((s) => (distances[s]?.[v] ?? Infinity) <= NEAR_VIEWPORTS));
    const where = (visuals: Iterable<string>, step: number): string =>
      [...visuals].map((v) => `${v} ${(distances[step]?.[v] ?? Infinity).toFixed(1)} viewports away`).join(', ');

    const early: string[] = [];
    const seen = new Set<string>();
    for (const r of rec.requests) {
      const url = new URL(r.url);
      if (url.origin !== origin || seen.has(r.url)) continue;
      seen.add(r.url);
      const owners = chunks.owners.get(url.pathname);
      const at = r.step === 0 ? 'at page top' : `at scroll step ${r.step}`;
      if (owners && !near(owners, r.step)) early.push(`${url.pathname} (visual code: ${where(owners, r.step)}) loaded ${at}`);
      const resource = rec.resources.get(r.url);
      if (resource?.kind === 'data') {
        // Data is a visual's: the script that asked for it must be a visual's chunk, near by then.
        const by = new Set(r.initiators.flatMap((u) => [...(chunks.owners.get(new URL(u, origin).pathname) ?? [])]));
        if (by.size === 0) early.push(`${url.pathname} (data) requested ${at} by ${r.initiators.join(', ') || 'the page'}, not by a visual's code`);
        else if (!near(by, r.step)) early.push(`${url.pathname} (data of ${where(by, r.step)}) loaded ${at}`);
      }
    }
    expect(early, 'visual code or data loaded before its chapter was near').toEqual([]);

    // Every visual on the page that has client code did load it once its chapter came near.
    const requested = new Set(rec.requests.map((r) => new URL(r.url).pathname));
    const missing = [...chunks.entry].filter(([v, chunk]) => usedVisuals.includes(v) && !requested.has(chunk)).map(([v, c]) => `${v}: ${c}`);
    expect(missing, 'visual chunks never loaded after scrolling through the story').toEqual([]);
    // And at the top, the visuals of far chapters are not loaded: at least one proves the laziness.
    const far = [...chunks.entry.keys()].filter((v) => (distances[0]?.[v] ?? Infinity) > NEAR_VIEWPORTS);
    if (far.length > 0) {
      const firstStep = (v: string): number => Math.min(...rec.requests.filter((r) => new URL(r.url).pathname === chunks.entry.get(v)).map((r) => r.step));
      for (const v of far) expect(firstStep(v), `${v} loads only after scrolling`).toBeGreaterThan(0);
    }
  });
});

test.describe('embed page budgets', () => {
  test('each embed page\'s JavaScript (one page per set of visuals) is within 25 kB compressed, all from our own origin', async ({ browser, request }, info) => {
    info.setTimeout(120_000);
    const context = await newContext(browser, info);
    const probe = await context.newPage();
    const all = await storyChapters(probe);
    await probe.close();
    // An embed page loads the embed's code and its chapter's visuals' chunks: chapters that show
    // the same set of visuals load the same JavaScript, so one page per set is measured (the
    // story's first chapter among them). Each must be built.
    const embeds = oneChapterPerVisualSet(all).map((c) => `/embed/${c.slug}/`);
    expect(embeds.length, 'story chapters').toBeGreaterThan(0);
    for (const path of embeds) expect((await request.get(path, { failOnStatusCode: false })).status(), path).toBe(200);
    const origin = new URL(baseURLOf(info)).origin;
    const failures: string[] = [];
    const foreign = new Set<string>();
    for (const path of embeds) {
      const page = await context.newPage();
      const rec = await Recorder.attach(context, page);
      await page.goto(path, { waitUntil: 'load' });
      await rec.settle(page, 300);
      const { js: inline } = await inlineBlocks(page);
      // Scroll through whatever the embed shows, so lazily loaded visual code is counted.
      await page.evaluate(async () => {
        for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo({ top: y, behavior: 'instant' });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      await rec.settle(page, 300);
      const js = [...rec.of('js'), ...inline];
      const total = sum(js);
      if (total > BUDGET.embedJs) {
        const texts = await Promise.all(
          rec.of('js').map(async (s) => ({ url: s.url, text: await page.evaluate((u) => fetch(u).then((r) => r.text()), s.url) })),
        );
        const owners = visualChunksFrom(texts).owners;
        const label = (r: Resource): string => {
          const of = r.url.startsWith('inline') ? undefined : owners.get(new URL(r.url).pathname);
          return of ? `  (visual: ${[...of].join(', ')})` : '';
        };
        failures.push(`${path}: ${kb(total)} of JavaScript (gzip -9), budget ${kb(BUDGET.embedJs)}:\n${table(js, label)}`);
      }
      for (const r of rec.requests) if (/^(https?|wss?):/.test(r.url) && new URL(r.url).origin !== origin) foreign.add(`${path}: ${r.url}`);
      await page.close();
    }
    await context.close();
    expect.soft(failures, failures.join('\n')).toEqual([]);
    expect([...foreign], 'embed pages request other origins').toEqual([]);
  });
});

/**
 * The story page's own weight: it is one long HTML document (every passage, every visual's
 * no-JS SVG), so how fast it appears depends on its size on the wire. The build writes a Brotli
 * copy of it (src/build/precompress.ts) and the server sends that copy to browsers that accept it.
 */
test.describe('story document', () => {
  const BUDGET_HTML_BR = 110 * KB;

  test('is sent Brotli-compressed from the build, within 110 kB', async ({ request }, info) => {
    const res = await request.get('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-encoding'], 'the server sends the precompressed Brotli copy').toBe('br');
    const onDisk = join(outDir(info), 'index.html.br');
    expect(existsSync(onDisk), `${relative(process.cwd(), onDisk)} was written by the build`).toBe(true);
    const size = statSync(onDisk).size;
    expect(Number(res.headers()['content-length']), 'the bytes sent are the precompressed copy').toBe(size);
    expect(size, `index.html is ${kb(size)} as Brotli (budget ${kb(BUDGET_HTML_BR)}); it holds every chapter's SVG, so look at the visual that grew`).toBeLessThanOrEqual(BUDGET_HTML_BR);
    // What arrives decodes to the page itself.
    expect(await res.text()).toContain('<section class="chapter');
  });

  test('a browser that accepts only gzip gets gzip, and one that accepts nothing gets the page as is', async ({ request }) => {
    const gz = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers()['content-encoding']).toBe('gzip');
    const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toBe(await gz.text());
  });

  test('has no form fields in its closed panels: each makes the browser lay out the page again on load', async ({ page }) => {
    // Measured: once the page has loaded, Chromium's autofill inspects every <input>, <textarea>
    // and <select>, and each one inside a closed <details> or popover forces a style and layout pass of its
    // own; the share and embed panels' 36 fields cost about 40 passes and 100 ms of one task.
    // The panels show a link and <pre> blocks instead (ChapterActions.astro).
    await page.goto('/');
    const fields = await page.locator(':is(details:not([open]), [popover]:not(:popover-open)) :is(input, textarea, select)').evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
    expect(fields).toEqual([]);
    // The check sees the panels at all: every chapter has its closed share and embed panels.
    expect(await page.locator('section.chapter .share-panel:not(:popover-open)').count()).toBeGreaterThan(0);
    expect(await page.locator('section.chapter .embed-panel:not(:popover-open)').count()).toBeGreaterThan(0);
  });
});
