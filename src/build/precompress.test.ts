import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDir } from './precompress';

describe('precompressDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Text that repeats far apart, like the story's chapters: beyond gzip's 32 kB window.
  const chapter = Array.from({ length: 2000 }, (_, i) => `<path d="M${(i * 7919) % 1000},${(i * 104729) % 997}"/>`).join('');
  const page = `<!doctype html>${chapter}${'<p>'.repeat(10000)}${chapter}`;

  it('writes .br and .gz copies that decode to the file, and skips small and binary files', async () => {
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'tiny.js'), 'x'.repeat(MIN_BYTES - 1));
    writeFileSync(join(dir, 'card.png'), Buffer.alloc(5000, 1));
    const report = await precompressDir(dir);
    expect(report.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'card.png.br'))).toBe(false);
  });

  it('Brotli sees repeats that gzip cannot (the reason for precompressing)', () => {
    const br = readFileSync(join(dir, 'index.html.br')).length;
    const gz = readFileSync(join(dir, 'index.html.gz')).length;
    expect(br).toBeLessThan(gz * 0.7);
  });

  it('replaces stale copies when a file changes', async () => {
    const changed = page.replace('<!doctype html>', '<!doctype html><title>changed</title>');
    writeFileSync(join(dir, 'index.html'), changed);
    await precompressDir(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(changed);
  });
});
