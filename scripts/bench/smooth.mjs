// @ts-check
/**
 * Smoothness: a steady scripted scroll through the whole story (Chromium's own synthetic scroll
 * gesture, CDP Input.synthesizeScrollGesture: wheel input at a fixed speed, handled like a
 * reader's), recording in the page every animation frame (rAF timestamps), long tasks, long
 * animation frames (with the scripts that ran in them: the cause of a slow frame, by file and
 * function) and layout shifts (with the elements that moved).
 */
/** @typedef {import('./site.mjs').Json} Json */
import { median } from './site.mjs';

/** Runs in the page before any of its scripts. */
function recorder() {
  /** @type {Json} */
  const b = ((/** @type {Json} */ (window)).__bench = { frames: [], longtasks: [], loafs: [], shifts: [], recording: false, start: 0, end: 0 });
  const describe = (/** @type {Json} */ node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : 'unknown';
    const el = node;
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const section = el.closest('section')?.id;
    return `${el.tagName.toLowerCase()}${id}${cls}${section ? ` in section#${section}` : ''}`;
  };
  const observe = (/** @type {Json} */ type, /** @type {Json} */ fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* entry type unsupported */
    }
  };
  observe('longtask', (/** @type {Json} */ e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (/** @type {Json} */ e) =>
    b.loafs.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
      scripts: (e.scripts ?? []).map((/** @type {Json} */ s) => ({
        duration: s.duration,
        invoker: s.invoker,
        source: `${s.sourceURL ?? ''}${s.sourceCharPosition >= 0 ? `:@${s.sourceCharPosition}` : ''}${s.sourceFunctionName ? ` ${s.sourceFunctionName}()` : ''}`,
        layout: s.forcedStyleAndLayoutDuration,
      })),
    }),
  );
  observe('layout-shift', (/** @type {Json} */ e) =>
    b.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput, sources: (e.sources ?? []).map((/** @type {Json} */ s) => describe(s.node)) }),
  );
  const tick = (/** @type {Json} */ t) => {
    if (b.recording) b.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function percentile(/** @type {Json} */ sorted, /** @type {Json} */ p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One steady scroll from top to bottom of `path`. `speed` in px/s.
 * A frame "over 16.7 ms" is an interval between consecutive rAF callbacks longer than one 60 Hz
 * frame (16.7 ms) plus 2 ms of timer jitter, i.e. at least one frame was dropped.
 */
export async function scrollRun(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ baseURL, /** @type {string} */ path, /** @type {{ viewport: { width: number, height: number }, mobile?: boolean, speed?: number, cpuThrottle?: number, baseline?: number }} */ { viewport, mobile = false, speed = 1500, cpuThrottle = 1, baseline = 0 }) {
  const context = await browser.newContext({ baseURL, viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  if (baseline > 0) {
    // The noise floor: the same scroll over an empty page of plain text, no scripts, no visuals.
    await page.goto(path, { waitUntil: 'load' });
    await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0;font:18px/1.5 serif">${'<p>Baseline paragraph of plain text for a scroll with no scripts.</p>'.repeat(Math.ceil(baseline / 60))}</body>`);
  } else {
    await page.goto(path, { waitUntil: 'load' });
  }
  await page.waitForTimeout(800);
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const distance = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  await page.evaluate(() => {
    (/** @type {Json} */ (window)).__bench.recording = true;
    (/** @type {Json} */ (window)).__bench.start = performance.now();
  });
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(viewport.width / 2),
    y: Math.round(viewport.height / 2),
    yDistance: -distance,
    speed,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
  await page.waitForTimeout(300);
  const data = await page.evaluate(() => {
    const b = (/** @type {Json} */ (window)).__bench;
    b.recording = false;
    b.end = performance.now();
    return { ...b, scrolledTo: window.scrollY, max: document.documentElement.scrollHeight - innerHeight };
  });
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();

  const intervals = data.frames.slice(1).map((/** @type {Json} */ t, /** @type {Json} */ i) => t - data.frames[i]);
  const sorted = [...intervals].sort((a, b) => a - b);
  const during = (/** @type {Json} */ e) => e.start >= data.start && e.start <= data.end;
  const longDuring = data.longtasks.filter(during);
  const longLoad = data.longtasks.filter((/** @type {Json} */ e) => e.start < data.start);
  const shifts = data.shifts.filter((/** @type {Json} */ s) => !s.hadRecentInput);
  const loafs = data.loafs.filter(during).sort((/** @type {Json} */ a, /** @type {Json} */ b) => b.duration - a.duration);
  return {
    path,
    viewport,
    mobile,
    cpuThrottle,
    speed,
    distance,
    reachedBottom: data.scrolledTo >= data.max - 2,
    seconds: (data.end - data.start) / 1000,
    frames: intervals.length,
    over16: intervals.length ? intervals.filter((/** @type {Json} */ d) => d > 16.7 + 2).length / intervals.length : null,
    over33: intervals.length ? intervals.filter((/** @type {Json} */ d) => d > 33.3 + 2).length / intervals.length : null,
    p95: percentile(sorted, 95),
    median: median(intervals),
    max: sorted.at(-1) ?? null,
    longTasks: { count: longDuring.length, total: longDuring.reduce((/** @type {Json} */ s, /** @type {Json} */ e) => s + e.duration, 0), max: Math.max(0, ...longDuring.map((/** @type {Json} */ e) => e.duration)) },
    longTasksDuringLoad: { count: longLoad.length, total: longLoad.reduce((/** @type {Json} */ s, /** @type {Json} */ e) => s + e.duration, 0), max: Math.max(0, ...longLoad.map((/** @type {Json} */ e) => e.duration)) },
    layoutShift: shifts.reduce((/** @type {Json} */ s, /** @type {Json} */ e) => s + e.value, 0),
    shifts: shifts.filter((/** @type {Json} */ s) => s.value > 0).map((/** @type {Json} */ s) => ({ at: Math.round(s.start), value: s.value, during: s.start >= data.start ? 'scroll' : 'load', sources: s.sources })),
    // Long animation frames (> 50 ms) during the scroll: how many did page work (scripts, or
    // style/layout/paint preparation over 10 ms) and which scripts, summed by file and function.
    longFrames: {
      count: loafs.length,
      withScripts: loafs.filter((/** @type {Json} */ l) => l.scripts.length > 0).length,
      withRenderWork: loafs.filter((/** @type {Json} */ l) => l.render > 10).length,
      idle: loafs.filter((/** @type {Json} */ l) => l.scripts.length === 0 && l.render <= 10).length,
    },
    scriptsInLongFrames: Object.values(
      loafs
        .flatMap((/** @type {Json} */ l) => l.scripts)
        .reduce((/** @type {Json} */ acc, /** @type {Json} */ sc) => {
          const key = `${sc.invoker} ← ${sc.source || 'unknown'}`;
          acc[key] ??= { script: key, count: 0, total: 0, forcedLayout: 0 };
          acc[key].count++;
          acc[key].total += sc.duration;
          acc[key].forcedLayout += sc.layout ?? 0;
          return acc;
        }, {}),
    )
      .sort((a, b) => b.total - a.total)
      .slice(0, 8)
      .map((x) => ({ ...x, total: Math.round(x.total), forcedLayout: Math.round(x.forcedLayout) })),
    // The slowest frames while the page loaded (before the scroll): what the reader waits for.
    slowestLoadFrames: data.loafs
      .filter((/** @type {Json} */ l) => l.start < data.start)
      .sort((/** @type {Json} */ a, /** @type {Json} */ b) => b.duration - a.duration)
      .slice(0, 3)
      .map((/** @type {Json} */ l) => ({
        at: Math.round(l.start),
        duration: Math.round(l.duration),
        styleLayout: Math.round(l.styleLayout),
        scripts: l.scripts
          .sort((/** @type {Json} */ a, /** @type {Json} */ b) => b.duration - a.duration)
          .slice(0, 3)
          .map((/** @type {Json} */ sc) => ({ duration: Math.round(sc.duration), invoker: sc.invoker, source: sc.source, forcedLayout: Math.round(sc.layout ?? 0) })),
      })),
    slowestFrames: loafs.slice(0, 5).map((/** @type {Json} */ l) => ({
      duration: Math.round(l.duration),
      styleLayout: Math.round(l.styleLayout),
      render: Math.round(l.render),
      scripts: l.scripts
        .sort((/** @type {Json} */ a, /** @type {Json} */ b) => b.duration - a.duration)
        .slice(0, 3)
        .map((/** @type {Json} */ s) => ({ duration: Math.round(s.duration), invoker: s.invoker, source: s.source, forcedLayout: Math.round(s.layout ?? 0) })),
    })),
  };
}

/** Median of `runs` scroll runs (each metric separately); the runs are kept in the report. */
export async function smoothness(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ baseURL, /** @type {string} */ path, /** @type {Json} */ opts, runs = 1) {
  /** @type {Json[]} */
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await scrollRun(browser, baseURL, path, opts));
  const pick = (/** @type {Json} */ f) => median(all.map(f));
  // The same scroll over a plain page right after: what the machine alone drops.
  const floor = await scrollRun(browser, baseURL, path, { ...opts, baseline: Math.min(all[0].distance, 8000) });
  return {
    ...all[0],
    baseline: { distance: floor.distance, frames: floor.frames, over16: floor.over16, over33: floor.over33, p95: floor.p95, longTasks: floor.longTasks, longFrames: floor.longFrames },
    over16: pick((/** @type {Json} */ r) => r.over16),
    over33: pick((/** @type {Json} */ r) => r.over33),
    p95: pick((/** @type {Json} */ r) => r.p95),
    median: pick((/** @type {Json} */ r) => r.median),
    longTasks: { count: pick((/** @type {Json} */ r) => r.longTasks.count), total: pick((/** @type {Json} */ r) => r.longTasks.total), max: pick((/** @type {Json} */ r) => r.longTasks.max) },
    layoutShift: pick((/** @type {Json} */ r) => r.layoutShift),
    runs: all,
  };
}
