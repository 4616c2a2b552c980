/**
 * Every page of the sitemap, in both languages and both colour schemes:
 * renders, has no console error, no CSP violation, no request to another
 * host (the fixture's guard), and zero axe violations (WCAG 2.1 A/AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { builtSitemapPaths } from './builtPages.ts';

const pages = [...new Set([...builtSitemapPaths(), '/en/search/', '/ja/search/', '/404.html', '/'])];

test('the sitemap lists every page in both languages', () => {
  const paths = builtSitemapPaths();
  const en = paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  const ja = paths.filter((p) => p.startsWith('/ja/')).map((p) => p.slice(3));
  expect(en.length).toBeGreaterThan(3);
  expect(ja).toEqual(en);
});

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (${colorScheme}) renders with zero axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      // `/` sends the reader on to a language page; check where it lands.
      const response = await page.goto(path);
      expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
      await page.waitForLoadState('load');
      await expect(page.locator('h1').first()).toBeVisible();
      const title = await page.title();
      expect(title.length).toBeGreaterThan(3);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  }
}
