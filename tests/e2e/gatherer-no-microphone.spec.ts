// Widgets under test: CandidateGatherer (src/components/gatherer/CandidateGatherer.svelte) in default Chrome on a machine without a microphone, and in a browser without navigator.mediaDevices.
import { test, expect } from './fixtures.ts';
import { gatherHidden, text } from './defaultChromeGatherer.ts';
import { chromiumPath, defaultChromeFlags } from '../../scripts/support/chromium.ts';

// Default Chrome (mDNS hiding on, no permission) and no microphone at all.
test.use({ launchOptions: { executablePath: chromiumPath, args: [...defaultChromeFlags] } });

for (const lang of ['en', 'ja'] as const) {
  test(`(${lang}) no microphone gets its own message and the addresses stay hidden`, async ({ gatherer }) => {
    await gatherer.open(lang);
    await gatherHidden(gatherer);
    await gatherer.realAddressesButton().click();
    await expect(gatherer.optIn().locator('.local-status')).toHaveText(text[lang].noDevice);
    await expect(gatherer.optIn()).toHaveAttribute('data-state', 'no-device');
    expect(await gatherer.axe()).toEqual([]);
  });

  test(`(${lang}) a browser without navigator.mediaDevices gets its own message`, async ({ page, gatherer }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'mediaDevices', { get: () => undefined, configurable: true });
    });
    await gatherer.open(lang);
    await gatherHidden(gatherer);
    await gatherer.realAddressesButton().click();
    await expect(gatherer.optIn().locator('.local-status')).toHaveText(text[lang].noMediaDevices);
    await expect(gatherer.optIn()).toHaveAttribute('data-state', 'no-media-devices');
  });
}
