// Widgets under test: TwoMachineTest (src/components/twomachine/TwoMachineTest.svelte) in default Chrome, and its "Use my real local addresses" opt-in.
/**
 * Default Chrome (mDNS hiding on, no permission): the invitation's host
 * candidates are .local names, which a machine on another segment cannot
 * resolve. A refusal of the microphone changes nothing and says so; once
 * the reader allows it, the next invitation carries the real addresses.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { chromiumPath, defaultChromeFlags } from '../../scripts/support/chromium.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';
import { hydrate } from './hydrate.ts';

test.use({ launchOptions: { executablePath: chromiumPath, args: [...defaultChromeFlags, '--use-fake-device-for-media-stream'] } });

for (const lang of ['en', 'ja'] as const satisfies readonly Lang[]) {
  test(`(${lang}) .local host candidates in the invitation; refused changes nothing; after "Allow" the invitation carries real addresses`, async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const t = translator(lang, twoMachineUi);
    await page.goto(`/${lang}/test-the-real-network/`);
    const w = page.locator('#two-machine');
    await w.scrollIntoViewIfNeeded();
    await hydrate(w);
    const localLines = () => w.locator('.tm-cands ul.tm-candidates').first().locator('summary code').allTextContents();
    const invite = async () => {
      await w.getByRole('button', { name: t('create') }).click();
      await expect(w.locator('.tm-code')).toHaveAttribute('data-kind', 'invitation', { timeout: 30_000 });
      return localLines();
    };

    const hidden = await invite();
    expect(hidden.length).toBeGreaterThan(0);
    for (const line of hidden) expect(line).toMatch(/ [0-9a-f-]+\.local \d+ typ host/);
    const optIn = w.getByRole('button', { name: t('local.button') });
    await expect(optIn).toBeDisabled();
    await w.getByRole('button', { name: t('reset') }).click();

    // Headless Chromium answers the prompt with "deny".
    await optIn.click();
    const [before, after] = t('local.denied', { detail: '\u0000' }).split('\u0000');
    await expect(w.locator('.tm-local .local-status')).toContainText(before!);
    await expect(w.locator('.tm-local .local-status')).toContainText(after!);
    await expect(w.locator('.tm-local .local-status')).toContainText('NotAllowedError');
    await expect(w.locator('.tm-local')).toHaveAttribute('data-state', 'denied');

    await context.grantPermissions(['microphone'], { origin: baseURL ?? '' });
    await optIn.focus();
    await page.keyboard.press('Enter');
    await expect(w.locator('.tm-local .local-status')).toHaveText(t('local.granted'));
    await expect(optIn).toBeDisabled();
    const real = await invite();
    expect(real.length).toBeGreaterThan(0);
    for (const line of real) expect(line).not.toMatch(/\.local /);
    expect(real.some((line) => line.includes(' 127.0.0.1 '))).toBe(true);

    const results = await new AxeBuilder({ page }).include('#two-machine').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}
