#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check, each allowed to fail without hiding the others' results, in three
 * phases that keep both cores busy without two browser suites fighting over them:
 *   1. the build, then the type check (astro check reads the types the build synced), beside the
 *      unit tests (Vitest, with the preview server's abuse tests; they never read dist/);
 *   2. the browser tests (Playwright in Debian's Chromium, desktop and phone projects), alone;
 *   3. side by side, each on its own ports (README, "Ports"): the nginx suite (the build behind
 *      Debian's nginx with its generated config), the cross-engine smoke suite (engines/: Firefox
 *      ESR and WebKitGTK) and real WordPress embedding our links (e2e-wordpress/).
 * A step that runs beside another prints its output when it ends. Ends with the time each step
 * took (also in reports/timings.json) and one line: `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const started = Date.now();
/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const timings = [];

/**
 * Runs a command; with `quiet`, its output is held and printed in one piece when it ends, so
 * steps running side by side do not interleave their lines.
 * @param {string} name @param {string} cmd @param {string[]} args @param {{ quiet?: boolean }} [options]
 * @returns {Promise<boolean>} whether it exited 0
 */
function run(name, cmd, args, { quiet = false } = {}) {
  const t0 = Date.now();
  if (quiet) console.log(`[start] ${name}`);
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `\n${error.message}\n`));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - t0) / 1000);
      timings.push({ name, seconds, ok: code === 0 });
      if (quiet) console.log(`\n===== ${name} (${seconds} s) =====\n${output.trimEnd()}\n===== end of ${name} =====\n`);
      done(code === 0);
    });
  });
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
/** @type {{ name: string; ok: boolean }[]} */
const steps = [];
/** A pass/fail of the pipeline itself (reports/steps.json, counted by scripts/summary.mjs). @param {string} name @param {boolean} ok */
const step = (name, ok) => {
  steps.push({ name, ok });
  writeFileSync('reports/steps.json', JSON.stringify(steps, null, 2));
  console.log(`\n[${ok ? 'pass' : 'FAIL'}] ${name}\n`);
  return ok;
};

// 1. Build, then type check; the unit tests beside them (their own report: reports/unit.json).
const [built] = await Promise.all([
  (async () => {
    const ok = step('build (astro build)', await run('build (astro build)', 'npx', ['astro', 'build'], { quiet: true }));
    step('type check (astro check)', await run('type check (astro check)', 'npx', ['astro', 'check'], { quiet: true }));
    return ok;
  })(),
  run('unit tests (vitest)', 'npx', ['vitest', 'run'], { quiet: true }),
]);

// 2. The browser tests in Chromium, alone: their timings (transitions, scrolling) want the cores.
if (built) await run('browser tests (playwright, Chromium)', 'npx', ['playwright', 'test']);
else console.log('Playwright skipped: the build failed.');

// 3. The suites that only read dist/, side by side on their own ports.
/** @type {Promise<unknown>[]} */
const last = [];
if (built) {
  // The nginx suite: Debian's nginx with the generated config (playwright.nginx.config.ts). A run that
  // wrote no report (nginx missing, config rejected…) counts as a failure, never as nothing.
  last.push(
    run('nginx suite (playwright.nginx.config.ts)', 'npx', ['playwright', 'test', '-c', 'playwright.nginx.config.ts'], { quiet: true }).then(() => {
      if (!existsSync('reports/nginx.json')) step('nginx suite (wrote no report)', false);
    }),
  );
  // Cross-engine smoke (engines/): Firefox ESR and WebKitGTK; it writes reports/engines.json, and one
  // that crashed before writing it still counts as a failure.
  last.push(
    run('cross-engine smoke (engines/run.mjs)', 'node', ['engines/run.mjs'], { quiet: true }).then((ok) => {
      if (!ok && !existsSync('reports/engines.json')) step('cross-engine smoke (engines/run.mjs) ran', false);
    }),
  );
} else console.log('nginx suite and cross-engine smoke skipped: the build failed.');

// Real WordPress as an embed consumer (e2e-wordpress/, its own ~1 GB package folder): runs when
// installed (`npm ci --prefix e2e-wordpress`, as .ci/run does); on CI a missing install fails.
if (existsSync('e2e-wordpress/node_modules/@wp-playground/cli')) {
  if (built) last.push(run('WordPress suite (e2e-wordpress/)', 'npx', ['playwright', 'test', '--config', 'e2e-wordpress/playwright.config.ts'], { quiet: true }));
} else if (process.env.CI) {
  step('WordPress suite installed (npm ci --prefix e2e-wordpress)', false);
} else {
  console.log('WordPress suite skipped: not installed (npm ci --prefix e2e-wordpress).');
}
await Promise.all(last);

const total = Math.round((Date.now() - started) / 1000);
writeFileSync('reports/timings.json', JSON.stringify({ total, steps: timings }, null, 2));
console.log(`\nTime: ${timings.map((t) => `${t.name} ${t.seconds} s`).join('; ')}; in all ${Math.floor(total / 60)} min ${total % 60} s`);
const summary = spawnSync('node', ['scripts/summary.mjs'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
