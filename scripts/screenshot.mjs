#!/usr/bin/env node
// @ts-check
/**
 * Screenshot of a page in Debian's Chromium, for looking at what we make and for README:
 * `node scripts/screenshot.mjs <url> <out.png> [width=1280] [height=800] [nojs] [scrollTo=#id]`
 */
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium.mjs';

const [url, out, w = '1280', h = '800', js = 'js', target] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [js|nojs] [#passage-id]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, javaScriptEnabled: js !== 'nojs' });
  await page.goto(url);
  // The web fonts are font-display: optional (used only if they arrive at once): load the page
  // a second time, from the cache, so the picture shows the house faces even on a busy machine.
  await page.evaluate(() => document.fonts.ready);
  await page.goto(url);
  if (target) {
    await page.evaluate((id) => {
      const el = document.getElementById(id.replace(/^#/, ''));
      if (!el) return;
      const ratio = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--step-trigger')) || 0.5;
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * ratio + 24, behavior: 'instant' });
    }, target);
  }
  await page.waitForTimeout(1200);
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
