/**
 * Every page of the sitemap, in both languages and both colour schemes
 * (the whole WCAG 2.1 A/AA rule set in light; the colour rules again in dark):
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
  test(`${path} renders with zero axe violations, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // `/` sends the reader on to a language page; check where it lands.
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
    await page.waitForLoadState('load');
    await expect(page.locator('h1').first()).toBeVisible();
    const title = await page.title();
    expect(title.length).toBeGreaterThan(3);
    const summary = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
      violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    const light = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(summary(light.violations), 'light').toEqual([]);
    // The colour scheme is pure CSS (prefers-color-scheme), so switching it
    // re-styles the same page; only the colour rules can differ in dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
    expect(summary(dark.violations), 'dark').toEqual([]);
  });
}
