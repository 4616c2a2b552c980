// Widgets under test: every island (CandidateGatherer, CandidateInspector, NatDemo, ConnectivityMatrix, StunExplorer, LoopbackLab) hydrating under a sub-path; TwoMachineTest's diagnosis link.
/**
 * The site as an intranet hosts it: built with SITE_BASE=/ice-guide/ and
 * served by a plain static server under that path only (see
 * playwright.subpath.config.ts). Every request outside
 * http://127.0.0.1:<port>/ice-guide/ is blocked and fails the test, so a
 * link, asset, search index or script that forgets the base path shows up
 * here. A reader navigates, searches in both languages, switches language
 * at an anchor, opens every widget, and shares a widget link.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { subpathBase } from '../../../playwright.subpath.config.ts';
import { TwoMachinePage } from '../pages/TwoMachinePage.ts';
import { hydrate, hydrateEachIsland } from '../hydrate.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let outside: string[] = [];
test.beforeEach(async ({ context, baseURL }) => {
  outside = [];
  const allowed = new URL(subpathBase, baseURL).href;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowed) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
});
test.afterEach(() => {
  expect(outside, 'requests outside the served sub-path').toEqual([]);
});

/** Every page the sub-path sitemap lists, as URLs. */
async function sitemapUrls(page: Page): Promise<string[]> {
  const robots = await (await page.request.get('robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap, 'robots.txt names the sitemap by an absolute URL').toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${escape(subpathBase)}sitemap-index\\.xml$`));
  const index = await (await page.request.get(sitemap!)).text();
  const urls: string[] = [];
  for (const map of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)) {
    const xml = await (await page.request.get(map)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  }
  return [...new Set(urls)].sort();
}

test('the site root sends the reader to their language, and every sitemap page is served under the sub-path', async ({ page, baseURL }) => {
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/$`));
  const urls = await sitemapUrls(page);
  expect(urls.length).toBeGreaterThan(20);
  for (const url of urls) {
    expect(url.startsWith(new URL(subpathBase, baseURL).href), url).toBe(true);
    expect((await page.request.get(url)).status(), url).toBe(200);
  }
  for (const lang of ['en', 'ja']) {
    const rss = await (await page.request.get(`${lang}/rss.xml`)).text();
    expect(rss).toMatch(new RegExp(`<link>http://127\\.0\\.0\\.1:\\d+${escape(subpathBase)}${lang}/[a-z-]+/</link>`));
  }
});

test('a reader follows the learning path, the header and the pager, staying under the sub-path', async ({ page }) => {
  await page.goto('en/');
  await page.locator('main ol.path a').first().click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/[a-z-]+/$`));
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('link', { name: /^Next →/ }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/[a-z-]+/$`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/glossary/$`));
  await page.locator('.brand').click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/$`));
  // Stylesheets and the favicon came from the sub-path too.
  expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0))).toBe(true);
});

for (const [lang, query, other] of [['en', 'candidate', 'ja'], ['ja', '候補', 'en']] as const) {
  test(`search finds pages under the sub-path and opens them (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/search/`);
    await page.locator('#q').fill(query);
    const results = page.locator('#search-results a');
    // Under a loaded machine Pagefind's first load (WebAssembly + index) can take a while.
    await expect(results.first()).toBeVisible({ timeout: 30_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${escape(subpathBase)}${lang}/`));
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}${lang}/[a-z-]+/`));
    await expect(page.locator('h1')).toBeVisible();
    // Both languages: the other language's index is merged from the same sub-path.
    await page.goto(`${lang}/search/?all=1&q=${encodeURIComponent(other === 'ja' ? '候補' : 'candidate')}`);
    await expect(page.locator(`#search-results a[href^="${subpathBase}${other}/"]`).first()).toBeVisible({ timeout: 30_000 });
  });
}

test('the language switch keeps the section the reader is at', async ({ page }) => {
  await page.goto('en/how-ice-works/');
  const id = await page.locator('.prose h2[id]').nth(1).getAttribute('id');
  expect(id).toBeTruthy();
  await page.goto(`en/how-ice-works/#${id}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}ja/how-ice-works/#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/how-ice-works/#${id}$`));
});

test('every widget on every page hydrates under the sub-path', async ({ page }) => {
  test.setTimeout(240_000);
  const urls = (await sitemapUrls(page)).filter((u) => /\/(en|ja)\/[a-z-]+\/$/.test(u));
  let islands = 0;
  for (const url of urls) {
    const html = await (await page.request.get(url)).text();
    if (!html.includes('<astro-island')) continue;
    await page.goto(url);
    const count = await hydrateEachIsland(page, url);
    islands += count;
  }
  expect(islands).toBeGreaterThanOrEqual(10);
});

test('a shared widget link and a heading link reopen the same state under the sub-path', async ({ page, context }) => {
  await page.goto('en/hole-punching/#nat-demo');
  const demo = page.locator('#nat-demo');
  await demo.scrollIntoViewIfNeeded();
  await hydrate(demo);
  await demo.locator('.transport button.forward').click();
  await demo.locator('.transport button.forward').click();
  await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}en/hole-punching/#nat-demo\\?s=`));
  const shared = page.url();
  const step = await demo.getAttribute('data-step');
  const teammate = await context.newPage();
  await teammate.goto(shared);
  const theirs = teammate.locator('#nat-demo');
  await expect(theirs).toBeInViewport();
  await hydrate(theirs);
  await expect(theirs).toHaveAttribute('data-step', step ?? '');
  // A heading's permalink names the section under the sub-path.
  const link = teammate.locator('.heading-wrap a.heading-link').first();
  await link.click();
  await expect(teammate).toHaveURL(new RegExp(`${escape(subpathBase)}en/hole-punching/#[a-z0-9-]+$`));
});

test('a diagnosis link in the two-machine test leads to its explanation under the sub-path', async ({ context }) => {
  const inviting = await TwoMachinePage.open(await context.newPage(), 'en');
  const answering = await TwoMachinePage.open(await context.newPage(), 'en');
  // The answering side is set to relay only with no TURN server: it can have no candidate, and says why.
  await answering.relayOnly();
  await answering.accept(await inviting.invite());
  await expect(answering.diagnosis).toHaveAttribute('data-diagnosis', 'relay-without-turn', { timeout: 30_000 });
  await answering.followExplanation();
  await expect(answering.page).toHaveURL(new RegExp(`${escape(subpathBase)}en/[a-z-]+/#[a-z0-9-]+$`));
});

test.describe('404', () => {
  test.use({ allowConsole: [/status of 404/] });
  test('an unknown address under the sub-path shows the 404 page, whose links stay under it', async ({ page }) => {
    const response = await page.goto('en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'ホームへ戻る' }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(subpathBase)}ja/$`));
  });
});
