// Widgets under test: TwoMachineTest (its Copy button) and the page script's heading permalinks, through src/lib/browser/clipboard.ts.
/**
 * Copy buttons on a page without the async Clipboard API — what an intranet
 * copy of the site served over plain HTTP is (`navigator.clipboard` exists
 * only in a secure context). The page here hides `navigator.clipboard` the
 * way such a page lacks it; a second page of the same context, which has
 * the API, reads what was copied.
 */
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import type { Page } from '@playwright/test';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';
import { hydrate } from './hydrate.ts';

async function withoutClipboardApi(page: Page, copyCommandWorks = true): Promise<void> {
  await page.addInitScript((works) => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    if (!works) document.execCommand = () => false;
  }, copyCommandWorks);
}

async function readClipboard(page: Page): Promise<string> {
  const reader = await page.context().newPage();
  await reader.goto('/en/');
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

for (const lang of ['en', 'ja'] as const satisfies readonly Lang[]) {
  test(`no Clipboard API (plain-HTTP intranet page): the two-machine code and a heading link are still copied (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await withoutClipboardApi(page);
    const t = translator(lang, twoMachineUi);
    await page.goto(`/${lang}/test-the-real-network/`);
    expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard !== undefined)).toBe(false);
    const widget = page.locator('#two-machine');
    await widget.scrollIntoViewIfNeeded();
    await hydrate(widget);
    await widget.getByRole('button', { name: t('create') }).click();
    const code = await widget.locator('.tm-code-text').inputValue({ timeout: 30_000 });
    expect(code).toMatch(/^ifg1o\./);
    await widget.locator('.tm-code').getByRole('button', { name: t('copy') }).click();
    await expect(widget.locator('.tm-code button').first()).toHaveText(t('copied'));
    expect(await readClipboard(page)).toBe(code);
    await expect(widget.locator('[data-error="copy"]')).toHaveCount(0);

    const heading = page.locator('h2[id]').first();
    const id = await heading.getAttribute('id');
    await page.locator(`a.heading-link[href="#${id}"]`).click();
    await expect(page.locator('#toast')).not.toBeEmpty();
    expect(await readClipboard(page)).toBe(new URL(`/${lang}/test-the-real-network/#${id}`, page.url()).href);
  });

  test(`when no way to copy works, the two-machine widget says to copy the code by hand, and the code stays selectable (${lang})`, async ({ page }) => {
    await withoutClipboardApi(page, false);
    const t = translator(lang, twoMachineUi);
    await page.goto(`/${lang}/test-the-real-network/`);
    const widget = page.locator('#two-machine');
    await widget.scrollIntoViewIfNeeded();
    await hydrate(widget);
    await widget.getByRole('button', { name: t('create') }).click();
    const code = await widget.locator('.tm-code-text').inputValue({ timeout: 30_000 });
    await widget.locator('.tm-code').getByRole('button', { name: t('copy') }).click();
    await expect(widget.locator('[data-error="copy"]')).toHaveText(t('copyFailed'));
    await expect(widget.locator('.tm-code-text')).toHaveValue(code);
  });
}
