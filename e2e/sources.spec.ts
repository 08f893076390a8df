/**
 * Every built page (the story, each embed, each share page, the 404) and every download, as a
 * reader gets them: no link to a host the source audit rates low unless it is labelled as a copy,
 * no link to a copy we only consulted or to a guessed address, and every source named by its
 * record's original publisher. The low-host list is the packs' own (scripts/check-sources.mjs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOW_HOSTS, normHost } from '../scripts/check-sources.mjs';

const OUT_DIR = process.env.OUT_DIR ?? 'dist';

interface Record {
  id: string;
  publisher: string;
  url: string;
  url_kind: string;
  consulted_url: string;
  unverified_original_url?: string;
}
const PACKS = ['context/sources.json', 'aid/appropriations.json', 'aid/us-packages.json', 'aid/capabilities.json', 'aid/article-items.json', 'aid/donors.json'];
const records = new Map<string, Record>();
for (const file of PACKS) {
  for (const r of (JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as { sources: Record[] }).sources) records.set(r.id, r);
}
/** Addresses a reader must never be sent to: copies we only read, and guessed originals. */
const neverLinked = new Set(
  [...records.values()].flatMap((r) => [r.consulted_url !== r.url ? r.consulted_url : '', r.unverified_original_url ?? '']).filter(Boolean),
);
const paraphrases = (JSON.parse(readFileSync('content/data/aid/article-items.json', 'utf8')) as { rows: { paraphrase?: string }[] }).rows
  .map((r) => r.paraphrase)
  .filter((p): p is string => Boolean(p));

function filesUnder(dir: string, ext: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.some((e) => name.endsWith(e)) ? [path] : [];
  });
}
const pages = filesUnder(OUT_DIR, ['.html']).map((f) => `/${relative(OUT_DIR, f).replace(/index\.html$/, '')}`);

interface Link {
  href: string;
  kind: string | null;
  source: string | null;
  text: string;
  label: string;
}

test.describe('source links on every built page', () => {
  // The pages as built, without JavaScript: share pages would otherwise move on to the story.
  test.use({ javaScriptEnabled: false });

  test('the pages to check: story, embeds, share pages and the 404', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.startsWith('/share/')).length).toBeGreaterThan(10);
  });

  // One page object walks each group of pages (a page and a context per path cost more than the
  // check itself); every finding names its page.
  const groups: [string, (p: string) => boolean][] = [
    ['the story and the 404', (p) => !p.startsWith('/embed/') && !p.startsWith('/share/')],
    ['every embed page', (p) => p.startsWith('/embed/')],
    ['every share page', (p) => p.startsWith('/share/')],
  ];
  for (const [name, member] of groups) {
    test(`${name}: low-quality hosts only as labelled copies; sources named by their publisher`, async ({ page }) => {
      // Share pages send people on to the story (a meta refresh): read them as built, without moving on.
      await page.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
        await route.fulfill({ response, body });
      });
      const paths = pages.filter(member);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        await page.goto(path);
        const links: Link[] = await page.$$eval('a[href]', (as) =>
          as.map((a) => {
            const next = a.nextElementSibling;
            return {
              // SVG links too: read the attribute, resolved against the page.
              href: new URL(a.getAttribute('href') ?? '', location.href).href,
              kind: a.getAttribute('data-url-kind'),
              source: a.getAttribute('data-source'),
              text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
              // A copy is labelled by the small type after the link, or (inside a drawing) in its accessible name.
              label: `${next?.matches('small.source-kind') ? next.textContent : ''} ${a.getAttribute('aria-label') ?? ''}`,
            };
          }),
        );
        const bad: string[] = [];
        for (const l of links) {
          const host = normHost(l.href);
          if (host && LOW_HOSTS.has(host) && !(l.kind === 'copy consulted' && /copy consulted/.test(l.label))) bad.push(`unlabelled link to ${host}: "${l.text}" ${l.href}`);
          if (neverLinked.has(l.href)) bad.push(`link to a copy consulted or a guessed address: "${l.text}" ${l.href}`);
          if (l.source) {
            const r = records.get(l.source);
            if (!r) bad.push(`unknown source ${l.source}`);
            else {
              if (l.href !== new URL(r.url).href) bad.push(`${l.source} links ${l.href}, not its url ${r.url}`);
              // Links drawn in a figure carry the figure's words; their accessible name names the source.
              const named = l.text === r.publisher || l.text.startsWith(`${r.publisher}, `) || l.label.includes(`source: ${r.publisher}`);
              if (!named) bad.push(`${l.source} named "${l.text}", its publisher is "${r.publisher}"`);
              if (r.url_kind !== 'original' && !l.label.trim()) bad.push(`${l.source} (${r.url_kind}) has no label saying what the link is`);
            }
          }
        }
        expect.soft(bad, path).toEqual([]);
        // Wording the packs mark as a rewrite's paraphrase never reaches a reader.
        const text = (await page.locator('body').textContent()) ?? '';
        for (const p of paraphrases) expect.soft(text, path).not.toContain(p.slice(0, 50));
      }
    });
  }
});

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Whether a low-quality address in a download sits where it is labelled. */
function labelled(field: string, value: string, siblings: { [k: string]: unknown }): boolean {
  if (field === 'source_consulted_url' || field === 'source_unverified_original_url') return true;
  if (field === 'source_url') return siblings.source_url_kind === 'copy consulted';
  // HTML (the debate's cards): each low link carries its kind and the small-type label after it.
  if (/<a\s/.test(value)) {
    return [...value.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>[^<]*<\/a>\s*(<small class="source-kind">[^<]*<\/small>)?/g)].every(
      (m) => !LOW_HOSTS.has(normHost(m[1]!.replaceAll('&amp;', '&')) ?? '') || (/data-url-kind="copy consulted"/.test(m[0]) && /\(copy consulted\)/.test(m[2] ?? '')),
    );
  }
  // A list cell ("S10 CNN, 15 Nov 2022 https://… (copy consulted) | …"): each low address followed by its label.
  return [...value.matchAll(/https?:\/\/\S+/g)].every((m) => !LOW_HOSTS.has(normHost(m[0]) ?? '') || value.slice(m.index + m[0].length).startsWith(' (copy consulted)'));
}

test.describe('downloads', () => {
  const files = filesUnder(join(OUT_DIR, 'data'), ['.json', '.csv']);

  test('name each source by its publisher, link its url, and label every other address', () => {
    expect(files.length).toBeGreaterThan(5);
    const bad: string[] = [];
    const check = (file: string, o: { [k: string]: unknown }): void => {
      for (const [field, value] of Object.entries(o)) {
        if (typeof value !== 'string') continue;
        const low = [...value.matchAll(/https?:\/\/[^\s"|]+/g)].some((m) => LOW_HOSTS.has(normHost(m[0]) ?? ''));
        if (low && !labelled(field, value, o)) bad.push(`${relative(OUT_DIR, file)}: ${field} "${value.slice(0, 120)}" is not labelled as a copy`);
      }
      if (typeof o.source_id === 'string' && typeof o.source_publisher === 'string') {
        const r = records.get(o.source_id);
        if (!r) bad.push(`${relative(OUT_DIR, file)}: unknown source ${o.source_id}`);
        else if (o.source_publisher !== r.publisher || o.source_url !== r.url || o.source_url_kind !== r.url_kind) bad.push(`${relative(OUT_DIR, file)}: ${o.source_id} differs from its record`);
      }
    };
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.csv')) {
        const [head, ...rows] = parseCsv(text);
        for (const row of rows) check(file, Object.fromEntries((head ?? []).map((h, i) => [h, row[i] ?? ''])));
      } else {
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) return v.forEach(walk);
          if (!v || typeof v !== 'object') return;
          check(file, v as { [k: string]: unknown });
          Object.values(v).forEach(walk);
        };
        walk(JSON.parse(text));
      }
    }
    expect(bad).toEqual([]);
  });
});
