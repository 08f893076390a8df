#!/usr/bin/env node
// @ts-check
/**
 * Prints the one closing line CI reads, `N passed, N failed`, from the JSON reports of Vitest
 * (reports/unit.json), Playwright (reports/e2e.json, reports/nginx.json, reports/wordpress.json), the
 * cross-engine smoke suite (reports/engines.json) and the pipeline's own steps
 * (reports/steps.json: type check, build). Exits 1 on any failure or when nothing passed.
 */
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const steps = read('reports/steps.json') ?? [];
for (const step of steps) step.ok ? passed++ : failed++;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  // A test file that failed without a failing test (it did not load: a syntax or import error)
  // ran none of its tests: count it, or its tests would vanish from the count.
  failed += (unit.testResults ?? []).filter(
    (/** @type {{ status: string; assertionResults?: { status: string }[] }} */ r) =>
      r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}

// Playwright: the browser tests, the nginx suite (playwright.nginx.config.ts) and the WordPress
// suite (e2e-wordpress/).
for (const path of ['reports/e2e.json', 'reports/nginx.json', 'reports/wordpress.json']) {
  const e2e = read(path);
  if (!e2e?.stats) continue;
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  skipped += e2e.stats.skipped ?? 0;
  if ((e2e.errors ?? []).length > 0) failed += e2e.errors.length;
}

// Cross-engine smoke (engines/run.mjs): one result per engine, size and check.
const engines = read('reports/engines.json');
if (engines?.stats) {
  passed += engines.stats.passed ?? 0;
  failed += engines.stats.failed ?? 0;
}

console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
