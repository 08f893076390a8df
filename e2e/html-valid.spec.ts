/**
 * Valid HTML on every built page (the story, every embed and share page, 404), checked by the
 * W3C Nu HTML Checker itself (`vnu-jar` from npm; needs Java, which .ci/run installs), in one
 * run over all files so the JVM starts once (about 7 s).
 *
 * Two kinds of report are not counted, each for a stated reason:
 * - "CSS: …": vnu's bundled CSS checker predates properties and syntax the pages rely on and
 *   every current browser parses (`paint-order`, `calc(var(--x) * 1px)` inside `translate()`).
 *   HTML validity is the point here; the CSS is checked by the browsers the tests run.
 * - KNOWN below: errors in a visual's internals that another piece of work removes; each names
 *   where it comes from. A KNOWN entry that no longer occurs fails the test, so the list shrinks.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const KNOWN: { message: string; why: string }[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.isFile() && e.name.endsWith('.html') ? [path] : [];
  });
}

test('every built page is valid HTML (W3C Nu checker)', () => {
  test.setTimeout(120_000);
  const dist = process.env.OUT_DIR ?? 'dist';
  const files = htmlFiles(dist);
  expect(files.map((f) => f.slice(dist.length))).toEqual(expect.arrayContaining(['/index.html', '/404.html']));
  expect(files.some((f) => f.includes('/embed/')), 'embed pages built').toBe(true);
  expect(files.some((f) => f.includes('/share/')), 'share pages built').toBe(true);

  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.error, 'java runs (apt-get install default-jre-headless)').toBeUndefined();
  const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; message: string; lastLine?: number }[] }).messages;
  const errors = messages.filter((m) => m.type === 'error' && !m.message.startsWith('CSS:'));
  const unexpected = errors.filter((m) => !KNOWN.some((k) => m.message.startsWith(k.message)));
  expect(unexpected.map((m) => `${(m.url ?? '').replace(/^.*?\/dist\//, '')}:${m.lastLine ?? '?'}: ${m.message}`)).toEqual([]);
  const stale = KNOWN.filter((k) => !errors.some((m) => m.message.startsWith(k.message)));
  expect(stale.map((k) => `no longer reported, remove from KNOWN: ${k.message}`)).toEqual([]);
});
