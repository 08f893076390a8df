/**
 * US spelling on every built page (house rule; issue 14): the text readers see, except words that
 * are someone else's: the article's translated passages and contributors' line, quotations, the
 * translation's words quoted in "About this text", titles of cited sources (links out), text in
 * another language, and the proper names in src/lib/spelling.ts. Pages are read without JavaScript
 * (all text is in the HTML).
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ukSpellings } from '../src/lib/spelling';

function pages(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) => {
    const rel = `${base}/${e.name}`;
    if (e.isDirectory()) return pages(dir, rel);
    return e.name.endsWith('.html') ? [rel.replace(/index\.html$/, '')] : [];
  });
}

test('every page uses US spelling in our words, and says so (og:locale en_US)', async ({ browser }) => {
  test.setTimeout(120_000);
  const paths = pages(process.env.OUT_DIR ?? 'dist');
  expect(paths).toContain('/');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) {
    // The HTML as served, minus share pages' redirect to the story (they are read, not followed).
    const html = (await (await page.request.get(path)).text()).replace(/<meta http-equiv="refresh"[^>]*>/gi, '');
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      const theirs = '.passage-text, .contributors, q, blockquote, a[href^="http"], [lang]:not([lang|="en"]), script, style, code, pre, title';
      for (const el of body.querySelectorAll(theirs)) el.remove();
      // SVG labels and aria-labels are read too: they are our words.
      const labels = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
      return `${body.textContent ?? ''}\n${labels.join('\n')}\n${document.title}`;
    });
    for (const f of ukSpellings(text)) found.push(`${path}: ${f.word} (use ${f.use}): …${f.context}…`);
    const locale = await page.evaluate(() => document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null);
    if (locale !== null) expect(locale, path).toBe('en_US');
  }
  await context.close();
  expect([...new Set(found)]).toEqual([]);
});
