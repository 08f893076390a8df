/**
 * The picture is a function of the step: wherever the reader ends up, and however they got
 * there (a fling, a resize, scrolling back up), each chapter shows the state its active passage
 * asks for, and the active passage is the one geometry says.
 */
import { expect, test, type Page } from '@playwright/test';
import { readStepTrigger } from '../src/visuals/kit/step-trigger';

/** For every chapter with a visual: what geometry says is active, what the page shows. */
async function audit(page: Page) {
  const ratio = await page.evaluate(readStepTrigger);
  return page.evaluate((ratio) => {
    const trigger = window.innerHeight * ratio;
    return [...document.querySelectorAll<HTMLElement>('section.chapter[data-scrolly]')].map((section) => {
      const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
      let expected = 0;
      steps.forEach((s, i) => {
        if (s.getBoundingClientRect().top <= trigger) expected = i;
      });
      const step = steps[expected]!;
      const figure = section.querySelector<HTMLElement>(`[data-visual="${step.dataset.uses}"]`);
      return {
        chapter: section.id,
        expected,
        active: steps.findIndex((s) => s.classList.contains('is-active')),
        activeCount: steps.filter((s) => s.classList.contains('is-active')).length,
        asks: step.dataset.state,
        shows: figure?.dataset.state,
        shown: figure?.classList.contains('is-shown'),
      };
    });
  }, ratio);
}

async function expectConsistent(page: Page) {
  await expect
    .poll(async () => (await audit(page)).filter((c) => c.active !== c.expected || c.asks !== c.shows || !c.shown || c.activeCount !== 1), {
      timeout: 5000,
    })
    .toEqual([]);
}

test('after fast flings down and up, every chapter shows what its active passage asks @phone', async ({ page }) => {
  await page.goto('/');
  const chapters = await page.locator('section.chapter[data-scrolly]').count();
  test.skip(chapters === 0, 'no chapter has a visual yet');
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (const delta of [4000, 4000, 4000, -2500, 6000]) {
    await page.mouse.wheel(0, delta);
  }
  await expectConsistent(page);
  // A flurry of small flings to a random-ish set of places, then stop.
  for (const y of [0.15, 0.62, 0.33, 0.81, 0.47]) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), Math.round(height * y));
    await page.mouse.wheel(0, 120);
    await expectConsistent(page);
  }
});

test('a resize from desktop to phone width and back keeps picture and passage consistent', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const chapters = await page.locator('section.chapter[data-scrolly]').count();
  test.skip(chapters === 0, 'no chapter has a visual yet');
  const height = await page.evaluate(() => document.body.scrollHeight);
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), Math.round(height * 0.4));
  await expectConsistent(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectConsistent(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectConsistent(page);
});
