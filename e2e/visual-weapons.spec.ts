/**
 * The weapons visual in the browser: scrolling sets its states (P32 → packages, P33 →
 * named-items), the view buttons reach since-march and survive the engine's next change, marks
 * carry their details as text (no links), axe is clean in every state, every text is readable on
 * phones, and the static picture and downloads stand without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, expectState, figure, passagesOf, scrollToPassage, waitForVisualSettled } from './helpers';

const CHAPTER = 'weapons';
const fig = (page: Page) => figure(page, CHAPTER, 'weapons');
/** The artboard on screen (wide on desktop, compact on phones). */
const svg = (page: Page) => fig(page).locator('svg.wx-svg:visible');

async function ready(page: Page): Promise<void> {
  await page.goto('/');
  await scrollToPassage(page, 'weapons-1');
  await expectState(page, CHAPTER, 'weapons', 'packages');
  // The client has wired the figure when its controls appear.
  await expect(fig(page).locator('[data-wx-controls]')).toBeVisible();
}

test.describe('weapons visual', () => {
  test('each passage sets its state; the view buttons reach the third; axe is clean in each @phone', async ({ page }, info) => {
    // At rest: each state's end picture (axe, chrome); the animations are the transit tests'.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // axe: every state on the phone artboard, the wide one in the last (as the other visuals' tests do).
    const scan = async (last = false) => {
      if (last || info.project.name === 'phone') await expectNoAxeViolations(page, `section#${CHAPTER}`);
    };
    test.setTimeout(180_000); // axe takes ~15 s per run on the whole story page
    const errors = collectErrors(page);
    await page.goto('/');
    const passages = await passagesOf(page, CHAPTER);
    expect(passages.map((p) => p.state)).toEqual(['packages', 'named-items']);
    expect(passages.every((p) => p.visual === 'weapons')).toBe(true);

    await scrollToPassage(page, 'weapons-1');
    await expectState(page, CHAPTER, 'weapons', 'packages');
    await expect(fig(page)).toHaveClass(/is-shown/);
    await expect(fig(page).locator('[data-description]')).toContainText('packages announced the week before');
    await expect(svg(page).locator('.wx-layer[data-s="packages"]')).toBeVisible();
    await scan();

    await scrollToPassage(page, 'weapons-2');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    await expect(fig(page).locator('[data-view="named-items"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(svg(page).locator('.wx-units[data-k="shells"] circle')).toHaveCount(100);
    await scan();

    await fig(page).locator('[data-view="since-march"]').click();
    await expectState(page, CHAPTER, 'weapons', 'since-march');
    await expect(fig(page).locator('[data-description]')).toContainText('Selected packages');
    await expect(svg(page).locator('.wx-layer[data-s="since-march"]')).toBeVisible();
    await expect(svg(page).locator('.wx-layer[data-s="named-items"]')).toBeHidden();
    await scan(true);

    // The engine takes over again at the next passage change.
    await scrollToPassage(page, 'weapons-1');
    await expectState(page, CHAPTER, 'weapons', 'packages');
    await expect(fig(page).locator('[data-view="packages"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(fig(page).locator('[data-view="since-march"]')).toHaveAttribute('aria-pressed', 'false');
    expect(errors).toEqual([]);
  });

  test('a chosen view holds while the passage does, through scrolling and printing; the next passage wins @phone', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    await scrollToPassage(page, 'weapons-2');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    await expect(fig(page).locator('[data-wx-controls]')).toBeVisible();
    await fig(page).locator('[data-view="since-march"]').click();
    await expectState(page, CHAPTER, 'weapons', 'since-march');

    // Scroll a little, still inside the same passage, and let the engine sync on scrollend.
    const settle = () => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    for (const dy of [30, -20, 25]) {
      await page.evaluate((y) => new Promise<void>((done) => {
        window.addEventListener('scrollend', () => done(), { once: true });
        setTimeout(done, 2000); // a cap, should scrollend not come
        window.scrollBy({ top: y, behavior: 'instant' });
      }), dy);
      await settle();
      await expect(page.locator('#weapons-2')).toHaveClass(/is-active/);
      await expectState(page, CHAPTER, 'weapons', 'since-march');
    }
    await expect(fig(page).locator('[data-view="since-march"]')).toHaveAttribute('aria-pressed', 'true');

    // Printing shows the key state on paper, then reading resumes with the reader's choice.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
    });
    await settle();
    await expectState(page, CHAPTER, 'weapons', 'since-march');

    // Another passage: its state wins, and coming back gives that passage's own state.
    await scrollToPassage(page, 'weapons-1');
    await expectState(page, CHAPTER, 'weapons', 'packages');
    await scrollToPassage(page, 'weapons-2');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    await expect(fig(page).locator('[data-view="named-items"]')).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('marks in transit end where the state puts them', async ({ page }) => {
    await ready(page);
    const avenger = svg(page).locator('.wx-item[data-named="avenger"]');
    const inList = await avenger.boundingBox();
    await fig(page).locator('[data-view="since-march"]').click();
    await expect.poll(async () => (await avenger.boundingBox())?.y).not.toBe(inList?.y);
    // Items of earlier packages appear only in since-march.
    const early = svg(page).locator('.wx-item[data-in="3"]').first();
    await expect(early).toBeVisible();
    await fig(page).locator('[data-view="packages"]').click();
    await expect(early).toBeHidden();
  });

  test('each mark’s detail text gives the item, its quantity as written and its source, with no link', async ({ page }) => {
    await ready(page);
    const t72 = svg(page).locator('.wx-item[data-named="t72"]');
    await expect(t72).toHaveAttribute('data-detail', /^45 Refurbished T-72B Tanks.*Quantity as written: “45”.*\$400 million of USAI funds, Nov 4, 2022\. Source: /);
    await expect(svg(page).locator('.wx-units[data-k="shells"]')).toHaveAttribute('data-detail', /100,000 rounds.*Sources: /);
    await expect(fig(page).locator('.wx-mark a, .wx-mark[href]')).toHaveCount(0);
  });

  test('the sources note, table and downloads are on the page', async ({ page, request }) => {
    await page.goto('/');
    const notes = page.locator('#weapons--weapons--notes');
    await expect(notes).toContainText('No cumulative totals');
    await expect(notes).toContainText('Fact Sheet on U.S. Security Assistance to Ukraine');
    // The source line's own links go to the notes (the page's "Data and method" link at its end goes to the method).
    for (const a of await fig(page).locator('.wx-source a:not(.visual-data a)').all()) await expect(a).toHaveAttribute('href', '#weapons--weapons--notes');
    const rows = notes.locator('details', { hasText: 'every listed item' }).locator('tbody tr');
    const items = await svg(page).locator('.wx-item').count();
    await expect(rows).toHaveCount(items);
    const csv = await request.get('/data/weapons/items.csv');
    expect(csv.ok()).toBe(true);
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('quantity_as_written');
    expect(text).toContain('Up to 150,000');
    const json = await (await request.get('/data/weapons/items.json')).json();
    expect(json.rows.length).toBeGreaterThan(items);
    expect(json.packages_without_item_lists.length).toBeGreaterThan(0);
  });
});

test.describe('weapons visual on a phone', () => {
  test('the chart, its buttons and source line fit the sticky box @phone', async ({ page }) => {
    await ready(page);
    await scrollToPassage(page, 'weapons-2');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    const graphic = await page.locator(`section#${CHAPTER} .graphic`).boundingBox();
    const chart = await svg(page).boundingBox();
    const source = await fig(page).locator('.wx-source').boundingBox();
    expect(chart!.y + chart!.height).toBeLessThanOrEqual(graphic!.y + graphic!.height + 1);
    expect(source!.y + source!.height).toBeLessThanOrEqual(graphic!.y + graphic!.height + 1);
    expect(chart!.width).toBeGreaterThan(280);
  });
});

test.describe('weapons visual without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the key state as a static picture with no dead controls', async ({ page }) => {
    await page.goto('/');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    await expect(fig(page).locator('[data-wx-controls]')).toBeHidden();
    await expect(svg(page).locator('.wx-layer[data-s="named-items"]')).toBeVisible();
    await expect(svg(page).locator('.wx-layer[data-s="packages"]')).toBeHidden();
    await expect(svg(page).locator('.wx-mark[tabindex]')).toHaveCount(0);
    await expect(svg(page).locator('.wx-units[data-k="t72-1"] rect:not(.wx-ring)')).toHaveCount(45);
  });
});

test.describe('weapons visual when its script fails to load', () => {
  test('keeps the static picture, hides the controls, and stays axe-clean', async ({ page }) => {
    test.setTimeout(90_000);
    // Axe needs JavaScript in the page, so block the site's modules instead of disabling it.
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    await page.goto('/');
    await expectState(page, CHAPTER, 'weapons', 'named-items');
    await expect(fig(page).locator('[data-wx-controls]')).toBeHidden();
    await expectNoAxeViolations(page, `section#${CHAPTER}`);
  });
});

/*
 * Reading tests (issue #14, #16): in every state, at phone and desktop sizes, every text drawn is
 * at least 12 px on screen (font-size × getScreenCTM scale), no two text boxes overlap, every view
 * has a title, nothing inside the sticky graphic scrolls, and the controls fit at 320 px.
 */
const STATES = [
  ['weapons-1', 'packages'],
  ['weapons-2', 'named-items'],
  ['weapons-2', 'since-march'],
] as const;

/** Brings the figure to a state the way a reader does: its passage, then the view button if needed. */
async function showState(page: Page, passage: string, state: (typeof STATES)[number][1]): Promise<void> {
  await scrollToPassage(page, passage);
  await expect(fig(page).locator('[data-view]').first()).toBeVisible();
  if ((await fig(page).getAttribute('data-state')) !== state) await fig(page).locator(`[data-view="${state}"]`).click();
  await expectState(page, CHAPTER, 'weapons', state);
  await waitForVisualSettled(fig(page));
}

/** Every text the reader can see in the artboard on screen: screen box (em high) and size in CSS px. */
async function visibleTexts(page: Page) {
  return svg(page).evaluate((root) =>
    [...root.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(t).visibility === 'visible' && t.checkVisibility({ opacityProperty: true });
      })
      .map((t) => {
        const ctm = t.getScreenCTM()!;
        const scale = Math.hypot(ctm.a, ctm.b);
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        const r = t.getBoundingClientRect();
        const h = Math.min(r.height, px * Math.max(1, t.querySelectorAll('tspan').length));
        return { text: t.textContent ?? '', px: Math.round(px * 100) / 100, x: r.x, y: r.y + (r.height - h) / 2, w: r.width, h };
      }),
  );
}

test.describe('weapons visual: readable in every state', () => {
  for (const [w, h] of [[360, 740], [390, 844], [1280, 800]] as const) {
    test(`at ${w}×${h}: text ≥ 12 px on phones, no overlaps, a title, nothing scrolls inside`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: w, height: h });
      await page.goto('/');
      const problems: string[] = [];
      for (const [passage, state] of STATES) {
        await showState(page, passage, state);
        const texts = await visibleTexts(page);
        if (w < 900) for (const t of texts) if (t.px < 12) problems.push(`${state}: “${t.text}” at ${t.px} px`);
        texts.forEach((a, i) =>
          texts.slice(i + 1).forEach((b) => {
            if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5) problems.push(`${state}: “${a.text}” overlaps “${b.text}”`);
          }),
        );
        if ((await svg(page).locator(`[data-title="${state}"]`).count()) !== 1) problems.push(`${state}: no view title`);
        else await expect(svg(page).locator(`[data-title="${state}"]`)).toBeVisible();
        const overflowing = await page.locator(`section#${CHAPTER} .graphic`).evaluate((g) =>
          [g, ...g.querySelectorAll<HTMLElement>('*')]
            .filter((el) => el instanceof HTMLElement && el.getClientRects().length > 0 && el.getBoundingClientRect().width > 1 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && getComputedStyle(el).overflow !== 'visible')
            .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`),
        );
        for (const o of overflowing) problems.push(`${state}: ${o} overflows (scrolls or cuts its content)`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the controls fit at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await scrollToPassage(page, 'weapons-1');
    const controls = fig(page).locator('[data-wx-controls]');
    await expect(controls).toBeVisible();
    const figBox = (await fig(page).boundingBox())!;
    for (const el of await controls.locator('button, select').all()) {
      const b = (await el.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(figBox.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(figBox.x + figBox.width + 0.5);
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    }
  });

  test('no links on marks: marks carry data-detail text instead', async ({ page }) => {
    await page.goto('/');
    await showState(page, 'weapons-1', 'packages');
    await expect(fig(page).locator('svg a')).toHaveCount(0);
    await expect(fig(page).locator('[data-wx-detail] a')).toHaveCount(0);
    const marks = svg(page).locator('.wx-mark');
    expect(await marks.count()).toBeGreaterThan(20);
    expect(await svg(page).locator('.wx-mark:not([data-detail])').count()).toBe(0);
  });
});
