// Widgets under test: every island, at phone width (layout, and the phone keyboard on literal fields: IceServerEditor, TurnCheck, MappingHint, StunExplorer, IntegrityCheck, BuildResponse, CandidateInspector, TwoMachineTest, DumpDoctor; each widget's own spec tests what it does).
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

/**
 * The text fields inside widgets (every island; not every widget root has
 * the .widget class) that a phone keyboard would spell-check,
 * capitalise, correct or autofill: every editable one except the two-tab
 * lab's chat line (prose). Each must carry the four attributes (docs/house-style.md).
 */
async function fieldsTouchedByTheKeyboard(page: Page): Promise<{ fields: number; wrong: string[] }> {
  return page.evaluate(() => {
    const want: Record<string, string> = { spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off', autocomplete: 'off' };
    const fields = [...document.querySelectorAll<HTMLElement>('astro-island :is(input:not([type]), input[type="text"], input[type="password"], textarea):not([readonly]):not([id$="-draft"])')];
    const wrong = fields.flatMap((f) => {
      const bad = Object.entries(want).filter(([name, value]) => f.getAttribute(name) !== value).map(([name]) => `${name}=${f.getAttribute(name) ?? '(none)'}`);
      return bad.length > 0 ? [`#${f.id}: ${bad.join(', ')}`] : [];
    });
    return { fields: fields.length, wrong };
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
    // A reader may type before a widget hydrates: the server's fields are checked too.
    const before = await fieldsTouchedByTheKeyboard(page);
    expect(before.wrong, 'literal fields in the server HTML that the phone keyboard would change').toEqual([]);
    await hydrateEachIsland(page);
    const after = await fieldsTouchedByTheKeyboard(page);
    expect(after.wrong, 'literal fields after hydration that the phone keyboard would change').toEqual([]);
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

test('fields that appear on demand are left alone by the phone keyboard too: a TURN server row, the integrity check\'s credentials', async ({ page }) => {
  await page.goto('/en/tools/turn-check/');
  const check = page.locator('#turn-check');
  await hydrate(check);
  const rowsBefore = await check.locator('.row').count();
  await check.getByRole('button', { name: /Add/ }).first().tap();
  await expect(check.locator('.row')).toHaveCount(rowsBefore + 1);
  const turn = await fieldsTouchedByTheKeyboard(page);
  expect(turn.wrong).toEqual([]);
  // The URL, username and credential of every row, the secret, the REST username and the lifetime.
  expect(turn.fields).toBeGreaterThanOrEqual(3 * (rowsBefore + 1) + 3);

  await page.goto('/en/stun-on-the-wire/#stun-explorer?sample=turn-allocate-authenticated');
  const explorer = page.locator('#stun-explorer');
  await hydrate(explorer);
  await explorer.getByRole('radio', { name: /long-term/i }).check();
  for (const name of ['username', 'realm', 'password']) await expect(page.locator(`#stun-explorer-${name}`)).toBeVisible();
  const stun = await fieldsTouchedByTheKeyboard(page);
  expect(stun.wrong).toEqual([]);
  expect(stun.fields).toBeGreaterThanOrEqual(6);
});
