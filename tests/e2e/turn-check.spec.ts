/**
 * TURN server check (widget `turn-check`) against the two coturns that
 * globalSetup starts on 127.0.0.1: `lt-cred-mech` (TURN_PORT, TURN_USERNAME,
 * TURN_PASSWORD) and `use-auth-secret` (TURN_REST_PORT, TURN_REST_SECRET).
 * The reader lists URLs, optionally derives REST credentials, runs the
 * check and reads the verdict table.
 */
import { createHmac } from 'node:crypto';
import { test, expect } from './fixtures.ts';
import { hydrate } from './hydrate.ts';

const port = Number(process.env.TURN_PORT);
const username = process.env.TURN_USERNAME ?? '';
const password = process.env.TURN_PASSWORD ?? '';
const restPort = Number(process.env.TURN_REST_PORT);
const restSecret = process.env.TURN_REST_SECRET ?? '';


const text = {
  en: { ok: 'Works.', passed: 'passed', r401: '401: credentials rejected', expired: 'Expired', skew: 'wrong secret|static-auth-secret differs', privacy: 'never stored, sent anywhere or put in a URL', decodedExpired: 'expired at' },
  ja: { ok: '動作しています。', passed: '成功', r401: '401：認証情報を拒否', expired: '期限切れです', skew: 'static-auth-secret が入力したシークレットと違う', privacy: '保存も送信もされず、URL にも入りません', decodedExpired: '期限切れになっています' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test.describe(`TURN check (${lang})`, () => {
    test('udp and tcp through coturn: allocation OK, relay data test passes with RTT, throughput and a relay↔relay pair', async ({ turnCheck }) => {
      test.setTimeout(90_000);
      await turnCheck.open(lang);
      const udp = `turn:127.0.0.1:${port}?transport=udp`;
      const tcp = `turn:127.0.0.1:${port}?transport=tcp`;
      await turnCheck.server(`${udp}, ${tcp}`, username, password);
      await turnCheck.peersOnThisMachine();
      await turnCheck.run();
      for (const url of [udp, tcp]) {
        const row = turnCheck.row(url);
        await expect(row).toHaveAttribute('data-overall', 'ok');
        await expect(row).toHaveAttribute('data-data', 'ok');
        await expect(row).toContainText(text[lang].passed);
        await expect(row).toContainText(text[lang].ok);
        await expect(row).toContainText(/\d+(\.\d+)? MB\/s/);
        await expect(row).toContainText(/\d+(\.\d+)? ms/);
        await expect(row.locator('.pair')).toContainText(/relay .*↔ relay/);
        await expect(row).toContainText('127.0.0.1:');
      }
      // The same relay address is flagged once the reader says the peers are elsewhere.
      await turnCheck.root.locator('#turn-check-peers').selectOption('other-networks');
      await expect(turnCheck.row(udp)).toHaveAttribute('data-overall', 'warning');
      await expect(turnCheck.row(udp)).toContainText('relay-ip');
      await turnCheck.axe();
    });

    test('a wrong password gives the 401 verdict with its reading in the allocation phase', async ({ turnCheck }) => {
      await turnCheck.open(lang);
      const udp = `turn:127.0.0.1:${port}?transport=udp`;
      await turnCheck.server(udp, username, `${password}-wrong`);
      await turnCheck.run();
      await expect(turnCheck.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(turnCheck.row(udp)).toContainText(text[lang].r401);
      await expect(turnCheck.row(udp)).toHaveAttribute('data-data', 'not-run');
      await expect(turnCheck.root.locator('li[data-code="401"][data-phase="allocation"]').first()).toBeVisible();
      await turnCheck.axe();
    });

    test('REST credentials: the right secret works, a wrong secret is 401 "wrong secret or clock skew", the secret stays out of the URL', async ({ page, turnCheck }) => {
      test.setTimeout(90_000);
      await turnCheck.open(lang);
      const udp = `turn:127.0.0.1:${restPort}?transport=udp`;
      await turnCheck.server(udp, '', '');
      await turnCheck.peersOnThisMachine();
      await expect(turnCheck.root).toContainText(text[lang].privacy);
      await turnCheck.root.locator('#turn-check-secret').fill(restSecret);
      await turnCheck.root.locator('#turn-check-user').fill('alice');
      await turnCheck.root.locator('button.derive').click();
      await expect(turnCheck.root.locator('.rest-message')).toContainText(':alice');
      await expect(turnCheck.root.locator('input[id$="-username"]').first()).toHaveValue(/^\d+:alice$/);
      await turnCheck.run();
      await expect(turnCheck.row(udp)).toHaveAttribute('data-overall', 'ok');
      await expect(turnCheck.row(udp)).toHaveAttribute('data-data', 'ok');

      await turnCheck.root.locator('#turn-check-secret').fill('not-the-secret');
      await turnCheck.root.locator('button.derive').click();
      await turnCheck.run();
      await expect(turnCheck.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(turnCheck.row(udp)).toContainText(new RegExp(text[lang].skew));
      expect(page.url()).not.toContain('not-the-secret');
      expect(page.url()).not.toContain(restSecret);
    });

    test('an expired REST username pasted by the reader is decoded and its 401 reads "expired"', async ({ turnCheck }) => {
      await turnCheck.open(lang);
      const udp = `turn:127.0.0.1:${restPort}?transport=udp`;
      const expiredUser = `${Math.floor(Date.now() / 1000) - 600}:bob`;
      const expiredPassword = createHmac('sha1', restSecret).update(expiredUser).digest('base64');
      await turnCheck.server(udp, expiredUser, expiredPassword);
      await expect(turnCheck.root.locator('.decoded.expired')).toContainText(text[lang].decodedExpired);
      await turnCheck.run();
      await expect(turnCheck.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(turnCheck.row(udp)).toContainText(text[lang].expired);
    });
  });
}

test('keyboard only: fill a server, choose where the peers are, run, and reach the verdict table', async ({ page, turnCheck }) => {
  test.setTimeout(90_000);
  await turnCheck.open('en');
  const udp = `turn:127.0.0.1:${port}?transport=udp`;
  await turnCheck.root.locator('input[id$="-urls"]').first().focus();
  await page.keyboard.type(udp);
  await page.keyboard.press('Tab');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await turnCheck.root.locator('#turn-check-peers').focus();
  await page.keyboard.press('End'); // last option: this machine only
  await expect(turnCheck.root.locator('#turn-check-peers')).toHaveValue('this-machine');
  await page.keyboard.press('Tab');
  await expect(turnCheck.root.locator('button.run')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(turnCheck.root).not.toHaveAttribute('data-running', 'true', { timeout: 50_000 });
  await expect(turnCheck.row(udp)).toHaveAttribute('data-overall', 'ok');
  await page.keyboard.press('Tab');
  await expect(turnCheck.root.locator('.table-wrap')).toBeFocused();
});

test('bad input: no TURN URL, a garbage URL and a bad lifetime each say what to do and break nothing', async ({ turnCheck }) => {
  await turnCheck.open('en');
  await turnCheck.root.locator('button.run').click();
  await expect(turnCheck.root.locator('[role="alert"]')).toContainText('no TURN URL');
  await turnCheck.server('turn:127.0.0.1:3478?transport=sctp#<script>', 'u', 'p');
  await turnCheck.root.locator('button.run').click();
  await expect(turnCheck.root.locator('[role="alert"]').first()).toContainText('Fix the server list first');
  await turnCheck.root.locator('#turn-check-secret').fill('s');
  await turnCheck.root.locator('#turn-check-lifetime').fill('soon');
  await turnCheck.root.locator('button.derive').click();
  await expect(turnCheck.root).toContainText('whole number of seconds');
  await expect(turnCheck.root.locator('input[id$="-urls"]').first()).toHaveValue('turn:127.0.0.1:3478?transport=sctp#<script>');
});

test('the coturn guide embeds the check in both languages', async ({ page }) => {
  for (const lang of ['en', 'ja'] as const) {
    await page.goto(`/${lang}/coturn-closed-network/`);
    const widget = page.locator('#turn-check');
    await widget.scrollIntoViewIfNeeded();
    await hydrate(widget);
    await expect(page.locator('h2#prove-relaying')).toBeVisible();
  }
});

test('the server HTML already has the widget’s final size: its height does not change when it hydrates, and nothing in it shifts the page', async ({ page }) => {
  // Record every height the widget has from its first layout on, and every
  // layout shift whose sources lie inside it.
  // Watching starts once the parser has moved past the widget (a node follows
  // it), so a half-parsed widget painted on a slow machine is not mistaken for
  // the server HTML. Each height is recorded with whether the island had
  // hydrated by then.
  await page.addInitScript(() => {
    const w = window as unknown as { __heights: { h: number; ready: boolean }[]; __shifts: number[] };
    w.__heights = [];
    w.__shifts = [];
    const parsedPast = (el: Node): boolean => {
      for (let n: Node | null = el; n !== null; n = n.parentNode) if (n.nextSibling !== null) return true;
      return false;
    };
    const watch = (el: Element) => new ResizeObserver((entries) => {
      for (const e of entries) w.__heights.push({ h: Math.round(e.borderBoxSize[0]!.blockSize), ready: el.hasAttribute('data-ready') });
    }).observe(el);
    const found = new MutationObserver(() => {
      const el = document.getElementById('turn-check');
      if (el === null || !parsedPast(el)) return;
      found.disconnect();
      watch(el);
    });
    found.observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node: Node | null }[] }[]) {
        const widget = document.getElementById('turn-check');
        if (entry.sources.some((s) => s.node !== null && widget !== null && (widget.contains(s.node) || s.node.contains(widget)))) w.__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the page's scripts back a little, so the server HTML is laid out
  // (and measured) before the island hydrates, as on a slow connection.
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  for (const lang of ['en', 'ja'] as const) {
    await page.goto(`/${lang}/tools/turn-check/`);
    await hydrate(page.locator('#turn-check'));
    await expect(page.locator('#turn-check input[id$="-urls"]')).toHaveCount(1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { heights, shifts } = await page.evaluate(() => {
      const w = window as unknown as { __heights: { h: number; ready: boolean }[]; __shifts: number[] };
      return { heights: w.__heights, shifts: w.__shifts };
    });
    const seen = heights.map((x) => `${x.h}${x.ready ? ' (hydrated)' : ' (server HTML)'}`).join(', ');
    expect(heights.some((x) => !x.ready), `the server HTML was measured before hydration: ${seen}`).toBe(true);
    expect(new Set(heights.map((x) => x.h)), `heights seen: ${seen}`).toEqual(new Set([heights[0]!.h]));
    expect(shifts.filter((v) => v > 0.01)).toEqual([]);
  }
});
