/**
 * The story page as a reader meets it: all of the text, in order; chapters and passages
 * with the DOM contract; the visual following the passage whichever way it is reached.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, passagesOf, scrollToPassage, waitForVisualSettled, wheelToPassage } from './helpers';
import { expectedParagraph, sourceParagraphs, undoCorrections, corrections } from './story-content';

/** Text of each [data-paragraph] element in DOM order, without correction/note markers. */
async function renderedParagraphs(page: import('@playwright/test').Page) {
  return page.locator('[data-paragraph]').evaluateAll((els) =>
    els.map((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('sup.ref, .step-link').forEach((n) => n.remove());
      return { n: Number((el as HTMLElement).dataset.paragraph), text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }),
  );
}

async function scrollyChapters(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('section.chapter[data-scrolly]').evaluateAll((els) => els.map((el) => el.id));
}

test.describe('the text', () => {
  test('every paragraph of the source appears exactly once, in order, changed only by documented corrections', async ({ page }) => {
    await page.goto('/');
    const rendered = await renderedParagraphs(page);
    expect(rendered.map((p) => p.n)).toEqual(sourceParagraphs.map((_, i) => i + 1));
    for (const { n, text } of rendered) {
      expect(text, `paragraph ${n}`).toBe(expectedParagraph(n));
      expect(undoCorrections(n, text), `paragraph ${n} with corrections undone`).toBe(sourceParagraphs[n - 1]);
    }
  });

  test('"About this text" lists every correction with the original and corrected words', async ({ page }) => {
    await page.goto('/');
    const about = page.locator('#about-this-text');
    await expect(about).toContainText('machine translation');
    await expect(about).toContainText('November 14, 2022');
    // Every correction is listed once, typos too (in their own list), with both versions.
    // The lists sit in one collapsed <details> (fewer tab stops); a link into them opens it.
    await about.locator('details.about-changes > summary').click();
    await expect(about.locator('ol.corrections > li')).toHaveCount(corrections.length);
    for (const [i, c] of corrections.entries()) {
      const item = about.locator(`ol.corrections > li#correction-${i + 1}`);
      await expect(item.locator('q.original')).toHaveText(c.original);
      await expect(item.locator('q.corrected')).toHaveText(c.corrected);
      await expect(item.locator('xpath=..')).toHaveClass(c.basis === 'typo' ? /typos/ : /^corrections$/);
    }
    // The entry leads back to the words it is about.
    const marked = corrections.findIndex((c) => c.basis !== 'typo') + 1;
    await about.locator(`#correction-${marked} a[href="#correction-ref-${marked}"]`).click();
    await expect(page.locator(`#correction-ref-${marked}`)).toBeInViewport();
  });

  test('title, dek, attribution and 8 to 12 chapters with the DOM contract', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText(/\S/);
    await expect(page.locator('.dek')).toHaveText(/.{40}/);
    await expect(page.locator('.byline')).toContainText('POLITICO');
    await expect(page.locator('.byline time')).toHaveAttribute('datetime', '2022-11-14');
    const sections = page.locator('main section.chapter');
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(8);
    expect(count).toBeLessThanOrEqual(12);
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i);
      const id = await section.getAttribute('id');
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      await expect(section.locator('h2')).toHaveText(/\S/);
      const passages = await passagesOf(page, id!);
      expect(passages.map((p) => p.step)).toEqual(passages.map((_, j) => j));
      expect(passages.map((p) => p.id)).toEqual(passages.map((_, j) => `${id}-${j + 1}`));
      const scrolly = (await section.getAttribute('data-scrolly')) !== null;
      for (const p of passages) {
        if (scrolly) {
          expect(p.state, `${p.id} asks for a state`).toMatch(/^[a-z][a-z0-9-]*$/);
          await expect(section.locator(`[data-visual="${p.visual}"]`)).toHaveCount(1);
        } else {
          expect(p.state).toBeNull();
        }
      }
      if (!scrolly) await expect(section.locator('.graphic, [data-visual]')).toHaveCount(0);
    }
  });
});

test.describe('scrolling', () => {
  test('scrolling down through each chapter sets each visual to what its passage asks @phone', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    const chapters = await scrollyChapters(page);
    test.skip(chapters.length === 0, 'no chapter has a visual yet');
    for (const chapter of chapters) {
      for (const p of await passagesOf(page, chapter)) {
        await scrollToPassage(page, p.id);
        const figure = page.locator(`section#${chapter} [data-visual="${p.visual}"]`);
        await expect(figure, `${p.id}`).toHaveAttribute('data-state', p.state!);
        await expect(figure).toHaveClass(/is-shown/);
        await expect(page.locator(`#${p.id}`)).toHaveClass(/is-active/);
      }
    }
    expect(errors).toEqual([]);
  });

  test('scrolling up ends in the same states as scrolling down', async ({ page }) => {
    await page.goto('/');
    const chapters = await scrollyChapters(page);
    test.skip(chapters.length === 0, 'no chapter has a visual yet');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const chapter of [...chapters].reverse()) {
      for (const p of (await passagesOf(page, chapter)).reverse()) {
        await scrollToPassage(page, p.id);
        await expect(page.locator(`section#${chapter} [data-visual="${p.visual}"]`), p.id).toHaveAttribute('data-state', p.state!);
      }
    }
  });

  test('a passage reached by wheel, by scrolling up, or by deep link gives the same picture', async ({ page }) => {
    await page.goto('/');
    const chapters = await scrollyChapters(page);
    test.skip(chapters.length === 0, 'no chapter has a visual yet');
    // The last passage of a chapter whose states change inside it.
    let target: { chapter: string; id: string; visual: string } | null = null;
    for (const chapter of chapters) {
      const passages = await passagesOf(page, chapter);
      if (new Set(passages.map((p) => p.state)).size > 1) {
        const last = passages.at(-1)!;
        target = { chapter, id: last.id, visual: last.visual! };
        break;
      }
    }
    test.skip(target === null, 'no chapter changes state yet');
    const { chapter, id, visual } = target!;
    const root = page.locator(`section#${chapter} [data-visual="${visual}"]`);
    const snapshot = async () => {
      await waitForVisualSettled(root); // transitions have finished
      return root.evaluate((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        clone.classList.remove('is-instant');
        return clone.outerHTML;
      });
    };
    await wheelToPassage(page, id);
    const byWheel = await snapshot();

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // The engine has taken the jump: the last chapter with a visual shows its last passage's state.
    const last = (await passagesOf(page, chapters.at(-1)!)).filter((p) => p.visual && p.state).at(-1)!;
    await expect(page.locator(`section#${chapters.at(-1)} [data-visual="${last.visual}"]`)).toHaveAttribute('data-state', last.state!);
    await scrollToPassage(page, id);
    const fromBelow = await snapshot();

    await page.goto(`/#${id}`);
    const byLink = await snapshot();

    expect(fromBelow).toBe(byWheel);
    expect(byLink).toBe(byWheel);
  });
});
