/** Pagefind search, from the keyboard, in both languages. */
// The first search loads Pagefind's WebAssembly and index; on a loaded
// machine that alone can take longer than the default 10 s.
const FIRST_LOAD = { timeout: 30_000 };
import { test, expect } from './fixtures.ts';

test('search finds an English word from the English search page', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toBeFocused();
  await page.keyboard.type('nomination');
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible(FIRST_LOAD);
  await expect(results.first().locator('a')).toHaveAttribute('href', /^\/en\//);
  await expect(page.getByRole('status')).toContainText('results for “nomination”');
  // Keyboard: Tab reaches the first result and Enter opens it.
  const href = await results.first().locator('a').getAttribute('href');
  await results.first().locator('a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('search finds a Japanese word from the Japanese search page', async ({ page }) => {
  await page.goto('/ja/search/');
  await page.getByRole('searchbox').fill('候補');
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible(FIRST_LOAD);
  await expect(results.first().locator('a')).toHaveAttribute('href', /^\/ja\//);
  await expect(page.getByRole('status')).toContainText('「候補」の検索結果');
});

test('searching both languages finds Japanese pages from the English page', async ({ page }) => {
  await page.goto('/en/search/?q=%E5%80%99%E8%A3%9C&all=1');
  await expect(page.locator('#search-results li a[href^="/ja/"]').first()).toBeVisible(FIRST_LOAD);
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('zzqxqzz');
  await expect(page.getByRole('status')).toHaveText('No results for “zzqxqzz”.', FIRST_LOAD);
});

test('the query is kept in the address so a search can be shared', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('coturn');
  await expect(page).toHaveURL(/\?q=coturn$/);
});

test('a Japanese term with no match on the English pages is offered on the Japanese pages in one click', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('候補');
  const offer = page.getByRole('link', { name: 'Search the Japanese pages for “候補”' });
  await expect(offer).toBeVisible(FIRST_LOAD);
  await offer.click();
  await expect(page).toHaveURL(/\/ja\/search\/\?q=/);
  await expect(page.locator('#search-results li a[href^="/ja/"]').first()).toBeVisible(FIRST_LOAD);
  // A query that matches here offers nothing.
  await page.goto('/en/search/?q=nomination');
  await expect(page.locator('#search-results li').first()).toBeVisible(FIRST_LOAD);
  await expect(page.locator('#search-other')).toBeHidden();
});

test('on the Japanese pages, a query with no match offers the English pages, with the query carried over', async ({ page }) => {
  await page.goto('/ja/search/');
  await page.getByRole('searchbox').fill('zzqxqzz');
  const offer = page.getByRole('link', { name: '英語のページで「zzqxqzz」を検索' });
  await expect(offer).toBeVisible(FIRST_LOAD);
  await expect(offer).toHaveAttribute('href', /\/en\/search\/\?q=zzqxqzz$/);
  await expect(offer).toHaveAttribute('hreflang', 'en');
});

