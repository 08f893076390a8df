#!/usr/bin/env node
// @ts-check
/**
 * Writes src/visuals/kit/glyph-widths.ts, the advance widths text is laid out with at build
 * (src/visuals/kit/text-metrics.ts), read from the font files themselves:
 *  - `sans`, `sansBold`: Source Sans 3 regular and bold, the house sans the SVG labels are set in,
 *    the very files src/build/fonts.ts subsets and serves (FACES; kit.test.ts checks the two agree);
 *  - `standInSans`, `standInSansBold`: Liberation Sans (Arial's metrics) scaled by the size-adjust of
 *    'Source Sans 3 fallback' in src/styles/base.css: what a reader sees for the whole visit when
 *    the house face does not arrive in time (font-display: optional); text-metrics.ts lays labels
 *    out for the wider of the two;
 *  - `cardSans`, `cardSansBold`, `cardSerifItalic`, `cardSerifBold`: DejaVu, the faces the share
 *    cards are drawn in (src/share/compose.ts; librsvg finds them through fontconfig, and so does
 *    this script, with `fc-match`).
 * Only the characters the content and the code use are kept (every character of content/ and
 * src/ that one of the faces draws, and printable ASCII); a face without a glyph, and any other
 * character, count as FALLBACK, which errs wide.
 *
 *   node scripts/text-metrics.mjs
 *
 * Run it after a content change brings new characters or a font changes, then review the
 * goldens (`npx vitest run -u` after reading the diffs): every layout reads these numbers.
 * Reads the fonts with fontkitten (in node_modules with Astro); no browser, no network.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, relative } from 'node:path';
import { create } from 'fontkitten';

const OUT = 'src/visuals/kit/glyph-widths.ts';
const require = createRequire(import.meta.url);
/** The house sans as the page serves it (italic labels are the regular slanted by the browser: same advances). */
const SERVED = {
  sans: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
  sansBold: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
};
/** fontconfig patterns of the house sans's stand-in and of the share cards' faces. */
const LOCAL = {
  standInSans: 'Liberation Sans',
  standInSansBold: 'Liberation Sans:bold',
  cardSans: 'DejaVu Sans',
  cardSansBold: 'DejaVu Sans:bold',
  cardSerifItalic: 'DejaVu Serif:italic',
  cardSerifBold: 'DejaVu Serif:bold',
};
const files = {
  ...Object.fromEntries(Object.entries(SERVED).map(([k, from]) => [k, require.resolve(from)])),
  ...Object.fromEntries(Object.entries(LOCAL).map(([k, pattern]) => [k, execFileSync('fc-match', ['-f', '%{file}', pattern], { encoding: 'utf8' })])),
};
/** The stand-in's size-adjust, from the @font-face the page declares. */
const css = readFileSync('src/styles/base.css', 'utf8');
const sizeAdjust = Number(/font-family: 'Source Sans 3 fallback';[^}]*?size-adjust: ([\d.]+)%/.exec(css)?.[1]) / 100;
if (!(sizeAdjust > 0.5 && sizeAdjust < 1.5)) throw new Error("no size-adjust for 'Source Sans 3 fallback' in src/styles/base.css");
/** @param {string} key */
const scaleOf = (key) => (key.startsWith('standIn') ? sizeAdjust : 1);
const faces = Object.entries(files).map(([key, file]) => ({ key, file, font: /** @type {import('fontkitten').Font} */ (create(readFileSync(file))) }));
for (const [key, pattern] of Object.entries(LOCAL)) {
  const family = faces.find((f) => f.key === key)?.font.familyName ?? '';
  if (!family.startsWith(pattern.split(':')[0] ?? '')) throw new Error(`fc-match gave ${family} for ${pattern}: install fonts-liberation and fonts-dejavu-core`);
}

const SCAN = ['content', 'src'];
const TEXT_FILES = new Set(['.ts', '.astro', '.css', '.yaml', '.json', '.txt', '.md', '.csv']);
/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__golden__' ? [] : filesUnder(path);
    return TEXT_FILES.has(extname(e.name)) && relative('.', path) !== OUT ? [path] : [];
  });
}
const used = new Set();
for (let c = 0x20; c < 0x7f; c++) used.add(String.fromCharCode(c));
for (const file of SCAN.flatMap(filesUnder)) for (const ch of readFileSync(file, 'utf8')) used.add(ch);

/** @param {{ key: string; font: import('fontkitten').Font }} face @param {string} ch */
const advance = ({ key, font }, ch) => {
  const code = /** @type {number} */ (ch.codePointAt(0));
  return font.hasGlyphForCodePoint(code) ? Math.round((font.glyphForCodePoint(code).advanceWidth * 1000 * scaleOf(key)) / font.unitsPerEm) : null;
};
const chars = [...used]
  .filter((ch) => /\P{C}/u.test(ch) && faces.some((f) => advance(f, ch) !== null))
  .sort((a, b) => /** @type {number} */ (a.codePointAt(0)) - /** @type {number} */ (b.codePointAt(0)));
const widths = chars.map((ch) => faces.map((f) => advance(f, ch)));
const fallback = faces.map((_, i) => Math.max(1000, ...widths.map((w) => w[i] ?? 0)));
const rows = chars.map((ch, i) => `${JSON.stringify(ch)}: [${(widths[i] ?? []).map((w) => w ?? 'null').join(', ')}]`);
const lines = [];
for (let i = 0; i < rows.length; i += 4) lines.push(`  ${rows.slice(i, i + 4).join(', ')},`);

writeFileSync(
  OUT,
  `/**
 * GENERATED by scripts/text-metrics.mjs: do not edit; run \`node scripts/text-metrics.mjs\`.
 *
 * Advance widths in thousandths of an em, one column per face (FACES), for the ${chars.length}
 * characters of content/ and src/ that one of them draws; null where a face has no glyph.
 * Kerning is left out (browsers and Pango kern, which only narrows a word): widths err wide.
 * Read from:
${faces.map((f) => ` *   ${f.key}: ${basename(f.file)}${scaleOf(f.key) !== 1 ? ` × ${scaleOf(f.key)} (size-adjust)` : ''}`).join('\n')}
 */
export const FACES = [${faces.map((f) => `'${f.key}'`).join(', ')}] as const;

/** The house sans files (src/build/fonts.ts serves the same). */
export const SERVED_FILES = { ${Object.entries(SERVED).map(([k, v]) => `${k}: '${v}'`).join(', ')} } as const;

/** Per face: the width of a character it lacks (a fallback font draws it): the widest here, at least 1 em. */
export const FALLBACK: readonly number[] = [${fallback.join(', ')}];

export const WIDTHS: Readonly<Record<string, readonly (number | null)[]>> = {
${lines.join('\n')}
};
`,
);
console.log(`${OUT}: ${chars.length} characters, ${faces.length} faces; fallback ${fallback.join(', ')}`);
