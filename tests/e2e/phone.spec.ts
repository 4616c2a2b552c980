// Widgets under test: every island, at phone width (layout only; each widget's own spec tests what it does).
/**
 * A phone is a first-class reader: at 390×844 every page the build has (read
 * from the build output, so new pages are covered) is scrolled top to
 * bottom — reaching for every widget on the way, so each hydrates — and must never scroll
 * sideways; the header takes one row; and nothing moves on its own while
 * it loads and its widgets hydrate (cumulative layout shift ≤ 0.01, the
 * browser's own layout-shift entries, not an estimate).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtSitemapPaths } from './builtPages.ts';
import { encodeScenarioState } from '../../src/lib/nat/index.ts';
import { hydrate, hydrateEachIsland } from './hydrate.ts';

const pages = [...new Set([...builtSitemapPaths(), '/en/search/', '/ja/search/', '/404.html'])];

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });

/** The outermost elements that stick out past the right edge, for the failure message. */
async function overflowing(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      let outer = true;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (a.getBoundingClientRect().right > width + 1 || /auto|scroll|hidden|clip/.test(style.overflowX)) { outer = false; break; }
      }
      if (outer) culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} (right edge ${Math.round(r.right)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: [...new Set(culprits)].slice(0, 6) };
  });
}

/** Records the page's layout shifts not caused by input, with the elements that moved. */
function recordLayoutShifts(): void {
  const shifts: { value: number; moved: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map(({ node }) => {
        const el = node instanceof Element ? node : node?.parentElement;
        return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}` : '?';
      });
      shifts.push({ value: entry.value, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const path of pages) {
  test(`${path} at 390 px: nothing scrolls sideways, the header is one row, nothing shifts`, async ({ page }) => {
    await page.addInitScript(recordLayoutShifts);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(path === '/404.html' ? 500 : 400);
    test.setTimeout(120_000);
    await hydrateEachIsland(page);
    const o = await overflowing(page);
    expect(o.scrollWidth, `page is ${o.scrollWidth} px wide at ${o.width} px; sticking out: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.width);
    const header = await page.evaluate(() => {
      const bar = document.querySelector('.site-header .bar');
      if (!bar) return null;
      const tops = [...bar.children].map((c) => c.getBoundingClientRect().top);
      return { spread: Math.max(...tops) - Math.min(...tops), height: bar.getBoundingClientRect().height };
    });
    if (header) {
      expect(header.spread, 'header items share one row').toBeLessThanOrEqual(8);
      expect(header.height).toBeLessThanOrEqual(64);
    }
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, `layout shifted by ${total.toFixed(3)} while loading and hydrating; moved: ${shifts.map((s) => `${s.value.toFixed(3)} ${s.moved.join(' ')}`).join('; ')}`).toBeLessThanOrEqual(0.01);
  });
}

test('a glossary term’s tip shows inside the screen on a phone', async ({ page }) => {
  await page.goto('/en/how-ice-works/');
  const term = page.locator('.prose .term > a').nth(3);
  await term.focus();
  const tip = page.locator('.prose .term').nth(3).locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  const o = await overflowing(page);
  expect(o.scrollWidth).toBeLessThanOrEqual(o.width);
});

test('a deep link to a widget far down the page lands on it at once', async ({ page }) => {
  const state = encodeScenarioState({ scenario: 'hole-punch', natA: 'port-restricted-cone', natB: 'port-restricted-cone', turn: false, seed: 1, step: 3 });
  if (!state.ok) throw new Error(state.error.message);
  await page.goto(`/en/hole-punching/#nat-demo?s=${state.value}`);
  const demo = page.locator('#nat-demo');
  // No long smooth scroll: the widget is on screen right after load.
  await expect(demo).toBeInViewport({ timeout: 1_500 });
  await hydrate(demo);
});
