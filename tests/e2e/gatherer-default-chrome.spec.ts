// Widgets under test: CandidateGatherer (src/components/gatherer/CandidateGatherer.svelte) in default Chrome, and its "Show my real local addresses" opt-in (what was observed: see defaultChromeGatherer.ts).
import { test, expect } from './fixtures.ts';
import { gatherHidden, STUN, text } from './defaultChromeGatherer.ts';
import { chromiumPath, defaultChromeFlags } from '../../scripts/support/chromium.ts';

// Default Chrome (mDNS hiding on, no permission) with a (fake) microphone.
test.use({ launchOptions: { executablePath: chromiumPath, args: [...defaultChromeFlags, '--use-fake-device-for-media-stream'] } });

for (const lang of ['en', 'ja'] as const) {
  test(`(${lang}) .local hosts and raddr 0.0.0.0 are explained; a refusal changes nothing; after "Allow", real addresses`, async ({ page, context, baseURL, gatherer }) => {
    await gatherer.open(lang);
    await gatherHidden(gatherer);

    // Refused (headless Chromium answers the prompt with "deny").
    await gatherer.realAddressesButton().click();
    await expect(gatherer.optIn().locator('.local-status')).toHaveText(text[lang].denied);
    await expect(gatherer.optIn()).toHaveAttribute('data-state', 'denied');
    for (const address of await gatherer.rows('host').locator('[data-part="address"]').allTextContents()) expect(address).toMatch(/\.local$/);

    // The reader allows the microphone; the page asks again from the keyboard.
    await context.grantPermissions(['microphone'], { origin: baseURL ?? '' });
    await gatherer.realAddressesButton().focus();
    await page.keyboard.press('Enter');
    await expect(gatherer.optIn().locator('.local-status')).toHaveText(text[lang].granted);
    // The widget gathers again. Wait for the new run's rows (a real address),
    // then for that run to finish: 'done' alone may still be the first run's.
    await expect(gatherer.rows('host').locator('[data-part="address"]').filter({ hasText: /^127\.0\.0\.1$/ })).not.toHaveCount(0, { timeout: 20_000 });
    await expect(gatherer.root).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
    const hosts = await gatherer.rows('host').locator('[data-part="address"]').allTextContents();
    expect(hosts.length).toBeGreaterThan(0);
    for (const address of hosts) expect(address).not.toMatch(/\.local$/);
    expect(hosts).toContain('127.0.0.1');
    // The relay's raddr is a real local address too.
    for (const raddr of await gatherer.rows('relay').locator('[data-part="raddr"]').allTextContents()) expect(hosts).toContain(raddr);
    // Here (no NAT between this machine and coturn) the srflx equals a host
    // address now shown, and libwebrtc drops it; the verdict says why.
    await expect(gatherer.rows('srflx')).toHaveCount(0);
    await expect(gatherer.root.locator(`ul.verdicts li[data-url="${STUN}"] p`)).toHaveText(text[lang].dropped);
    await expect(gatherer.root.locator('[data-part="raddr-hidden"]')).toHaveCount(0);
    expect(await gatherer.axe()).toEqual([]);
  });
}
