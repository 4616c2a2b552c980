// Widgets under test: every widget on the site (each `astro-island` of every widget page), as shipped by src/plugins/pageLanguageText.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { builtSitemapPaths } from './builtPages.ts';
import { hydrateEachIsland } from './hydrate.ts';

/**
 * A page's JavaScript carries only its own language's texts (issue 14 §2):
 * the build moves each dictionary's `en` and `ja` objects into modules of
 * their own (`<dictionary>.en.<hash>.js`, `<dictionary>.ja.<hash>.js`) and
 * a page loads the one of its `<html data-page-lang>`. On every widget page, with
 * every island scrolled into view and hydrated, the reader's browser has
 * fetched texts in the page's language and none in the other, nothing threw,
 * and the widgets speak the page's language.
 */
const dist = process.env.ASTRO_OUT_DIR ?? join(import.meta.dirname, '../../dist');
const widgetPages = builtSitemapPaths().filter((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('<astro-island'));

test('there are widget pages in both languages to check', () => {
  expect(widgetPages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(10);
  expect(widgetPages.filter((p) => p.startsWith('/ja/')).length).toBe(widgetPages.filter((p) => p.startsWith('/en/')).length);
});

for (const path of widgetPages) {
  const lang = path.startsWith('/ja/') ? 'ja' : 'en';
  const other = lang === 'ja' ? 'en' : 'ja';
  test(`${path} fetches its widgets' texts in ${lang} only`, async ({ page }) => {
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path.slice(1));
    await hydrateEachIsland(page, path);
    const islands = page.locator('astro-island');
    // Every island renders in the page's language (the texts loaded are the page's).
    const props = await islands.evaluateAll((els) => els.map((el) => el.getAttribute('props') ?? '{}'));
    for (const p of props) {
      const lang = (JSON.parse(p) as { lang?: [number, string] }).lang?.[1];
      if (lang !== undefined) expect(lang, 'an island\'s lang prop').toBe(path.slice(1, 3));
    }
    const texts = (l: string) => scripts.filter((s) => new RegExp(`\\.${l}\\.[\\w-]+\\.js$`).test(s));
    expect(texts(lang).length, `texts in ${lang} among ${scripts.join(', ')}`).toBeGreaterThan(0);
    expect(texts(other), `texts in ${other}`).toEqual([]);
    expect(errors).toEqual([]);
    // Each hydrated widget still shows the page's language (the server wrote it; the client kept it).
    const widgetText = (await page.locator('astro-island').allInnerTexts()).join(' ');
    if (lang === 'ja') expect(widgetText).toMatch(/[\u3040-\u30ff]/);
    else expect(widgetText).not.toMatch(/[\u3040-\u30ff]{3,}/);
  });
}
