// @ts-check
/**
 * Turns the benchmark's results into a printed table, the targets' verdicts, and the generated
 * block of docs/performance.md (between its bench markers; the rest of that file is prose).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { KINDS } from './bytes.mjs';

/** @typedef {import('./site.mjs').Json} Json */

/** @param {number | null | undefined} n */
export const kb = (n) => (n == null ? '–' : `${(n / 1000).toFixed(1)} kB`);
/** @param {number | null | undefined} n */
const ms = (n) => (n == null ? '–' : `${Math.round(n)} ms`);
/** @param {number | null | undefined} n */
const pct = (n) => (n == null ? '–' : `${(n * 100).toFixed(2)} %`);
/** @param {number | null | undefined} n */
const num = (n, d = 3) => (n == null ? '–' : String(Number(n.toFixed(d))));

/** @param {string[]} head @param {string[][]} rows */
function mdTable(head, rows) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** @param {string[]} head @param {unknown[][]} rows */
function textTable(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  return all.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** The targets of issue 8, each met or missed, with the measured value. */
/** @param {Json} result */
export function verdicts(result) {
  const lh = result.lighthouse?.story;
  const smooth = Object.values(result.smoothness ?? {});
  /** @type {{ target: string, value: unknown, met: boolean }[]} */
  const out = [];
  /** @param {string} target @param {unknown} value @param {boolean} met */
  const add = (target, value, met) => out.push({ target, value, met });
  if (lh) {
    add('Lighthouse mobile performance >= 98 (story, median)', lh.scores.performance, lh.scores.performance != null && lh.scores.performance >= 98);
    add('Lighthouse accessibility = 100 (story, median)', lh.scores.accessibility, lh.scores.accessibility === 100);
    add('TBT < 50 ms (Lighthouse, story, median)', ms(lh.metrics.tbt), lh.metrics.tbt != null && lh.metrics.tbt < 50);
    add('CLS = 0 (Lighthouse, story, median)', num(lh.metrics.cls, 4), lh.metrics.cls === 0);
  }
  for (const s of smooth) {
    const size = `${s.viewport.width}x${s.viewport.height}`;
    add(`CLS = 0 while loading and scrolling (${size})`, num(s.layoutShift, 4), s.layoutShift === 0);
    add(`no long task over 50 ms while scrolling (${size})`, s.longTasks.count ? `${s.longTasks.count}, longest ${ms(s.longTasks.max)}` : 'none', s.longTasks.count === 0);
    add(`< 1 % of frames over 16.7 ms while scrolling (${size})`, pct(s.over16), s.over16 != null && s.over16 < 0.01);
  }
  return out;
}

/** @param {Json} page */
function bytesRows(page) {
  return KINDS.map((k) => {
    const f = page.firstView.byKind[k];
    const s = page.scrolled.byKind[k];
    const inline = s.inlineGz9 ? ` (+${kb(s.inlineGz9)} inline)` : '';
    return [k, String(f.requests), kb(f.transfer), kb(f.gz9), String(s.requests), kb(s.raw), kb(s.transfer), `${kb(s.gz9)}${inline}`];
  }).concat([
    [
      'total',
      String(page.firstView.total.requests),
      kb(page.firstView.total.transfer),
      kb(page.firstView.total.gz9),
      String(page.scrolled.total.requests),
      kb(page.scrolled.total.raw),
      kb(page.scrolled.total.transfer),
      kb(page.scrolled.total.gz9),
    ],
  ]);
}
/** @param {Json} page */
const htmlRows = (page) => page.html.parts.filter((/** @type {Json} */ p) => p.raw > 0).map((/** @type {Json} */ p) => [p.part, kb(p.raw), kb(p.gz9)]);
const BYTES_HEAD = ['type', 'first view: requests', 'transfer', 'gzip -9', 'scrolled through: requests', 'raw', 'transfer', 'gzip -9'];

/** @param {Json} result */
function lhRows(result) {
  return Object.entries(result.lighthouse ?? {}).map(([name, lh]) => [
    `${name} (${lh.ok}/${lh.runs} runs)`,
    lh.scores.performance ?? '–',
    lh.scores.accessibility ?? '–',
    lh.scores['best-practices'] ?? '–',
    lh.scores.seo ?? '–',
    ms(lh.metrics.fcp),
    ms(lh.metrics.lcp),
    ms(lh.metrics.tbt),
    num(lh.metrics.cls, 4),
  ]);
}
const LH_HEAD = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];

/** @param {Json} result */
function smoothRows(result) {
  return Object.entries(result.smoothness ?? {}).map(([name, s]) => [
    `${name} ${s.viewport.width}x${s.viewport.height}${s.cpuThrottle > 1 ? ` cpu/${s.cpuThrottle}` : ''}`,
    `${s.runs.length}`,
    `${s.frames}`,
    pct(s.over16),
    pct(s.over33),
    ms(s.p95),
    `${s.longTasks.count} / ${ms(s.longTasks.total)}`,
    s.longFrames ? `${s.longFrames.count} (${s.longFrames.withScripts} scripts, ${s.longFrames.withRenderWork} render, ${s.longFrames.idle} idle)` : '–',
    num(s.layoutShift, 4),
    s.baseline ? `${pct(s.baseline.over16)} / ${pct(s.baseline.over33)}` : '–',
  ]);
}
const SMOOTH_HEAD = ['scroll', 'runs', 'frames', '> 16.7 ms', '> 33 ms', 'p95 frame', 'long tasks (n / total)', 'frames > 50 ms (cause)', 'layout shift', 'plain page > 16.7 / > 33 ms'];

/** @param {Json} result */
function causes(result) {
  const lines = [];
  for (const [name, s] of Object.entries(result.smoothness ?? {})) {
    for (const sc of s.scriptsInLongFrames ?? []) lines.push(`${name}: ${sc.script}: ${sc.count}× in frames over 50 ms, ${sc.total} ms${sc.forcedLayout ? ` (forced layout ${sc.forcedLayout} ms)` : ''}`);
    for (const f of s.slowestLoadFrames ?? []) {
      const sc = f.scripts.map((/** @type {Json} */ x) => `${x.invoker} ← ${x.source || 'unknown'} ${x.duration} ms${x.forcedLayout ? ` (forced layout ${x.forcedLayout} ms)` : ''}`).join('; ');
      lines.push(`${name}, loading: frame of ${f.duration} ms at ${f.at} ms (style/layout/paint ${f.styleLayout} ms)${sc ? `: ${sc}` : ''}`);
    }
    for (const sh of s.shifts ?? []) lines.push(`${name}: layout shift ${num(sh.value, 4)} during ${sh.during} at ${sh.at} ms: ${sh.sources.join(', ')}`);
  }
  for (const [name, lh] of Object.entries(result.lighthouse ?? {})) {
    for (const f of lh.failing ?? []) lines.push(`Lighthouse ${name} (median run): ${f.category} / ${f.id} (${f.title}) ${f.display}${f.items.length ? `: ${f.items.join(', ')}` : ''}`);
  }
  return lines;
}

/** @param {Json} result */
function visualRows(result) {
  return (result.visualTimes ?? []).map((/** @type {Json} */ v) => [v.visual, `#${v.chapter}`, v.client ?? 'none (CSS only)', `${v.rendered}/${v.runs}`, ms(v.chunkLoaded), ms(v.render), ms(v.fcp)]);
}
const VISUAL_HEAD = ['visual', 'deep link', 'client chunk', 'rendered', 'chunk loaded', 'first render', 'page FCP'];

/** @param {Json} result */
function costRows(result) {
  const costs = result.pages?.story?.visualCosts ?? {};
  return Object.entries(costs).map(([name, c]) => {
    const shared = c.sharedChunks.map((/** @type {Json} */ s) => `${s.path.split('/').pop()} ${kb(s.gz9)}${s.sharedWith.length ? ` (shared with ${s.sharedWith.join(', ')})` : ''}`).join('; ');
    const data = c.data.length ? c.data.map((/** @type {Json} */ d) => `${d.path.split('/').pop()} ${kb(d.gz9)}`).join('; ') : 'none fetched';
    return [name, c.chapters.join(', '), c.client ? `${kb(c.client.gz9)}${c.client.loaded ? '' : ' (not loaded)'}` : 'no client', shared || '–', data, `${kb(c.markup.gz9)} (${kb(c.markup.raw)} raw, ${c.figures} fig.)`, c.notes.raw ? kb(c.notes.gz9) : '–', c.css.rules ? `${kb(c.css.gz9)} (${c.css.rules} rules)` : '–'];
  });
}
const COST_HEAD = ['visual', 'chapters', 'client JS (gzip -9)', 'libraries it preloads', 'data', 'SVG markup in HTML (gzip -9)', 'notes markup', 'own CSS'];

/** @param {Json} result */
export function printReport(result) {
  const out = [];
  out.push(`\nBenchmark ${result.date} (${result.seconds.toFixed(0)} s): Chromium ${result.chromium}, ${result.host.cpus} cores, load ${result.host.load.map((/** @type {Json} */ l) => l.toFixed(1)).join(' ')}`);
  for (const [name, page] of Object.entries(result.pages ?? {})) {
    if (page.skipped) {
      out.push(`\n${name}: skipped: ${page.skipped}`);
      continue;
    }
    out.push(`\nBytes: ${name} page ${page.path} at 1280x800 (gzip -9 excludes fonts/images, counted raw)`);
    out.push(textTable(BYTES_HEAD, bytesRows(page)));
    if (page.html?.parts) out.push(`\nHTML of ${page.path}: ${kb(page.html.raw)} raw, ${kb(page.html.gz9)} gzip -9, made of\n${textTable(['part', 'raw', 'gzip -9 (alone)'], htmlRows(page))}`);
  }
  if (result.lighthouse) {
    out.push(`\nLighthouse ${result.lighthouseVersion ?? ''} mobile preset, median of runs`);
    out.push(textTable(LH_HEAD, lhRows(result)));
  }
  if (result.smoothness) {
    out.push(`\nSmoothness: steady scroll top to bottom at ${result.options.speed} px/s (median of runs)`);
    out.push(textTable(SMOOTH_HEAD, smoothRows(result)));
  }
  if (result.visualTimes) {
    out.push('\nTime from navigation to each visual\'s first render (deep link, empty cache, median)');
    out.push(textTable(VISUAL_HEAD, visualRows(result)));
  }
  if (result.pages?.story?.visualCosts) {
    out.push('\nWhat each visual costs (story page)');
    out.push(textTable(COST_HEAD, costRows(result)));
  }
  const why = causes(result);
  if (why.length) out.push(`\nWhere the time goes\n${why.map((l) => `  ${l}`).join('\n')}`);
  out.push('\nTargets');
  for (const v of verdicts(result)) out.push(`  ${v.met ? 'met   ' : 'MISSED'}  ${v.target}: ${v.value}`);
  console.log(out.join('\n'));
}

/** @param {Json} result */
export function markdown(result) {
  const parts = [];
  parts.push(`Measured ${result.date} by \`npm run bench\` (${result.seconds.toFixed(0)} s) on ${result.host.cpus} shared cores (load average ${result.host.load.map((/** @type {Json} */ l) => l.toFixed(1)).join(', ')} at start), Chromium ${result.chromium}, commit \`${result.commit}\`${result.dirty ? ' plus uncommitted work in the checkout' : ''}.`);
  for (const [name, page] of Object.entries(result.pages ?? {})) {
    if (page.skipped) {
      parts.push(`**${name} page**: not measured: ${page.skipped}.`);
      continue;
    }
    parts.push(`### Bytes: ${name} page \`${page.path}\`\n\nFirst view = the page at the top once loading is over; scrolled through = after scrolling to the end. Transfer = body bytes on the wire (scripts/serve.mjs gzips text); gzip -9 = the budgets' measure (fonts and images counted raw). Inline \`<script>\`/\`<style>\` bytes travel inside the HTML and are shown in brackets.\n\n${mdTable(BYTES_HEAD, bytesRows(page))}`);
    if (page.html?.parts) parts.push(`What the HTML of \`${page.path}\` is made of (${kb(page.html.raw)} raw, ${kb(page.html.gz9)} gzip -9; each part compressed alone):\n\n${mdTable(['part', 'raw', 'gzip -9'], htmlRows(page))}`);
  }
  if (result.lighthouse) parts.push(`### Lighthouse (mobile preset, median of ${result.options.lhRuns})\n\n${mdTable(LH_HEAD, lhRows(result))}`);
  if (result.smoothness) parts.push(`### Smoothness (steady scroll at ${result.options.speed} px/s, median of ${result.options.smoothRuns})\n\n${mdTable(SMOOTH_HEAD, smoothRows(result))}`);
  if (result.visualTimes) parts.push(`### Time to each visual's first render (deep link, empty cache, median of ${result.options.visualRuns})\n\n${mdTable(VISUAL_HEAD, visualRows(result))}`);
  if (result.pages?.story?.visualCosts) parts.push(`### What each visual costs\n\n${mdTable(COST_HEAD, costRows(result))}`);
  const why = causes(result);
  if (why.length) parts.push(`### Where the time goes\n\nScripts that ran in animation frames over 50 ms while scrolling (Long Animation Frames API), layout shifts with the elements that moved, and the audits that cost Lighthouse points.\n\n${why.map((l) => `- ${l.replace(/\|/g, '\\|')}`).join('\n')}`);
  parts.push(`### Targets\n\n${mdTable(['target', 'measured', ''], verdicts(result).map((v) => [v.target, String(v.value), v.met ? 'met' : '**missed**']))}`);
  return parts.join('\n\n');
}

const START = '<!-- bench:start (generated by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of docs/performance.md, keeping the prose around it. */
/** @param {string} path @param {Json} result */
export function writeDoc(path, result) {
  const block = `${START}\n${markdown(result)}\n${END}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n## Latest numbers\n\n${START}\n${END}\n`;
  const a = text.indexOf('<!-- bench:start');
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n## Latest numbers\n\n${block}\n`;
  writeFileSync(path, text);
}
