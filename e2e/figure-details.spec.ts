/**
 * Details on marks (src/scripts/figure-details.ts): one roving-tabindex group per figure, arrows
 * between the marks the state shows, Esc to leave, one tooltip on hover, tap and focus, and a
 * name for screen readers.
 *
 * Fixture: until the visuals mark their own elements with `detail()`, the test marks every label
 * of the first chapter's figure (`svg text`) with a `data-detail` before the page's scripts run
 * (readystatechange "interactive" comes before module scripts). Some of those labels are hidden
 * in some states, which is what the group has to follow.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, scrollToPassage, waitForVisualSettled } from './helpers';

const CHAPTER = 'calls-to-kyiv';
const FIG = `section#${CHAPTER} [data-visual].is-shown`;
const MARKS = `${FIG} [data-detail]`;

async function openWithMarks(page: Page): Promise<void> {
  await page.addInitScript((chapter) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const fig = document.querySelector(`section#${chapter} [data-visual]`);
      fig?.querySelectorAll('svg text').forEach((t, i) => t.setAttribute('data-detail', `Detail ${i}: ${(t.textContent ?? '').trim()}`));
    });
  }, CHAPTER);
  await page.goto('/');
  await scrollToPassage(page, `${CHAPTER}-1`);
  await waitForVisualSettled(page.locator(FIG));
}

/** The group's state: tab stops, whether each stop is shown, and what is focused. */
function groupState(page: Page) {
  return page.locator(FIG).evaluate((fig) => {
    const marks = [...fig.querySelectorAll('[data-detail]')];
    const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
    const stops = marks.filter((m) => m.getAttribute('tabindex') === '0');
    return {
      marks: marks.length,
      shown: marks.filter(shown).length,
      stops: stops.length,
      stopShown: stops.every(shown),
      others: marks.filter((m) => m.getAttribute('tabindex') !== '0').every((m) => m.getAttribute('tabindex') === '-1'),
      focused: document.activeElement?.getAttribute('data-detail') ?? null,
      named: marks.every((m) => m.getAttribute('role') === 'img' && m.getAttribute('aria-label') === m.getAttribute('data-detail')),
    };
  });
}

function tip(page: Page) {
  return page.locator(`.figure-tip[data-tip-for="${CHAPTER}--debate"]`);
}

test.describe('details on marks', () => {
  test('one tab stop per figure, on a mark the state shows; every mark named for screen readers', async ({ page }) => {
    await openWithMarks(page);
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true, others: true, named: true });
    const s = await groupState(page);
    expect(s.shown, 'the state hides some labels (the fixture needs both kinds)').toBeLessThan(s.marks);
    // Another state: the stop moves to a mark that state shows.
    await scrollToPassage(page, `${CHAPTER}-2`);
    await expect(page.locator(FIG)).toHaveAttribute('data-state', 'unified-front');
    await waitForVisualSettled(page.locator(FIG));
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true, others: true });
  });

  test('keyboard: Tab enters once, arrows and Home/End move in reading order, Esc leaves to the passage', async ({ page }) => {
    await openWithMarks(page);
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true });
    const order = await page.locator(FIG).evaluate((fig) =>
      [...fig.querySelectorAll('[data-detail]')].filter((m) => m.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && m.getBoundingClientRect().width > 0).length,
    );
    const stop = page.locator(`${MARKS}[tabindex="0"]`);
    await stop.evaluate((el) => (el as HTMLElement).focus());
    await page.keyboard.press('Home');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-detail'));
    await expect(tip(page)).toBeVisible();
    await expect(tip(page)).toHaveText(first!);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-detail'));
    expect(second).not.toBe(first);
    await expect(tip(page)).toHaveText(second!);
    expect(await page.locator(`${MARKS}[tabindex="0"]`).getAttribute('data-detail'), 'the tab stop follows focus').toBe(second);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-detail'))).toBe(first);
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-detail'));
    expect(order).toBeGreaterThan(2);
    expect(last).not.toBe(first);
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown'); // past the end: stays, and the page does not scroll
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-detail'))).toBe(last);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    // Tab leaves the group (one stop): the next focus is not a mark of this figure.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => !!document.activeElement?.matches(sel), MARKS)).toBe(false);
    // Back in, then Esc: focus goes to the active passage, the tooltip closes.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-detail'))).toBe(last);
    await page.keyboard.press('Escape');
    await expect(tip(page)).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${CHAPTER}-1`);
  });

  test('hover shows one tooltip over the graphic, inside the window, in readable type, without moving anything @phone', async ({ page }) => {
    await openWithMarks(page);
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true });
    const fig = page.locator(FIG);
    const before = await fig.boundingBox();
    const y = await page.evaluate(() => window.scrollY);
    // The marks a reader sees (Playwright's :visible counts opacity 0 as visible).
    await fig.evaluate((el) =>
      el.querySelectorAll('[data-detail]').forEach((m) => {
        if (m.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && m.getBoundingClientRect().width > 0) m.setAttribute('data-t', '');
      }),
    );
    const marks = page.locator(`${MARKS}[data-t]`);
    const n = await marks.count();
    for (const i of [0, Math.floor(n / 2), n - 1]) {
      const mark = marks.nth(i);
      if (test.info().project.name === 'phone') await mark.tap({ force: true });
      else await mark.hover({ force: true });
      await expect(tip(page)).toBeVisible();
      await expect(tip(page)).toHaveText((await mark.getAttribute('data-detail'))!);
      const box = (await tip(page).boundingBox())!;
      const vp = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
      expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
      expect(parseFloat(await tip(page).evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
    }
    await expect(page.locator('.figure-tip:visible')).toHaveCount(1);
    expect(await fig.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const cursor = await marks.first().evaluate((el) => getComputedStyle(el).cursor);
    expect(cursor).toBe('pointer');
  });

  test('axe finds no violations in a figure whose marks carry details, with a tooltip open', async ({ page }) => {
    await openWithMarks(page);
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true });
    await page.locator(`${MARKS}[tabindex="0"]`).focus();
    await expect(tip(page)).toBeVisible();
    await expectNoAxeViolations(page, FIG);
  });

  test('embed pages start the same groups', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        document.querySelectorAll('[data-visual] svg text').forEach((t, i) => t.setAttribute('data-detail', `Detail ${i}`));
      });
    });
    await page.goto(`/embed/${CHAPTER}/`);
    const fig = page.locator('[data-visual].is-shown');
    await expect(fig.locator('[data-detail][tabindex="0"]')).toHaveCount(1);
    await expect(fig.locator('[data-detail][role="img"][aria-label]').first()).toBeAttached();
    await fig.locator('[data-detail][tabindex="0"]').focus();
    await expect(page.locator('.figure-tip:visible')).toHaveCount(1);
  });

  test('a keyboard focus ring shows on the focused mark', async ({ page }) => {
    await openWithMarks(page);
    await expect.poll(() => groupState(page)).toMatchObject({ stops: 1, stopShown: true });
    await page.locator(`${MARKS}[tabindex="0"]`).evaluate((el) => (el as HTMLElement).focus({ focusVisible: true } as FocusOptions));
    await page.keyboard.press('ArrowRight');
    const outline = await page.evaluate(() => {
      const el = document.activeElement!;
      const cs = getComputedStyle(el);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), visible: el.matches(':focus-visible') };
    });
    expect(outline).toMatchObject({ style: 'solid', visible: true });
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
