#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check, in order, each allowed to fail without hiding the others' results:
 * type check (astro check), unit tests (Vitest, with the preview server's abuse tests), build
 * (astro build), browser tests (Playwright in Debian's Chromium), the nginx suite (the build behind
 * Debian's nginx with its generated config), the cross-engine smoke suite (engines/: Firefox ESR and
 * WebKitGTK), then real WordPress embedding our links (e2e-wordpress/). Ends with one line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
/** @type {{ name: string; ok: boolean }[]} */
const steps = [];
/** @param {string} name @param {boolean} ok */
const step = (name, ok) => {
  steps.push({ name, ok });
  writeFileSync('reports/steps.json', JSON.stringify(steps, null, 2));
  console.log(`\n[${ok ? 'pass' : 'FAIL'}] ${name}\n`);
  return ok;
};

step('type check (astro check)', run('npx', ['astro', 'check']));
run('npx', ['vitest', 'run']);
const built = step('build (astro build)', run('npx', ['astro', 'build']));
if (built) run('npx', ['playwright', 'test']);
else console.log('Playwright skipped: the build failed.');
// The nginx suite: Debian's nginx with the generated config (playwright.nginx.config.ts). A run that
// wrote no report (nginx missing, config rejected…) counts as a failure, never as nothing.
if (built) {
  run('npx', ['playwright', 'test', '-c', 'playwright.nginx.config.ts']);
  if (!existsSync('reports/nginx.json')) step('nginx suite (wrote no report)', false);
}
// Cross-engine smoke (engines/): Debian's Firefox ESR and WebKitGTK; writes reports/engines.json.
if (built) {
  // It writes its own report; one that crashed before writing it still counts as a failure.
  if (!run('node', ['engines/run.mjs']) && !existsSync('reports/engines.json')) step('cross-engine smoke (engines/run.mjs) ran', false);
} else console.log('Cross-engine smoke skipped: the build failed.');

// Real WordPress as an embed consumer (e2e-wordpress/, its own ~1 GB package folder): runs when
// installed (`npm ci --prefix e2e-wordpress`, as .ci/run does); on CI a missing install fails.
if (existsSync('e2e-wordpress/node_modules/@wp-playground/cli')) {
  if (built) run('npx', ['playwright', 'test', '--config', 'e2e-wordpress/playwright.config.ts']);
} else if (process.env.CI) {
  step('WordPress suite installed (npm ci --prefix e2e-wordpress)', false);
} else {
  console.log('WordPress suite skipped: not installed (npm ci --prefix e2e-wordpress).');
}

const summary = spawnSync('node', ['scripts/summary.mjs'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
