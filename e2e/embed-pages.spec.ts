/**
 * Embed pages with the real Pym.js parent (pym.js 1.3.2 from npm, served to the host fixture from
 * node_modules), and on their own: accessibility, text-only chapters, the Embed action.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeViolations, collectErrors } from './helpers';
import { dedupe, oneChapterPerVisualSet, origins, storyChapters, steppingChapters, openHost, embedFrame, expectSized, shownState } from './embed-helpers';

test.describe('with the real Pym.js parent (pym.js 1.3.2 from npm)', () => {
  test('Pym height messages size the frame; trackscroll positions step the visual; nothing asks to navigate', async ({ page }, info) => {
    info.setTimeout(90_000);
    const errors = collectErrors(page);
    const { stepping } = await steppingChapters(page);
    const chosen = stepping[0]!;
    const { site, host } = origins(info);
    // The real Pym.js parent from npm, served to the fixture from node_modules (no CDN).
    await page.route('**/pym.v1.min.js', (route) => route.fulfill({ path: 'node_modules/pym.js/dist/pym.v1.min.js', contentType: 'text/javascript' }));
    await page.goto(`${host}/pym-host.html?${new URLSearchParams({ site, chapter: chosen.slug })}`);
    const frame = await embedFrame(page, '#pym-slot', 'stepper');
    await expect.poll(() => page.evaluate(() => (window as unknown as { pymHeights: string[] }).pymHeights.length)).toBeGreaterThan(0);
    await expectSized(page, '#pym-slot', frame);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectSized(page, '#pym-slot', frame);

    // With trackscroll, scrolling the page drives the chapter like our own loader does.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${host}/pym-host.html?${new URLSearchParams({ site, chapter: chosen.slug, trackscroll: '' })}`);
    const tracked = await embedFrame(page, '#pym-slot');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.mouse.move(640, 400);
    const seen: string[] = [];
    for (let i = 0; i < 300; i++) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(60);
      const state = await shownState(tracked);
      if (state) seen.push(state);
      const bottom = await page.locator('#pym-slot iframe').evaluate((el) => el.getBoundingClientRect().bottom);
      if (bottom < 0) break;
    }
    await expect(tracked.locator('[data-embed-page]')).toHaveAttribute('data-mode', 'scroll');
    expect(dedupe(seen)).toEqual(chosen.sequence);
    expect(await page.evaluate(() => (window as unknown as { pymForbidden?: string }).pymForbidden ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });
});

test.describe('embed pages on their own', () => {
  test('axe finds nothing in an embed of each kind of chapter (each set of visuals, and text only), in stepper and in scroll mode', async ({ page }, info) => {
    info.setTimeout(120_000);
    const all = await storyChapters(page);
    // The embed's own parts (stepper, credit, notes heading) are the same in every embed, and every
    // chapter's passages and states are scanned on the story page by the visual specs: one embed
    // per set of visuals covers what differs (a scan costs seconds).
    const kinds = oneChapterPerVisualSet(all);
    expect(kinds.length).toBeGreaterThan(1);
    for (const chapter of kinds) {
      await page.goto(`/embed/${chapter.slug}/`);
      await page.waitForSelector('[data-embed-page][data-ready]', { state: 'attached' });
      expect((await axeViolations(page)).map((v) => ({ chapter: chapter.slug, ...v }))).toEqual([]);
    }
    // Inside a host page, scroll-driven: axe reaches into the cross-origin frame (its default mode,
    // which e2e/helpers.ts's faster scan leaves out).
    const a = all.find((c) => c.sequence.length > 0)?.slug ?? all[0]!.slug;
    await openHost(page, info, { a });
    await embedFrame(page, '#slot-a', 'scroll');
    const { violations } = await new AxeBuilder({ page }).include('#slot-a').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
  });

  test('the Embed action on every chapter shows the snippet and copies it, or selects it with a visible note', async ({ page, context }) => {
    const all = await storyChapters(page);
    const actions = page.locator('[data-embed-action]');
    await expect(actions).toHaveCount(all.length);
    const first = all[0]!.slug;
    const action = page.locator(`#${first}-embed`);
    await action.locator('.embed-toggle').click();
    const code = action.locator(`#${first}-embed-code`);
    await expect(code).toBeVisible();
    const snippet = (await code.textContent()) ?? '';
    expect(snippet).toContain(`data-mixed-messages-embed="${first}"`);
    expect(snippet).toMatch(/<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>/);

    // With the Clipboard API.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await action.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(action.locator('[data-embed-status]')).toHaveText(/copied/i);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Without it: the code is selected and the page says how to copy it.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await action.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(action.locator('[data-embed-status]')).toHaveText(/selected.*(Ctrl\+C|⌘C)/);
    await expect(code).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(snippet);
  });
});
