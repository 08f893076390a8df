/** scripts/summary.mjs: the one line CI reads counts every kind of failure, including a test file that never loaded. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SUMMARY = resolve('scripts/summary.mjs');

function summarize(reports: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'mm-summary-'));
  mkdirSync(join(dir, 'reports'));
  for (const [name, body] of Object.entries(reports)) writeFileSync(join(dir, 'reports', name), JSON.stringify(body));
  const run = spawnSync('node', [SUMMARY], { cwd: dir, encoding: 'utf8' });
  return { line: run.stdout.trim(), status: run.status };
}

describe('summary line', () => {
  it('adds up Vitest, Playwright, engines and the pipeline steps', () => {
    const { line, status } = summarize({
      'steps.json': [{ name: 'build', ok: true }],
      'unit.json': { numPassedTests: 3, numFailedTests: 0, testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }] },
      'e2e.json': { stats: { expected: 5, unexpected: 1, skipped: 2, flaky: 0 }, errors: [] },
      'engines.json': { stats: { passed: 4, failed: 0 } },
    });
    expect(line).toBe('13 passed, 1 failed, 2 skipped');
    expect(status).toBe(1);
  });

  it('counts a Vitest file that failed to load (no failing test inside) as a failure', () => {
    const { line, status } = summarize({
      'unit.json': {
        numPassedTests: 3,
        numFailedTests: 0,
        testResults: [
          { status: 'failed', assertionResults: [] },
          { status: 'passed', assertionResults: [{ status: 'passed' }] },
        ],
      },
    });
    expect(line).toBe('3 passed, 1 failed');
    expect(status).toBe(1);
  });

  it('does not count a file twice when its failure is a failing test', () => {
    const { line } = summarize({
      'unit.json': { numPassedTests: 1, numFailedTests: 1, testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] }] },
    });
    expect(line).toBe('1 passed, 1 failed');
  });

  it('fails when nothing passed', () => {
    expect(summarize({}).status).toBe(1);
  });
});
