// @ts-check
/**
 * The cross-engine smoke checks, written once against the Driver interface (driver.d.ts) and
 * run in every engine at every size. Each check is an async function that throws on failure.
 *
 * The story's ground truth comes from content/chapters/*.yaml (which chapters exist, in order,
 * with how many passages), not from the page under test; what each passage asks for
 * (`[data-step][data-state][data-uses]`) is read from the page, as the engine reads it.
 * Functions passed to `run`/`runInFrame` execute in the browser and use only their arguments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expectCssUnderstood } from './css-support.mjs';
import { check, waitFor } from './poll.mjs';

/** How far (px) past the trigger line a passage's top is put: clearly crossed, not on the line. */
const PAST_TRIGGER = 24;
/** Tolerance (px) for the sticky graphic's top and for frame-versus-content heights. */
const SLACK = 3;

/** @typedef {{ id: string, state: string | null, uses: string | null }} Passage */
/** @typedef {{ id: string, scrolly: boolean, headline: string, passages: Passage[] }} Chapter */
/** @typedef {{ site: string, host: string }} Origins */

/** The chapters the content defines, in file order: slug and passage count. */
export function contentChapters(root = 'content/chapters') {
  return readdirSync(root)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = /** @type {{ slug: string, passages: unknown[] }} */ (yaml.load(readFileSync(join(root, f), 'utf8')));
      return { slug: data.slug, passages: data.passages.length };
    });
}

// ---------------------------------------------------------------- in-page functions

/** The story as the page carries it, plus whether the engine has booted (in page). */
function readStory() {
  const sections = [...document.querySelectorAll('main section.chapter')];
  return {
    js: document.documentElement.classList.contains('js'),
    chapters: sections.map((s) => ({
      id: s.id,
      scrolly: s.hasAttribute('data-scrolly'),
      headline: (s.querySelector('h2')?.textContent ?? '').trim(),
      passages: [...s.querySelectorAll('[data-step]')].map((p) => ({
        id: p.id,
        state: /** @type {HTMLElement} */ (p).dataset.state ?? null,
        uses: /** @type {HTMLElement} */ (p).dataset.uses ?? null,
      })),
    })),
    // The engine marks one active passage per chapter with a graphic on its first sync.
    booted: sections.filter((s) => s.hasAttribute('data-scrolly')).every((s) => s.querySelectorAll('[data-step].is-active').length === 1),
  };
}

/**
 * On the host page: scrolls (instantly) so the point `offset` px down the iframe `frameSelector`
 * sits `past` px above the embed's trigger line, which is `ratio` (the frame's --step-trigger)
 * of the host's visible band below its sticky header (`bandTop` px) (in page).
 * @param {string} frameSelector
 * @param {number} offset
 * @param {number} past
 * @param {number} bandTop
 * @param {number} ratio
 */
function scrollFrameToTrigger(frameSelector, offset, past, bandTop, ratio) {
  const frame = document.querySelector(frameSelector);
  if (!frame) throw new Error(`no ${frameSelector}`);
  const top = frame.getBoundingClientRect().top + offset + window.scrollY;
  const line = bandTop + (window.innerHeight - bandTop) * ratio;
  window.scrollTo({ top: Math.max(0, top - line + past), behavior: 'instant' });
  return window.scrollY;
}

/**
 * For each passage in turn: optionally scrolls its top `past` px beyond the trigger line
 * (instantly; null: no scroll), then waits in the page (polling every 20 ms, up to `timeout` ms)
 * until its chapter's figure for the passage's visual shows its state with the passage active.
 * Returns what it saw for each, including where the sticky graphic sits versus where it should,
 * and stops at the first passage that fails. The whole walk is one round trip (in page).
 * @param {{ chapter: string, passage: string, visual: string, state: string }[]} list
 * @param {number | null} past
 * @param {number} timeout
 */
async function showPassages(list, past, timeout) {
  const ratio = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger')) || 0.5;
  const results = [];
  for (const { chapter, passage, visual, state } of list) {
    const section = document.getElementById(chapter);
    const step = document.getElementById(passage);
    const figure = section?.querySelector(`[data-visual="${visual}"]`);
    const graphic = section?.querySelector('.graphic');
    const body = graphic?.parentElement;
    if (!section || !step || !(figure instanceof HTMLElement) || !graphic || !body) {
      results.push({ passage, ok: false, missing: true });
      break;
    }
    if (past !== null) {
      const top = step.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: Math.max(0, top - window.innerHeight * ratio + past), behavior: 'instant' });
    }
    const probe = () => {
      const g = graphic.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      const stickyTop = parseFloat(getComputedStyle(graphic).top) || 0;
      const seen = {
        passage,
        state: figure.dataset.state ?? null,
        shown: figure.classList.contains('is-shown'),
        active: step.classList.contains('is-active'),
        position: getComputedStyle(graphic).position,
        // Pinned while its column's box spans the sticky band; otherwise it rides with the column.
        shouldPin: b.top < stickyTop - 1 && b.bottom > stickyTop + g.height + 1,
        graphicTop: Math.round(g.top * 10) / 10,
        stickyTop,
      };
      return { ok: seen.state === state && seen.shown && seen.active, ...seen };
    };
    const start = Date.now();
    let seen = probe();
    while (!seen.ok && Date.now() < start + timeout) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = probe();
    }
    results.push({ ...seen, waited: Date.now() - start });
    if (!seen.ok) break;
  }
  return results;
}

/** Whether the element's top is inside the viewport (in page). @param {string} selector */
function topInView(selector) {
  const el = document.querySelector(selector);
  if (!el) return { found: false, top: null, height: window.innerHeight };
  const top = el.getBoundingClientRect().top;
  return { found: true, top: Math.round(top), height: window.innerHeight, inView: top >= -1 && top < window.innerHeight };
}

/** Inside an embed frame: readiness, mode, passages, what is shown and the page's size (in page). */
function probeEmbed() {
  const page = document.querySelector('[data-embed-page]');
  const figure = document.querySelector('[data-visual].is-shown') ?? document.querySelector('[data-visual]');
  const shown = figure instanceof HTMLElement ? `${figure.dataset.visual}:${figure.dataset.state}` : null;
  return {
    ready: page instanceof HTMLElement && page.hasAttribute('data-ready'),
    mode: page instanceof HTMLElement ? (page.dataset.mode ?? null) : null,
    ratio: parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger')) || 0.5,
    passages: [...document.querySelectorAll('[data-step]')].map((p) => ({
      top: p.getBoundingClientRect().top + window.scrollY,
      asks: `${/** @type {HTMLElement} */ (p).dataset.uses}:${/** @type {HTMLElement} */ (p).dataset.state}`,
    })),
    shown,
    contentHeight: page ? page.getBoundingClientRect().height : 0,
    // An inner scrollbar: the frame's document is taller (or wider) than the frame.
    overflow: Math.max(document.documentElement.scrollHeight - window.innerHeight, document.documentElement.scrollWidth - window.innerWidth),
  };
}

/** The host's view of an iframe: its box height (in page). @param {string} selector */
function frameBox(selector) {
  const frame = document.querySelector(selector);
  if (!frame) return null;
  const r = frame.getBoundingClientRect();
  return { height: r.height, top: r.top, offset: Number(frame.closest('[data-top-offset]')?.getAttribute('data-top-offset') ?? 0) };
}

// ---------------------------------------------------------------- checks

/**
 * @param {import('./driver').Driver} driver
 * @param {string} url
 */
async function openStory(driver, url) {
  await driver.open(url);
  const story = await waitFor('the story engine to boot (html.js, one active passage per chapter)', async () => {
    const s = await driver.run(readStory);
    return { ok: s.js && s.booted, ...s };
  });
  return story.chapters;
}

/**
 * Shows passages in turn (each scrolled `past` px beyond the trigger, or null: as the page is)
 * and fails unless each one's chapter shows what it asks within 10 s; checks the sticky graphic.
 * Returns how many passages had the graphic in its pinned range.
 * @param {import('./driver').Driver} driver
 * @param {{ chapter: string, p: Passage }[]} walk
 * @param {number | null} past
 */
async function expectPassages(driver, walk, past) {
  const list = walk.map(({ chapter, p }) => ({ chapter, passage: p.id, visual: String(p.uses), state: String(p.state) }));
  const seen = await driver.run(showPassages, list, past, 10_000);
  let pinned = 0;
  for (const [i, want] of list.entries()) {
    const got = seen[i];
    check(got?.ok, `${want.passage} shows ${want.visual}:${want.state} (within 10 s)`, got ?? 'not reached');
    if (!got || !('shouldPin' in got)) continue;
    if (process.env.ENGINES_DEBUG) console.log(`  ${driver.engine} ${want.passage} ${want.state} waited ${got.waited} ms`);
    check(got.position === 'sticky', `${want.chapter}: the graphic is position: sticky`, got);
    if (got.shouldPin) {
      check(Math.abs(got.graphicTop - got.stickyTop) <= SLACK, `${want.passage}: the sticky graphic stays pinned at top ${got.stickyTop}px`, got);
      pinned++;
    }
  }
  return pinned;
}

/** @type {Record<string, (driver: import('./driver').Driver, origins: Origins) => Promise<void>>} */
export const checks = {
  /** Loads `/`: every chapter of the content, in order, with all its passages; no console errors. */
  async 'story loads with every chapter, no console errors'(driver, { site }) {
    const chapters = await openStory(driver, `${site}/`);
    const expected = contentChapters();
    check(
      JSON.stringify(chapters.map((c) => [c.id, c.passages.length])) === JSON.stringify(expected.map((c) => [c.slug, c.passages])),
      'chapters and passage counts match content/chapters',
      { page: chapters.map((c) => `${c.id}:${c.passages.length}`), content: expected.map((c) => `${c.slug}:${c.passages}`) },
    );
    check(chapters.every((c) => c.headline.length > 0), 'every chapter has a headline');
    check(chapters.some((c) => c.scrolly), 'at least one chapter has a graphic');
    await expectCssUnderstood(driver, 'story');
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors', errors);
  },

  /** Every passage, down then up: each chapter's figure shows its active passage's state; sticky holds. */
  async 'every passage down and up: data-state follows, graphic stays pinned'(driver, { site }) {
    const chapters = (await openStory(driver, `${site}/`)).filter((c) => c.scrolly);
    // One script per chapter and direction: few round trips, none near the driver's script timeout.
    const walks = chapters.map((c) => c.passages.map((p) => ({ chapter: c.id, p })));
    const down = walks;
    const up = [...walks].reverse().map((w) => [...w].reverse());
    let pinnedSamples = 0;
    let steps = 0;
    for (const walk of [...down, ...up]) {
      pinnedSamples += await expectPassages(driver, walk, PAST_TRIGGER);
      steps += walk.length;
    }
    // The pin check must have been exercised, or this check could not fail on a sticky bug.
    check(pinnedSamples >= chapters.length, `the sticky graphic was in its pinned range for at least one passage per chapter (${pinnedSamples} of ${steps})`);
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors while scrolling', errors);
  },

  /** `/#kherson` opens on that chapter in its first passage's state. */
  async 'deep link to a chapter (/#kherson)'(driver, { site }) {
    await driver.open(`${site}/#kherson`);
    const chapters = /** @type {Chapter[]} */ ((await driver.run(readStory)).chapters);
    const kherson = chapters.find((c) => c.id === 'kherson');
    check(kherson && kherson.passages[0]?.uses, 'the story has a chapter "kherson" with a visual', chapters.map((c) => c.id));
    const first = kherson.passages[0];
    await waitFor('#kherson headline in view', async () => ({ ok: Boolean((await driver.run(topInView, '#kherson h2')).inView), ...(await driver.run(topInView, '#kherson h2')) }));
    await expectPassages(driver, [{ chapter: 'kherson', p: first }], null);
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors', errors);
  },

  /** `/#white-house-4` opens on that passage, active, in view, in exactly its state. */
  async 'deep link to a passage (/#white-house-4)'(driver, { site }) {
    await driver.open(`${site}/#white-house-4`);
    const chapters = /** @type {Chapter[]} */ ((await driver.run(readStory)).chapters);
    const p = chapters.find((c) => c.id === 'white-house')?.passages[3];
    check(p?.uses && p.state, 'the story has a passage white-house-4 with a visual state', chapters.map((c) => `${c.id}:${c.passages.length}`));
    await expectPassages(driver, [{ chapter: 'white-house', p }], null);
    await waitFor('#white-house-4 in view', async () => {
      const where = await driver.run(topInView, '#white-house-4');
      return { ok: Boolean(where.inView), ...where };
    });
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors', errors);
  },

  /**
   * The loader embed on a news page on another origin: the frame is as tall as its content (no
   * inner scrollbar), and scrolling the host walks the embedded visual through every passage.
   */
  async 'embed on another origin: fits its content, follows the host scroll'(driver, { site, host }) {
    const chapter = 'white-house'; // the chapter whose visual has the most states
    await driver.open(`${host}/host.html?${new URLSearchParams({ site, a: chapter, b: 'kherson' })}`);
    const iframe = '#slot-a iframe';
    const box = await waitFor('the loader to insert the frame', async () => {
      const b = await driver.run(frameBox, iframe);
      return { ok: b !== null, box: b };
    });
    check(box.box, 'frame present');
    const bandTop = box.box.offset;
    // Bring it near so the lazy frame loads, then wait for the embed page inside to be ready.
    await driver.run(scrollFrameToTrigger, iframe, 0, -40, bandTop, 0.5);
    const first = await waitFor('the embed to be ready in scroll mode', async () => {
      const e = await driver.runInFrame(iframe, probeEmbed);
      return { ok: e.ready && e.mode === 'scroll' && e.passages.length > 1, ...e };
    });
    const fits = async (/** @type {string} */ when) =>
      waitFor(`the frame to match its content height ${when}`, async () => {
        const e = await driver.runInFrame(iframe, probeEmbed);
        const b = await driver.run(frameBox, iframe);
        return { ok: b !== null && Math.abs(b.height - e.contentHeight) <= SLACK && e.overflow <= 0, frame: b?.height, content: e.contentHeight, overflow: e.overflow };
      });
    await fits('after load');
    await expectCssUnderstood(driver, 'embed page', iframe);
    const asked = first.passages.map((p) => p.asks);
    check(new Set(asked).size >= 2, 'the embedded chapter has at least two states', asked);
    for (const [i, p] of first.passages.entries()) {
      // Measured again each time: the frame's layout follows the host's viewport.
      const top = (await driver.runInFrame(iframe, probeEmbed)).passages[i]?.top ?? p.top;
      await driver.run(scrollFrameToTrigger, iframe, top, PAST_TRIGGER, bandTop, first.ratio);
      await waitFor(`embedded passage ${i + 1} to show ${p.asks}`, async () => {
        const e = await driver.runInFrame(iframe, probeEmbed);
        return { ok: e.shown === p.asks, shown: e.shown };
      });
    }
    // And back up to the first passage.
    await driver.run(scrollFrameToTrigger, iframe, first.passages[0]?.top ?? 0, PAST_TRIGGER, bandTop, first.ratio);
    await waitFor(`embedded passage 1 to show ${asked[0]} again`, async () => {
      const e = await driver.runInFrame(iframe, probeEmbed);
      return { ok: e.shown === asked[0], shown: e.shown };
    });
    await fits('after scrolling');
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors in the host or the frame', errors);
  },

  /** `/share/<chapter>/` sends the reader on to `/#<chapter>`, which opens on that chapter. */
  async 'share page lands on its chapter'(driver, { site }) {
    await driver.open(`${site}/share/weapons/`);
    await waitFor('the share page to forward to /#weapons', async () => {
      const where = await driver.run(() => ({ path: location.pathname, hash: location.hash, booted: document.querySelectorAll('main section.chapter').length > 0 }));
      return { ok: where.path === '/' && where.hash === '#weapons' && where.booted, ...where };
    });
    await waitFor('#weapons headline in view', async () => {
      const where = await driver.run(topInView, '#weapons h2');
      return { ok: Boolean(where.inView), ...where };
    });
    const errors = await driver.takeErrors();
    check(errors.length === 0, 'no console errors', errors);
  },
};
