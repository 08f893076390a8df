/**
 * Embeds, tried as a newsroom would: a news page on another origin (e2e/fixtures/host.html,
 * served on PORT + 10) embeds two chapters with the loader and one as a bare iframe. (The Pym.js
 * parent and the embed pages on their own: e2e/embed-pages.spec.ts.)
 *
 * The chapters are chosen at test time from the built story: the ones whose passages move a
 * visual through the most states. A test that needs a visual fails (it does not skip) when no
 * chapter has a visual with two states, so it cannot pass vacuously.
 */
import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';
import { STICKY_HEADER, dedupe, origins, steppingChapters, openHost, embedFrame, heightGap, expectSized, shownState } from './embed-helpers';

test.describe('embedded in a news page on another origin', () => {
  test('loader frames fit their content after load and after resizing from 1280 to 360 px and back, with no inner scrollbar', async ({ page }, info) => {
    info.setTimeout(90_000);
    const errors = collectErrors(page);
    const { all, stepping } = await steppingChapters(page);
    const a = stepping[0]!.slug;
    const b = all.find((c) => c.slug !== a && c.sequence.length === 0)?.slug ?? all.find((c) => c.slug !== a)!.slug;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openHost(page, info, { a, b });
    for (const slot of ['#slot-a', '#slot-b']) {
      // Slot b is a text-only chapter where there is one: nothing to scroll, it just fits.
      const frame = await embedFrame(page, slot, slot === '#slot-a' ? 'scroll' : undefined);
      await expectSized(page, slot, frame);
      const iframe = page.locator(`${slot} iframe`);
      await expect(iframe).toHaveAttribute('title', /\S.*interactive chapter from/);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      await expect(iframe).toHaveAttribute('scrolling', 'no');
      expect(await iframe.getAttribute('sandbox')).not.toContain('allow-top-navigation');
    }
    await page.setViewportSize({ width: 360, height: 740 });
    const tall: number[] = [];
    for (const slot of ['#slot-a', '#slot-b']) {
      const frame = await embedFrame(page, slot);
      await expectSized(page, slot, frame);
      tall.push((await heightGap(page, slot, frame)).frameH);
    }
    // And back: frames must shrink as well as grow (Pym.js #165).
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [i, slot] of ['#slot-a', '#slot-b'].entries()) {
      const frame = await embedFrame(page, slot);
      await expectSized(page, slot, frame);
      expect((await heightGap(page, slot, frame)).frameH).toBeLessThan(tall[i]!);
    }
    expect(errors).toEqual([]);
  });

  test('scrolling the host steps the embedded visual through its states in order, graphic in view @phone', async ({ page }, info) => {
    info.setTimeout(120_000);
    const errors = collectErrors(page);
    const { stepping } = await steppingChapters(page);
    const chosen = stepping[0]!;
    const other = stepping[1] ?? null;
    const size = page.viewportSize()!;
    await openHost(page, info, { a: chosen.slug, ...(other ? { b: other.slug } : {}) });
    const frame = await embedFrame(page, '#slot-a', 'scroll');
    // The frame's own DOM must agree with the story: at least two states to pass through.
    const inFrame = await frame.locator('[data-step]').evaluateAll((els) =>
      els.map((el) => `${(el as HTMLElement).dataset.uses}:${(el as HTMLElement).dataset.state}`),
    );
    expect(dedupe(inFrame)).toEqual(chosen.sequence);
    expect(chosen.sequence.length).toBeGreaterThanOrEqual(2);
    const otherFrame = other ? await embedFrame(page, '#slot-b', 'scroll') : null;
    // While it is far below, the second embed shows its first passage.
    const otherStart = other ? other.passages[0] : null;

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.mouse.move(size.width / 2, size.height / 2);
    const seen: string[] = [];
    let checkedInView = 0;
    const otherSeen: (string | null)[] = [];
    for (let i = 0; i < 300; i++) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(60);
      const state = await shownState(frame);
      if (state) seen.push(state);
      const where = await page.locator('#slot-a iframe').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const inside = await frame.evaluate(() => {
        const body = document.querySelector('[data-embed-body]')!.getBoundingClientRect();
        const graphic = document.querySelector('[data-embed-graphic]')!.getBoundingClientRect();
        return { bodyTop: body.top, bodyBottom: body.bottom, graphicTop: graphic.top, graphicHeight: graphic.height };
      });
      // While the chapter's body spans the visible band, the graphic sits at its top.
      const bodyTop = where.top + inside.bodyTop;
      const bodyBottom = where.top + inside.bodyBottom;
      if (bodyTop < STICKY_HEADER - 50 && bodyBottom > STICKY_HEADER + inside.graphicHeight + 200) {
        await expect
          .poll(async () => {
            const top = await page.locator('#slot-a iframe').evaluate((el) => el.getBoundingClientRect().top);
            const g = await frame.evaluate(() => document.querySelector('[data-embed-graphic]')!.getBoundingClientRect().top);
            return top + g;
          })
          .toBeGreaterThanOrEqual(STICKY_HEADER - 2);
        const top = await page.locator('#slot-a iframe').evaluate((el) => el.getBoundingClientRect().top);
        const g = await frame.evaluate(() => document.querySelector('[data-embed-graphic]')!.getBoundingClientRect().top);
        expect(top + g).toBeLessThanOrEqual(STICKY_HEADER + 20);
        checkedInView++;
      }
      if (otherFrame) {
        const otherTop = await page.locator('#slot-b iframe').evaluate((el) => el.getBoundingClientRect().top);
        if (otherTop > size.height * 2) otherSeen.push(await shownState(otherFrame));
      }
      if (where.bottom < 0) break;
    }
    expect(dedupe(seen)).toEqual(chosen.sequence);
    expect(checkedInView, 'samples with the graphic held in view').toBeGreaterThan(2);
    // The other embed, further down, kept to itself while the first one was read.
    if (otherFrame) {
      expect(otherSeen.length, 'samples of the second embed while the first was read').toBeGreaterThan(0);
      expect(new Set(otherSeen)).toEqual(new Set([otherStart]));
    }
    expect(errors).toEqual([]);
  });

  test('a bare iframe is a stepper: buttons and arrow keys move the visual through its states @phone', async ({ page }, info) => {
    const errors = collectErrors(page);
    const { stepping } = await steppingChapters(page);
    const chosen = stepping[0]!;
    await openHost(page, info, { bare: chosen.slug });
    const frame = await embedFrame(page, '#bare', 'stepper');
    const passages = chosen.passages;
    const next = frame.locator('[data-embed-next]');
    const prev = frame.locator('[data-embed-prev]');
    const status = frame.locator('[data-embed-status]');
    await expect(frame.locator('[data-embed-stepper]')).toBeVisible();
    await expect(status).toHaveText(`Passage 1 of ${passages.length}`);
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    expect(await shownState(frame)).toBe(passages[0]);
    // Every passage is on the page, readable.
    for (let i = 0; i < passages.length; i++) await expect(frame.locator(`[data-step="${i}"]`)).toBeVisible();

    await prev.click({ force: true }); // aria-disabled at the first passage: does nothing
    await expect(status).toHaveText(`Passage 1 of ${passages.length}`);
    await next.click();
    await expect(status).toHaveText(`Passage 2 of ${passages.length}`);
    await expect.poll(() => shownState(frame)).toBe(passages[1]);
    await expect(frame.locator('[data-step="1"]')).toHaveAttribute('aria-current', 'step');

    await prev.click();
    await expect.poll(() => shownState(frame)).toBe(passages[0]);
    await next.focus();
    for (let i = 1; i < passages.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(status).toHaveText(`Passage ${i + 1} of ${passages.length}`);
      await expect.poll(() => shownState(frame)).toBe(passages[i]);
    }
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await expect(status).toHaveText(`Passage ${passages.length} of ${passages.length}`);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownState(frame)).toBe(passages[passages.length - 2]);
    expect(await shownState(frame)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  test('?step=N opens at a passage; a malformed step says so and opens at passage 1', async ({ page }, info) => {
    const errors = collectErrors(page);
    const { stepping } = await steppingChapters(page);
    const chosen = stepping[0]!;
    const n = chosen.passages.length;
    await openHost(page, info, { bare: chosen.slug, barestep: String(n) });
    let frame = await embedFrame(page, '#bare', 'stepper');
    await expect(frame.locator('[data-embed-status]')).toHaveText(`Passage ${n} of ${n}`);
    expect(await shownState(frame)).toBe(chosen.passages[n - 1]);
    await expect(frame.locator('[data-embed-notice]')).toBeHidden();

    for (const bad of ['abc', '0', String(n + 1), '-1', '1.5', '%3Cscript%3E', 'x'.repeat(300)]) {
      await openHost(page, info, { bare: chosen.slug, barestep: decodeURIComponent(bad) });
      frame = await embedFrame(page, '#bare', 'stepper');
      await expect(frame.locator('[data-embed-status]')).toHaveText(`Passage 1 of ${n}`);
      const notice = frame.locator('[data-embed-notice]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(`this chapter has passages 1 to ${n}`);
      expect(await shownState(frame)).toBe(chosen.passages[0]);
    }
    expect(errors).toEqual([]);
  });

  test('junk and foreign messages, both ways, change nothing and log no errors', async ({ page }, info) => {
    info.setTimeout(60_000);
    const errors = collectErrors(page);
    const { stepping } = await steppingChapters(page);
    const chosen = stepping[0]!;
    await openHost(page, info, { a: chosen.slug, bare: chosen.slug });
    const scrolled = await embedFrame(page, '#slot-a', 'scroll');
    const bare = await embedFrame(page, '#bare', 'stepper');
    await page.locator('#slot-a').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);

    const snapshot = async () => ({
      heightA: await page.locator('#slot-a iframe').evaluate((el) => el.getBoundingClientRect().height),
      a: await scrolled.evaluate(() => ({
        mode: document.querySelector<HTMLElement>('[data-embed-page]')!.dataset.mode,
        state: document.querySelector<HTMLElement>('[data-visual].is-shown')?.dataset.state,
        active: [...document.querySelectorAll('[data-step].is-active')].map((e) => e.id),
        transform: document.querySelector<HTMLElement>('[data-embed-graphic]')!.style.transform,
        hostH: document.querySelector<HTMLElement>('[data-embed-page]')!.style.getPropertyValue('--host-h'),
      })),
      bare: await bare.evaluate(() => ({
        mode: document.querySelector<HTMLElement>('[data-embed-page]')!.dataset.mode,
        state: document.querySelector<HTMLElement>('[data-visual].is-shown')?.dataset.state,
        status: document.querySelector('[data-embed-status]')!.textContent,
      })),
      url: page.url(),
    });
    const before = await snapshot();

    // 1. From the host page (the frames' parent), junk of every kind to both frames and itself.
    await page.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow!);
      const id = new URL(document.querySelector<HTMLIFrameElement>('#slot-a iframe')!.src).searchParams.get('id')!;
      const big: Record<string, number> = {};
      for (let i = 0; i < 100_000; i++) big[`k${i}`] = i;
      const junk: unknown[] = [
        'hello',
        '',
        'x'.repeat(5_000_000),
        null,
        undefined,
        0,
        NaN,
        true,
        [],
        [1, 2, 3],
        {},
        big,
        { type: 'viewport' },
        { source: 'mixed-messages-embed', version: 1, type: 'viewport', id: 'someone-else', top: -500, height: 800, width: 1280 },
        { source: 'mixed-messages-embed', version: 2, type: 'viewport', id, top: -500, height: 800, width: 1280 },
        { source: 'mixed-messages-embed', version: 1, type: 'viewport', id, top: 'x'.repeat(1_000_000), height: 800, width: 1280 },
        { source: 'mixed-messages-embed', version: 1, type: 'viewport', id, top: -500, height: 0, width: 1280 },
        { source: 'mixed-messages-embed', version: 1, type: 'viewport', id, top: -1e15, height: 800, width: 1280 },
        { source: 'mixed-messages-embed', version: 1, type: 'navigate', id, url: 'https://evil.example/' },
        { source: 'mixed-messages-embed', version: 1, type: 'height', id, chapter: 'kherson', height: 5 },
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 -500 0 300 1280`,
        'pymxPYMxmm-embed-1xPYMxwidthxPYMx12px',
        'pymxPYMxnopexPYMxnavigateToxPYMxhttps://evil.example/',
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
      ];
      for (const target of [...frames, window]) for (const data of junk) target.postMessage(data, '*');
    });

    // 2. From a third-party frame on another origin: well-formed messages, wrong window and origin.
    const { evil } = origins(info);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.id = 'evil';
      f.title = 'Third-party frame';
      document.body.append(f);
      return new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
    }, `${evil}/evil.html`);
    const evilFrame = await (await page.locator('#evil').elementHandle())!.contentFrame();
    await evilFrame!.evaluate(() => {
      const id = 'mm-embed-1';
      const host = window.parent;
      for (let i = 0; i < host.frames.length; i++) {
        const target = host.frames[i]!;
        if (target === window) continue;
        target.postMessage({ source: 'mixed-messages-embed', version: 1, type: 'viewport', id, top: -3000, height: 800, width: 1280 }, '*');
        target.postMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 -3000 0 300 1280`, '*');
        target.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx300`, '*');
      }
      // Pretend to be an embed frame talking to the loader.
      host.postMessage({ source: 'mixed-messages-embed', version: 1, type: 'height', id, chapter: 'kherson', height: 7 }, '*');
      host.postMessage({ source: 'mixed-messages-embed', version: 1, type: 'ready', id, chapter: 'kherson', steps: 2, height: 7 }, '*');
      host.postMessage(`pymxPYMx${id}xPYMxheightxPYMx7`, '*');
    });
    await page.waitForTimeout(800);
    await page.locator('#evil').evaluate((el) => el.remove());
    expect(await snapshot()).toEqual(before);
    expect(errors).toEqual([]);
  });

  test('nothing in the embed can navigate the host: links leave in a new tab', async ({ page }, info) => {
    info.setTimeout(90_000);
    const { all, stepping } = await steppingChapters(page);
    // Every chapter's embed: fragment links point at something in the page (else to the story).
    for (const chapter of all) {
      await page.goto(`/embed/${chapter.slug}/`);
      await page.waitForSelector('[data-embed-page][data-ready]', { state: 'attached' });
      const dangling = await page.locator('a[href^="#"]').evaluateAll((els) =>
        els.map((a) => a.getAttribute('href') ?? '').filter((h) => h !== '#' && !document.getElementById(decodeURIComponent(h.slice(1)))),
      );
      expect(dangling, `/embed/${chapter.slug}/ links to parts that are not in it`).toEqual([]);
    }
    const chosen = stepping[0]!;
    await openHost(page, info, { a: chosen.slug });
    const frame = await embedFrame(page, '#slot-a', 'scroll');
    // HTML and SVG links alike: anything that leaves the page opens a new tab (explicitly or by
    // <base target="_blank">); links within the page stay in the frame, and only if what they
    // point to is in the frame. None targets _top/_parent.
    const links = await frame.locator('a[href]').evaluateAll((els) =>
      els.map((a) => {
        const href = a.getAttribute('href') ?? '';
        return {
          href,
          resolves: href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) !== null : true,
          target: a.getAttribute('target') || document.querySelector('base')?.getAttribute('target') || '',
        };
      }),
    );
    expect(links.filter((l) => !l.href.startsWith('#')).length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.resolves, `${link.href} points at something in the frame`).toBe(true);
      expect(link.target, link.href).toBe(link.href.startsWith('#') ? '_self' : '_blank');
    }
    const full = frame.locator('.embed-full');
    await expect(full).toHaveAttribute('href', new RegExp(`/#${chosen.slug}$`));
    await expect(full).toHaveAttribute('rel', /noopener/);
    await expect(frame.locator('.embed-credit')).toContainText('POLITICO');
  });

  test('unknown chapters get a clear message: a 404 page, and a note from the loader', async ({ page, request }, info) => {
    const response = await request.get('/embed/nope/', { failOnStatusCode: false });
    expect(response.status()).toBe(404);
    await page.goto('/embed/nope/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/does not exist/i);

    const errors = collectErrors(page);
    await openHost(page, info, { a: 'nope', b: 'Robert%27); DROP' });
    for (const slot of ['#slot-a', '#slot-b']) {
      await expect(page.locator(slot)).toContainText('There is no chapter');
      await expect(page.locator(`${slot} iframe`)).toHaveCount(0);
    }
    await expect(page.locator('#slot-a')).toContainText('“nope”');
    expect(errors).toEqual([]);
  });

  test('the loader picks up placeholders added later, once each', async ({ page }, info) => {
    const { all } = await steppingChapters(page);
    await openHost(page, info, {});
    await embedFrame(page, '#slot-a');
    await page.evaluate((slug) => {
      const div = document.createElement('div');
      div.id = 'late';
      div.setAttribute('data-mixed-messages-embed', slug);
      document.querySelector('article')!.prepend(div);
      // A second copy of the script must not mount anything twice.
      const again = document.createElement('script');
      again.src = document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]')!.src;
      document.body.append(again);
    }, all[0]!.slug);
    await embedFrame(page, '#late');
    await page.waitForTimeout(300);
    await expect(page.locator('#late iframe')).toHaveCount(1);
    await expect(page.locator('#slot-a iframe')).toHaveCount(1);
  });
});

