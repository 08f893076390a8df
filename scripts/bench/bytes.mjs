// @ts-check
/**
 * Bytes and requests of one page, from the network: every response's decoded size (raw), the
 * bytes on the wire for its body (transfer, gzip by scripts/serve.mjs when the browser asks) and
 * gzip -9 of the body (the budgets' measure). First view (page top, loading over) and after
 * scrolling through the whole page. Also which chunk belongs to which visual, and what each
 * visual costs (its code, the data it fetches, its markup and its own CSS).
 */
/** @typedef {import('./site.mjs').Json} Json */
import { gz9 } from './site.mjs';

export const KINDS = ['html', 'css', 'js', 'image', 'font', 'data', 'other'];

/**
 * What kind of resource a response is, by content type, else by path (shared with e2e/budgets.spec.ts).
 * @param {string} url
 * @param {string} [contentType]
 * @returns {'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other'}
 */
export function kindOf(url, contentType = '') {
  const path = new URL(url).pathname.toLowerCase();
  const ct = contentType.toLowerCase();
  if (ct.includes('text/html') || path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (ct.includes('text/css') || path.endsWith('.css')) return 'css';
  if (ct.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (ct.startsWith('font/') || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (ct.startsWith('image/') || /\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(path)) return 'image';
  if (/json|csv|tab-separated/.test(ct) || /\.(json|csv|tsv|topojson|geojson|bin|arrow|parquet)$/.test(path)) return 'data';
  return 'other';
}

/**
 * Visual ↔ chunk map from the entry script(s): Vite's compiled import.meta.glob of client.ts
 * (shared with e2e/budgets.spec.ts). `entry`: visual → its own client chunk (pathname);
 * `owners`: chunk pathname → visuals that load it (own chunk or a library chunk it preloads).
 * @param {{ url: string, text: string }[]} sources
 * @returns {{ entry: Record<string, string>, owners: Record<string, string[]> }}
 */
export function visualChunks(sources) {
  /** @type {Record<string, string>} */
  const entry = {};
  /** @type {Record<string, string[]>} */
  const owners = {};
  const own = (/** @type {string} */ path, /** @type {string} */ visual) => {
    const list = (owners[path] ??= []);
    if (!list.includes(visual)) list.push(visual);
  };
  for (const { url, text } of sources) {
    const deps = /__vite__mapDeps=[\s\S]*?m\.f=\[([^\]]*)\]/.exec(text)?.[1]?.match(/"[^"]*"/g)?.map((s) => s.slice(1, -1)) ?? [];
    const origin = new URL(url).origin;
    const re = /["']\.\/([A-Za-z0-9_-]+)\/client\.ts["']\s*:\s*\(\)\s*=>\s*(?:[\w$]+\(\s*\(\)\s*=>\s*)?import\(\s*["']([^"']+)["']\s*\)(?:\s*,\s*(?:__vite__mapDeps\(\[([\d,\s]*)\]\)|\[([^\]]*)\]))?/g;
    for (const m of text.matchAll(re)) {
      const [, visual, spec, indices = '', literal = ''] = m;
      if (!visual || !spec) continue;
      const chunk = new URL(spec, url).pathname;
      entry[visual] = chunk;
      own(chunk, visual);
      const preloads = [...indices.split(',').filter(Boolean).map((i) => deps[Number(i)]), ...(literal.match(/"[^"]*"/g) ?? []).map((q) => q.slice(1, -1))];
      for (const dep of preloads) if (dep) own(new URL(dep, `${origin}/`).pathname, visual);
    }
  }
  return { entry, owners };
}

async function record(/** @type {import('playwright-core').Page} */ page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const initiators = new Map();
  cdp.on('Network.requestWillBeSent', (/** @type {Json} */ e) => {
    const urls = new Set();
    if (e.initiator.url) urls.add(e.initiator.url);
    for (let s = e.initiator.stack; s; s = s.parent) for (const f of s.callFrames) if (f.url) urls.add(f.url);
    initiators.set(e.request.url, [...urls]);
  });
  /** @type {Json} the recording, with settle() below */
  const state = { requests: [], resources: new Map(), bodies: [], inflight: 0, phase: 'first-view', initiators };
  page.on('request', (/** @type {Json} */ r) => {
    state.inflight++;
    state.requests.push({ url: r.url(), phase: state.phase });
  });
  const done = () => (state.inflight = Math.max(0, state.inflight - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (/** @type {Json} */ response) => {
    const url = response.url();
    if (response.status() >= 300 && response.status() < 400) return;
    const phase = state.phase;
    state.bodies.push(
      Promise.all([response.body(), response.request().sizes()])
        .then(([body, sizes]) => {
          const kind = kindOf(url, response.headers()['content-type'] ?? '');
          const compressedAlready = kind === 'font' || kind === 'image';
          state.resources.set(url, {
            url,
            path: new URL(url).pathname,
            kind,
            phase,
            status: response.status(),
            raw: body.length,
            transfer: sizes.responseBodySize,
            gz9: compressedAlready ? body.length : gz9(body),
            text: kind === 'js' ? body.toString('utf8') : undefined,
          });
        })
        .catch(() => undefined),
    );
  });
  state.settle = async (quietMs = 200) => {
    let quietSince = Date.now();
    for (let i = 0; i < 400; i++) {
      if (state.inflight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) break;
      await page.waitForTimeout(25);
    }
    await Promise.all(state.bodies);
  };
  return state;
}

async function inlineBlocks(/** @type {import('playwright-core').Page} */ page) {
  const where = new URL(page.url()).pathname;
  const blocks = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => {
        const t = (s.getAttribute('type') ?? '').toLowerCase();
        return t === '' || t === 'module' || t.includes('javascript');
      })
      .map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const to = (/** @type {Json} */ texts, /** @type {string} */ kind, /** @type {string} */ tag) =>
    texts.map((/** @type {Json} */ t, /** @type {Json} */ i) => ({ url: `inline <${tag}> #${i + 1} in ${where}`, path: `inline:${tag}:${i + 1}`, kind, inline: true, raw: Buffer.byteLength(t), transfer: 0, gz9: gz9(t) }));
  return [...to(blocks.js, 'js', 'script'), ...to(blocks.css, 'css', 'style')];
}

function summarize(/** @type {Json} */ resources, /** @type {Json} */ inline) {
  /** @type {Json} */
  const byKind = {};
  for (const kind of KINDS) byKind[kind] = { requests: 0, raw: 0, transfer: 0, gz9: 0, inlineRaw: 0, inlineGz9: 0 };
  for (const r of resources) {
    const k = byKind[r.kind];
    k.requests++;
    k.raw += r.raw;
    k.transfer += r.transfer;
    k.gz9 += r.gz9;
  }
  for (const r of inline) {
    byKind[r.kind].inlineRaw += r.raw;
    byKind[r.kind].inlineGz9 += r.gz9;
  }
  const total = { requests: resources.length, raw: 0, transfer: 0, gz9: 0 };
  for (const r of resources) {
    total.raw += r.raw;
    total.transfer += r.transfer;
    total.gz9 += r.gz9;
  }
  return { byKind, total };
}

/** Per visual: its code (own chunk, shared library chunks), data it fetched, markup and CSS. */
async function visualCosts(/** @type {import('playwright-core').Page} */ page, /** @type {Json} */ chunks, /** @type {Json} */ resources, /** @type {Json} */ initiators) {
  const markup = await page.evaluate(() => {
    /** @type {Json} */
    const out = {};
    const figures = [.../** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('section.chapter [data-visual]'))];
    const cidsOf = (/** @type {Json} */ root) => {
      const s = new Set();
      for (const el of [root, ...root.querySelectorAll('*')]) for (const a of el.getAttributeNames()) if (a.startsWith('data-astro-cid-')) s.add(a);
      return s;
    };
    const outside = new Set();
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[data-visual]')) continue;
      for (const a of el.getAttributeNames()) if (a.startsWith('data-astro-cid-')) outside.add(a);
    }
    /** @type {Json[]} */
    const rules = [];
    const walk = (/** @type {Json} */ list) => {
      for (const rule of list) {
        if (rule.cssRules && !rule.selectorText) walk(rule.cssRules);
        else rules.push(rule);
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        walk(sheet.cssRules);
      } catch {
        /* cross-origin sheet: none expected */
      }
    }
    for (const fig of figures) {
      const name = fig.dataset.visual ?? '';
      const entry = (out[name] ??= { figures: 0, chapters: [], html: [], notes: [], cids: new Set() });
      entry.figures++;
      const section = fig.closest('section');
      if (section && !entry.chapters.includes(section.id)) {
        entry.chapters.push(section.id);
        const visualsHere = new Set([...section.querySelectorAll('[data-visual]')].map((f) => f.getAttribute('data-visual')));
        const notes = section.querySelector('.chapter-notes');
        if (notes && visualsHere.size === 1) entry.notes.push(notes.outerHTML);
      }
      entry.html.push(fig.outerHTML);
      for (const c of cidsOf(fig)) if (!outside.has(c)) entry.cids.add(c);
    }
    for (const entry of Object.values(out)) {
      const cids = [...entry.cids];
      entry.css = rules.filter((r) => cids.some((c) => r.cssText.includes(c))).map((r) => r.cssText);
      entry.cids = cids;
    }
    return out;
  });
  const res = [...resources.values()];
  /** @type {Json} */
  const costs = {};
  for (const [name, m] of Object.entries(markup)) {
    const own = chunks.entry[name];
    const ownRes = res.find((r) => r.path === own);
    const shared = Object.entries(chunks.owners)
      .filter(([path, vs]) => path !== own && vs.includes(name))
      .map(([path, vs]) => ({ path, sharedWith: vs.filter((/** @type {Json} */ v) => v !== name), gz9: res.find((r) => r.path === path)?.gz9 ?? null }));
    const data = res.filter((r) => r.kind === 'data' && (initiators.get(r.url) ?? []).some((/** @type {Json} */ u) => (chunks.owners[new URL(u).pathname] ?? []).includes(name)));
    const html = m.html.join('');
    const notes = m.notes.join('');
    const css = m.css.join('\n');
    costs[name] = {
      chapters: m.chapters,
      figures: m.figures,
      client: own ? { path: own, raw: ownRes?.raw ?? null, gz9: ownRes?.gz9 ?? null, loaded: !!ownRes } : null,
      sharedChunks: shared,
      data: data.map((d) => ({ path: d.path, raw: d.raw, gz9: d.gz9 })),
      markup: { raw: Buffer.byteLength(html), gz9: gz9(html) },
      notes: { raw: Buffer.byteLength(notes), gz9: notes ? gz9(notes) : 0 },
      css: { rules: m.css.length, raw: Buffer.byteLength(css), gz9: css ? gz9(css) : 0 },
    };
  }
  return costs;
}

/** What the HTML is made of: each part's outerHTML, raw and gzip -9 (parts overlap nothing). */
async function htmlBreakdown(/** @type {import('playwright-core').Page} */ page) {
  const parts = await page.evaluate(() => {
    /** @type {{ label: string, html: string }[]} */
    const out = [];
    const add = (/** @type {string} */ label, /** @type {string} */ html) => out.push({ label, html });
    const figures = new Map();
    for (const fig of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-visual]'))) {
      const name = `figures: ${fig.dataset.visual}`;
      figures.set(name, (figures.get(name) ?? '') + fig.outerHTML);
    }
    for (const [label, html] of figures) add(label, html);
    const notes = new Map();
    for (const n of document.querySelectorAll('.chapter-notes')) {
      const names = [...new Set([...(n.closest('section')?.querySelectorAll('[data-visual]') ?? [])].map((f) => f.getAttribute('data-visual')))].join('+') || 'none';
      const label = `chapter notes: ${names}`;
      notes.set(label, (notes.get(label) ?? '') + n.outerHTML);
    }
    for (const [label, html] of notes) add(label, html);
    add('passages (text)', [...document.querySelectorAll('.steps')].map((e) => e.outerHTML).join(''));
    add('inline <style>', [...document.querySelectorAll('style')].map((e) => e.outerHTML).join(''));
    add('footer', document.querySelector('footer')?.outerHTML ?? '');
    add('head (without styles)', (() => {
      const h = /** @type {HTMLElement} */ (document.head.cloneNode(true));
      h.querySelectorAll('style').forEach((/** @type {Json} */ e) => e.remove());
      return h.outerHTML;
    })());
    return out;
  });
  return parts;
}

/** Loads `path`, measures the first view, then scrolls through the page and measures again. */
export async function measureBytes(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ baseURL, /** @type {string} */ path, { viewport = { width: 1280, height: 800 }, visuals = false } = {}) {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  const rec = await record(page);
  const response = await page.goto(path, { waitUntil: 'load' });
  await rec.settle(600);
  const inline = await inlineBlocks(page);
  const firstView = [...rec.resources.values()];
  const scripts = firstView.filter((r) => r.kind === 'js');
  const chunks = visualChunks(scripts.map((s) => ({ url: s.url, text: s.text ?? '' })));
  rec.phase = 'scrolling';
  const height = viewport.height;
  for (let y = height * 0.75, guard = 0; guard < 2000; y += height * 0.75, guard++) {
    const at = await page.evaluate((/** @type {number} */ top) => {
      window.scrollTo({ top, behavior: 'instant' });
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r({ y: window.scrollY, max: document.documentElement.scrollHeight - innerHeight }))));
    }, y);
    await rec.settle(100);
    if (at.y >= at.max - 1) break;
  }
  await rec.settle(500);
  const all = [...rec.resources.values()];
  const costs = visuals ? await visualCosts(page, chunks, rec.resources, rec.initiators) : null;
  const doc = all.find((r) => r.kind === 'html' && r.path === new URL(page.url()).pathname);
  /** @type {Json[]} */
  const breakdown = (await htmlBreakdown(page)).map((/** @type {Json} */ p) => ({ part: p.label, raw: Buffer.byteLength(p.html), gz9: p.html ? gz9(p.html) : 0 }));
  if (doc) {
    const known = breakdown.reduce((/** @type {Json} */ n, /** @type {Json} */ p) => n + p.raw, 0);
    breakdown.push({ part: 'everything else (masthead, chapter heads, tools, markup between)', raw: Math.max(0, doc.raw - known), gz9: null });
  }
  breakdown.sort((/** @type {Json} */ a, /** @type {Json} */ b) => b.raw - a.raw);
  const origin = new URL(baseURL).origin;
  const foreign = [...new Set(rec.requests.map((/** @type {Json} */ r) => r.url).filter((/** @type {string} */ u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin))];
  await context.close();
  const strip = (/** @type {Json} */ r) => ({ path: r.path, kind: r.kind, phase: r.phase, raw: r.raw, transfer: r.transfer, gz9: r.gz9, visual: chunks.owners[r.path] ?? undefined });
  return {
    path,
    status: response?.status() ?? null,
    firstView: summarize(firstView, inline),
    scrolled: summarize(all, inline),
    files: [...all.map(strip), ...inline.map((r) => ({ path: r.url, kind: r.kind, phase: 'first-view', raw: r.raw, transfer: 0, gz9: r.gz9 }))],
    chunks,
    visualCosts: costs,
    html: { raw: doc?.raw ?? null, gz9: doc?.gz9 ?? null, parts: breakdown },
    foreignRequests: foreign,
  };
}
