/** Deep links: chapters and passages open in place; the address bar follows the reader; bad fragments are harmless. */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, passagesOf, scrollToPassage } from './helpers';

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

test('every passage has a visible link to itself', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('[data-step] > a.step-link');
  const steps = await page.locator('[data-step]').count();
  await expect(links).toHaveCount(steps);
  const first = links.first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  const parentId = await first.evaluate((a) => a.parentElement?.id);
  expect(href).toBe(`#${parentId}`);
});

test('the address bar follows the chapter in view without adding history entries; Back leaves the page', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  const chapters = await page.locator('main section.chapter').evaluateAll((els) => els.map((e) => e.id));
  for (const id of chapters.slice(0, 4)) {
    const passages = await passagesOf(page, id);
    await scrollToPassage(page, passages.at(-1)!.id);
    await page.mouse.wheel(0, 10); // a real scroll event, as a reader makes
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
  }
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('reload keeps the reader at the same passage and picture', async ({ page }) => {
  await page.goto('/');
  const chapter = await firstScrollyChapter(page);
  test.skip(chapter === null, 'no chapter with changing states yet');
  const last = chapter!.passages.at(-1)!;
  await scrollToPassage(page, last.id);
  await page.mouse.wheel(0, 10);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${chapter!.id}`);
  await page.waitForTimeout(300);
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
