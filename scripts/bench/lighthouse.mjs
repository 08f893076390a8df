// @ts-check
/**
 * Lighthouse 12.2.3 (mobile preset: its default, simulated 4x CPU slowdown and slow 4G) through
 * its CLI with Debian's Chromium, as in the shared toolchain notes. With Chromium 156 a few
 * diagnostic audits error ("frame_sequence"); the category scores and metric audits are sound,
 * so only those are read, and a run with a runtimeError counts as failed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROME } from './site.mjs';

const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --no-default-browser-check';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/** @param {string} url @param {string} out @returns {Promise<{ code: number | null, stderr: string }>} */
function run(url, out) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/lighthouse/cli/index.js', url, `--only-categories=${CATEGORIES.join(',')}`, '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=${FLAGS}`],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: CHROME } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** One Lighthouse run: scores (0-100), metrics (ms; CLS unitless) and what fails, by audit. */
/** @param {string} url @param {string} out @returns {Promise<import('./site.mjs').Json>} */
export async function lighthouseOnce(url, out) {
  mkdirSync(out.replace(/\/[^/]*$/, ''), { recursive: true });
  const { code, stderr } = await run(url, out);
  /** @type {import('./site.mjs').Json} */
  let r;
  try {
    r = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
  }
  if (r.runtimeError) return { error: `${r.runtimeError.code}: ${r.runtimeError.message}` };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, r.categories[c]?.score == null ? null : Math.round(r.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, r.audits[id]?.numericValue ?? null]));
  // Audits that lose points (score < 1) in the four categories, ignoring the ones that error
  // with this Chromium (scoreDisplayMode "error") and informative ones.
  /** @type {import('./site.mjs').Json[]} */
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of r.categories[c]?.auditRefs ?? []) {
      const a = r.audits[ref.id];
      if (!a || a.scoreDisplayMode === 'error' || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
      if (a.score !== null && a.score < 1 && ref.weight > 0) {
        const items = (a.details?.items ?? []).slice(0, 3).map((/** @type {import('./site.mjs').Json} */ i) => i.node?.selector ?? i.url ?? i.source?.url ?? i.label ?? '').filter(Boolean);
        failing.push({ category: c, id: a.id, title: a.title, score: a.score, display: a.displayValue ?? '', items });
      }
    }
  }
  const errored = Object.values(r.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);
  return { scores, metrics, failing, errored, lighthouseVersion: r.lighthouseVersion, userAgent: r.environment?.hostUserAgent };
}

/** @param {import('./site.mjs').Json[]} runs @param {number | null} score */
const nearest = (runs, score) => score === null ? undefined : [...runs].sort((a, b) => Math.abs(a.scores.performance - score) - Math.abs(b.scores.performance - score))[0];

/** `runs` runs; medians of each score and metric; the runs are kept. */
/**
 * @param {string} url @param {string} out @param {number} runs
 * @param {(xs: unknown[]) => number | null} median
 */
export async function lighthouse(url, out, runs, median) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url, out.replace(/\.json$/, `-${i + 1}.json`)));
  const ok = all.filter((r) => !r.error);
  /** @param {(r: import('./site.mjs').Json) => unknown} f */
  const pick = (f) => median(ok.map(f));
  return {
    url,
    runs: all.length,
    ok: ok.length,
    errors: all.filter((r) => r.error).map((r) => r.error),
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, pick((r) => r.metrics[k])])),
    // What loses points, from the run whose performance score is nearest the median.
    failing: nearest(ok, pick((r) => r.scores.performance))?.failing ?? [],
    errored: ok[0]?.errored ?? [],
    perRun: ok.map((r) => ({ scores: r.scores, metrics: r.metrics })),
  };
}
