/** Deep links: chapters and passages open in place; passage links copy; the address bar carries the passage in view; bad fragments are harmless. */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, passagesOf, scrollToPassage } from './helpers';

async function firstScrollyChapter(page: Page) {
  for (const id of await page.locator('section.chapter[data-scrolly]').evaluateAll((els) => els.map((e) => e.id))) {
    const passages = await passagesOf(page, id);
    if (new Set(passages.map((p) => p.state)).size > 1) return { id, passages };
  }
  return null;
}

/** Records every value a chapter's figures take for data-state, from the very first paint. */
async function recordStates(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __states: string[] }).__states = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'data-state' && el.dataset.visual) seen.push(`${el.closest('section')?.id}:${el.dataset.state}`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

test('#<chapter> opens on that chapter in its first passage’s state, with no states in between', async ({ page }) => {
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  test.skip(chapter === null, 'no chapter with changing states yet');
  const { id, passages } = chapter!;
  await recordStates(page);
  await page.goto('about:blank'); // a new document, so the recorder runs from the first paint
  await page.goto(`/#${id}`);
  await expect(page.locator(`section#${id} h2`)).toBeInViewport();
  const first = passages[0]!;
  await expect(page.locator(`section#${id} [data-visual="${first.visual}"]`)).toHaveAttribute('data-state', first.state!);
  const seen = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
  expect(seen.filter((s) => s.startsWith(`${id}:`) && s !== `${id}:${first.state}`)).toEqual([]);
});

test('every #<chapter> link lands on its chapter, with its first passage’s picture @phone', async ({ page }) => {
  await page.goto('/');
  const ids = await page.locator('main section.chapter').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) {
    await page.goto('about:blank');
    await page.goto(`/#${id}`);
    await expect(page.locator(`section#${id} h2`), id).toBeInViewport();
    const first = (await passagesOf(page, id))[0]!;
    if (first.visual) await expect(page.locator(`section#${id} [data-visual="${first.visual}"]`)).toHaveAttribute('data-state', first.state!);
  }
});

test('#<chapter>-<n> restores exactly that passage’s state @phone', async ({ page }) => {
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  test.skip(chapter === null, 'no chapter with changing states yet');
  for (const p of chapter!.passages) {
    await page.goto(`/#${p.id}`);
    await expect(page.locator(`#${p.id}`)).toHaveClass(/is-active/);
    await expect(page.locator(`section#${chapter!.id} [data-visual="${p.visual}"]`)).toHaveAttribute('data-state', p.state!);
    await expect(page.locator(`#${p.id} .passage-text`)).toBeInViewport();
  }
});

test('every passage has a link icon, shown on hover and focus, that copies its full address @phone', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium’s');
  test.slow(); // axe on this long page takes about 20 s on a 2-core machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const links = page.locator('[data-step] > a.step-link');
  await expect(links).toHaveCount(await page.locator('[data-step]').count());
  const chapter = await firstScrollyChapter(page);
  const passage = chapter!.passages[1] ?? chapter!.passages[0]!;
  await scrollToPassage(page, passage.id);
  const link = page.locator(`#${passage.id} > a.step-link`);
  await expect(link).toHaveAttribute('href', `#${passage.id}`);
  await expect(link).toHaveAccessibleName(/^Copy link to passage \d+ of “/);
  // No developer-style text on the page: the link is an icon.
  await expect(link).toHaveText('');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  const before = await page.evaluate(() => ({ y: window.scrollY, length: history.length }));
  await link.click();
  const status = page.locator('.copy-toast [role="status"]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/Link to this passage copied/);
  const expected = new URL(`/#${passage.id}`, page.url()).href;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  // Copying does not move the page or add history; the address bar carries the passage.
  expect(await page.evaluate(() => ({ y: window.scrollY, length: history.length }))).toEqual(before);
  expect(await page.evaluate(() => location.hash)).toBe(`#${passage.id}`);
  await expectNoAxeViolations(page, '.copy-toast');
});

test('when the browser refuses to copy, the passage’s address is shown selected with how to copy it', async ({ page }) => {
  test.slow(); // axe on this long page takes about 20 s on a 2-core machine
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  const passage = chapter!.passages[0]!;
  await scrollToPassage(page, passage.id);
  await page.locator(`#${passage.id} > a.step-link`).click();
  await expect(page.locator('.copy-toast [role="status"]')).toHaveText(/did not allow copying.*selected.*(Ctrl\+C|⌘C)/);
  const expected = new URL(`/#${passage.id}`, page.url()).href;
  await expect(page.locator('.copy-toast-url')).toHaveText(expected);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(expected);
  await expectNoAxeViolations(page, '.copy-toast');
  await page.keyboard.press('Escape');
  await expect(page.locator('.copy-toast')).toBeHidden();
});

test('the address bar carries the passage in view without adding history entries; Back leaves the page @phone', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  const chapters = await page.locator('main section.chapter').evaluateAll((els) => els.map((e) => e.id));
  for (const id of chapters.slice(0, 4)) {
    const passages = await passagesOf(page, id);
    for (const p of [passages[0]!, passages.at(-1)!]) {
      await scrollToPassage(page, p.id);
      await page.mouse.wheel(0, 10); // a real scroll event, as a reader makes
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${p.id}`);
    }
  }
  // Back at the top, above the first chapter: no fragment at all.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('the address bar, copied while a passage is in view, reopens exactly that passage', async ({ page, context }) => {
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  test.skip(chapter === null, 'no chapter with changing states yet');
  const p = chapter!.passages[1] ?? chapter!.passages[0]!;
  await scrollToPassage(page, p.id);
  await page.mouse.wheel(0, 10);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${p.id}`);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator(`#${p.id}`)).toHaveClass(/is-active/);
  await expect(other.locator(`section#${chapter!.id} [data-visual="${p.visual}"]`)).toHaveAttribute('data-state', p.state!);
  await other.close();
});

test('reload keeps the reader at the same passage and picture', async ({ page }) => {
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  test.skip(chapter === null, 'no chapter with changing states yet');
  const last = chapter!.passages.at(-1)!;
  await scrollToPassage(page, last.id);
  await page.mouse.wheel(0, 10);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last.id}`);
  await page.reload();
  await expect(page.locator(`section#${chapter!.id} [data-visual="${last.visual}"]`)).toHaveAttribute('data-state', last.state!);
  await expect(page.locator(`#${last.id}`)).toHaveClass(/is-active/);
});

const hostile = [
  '#nope',
  '#%E0%A4%A',
  '#<img src=x onerror=alert(1)>',
  `#${'x'.repeat(5000)}`,
  '#__proto__',
  '#constructor',
  '#kherson-999',
  '#%00',
];
for (const hash of hostile) {
  test(`hostile fragment ${JSON.stringify(hash.slice(0, 30))} leaves the page at the top, working, with no console error`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/${hash}`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(5);
    await expect(page.locator('h1')).toBeInViewport();
    // Still working: reaching a passage sets its state.
    const chapter = await firstScrollyChapter(page);
    if (chapter) {
      const p = chapter.passages.at(-1)!;
      await scrollToPassage(page, p.id);
      await expect(page.locator(`section#${chapter.id} [data-visual="${p.visual}"]`)).toHaveAttribute('data-state', p.state!);
    }
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('an unknown path shows a clear "does not exist" page with a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/does not exist/);
  await expect(page.locator('a[href="/"]')).toBeVisible();
});
