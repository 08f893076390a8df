/**
 * A bad content entry must fail the build with the file and the field named. These tests copy
 * the project to a temporary folder, break one content file, and run the real `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const dirs: string[] = [];

function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-error-'));
  dirs.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed the file').not.toBe(before);
  writeFileSync(path, after);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') },
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a broken content file fails the build, naming the file and the field', () => {
  it('a misspelt key in a chapter (schema)', () => {
    const { status, output } = buildWith('content/chapters/08-kherson.yaml', (t) => t.replace('  - paragraph: 20', '  - paragraph: 20\n    stat: after'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/08-kherson.yaml');
    expect(output).toMatch(/passages\.1.*Unrecognized key\(s\) in object: 'stat'/);
  }, 180_000);

  it('a skipped paragraph (story rules)', () => {
    const { status, output } = buildWith('content/chapters/08-kherson.yaml', (t) => t.replace('  - paragraph: 20', '  - paragraph: 21'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/08-kherson.yaml: passages[1].paragraph: paragraph 21 skips paragraph 20; expected 20');
  }, 180_000);

  it('a correction that no longer matches the text', () => {
    const { status, output } = buildWith('content/corrections.yaml', (t) => t.replace('original: "the he winter"', 'original: "the she winter"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/corrections\.yaml: corrections\[\d+\]\.original: "the she winter" occurs 0 times in paragraph 7/);
  }, 180_000);
});
