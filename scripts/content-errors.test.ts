/**
 * A bad content entry must fail the build with the file and the field named. These tests copy
 * the project to a temporary folder, break one content file, and run the real `astro build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const dirs: string[] = [];

/** At most this many builds at once: each is one busy core (the machine has two). */
const PARALLEL_BUILDS = 2;
/** A build that has not ended by then is killed (it fails its test). */
const BUILD_TIMEOUT = 170_000;
const BUILDS = 8;
/** A test's time includes its wait for a build slot: the builds queued before it, at worst. */
const TEST_TIMEOUT = Math.ceil(BUILDS / PARALLEL_BUILDS) * BUILD_TIMEOUT + 20_000;
let running = 0;
const queue: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_BUILDS) await new Promise<void>((go) => queue.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queue.shift()?.();
  }
}

/**
 * Copies the project, applies `edit` to one file and runs the real `astro build` there. The
 * build runs as a child process awaited asynchronously (never spawnSync: a worker blocked for
 * minutes misses Vitest's RPC deadline and fails the run with "Timeout calling onTaskUpdate").
 */
function buildWith(file: string, edit: (text: string) => string): Promise<{ status: number | null; output: string }> {
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
  return slot(
    () =>
      new Promise((done) => {
        const child = spawn(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
          cwd: dir,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT);
        child.on('close', (status) => {
          clearTimeout(timer);
          done({ status, output });
        });
      }),
  );
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('a broken content file fails the build, naming the file and the field', () => {
  it('a misspelt key in a chapter (schema)', async () => {
    const { status, output } = await buildWith('content/chapters/08-kherson.yaml', (t) => t.replace('  - paragraph: 20', '  - paragraph: 20\n    stat: after'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/08-kherson.yaml');
    expect(output).toMatch(/passages\.1.*Unrecognized key\(s\) in object: 'stat'/);
  }, TEST_TIMEOUT);

  it('a hold that is not true or false', async () => {
    const { status, output } = await buildWith('content/chapters/08-kherson.yaml', (t) => t.replace('  - paragraph: 20', '  - paragraph: 20\n    hold: maybe'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/08-kherson.yaml');
    expect(output).toMatch(/passages\.1\.hold: Expected type `"boolean"`, received `"string"`/);
  }, TEST_TIMEOUT);

  it('a skipped paragraph (story rules)', async () => {
    const { status, output } = await buildWith('content/chapters/08-kherson.yaml', (t) => t.replace('  - paragraph: 20', '  - paragraph: 21'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/08-kherson.yaml: passages[1].paragraph: paragraph 21 skips paragraph 20; expected 20');
  }, TEST_TIMEOUT);

  it('a correction that no longer matches the text', async () => {
    const { status, output } = await buildWith('content/corrections.yaml', (t) => t.replace('original: "the he winter"', 'original: "the she winter"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/corrections\.yaml: corrections\[\d+\]\.original: "the she winter" occurs 0 times in paragraph 7/);
  }, TEST_TIMEOUT);
});

describe.concurrent('a broken data file fails the build, naming the file and the field', () => {
  // These fail before any page renders (src/build/validate-data.ts), so each build stops in seconds.
  it('a negative package amount', async () => {
    const { status, output } = await buildWith('content/data/aid/us-packages.json', (t) => t.replace('"amount_usd_m": 60.0,', '"amount_usd_m": -2e9,'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/aid\/us-packages\.json: rows\[0\]\.amount_usd_m: Number must be greater than or equal to 0 \(found -2000000000\)/);
    expect(output).not.toContain('$-2000000000m');
  }, TEST_TIMEOUT);

  it('an amount written as text with a decimal comma', async () => {
    const { status, output } = await buildWith('content/data/aid/us-packages.json', (t) => t.replace('"amount_usd_m": 60.0,', '"amount_usd_m": "60,0",'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/aid\/us-packages\.json: rows\[0\]\.amount_usd_m: Expected number, received string \(found "60,0"\)/);
    expect(output).not.toContain('toFixed is not a function');
  }, TEST_TIMEOUT);

  it('a link kind the sources policy does not know', async () => {
    const { status, output } = await buildWith('content/data/aid/article-items.json', (t) => t.replace('"url_kind": "full copy"', '"url_kind": "mirror"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/aid\/article-items\.json: sources\[\d+\]\.url_kind: Invalid enum value/);
  }, TEST_TIMEOUT);

  it('a citation of a source id that no pack has', async () => {
    const { status, output } = await buildWith('content/data/context/timeline.json', (t) => t.replace('"S15"', '"S99"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/context\/timeline\.json: events\[\d+\]\.source_ids\[\d+\]: unknown source id "S99"/);
  }, TEST_TIMEOUT);

  it('an empty chapter file', async () => {
    const { status, output } = await buildWith('content/chapters/05-momentum.yaml', () => '');
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/05-momentum.yaml: (file): the file is empty or not a YAML mapping of fields');
    expect(output).not.toContain("reading 'slug'");
  }, TEST_TIMEOUT);
});
