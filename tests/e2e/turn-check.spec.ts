/**
 * TURN server check (widget `turn-check`) against the two coturns that
 * globalSetup starts on 127.0.0.1: `lt-cred-mech` (TURN_PORT, TURN_USERNAME,
 * TURN_PASSWORD) and `use-auth-secret` (TURN_REST_PORT, TURN_REST_SECRET).
 * The reader lists URLs, optionally derives REST credentials, runs the
 * check and reads the verdict table.
 */
import { createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type Lang } from './fixtures.ts';

const port = Number(process.env.TURN_PORT);
const username = process.env.TURN_USERNAME ?? '';
const password = process.env.TURN_PASSWORD ?? '';
const restPort = Number(process.env.TURN_REST_PORT);
const restSecret = process.env.TURN_REST_SECRET ?? '';

class TurnCheckPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }
  get root() {
    return this.page.locator('#turn-check');
  }
  async open(): Promise<void> {
    await this.page.goto(`/${this.lang}/tools/turn-check/`);
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }
  async server(urls: string, user: string, credential: string): Promise<void> {
    await this.root.locator('input[id$="-urls"]').first().fill(urls);
    await this.root.locator('input[id$="-username"]').first().fill(user);
    await this.root.locator('input[id$="-credential"]').first().fill(credential);
  }
  async peersOnThisMachine(): Promise<void> {
    await this.root.locator('#turn-check-peers').selectOption('this-machine');
  }
  async run(): Promise<void> {
    await this.root.locator('button.run').click();
    await expect(this.root).not.toHaveAttribute('data-running', 'true', { timeout: 50_000 });
  }
  row(url: string) {
    return this.root.locator(`tr[data-url="${url}"]`);
  }
  async axe(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).include('#turn-check').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  }
}

const text = {
  en: { ok: 'Works.', passed: 'passed', r401: '401: credentials rejected', expired: 'Expired', skew: 'wrong secret|static-auth-secret differs', privacy: 'never stored, sent anywhere or put in a URL', decodedExpired: 'expired at' },
  ja: { ok: '動作しています。', passed: '成功', r401: '401：認証情報を拒否', expired: '期限切れです', skew: 'static-auth-secret が入力したシークレットと違う', privacy: '保存も送信もされず、URL にも入りません', decodedExpired: '期限切れになっています' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test.describe(`TURN check (${lang})`, () => {
    test('udp and tcp through coturn: allocation OK, relay data test passes with RTT, throughput and a relay↔relay pair', async ({ page }) => {
      test.setTimeout(90_000);
      const check = new TurnCheckPage(page, lang);
      await check.open();
      const udp = `turn:127.0.0.1:${port}?transport=udp`;
      const tcp = `turn:127.0.0.1:${port}?transport=tcp`;
      await check.server(`${udp}, ${tcp}`, username, password);
      await check.peersOnThisMachine();
      await check.run();
      for (const url of [udp, tcp]) {
        const row = check.row(url);
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
      await check.root.locator('#turn-check-peers').selectOption('other-networks');
      await expect(check.row(udp)).toHaveAttribute('data-overall', 'warning');
      await expect(check.row(udp)).toContainText('relay-ip');
      await check.axe();
    });

    test('a wrong password gives the 401 verdict with its reading in the allocation phase', async ({ page }) => {
      const check = new TurnCheckPage(page, lang);
      await check.open();
      const udp = `turn:127.0.0.1:${port}?transport=udp`;
      await check.server(udp, username, `${password}-wrong`);
      await check.run();
      await expect(check.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(check.row(udp)).toContainText(text[lang].r401);
      await expect(check.row(udp)).toHaveAttribute('data-data', 'not-run');
      await expect(check.root.locator('li[data-code="401"][data-phase="allocation"]').first()).toBeVisible();
      await check.axe();
    });

    test('REST credentials: the right secret works, a wrong secret is 401 "wrong secret or clock skew", the secret stays out of the URL', async ({ page }) => {
      test.setTimeout(90_000);
      const check = new TurnCheckPage(page, lang);
      await check.open();
      const udp = `turn:127.0.0.1:${restPort}?transport=udp`;
      await check.server(udp, '', '');
      await check.peersOnThisMachine();
      await expect(check.root).toContainText(text[lang].privacy);
      await check.root.locator('#turn-check-secret').fill(restSecret);
      await check.root.locator('#turn-check-user').fill('alice');
      await check.root.locator('button.derive').click();
      await expect(check.root.locator('.rest-message')).toContainText(':alice');
      await expect(check.root.locator('input[id$="-username"]').first()).toHaveValue(/^\d+:alice$/);
      await check.run();
      await expect(check.row(udp)).toHaveAttribute('data-overall', 'ok');
      await expect(check.row(udp)).toHaveAttribute('data-data', 'ok');

      await check.root.locator('#turn-check-secret').fill('not-the-secret');
      await check.root.locator('button.derive').click();
      await check.run();
      await expect(check.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(check.row(udp)).toContainText(new RegExp(text[lang].skew));
      expect(page.url()).not.toContain('not-the-secret');
      expect(page.url()).not.toContain(restSecret);
    });

    test('an expired REST username pasted by the reader is decoded and its 401 reads "expired"', async ({ page }) => {
      const check = new TurnCheckPage(page, lang);
      await check.open();
      const udp = `turn:127.0.0.1:${restPort}?transport=udp`;
      const expiredUser = `${Math.floor(Date.now() / 1000) - 600}:bob`;
      const expiredPassword = createHmac('sha1', restSecret).update(expiredUser).digest('base64');
      await check.server(udp, expiredUser, expiredPassword);
      await expect(check.root.locator('.decoded.expired')).toContainText(text[lang].decodedExpired);
      await check.run();
      await expect(check.row(udp)).toHaveAttribute('data-allocation', 'auth-failed');
      await expect(check.row(udp)).toContainText(text[lang].expired);
    });
  });
}

test('keyboard only: fill a server, choose where the peers are, run, and reach the verdict table', async ({ page }) => {
  test.setTimeout(90_000);
  const check = new TurnCheckPage(page, 'en');
  await check.open();
  const udp = `turn:127.0.0.1:${port}?transport=udp`;
  await check.root.locator('input[id$="-urls"]').first().focus();
  await page.keyboard.type(udp);
  await page.keyboard.press('Tab');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await check.root.locator('#turn-check-peers').focus();
  await page.keyboard.press('End'); // last option: this machine only
  await expect(check.root.locator('#turn-check-peers')).toHaveValue('this-machine');
  await page.keyboard.press('Tab');
  await expect(check.root.locator('button.run')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(check.root).not.toHaveAttribute('data-running', 'true', { timeout: 50_000 });
  await expect(check.row(udp)).toHaveAttribute('data-overall', 'ok');
  await page.keyboard.press('Tab');
  await expect(check.root.locator('.table-wrap')).toBeFocused();
});

test('bad input: no TURN URL, a garbage URL and a bad lifetime each say what to do and break nothing', async ({ page }) => {
  const check = new TurnCheckPage(page, 'en');
  await check.open();
  await check.root.locator('button.run').click();
  await expect(check.root.locator('[role="alert"]')).toContainText('no TURN URL');
  await check.server('turn:127.0.0.1:3478?transport=sctp#<script>', 'u', 'p');
  await check.root.locator('button.run').click();
  await expect(check.root.locator('[role="alert"]').first()).toContainText('Fix the server list first');
  await check.root.locator('#turn-check-secret').fill('s');
  await check.root.locator('#turn-check-lifetime').fill('soon');
  await check.root.locator('button.derive').click();
  await expect(check.root).toContainText('whole number of seconds');
  await expect(check.root.locator('input[id$="-urls"]').first()).toHaveValue('turn:127.0.0.1:3478?transport=sctp#<script>');
});

test('the coturn guide embeds the check in both languages', async ({ page }) => {
  for (const lang of ['en', 'ja'] as const) {
    await page.goto(`/${lang}/coturn-closed-network/`);
    const widget = page.locator('#turn-check');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-ready', 'true');
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
    await expect(page.locator('#turn-check')).toHaveAttribute('data-ready', 'true');
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
