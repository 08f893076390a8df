#!/usr/bin/env node
// @ts-check
/**
 * A contact sheet of every step, for a graphics editor's review (issues #14, #16: "screenshots of
 * every step at 390×844 and 1280×800 are reviewed"): the window at each passage, in reading order,
 * labelled with passage id and state, tiled into one PNG per size.
 * `node scripts/contact-sheet.mjs <story url> <out dir> [width=390] [height=844] [columns=6]`
 * Writes <out dir>/steps-<w>x<h>/<passage>.png and <out dir>/contact-<w>x<h>.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium.mjs';

const [url, outDir, w = '390', h = '844', cols = '6'] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: node scripts/contact-sheet.mjs <story url> <out dir> [width] [height] [columns]');
  process.exit(2);
}
const size = { width: Number(w), height: Number(h) };
const shots = resolve(outDir, `steps-${w}x${h}`);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
try {
  const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  await page.goto(url); // from the cache: the house fonts are font-display: optional
  /** @type {{ id: string; state: string }[]} */
  const passages = await page.locator('section.chapter [data-step]').evaluateAll((els) =>
    els.map((el) => ({ id: el.id, state: `${/** @type {HTMLElement} */ (el).dataset.uses ?? ''}/${/** @type {HTMLElement} */ (el).dataset.state ?? ''}` })),
  );
  for (const p of passages) {
    await page.evaluate((id) => {
      const el = /** @type {HTMLElement} */ (document.getElementById(id));
      const ratio = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger')) || 0.5;
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * ratio + 24, behavior: 'instant' });
    }, p.id);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(shots, `${p.id}.png`) });
  }
  // Tile: one <img> per step with its caption, screenshotted as one page.
  const n = Number(cols);
  const tile = Math.round(1800 / n);
  const html = `<body style="margin:0;font:13px sans-serif;display:grid;grid-template-columns:repeat(${n},${tile}px);gap:6px;background:#ccc">${passages
    .map((p) => `<figure style="margin:0;background:#fff"><img style="width:${tile}px;display:block" src="data:image/png;base64,${readFileSync(join(shots, `${p.id}.png`)).toString('base64')}"><figcaption>${p.id} · ${p.state}</figcaption></figure>`)
    .join('')}</body>`;
  const sheet = await browser.newPage({ viewport: { width: n * (tile + 6), height: 800 } });
  await sheet.setContent(html);
  await sheet.screenshot({ path: resolve(outDir, `contact-${w}x${h}.png`), fullPage: true });
  console.log(`${passages.length} steps → ${resolve(outDir, `contact-${w}x${h}.png`)}`);
} finally {
  await browser.close();
}
