#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check, in order, each allowed to fail without hiding the others' results:
 * type check (astro check), unit tests (Vitest), build (astro build), browser tests (Playwright
 * in Debian's Chromium). Ends with one line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

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

const summary = spawnSync('node', ['scripts/summary.mjs'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
