/**
 * The reading and linking experience: language switch at the same anchor,
 * copy-link, highlighted targets, glossary tooltips, code copy, TOC, search,
 * no-JS reading, the root language redirect, 404, feeds and metadata.
 */
import { test, expect } from './fixtures.ts';

const ARTICLE = 'how-ice-works';

/** The id of the n-th h2 of an article (ids are identical in every language). */
async function sectionId(page: import('@playwright/test').Page, n = 2): Promise<string> {
  const id = await page.locator('.prose h2').nth(n).getAttribute('id');
  expect(id).toBeTruthy();
  return id!;
}

test('the language switch opens the same article at the same section', async ({ page, site }) => {
  await site.goto('en', ARTICLE);
  const id = await sectionId(page);
  await site.goto('en', ARTICLE, id);
  await site.languageSwitch('日本語').click();
  await expect(page).toHaveURL(new RegExp(`/ja/${ARTICLE}/#${id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const jaHeading = site.heading(id);
  await expect(jaHeading).toBeInViewport();
  expect(await jaHeading.evaluate((el) => el.matches(':target'))).toBe(true);
  // …and back again.
  await site.languageSwitch('English').click();
  await expect(page).toHaveURL(new RegExp(`/en/${ARTICLE}/#${id}$`));
});

test('the language switch works from the keyboard', async ({ page, site }) => {
  await site.goto('ja', ARTICLE);
  const id = await sectionId(page, 1);
  await site.goto('ja', ARTICLE, id);
  await site.languageSwitch('English').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/${ARTICLE}/#${id}$`));
});

test('every h2–h4 has the same explicit id in English and Japanese', async ({ page, site }) => {
  const ids = async (lang: 'en' | 'ja') => {
    await site.goto(lang, ARTICLE);
    return page.locator('.prose :is(h2,h3,h4)').evaluateAll((hs) => hs.map((h) => h.id));
  };
  const en = await ids('en');
  expect(en.length).toBeGreaterThan(3);
  expect(en.every((id) => /^[a-z][a-z0-9-]*$/.test(id))).toBe(true);
  expect(new Set(en).size).toBe(en.length);
  expect(await ids('ja')).toEqual(en);
});

test('the copy-link control appears on hover and focus and copies the full URL', async ({ page, site, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await site.goto('en', ARTICLE);
  const id = await sectionId(page);
  const link = site.copyLinkFor(id);
  await expect(link).toHaveCSS('opacity', '0');
  await site.heading(id).hover();
  await expect(link).toHaveCSS('opacity', '1');
  await link.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/en/${ARTICLE}/#${id}`);
  await expect(page.getByRole('status')).toHaveText('Link copied');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  // Keyboard: focusing the control makes it visible.
  await page.mouse.move(0, 0);
  const other = await sectionId(page, 1);
  await site.copyLinkFor(other).focus();
  await expect(site.copyLinkFor(other)).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/${ARTICLE}/#${other}`);
});

test('opening a link with an anchor scrolls to the section and highlights it briefly', async ({ page, site }) => {
  await site.goto('en', ARTICLE);
  const id = await sectionId(page, 3);
  await site.goto('en', ARTICLE, id);
  const heading = site.heading(id);
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((el) => getComputedStyle(el).animationName)).toBe('target-flash');
});

test('with reduced motion the target is highlighted without animation', async ({ page, site }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await site.goto('en', ARTICLE);
  const id = await sectionId(page, 3);
  await site.goto('en', ARTICLE, id);
  const style = await site.heading(id).evaluate((el) => ({ anim: getComputedStyle(el).animationName, bg: getComputedStyle(el).backgroundColor }));
  expect(style.anim).toBe('none');
  expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
});

for (const lang of ['en', 'ja'] as const) {
  test(`a glossary term shows its definition on hover and on focus (${lang})`, async ({ page, site }) => {
    await site.goto(lang, ARTICLE);
    const term = page.locator('.prose .term').first();
    const tip = term.locator('[role="tooltip"]');
    await expect(tip).toBeHidden();
    await term.locator('a').hover();
    await expect(tip).toBeVisible();
    const text = (await tip.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(20);
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await term.locator('a').focus();
    await expect(tip).toBeVisible();
    // The link is described by the tooltip for screen readers.
    const describedBy = await term.locator('a').getAttribute('aria-describedby');
    expect(await tip.getAttribute('id')).toBe(describedBy);
    // Escape dismisses it without moving focus.
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // It leads to the glossary entry.
    const href = await term.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${lang}/glossary/#[a-z0-9-]+$`));
    await term.locator('a').click();
    await expect(page.locator(`dt${href!.slice(href!.indexOf('#'))}`)).toBeInViewport();
  });
}

test('code blocks have a working copy button', async ({ page, site, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await site.goto('en', ARTICLE);
  const block = page.locator('.prose .code-block').first();
  const code = (await block.locator('pre').innerText()).replace(/\n$/, '');
  await block.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(block.getByRole('button')).toHaveText('Copied');
});

test('the table of contents is open on wide screens and folded on narrow ones', async ({ page, site }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await site.goto('en', ARTICLE);
  const toc = page.locator('.toc details');
  await expect(toc).toHaveAttribute('open', '');
  expect(await page.locator('.toc').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await page.setViewportSize({ width: 500, height: 900 });
  await expect(toc).not.toHaveAttribute('open', '');
  await page.locator('.toc summary').click();
  await expect(toc).toHaveAttribute('open', '');
  const first = page.locator('.toc a').first();
  await first.click();
  await expect(page).toHaveURL(/#[a-z]/);
});

test('previous and next links follow the learning path', async ({ page, site }) => {
  await site.goto('en', ARTICLE);
  const next = page.locator('.pager a[rel="next"]');
  const prev = page.locator('.pager a[rel="prev"]');
  await expect(prev).toBeVisible();
  await prev.click();
  await expect(page).toHaveURL(/\/en\/webrtc-connectivity\/$/);
  await expect(page.locator('.pager a[rel="next"]')).toHaveAttribute('href', `/en/${ARTICLE}/`);
  expect(await next.count()).toBeLessThanOrEqual(1);
});

test('articles are readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(`/ja/${ARTICLE}/`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.prose p').first()).toBeVisible();
  await expect(page.locator('.toc details')).toHaveAttribute('open', '');
  // Permalinks are plain links without JavaScript.
  const link = page.locator('a.heading-link').first();
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});

test('the home page lists the learning path in order, with descriptions, and the newest articles', async ({ page, site }) => {
  for (const lang of ['en', 'ja'] as const) {
    await site.goto(lang);
    const items = page.locator('ol.path > li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    await expect(items.first().locator('a')).toHaveAttribute('href', `/${lang}/webrtc-connectivity/`);
    await expect(items.first().locator('p')).not.toBeEmpty();
    await expect(page.locator('#newest + ul li').first()).toBeVisible();
  }
});

test('/ sends a Japanese browser to /ja/ and others to /en/', async ({ browser, baseURL }) => {
  for (const [locale, lang] of [['ja-JP', 'ja'], ['fr-FR', 'en'], ['en-US', 'en']] as const) {
    const context = await browser.newContext({ locale, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await context.close();
  }
});

test('/ offers a plain link to each language without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', '/ja/');
  await context.close();
});

test.describe('404', () => {
  // The browser itself logs the 404 status of the document as a console error.
  test.use({ allowConsole: [/status of 404/] });
  test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
  });
});

test('pages carry a title, description, canonical, hreflang and Open Graph tags', async ({ page, site }) => {
  await site.goto('ja', ARTICLE);
  const head = page.locator('head');
  await expect(page).toHaveTitle(/\| ICE フィールドガイド$/);
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/ja/${ARTICLE}/$`));
  await expect(head.locator('link[hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/${ARTICLE}/$`));
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP');
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(head.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
  const csp = await head.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test('text-only pages ship no framework JavaScript', async ({ page, site }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await site.goto('en', ARTICLE);
  await site.goto('en', 'glossary');
  await site.goto('ja');
  expect(scripts.filter((s) => /svelte|client|astro-island/.test(s))).toEqual([]);
  expect(await page.locator('astro-island').count()).toBe(0);
});

test('each language has an RSS feed listing its articles', async ({ page }) => {
  for (const lang of ['en', 'ja'] as const) {
    const xml = await (await page.request.get(`/${lang}/rss.xml`)).text();
    expect(xml).toContain(`<language>${lang}</language>`);
    expect(xml).toMatch(new RegExp(`<link>[^<]*/${lang}/webrtc-connectivity/</link>`));
  }
});

test('the skip link is the first thing the keyboard reaches and jumps to the content', async ({ page, site }) => {
  await site.goto('en', ARTICLE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});
