// Widgets under test: CandidateGatherer (src/components/gatherer/CandidateGatherer.svelte) with IceServerEditor and CandidateDetails.
/**
 * The candidate gatherer on the closed-network article, against the real
 * coturn that globalSetup starts on 127.0.0.1 (TURN_PORT, TURN_USERNAME,
 * TURN_PASSWORD, CLOSED_UDP_PORT). What the reader does, what the reader
 * sees, in both languages.
 *
 * Behaviour these tests rely on was recorded first in this Chromium
 * (Debian 156) against coturn 4.6: candidates carry `url` (`stun:…` for
 * srflx, `turn:…?transport=udp|tcp` for relay); a wrong password gives
 * `icecandidateerror` 401 from the turn: URL; an unreachable UDP server
 * gives 701 only after ~40 s (so the gatherer's time limit decides first);
 * a closed TCP port gives 701 at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type Lang } from './fixtures.ts';

const env = {
  port: Number(process.env.TURN_PORT),
  username: process.env.TURN_USERNAME ?? '',
  password: process.env.TURN_PASSWORD ?? '',
  closedPort: Number(process.env.CLOSED_UDP_PORT),
};
const STUN = `stun:127.0.0.1:${env.port}`;
const TURN = `turn:127.0.0.1:${env.port}?transport=udp`;

const text = {
  en: { stunWorks: 'STUN works', turnWorks: 'TURN works', auth: 'Authentication failed', noResponse: /No response/, unreachable: 'Unreachable', start: 'Start gathering', unsupported: /RTCPeerConnection is not available here/ },
  ja: { stunWorks: 'STUN は動作', turnWorks: 'TURN は動作', auth: '認証に失敗', noResponse: /応答なし/, unreachable: '到達できない', start: '収集を開始', unsupported: /RTCPeerConnection が使えない/ },
} as const;

/** The gatherer as the reader uses it. */
class Gatherer {
  readonly root: Locator;
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
    this.root = page.locator('#gatherer');
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${this.lang}/closed-network/${hash}`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  rowInputs(n: number) {
    const row = this.root.locator('.ice-server-editor .row').nth(n);
    return { row, urls: row.locator('input[id$="-urls"]'), username: row.locator('input[id$="-username"]'), credential: row.locator('input[id$="-credential"]') };
  }

  async addServer(urls: string, username = '', credential = ''): Promise<void> {
    const count = await this.root.locator('.ice-server-editor .row').count();
    await this.root.locator('.ice-server-editor button.add').click();
    const row = this.rowInputs(count);
    await expect(row.urls).toBeFocused();
    await row.urls.fill(urls);
    if (username) await row.username.fill(username);
    if (credential) await row.credential.fill(credential);
  }

  async setTimeLimit(seconds: number): Promise<void> {
    await this.root.locator('input[type="number"]').fill(String(seconds));
  }

  startButton() {
    return this.root.getByRole('button', { name: text[this.lang].start });
  }

  async gather(): Promise<void> {
    await this.startButton().click();
    await expect(this.root).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
  }

  rows(type?: 'host' | 'srflx' | 'relay') {
    return this.root.locator(`table.candidates tbody tr${type ? `[data-type="${type}"]` : ''}`);
  }

  verdict(url: string) {
    return this.root.locator(`ul.verdicts li[data-url="${url}"]`);
  }

  async axe(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include('#gatherer').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
}

for (const lang of ['en', 'ja'] as const) {
  test.describe(`gatherer (${lang})`, () => {
    test('with STUN and TURN configured, host, srflx and relay rows appear and both servers work', async ({ page }) => {
      const g = new Gatherer(page, lang);
      await g.open();
      await g.addServer(STUN);
      await g.addServer(TURN, env.username, env.password);
      await g.gather();
      await expect(g.rows('host').first()).toBeVisible();
      await expect(g.rows('srflx')).toHaveCount(1);
      await expect(g.rows('relay')).toHaveCount(1);
      // The srflx row names its server and shows raddr = a host address.
      const srflx = g.rows('srflx');
      await expect(srflx.locator('[data-col="server"]')).toContainText(STUN);
      const raddr = await srflx.locator('[data-part="raddr"]').textContent();
      await expect(g.rows('host').locator('[data-part="address"]', { hasText: raddr ?? '' }).first()).toBeVisible();
      // Relay: Chrome leaves relayProtocol empty for UDP; the row reads it from the priority.
      await expect(g.rows('relay').locator('[data-part="relay-protocol"]')).toContainText('udp');
      await expect(g.rows('relay').locator('[data-col="priority"]')).toContainText(/3 ·/);
      await expect(g.verdict(STUN)).toHaveAttribute('data-verdict', 'works');
      await expect(g.verdict(STUN).locator('.ice-badge')).toHaveText(text[lang].stunWorks);
      await expect(g.verdict(TURN)).toHaveAttribute('data-verdict', 'works');
      await expect(g.verdict(TURN).locator('.ice-badge')).toHaveText(text[lang].turnWorks);
      await expect(g.root.locator('.readings p.overall')).toHaveAttribute('data-reading', 'relay-ok');
      // A row opens the inspector view of that candidate, with glossary links.
      await srflx.locator('button.inspect').click();
      const panel = g.root.locator('.inspector-panel');
      await expect(panel).toBeVisible();
      await expect(panel).toBeFocused();
      await expect(panel.locator('.candidate-details tr[data-field="relatedAddress"]')).toContainText(raddr ?? '');
      await expect(panel.locator(`a[href="/${lang}/glossary/#server-reflexive-candidate"]`)).toBeVisible();
      expect(await g.axe()).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await g.axe()).toEqual([]);
    });

    test('a wrong TURN password gives the authentication verdict and a 401 error row', async ({ page }) => {
      const g = new Gatherer(page, lang);
      await g.open();
      await g.addServer(TURN, env.username, `${env.password}-wrong`);
      await g.gather();
      await expect(g.verdict(TURN)).toHaveAttribute('data-verdict', 'auth-failed');
      await expect(g.verdict(TURN).locator('.ice-badge')).toHaveText(text[lang].auth);
      const group = g.root.locator(`.error-group[data-url="${TURN}"]`);
      await expect(group.locator('li[data-code="401"]')).toBeVisible();
      await expect(group.locator('li[data-code="401"] p')).toContainText('401');
      await expect(g.rows('relay')).toHaveCount(0);
      expect(await g.axe()).toEqual([]);
    });

    test('a server on a closed UDP port gets the no-response (unreachable?) verdict within the time limit', async ({ page }) => {
      const g = new Gatherer(page, lang);
      await g.open();
      const url = `stun:127.0.0.1:${env.closedPort}`;
      await g.addServer(url);
      await g.setTimeLimit(3);
      const started = Date.now();
      await g.startButton().click();
      // Progress is visible while gathering: elapsed time and a way to stop.
      await expect(g.root.locator('.elapsed')).toBeVisible();
      await expect(g.root.locator('progress')).toBeVisible();
      await expect(g.root).toHaveAttribute('data-phase', 'done', { timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(6_000);
      await expect(g.verdict(url)).toHaveAttribute('data-verdict', 'no-response');
      await expect(g.verdict(url).locator('.ice-badge')).toHaveText(text[lang].noResponse);
      await expect(g.root.locator('.readings p[data-reading="gathering-timed-out"]')).toBeVisible();
    });

    test('a TURN server on a closed TCP port reports 701 at once and is unreachable', async ({ page }) => {
      const g = new Gatherer(page, lang);
      await g.open();
      const url = `turn:127.0.0.1:${env.closedPort}?transport=tcp`;
      await g.addServer(url, 'someone', 'something');
      await g.gather();
      await expect(g.root.locator(`.error-group[data-url="${url}"] li[data-code="701"]`)).toBeVisible();
      await expect(g.verdict(url)).toHaveAttribute('data-verdict', 'unreachable');
      await expect(g.verdict(url).locator('.ice-badge')).toHaveText(text[lang].unreachable);
      // Failures first: the TURN failure is the headline, then what it leaves (only host candidates).
      await expect(g.root.locator('.readings p.overall')).toHaveAttribute('data-reading', 'turn-configured-no-relay');
      await expect(g.root.locator('.readings p[data-reading="host-only"]')).toBeVisible();
    });

    test('a malformed URL shows its error inline, nothing starts, and nothing throws', async ({ page }) => {
      const g = new Gatherer(page, lang);
      await g.open();
      await g.addServer(`stun://127.0.0.1:${env.port}`);
      const { row, urls } = g.rowInputs(0);
      await expect(urls).toHaveAttribute('aria-invalid', 'true');
      const errors = row.locator('.errors');
      await expect(errors).toContainText(`stun:127.0.0.1:${env.port}`);
      await expect(errors).toContainText(lang === 'en' ? 'no // after the scheme' : 'スキームの後に //');
      await g.startButton().click();
      await expect(g.root.locator('.fix-servers')).toBeVisible();
      await expect(g.root).toHaveAttribute('data-phase', 'idle');
      // The one-click fix makes the row valid.
      await errors.locator('button.fix').click();
      await expect(urls).toHaveValue(`stun:127.0.0.1:${env.port}`);
      await expect(row.locator('.errors')).toHaveCount(0);
      expect(await g.axe()).toEqual([]);
    });
  });
}

test.describe('gatherer without RTCPeerConnection', () => {
  for (const lang of ['en', 'ja'] as const) {
    test(`says clearly that this browser cannot gather (${lang})`, async ({ page }) => {
      await page.addInitScript(() => {
        delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
      });
      const g = new Gatherer(page, lang);
      await g.open();
      const alert = g.root.locator('.unsupported[role="alert"]');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(text[lang].unsupported);
      await expect(g.startButton()).toBeDisabled();
    });
  }
});

test('a browser that refuses to create an RTCPeerConnection gets a clear message, not an exception', async ({ page }) => {
  await page.addInitScript(() => {
    window.RTCPeerConnection = class {
      constructor() {
        throw new DOMException('WebRTC is disabled by policy', 'NotAllowedError');
      }
    } as unknown as typeof RTCPeerConnection;
  });
  const g = new Gatherer(page, 'en');
  await g.open();
  await g.startButton().click();
  const alert = g.root.locator('.unsupported[role="alert"]');
  await expect(alert).toContainText('The browser refused to create an RTCPeerConnection (NotAllowedError: WebRTC is disabled by policy)');
  await expect(g.startButton()).toBeDisabled();
  await expect(g.root).toHaveAttribute('data-phase', 'idle');
});

test('nothing is contacted before Start: no RTCPeerConnection exists until the reader presses it', async ({ page }) => {
  await page.addInitScript(() => {
    const Original = window.RTCPeerConnection;
    const w = window as unknown as { __pcCount: number };
    w.__pcCount = 0;
    window.RTCPeerConnection = class extends Original {
      constructor(config?: RTCConfiguration) {
        super(config);
        w.__pcCount += 1;
      }
    };
  });
  const g = new Gatherer(page, 'en');
  await g.open();
  await g.root.locator('button[data-preset="public-stun"]').click();
  await expect(g.root.locator('.ice-server-editor .note')).toBeVisible();
  await g.root.locator('button[data-preset="none"]').click();
  await g.addServer(STUN);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pcCount: number }).__pcCount)).toBe(0);
  await g.gather();
  expect(await page.evaluate(() => (window as unknown as { __pcCount: number }).__pcCount)).toBe(1);
});

test('Stop ends a round early', async ({ page }) => {
  const g = new Gatherer(page, 'en');
  await g.open();
  await g.addServer(`stun:127.0.0.1:${env.closedPort}`);
  await g.setTimeLimit(30);
  await g.startButton().click();
  await g.root.getByRole('button', { name: 'Stop' }).click();
  await expect(g.root).toHaveAttribute('data-phase', 'done');
  await expect(g.root.locator('.status')).toContainText('Stopped after');
});

test('copy as Markdown redacts addresses unless the reader turns redaction off', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const g = new Gatherer(page, 'en');
  await g.open();
  await g.addServer(STUN);
  await g.addServer(TURN, env.username, env.password);
  await g.gather();
  const hostAddress = (await g.rows('host').first().locator('[data-part="address"]').textContent()) ?? '';
  expect(hostAddress).not.toBe('');
  await g.root.getByRole('button', { name: 'Copy as Markdown table' }).click();
  await expect(g.root.locator('.notice')).toHaveText('Copied to the clipboard.');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('| ms | type | protocol | address |');
  expect(md).not.toContain(hostAddress);
  expect(md).toMatch(/\.invalid`/);
  expect(md).not.toContain(env.password);
  expect(md).not.toContain(env.username);
  // JSON, unredacted on request.
  await g.root.getByLabel('Redact addresses, including relay addresses (recommended before sharing)').uncheck();
  await g.root.getByRole('button', { name: 'Copy as JSON' }).click();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { redacted: boolean; candidates: { address: string }[] };
  expect(json.redacted).toBe(false);
  expect(json.candidates.map((c) => c.address)).toContain(hostAddress);
});

test('the share link carries server URLs and options but never credentials, and opening it starts nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const g = new Gatherer(page, 'ja');
  await g.open();
  await g.addServer(STUN);
  await g.addServer(TURN, env.username, env.password);
  await g.root.locator('select').selectOption('relay');
  await g.setTimeLimit(7);
  await g.root.getByRole('button', { name: '共有リンクをコピー' }).click();
  const link = await g.root.locator('input.share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toContain('#gatherer?');
  expect(decodeURIComponent(link)).toContain(TURN);
  expect(link).not.toContain(env.password);
  expect(link).not.toContain(env.username);
  expect(link).not.toMatch(/username|credential/);

  const other = await context.newPage();
  const g2 = new Gatherer(other, 'ja');
  await other.goto(link);
  await g2.root.scrollIntoViewIfNeeded();
  await expect(g2.root).toHaveAttribute('data-ready', 'true');
  await expect(g2.rowInputs(0).urls).toHaveValue(STUN);
  await expect(g2.rowInputs(1).urls).toHaveValue(TURN);
  await expect(g2.rowInputs(1).credential).toHaveValue('');
  await expect(g2.root.locator('select')).toHaveValue('relay');
  await expect(g2.root.locator('input[type="number"]')).toHaveValue('7');
  await expect(g2.root).toHaveAttribute('data-phase', 'idle');
  await expect(g2.root.locator('.notice')).toContainText('リンクから設定を読み込みました');
});

test('credentials are stored only after opting in, and Forget deletes them', async ({ page }) => {
  const g = new Gatherer(page, 'en');
  await g.open();
  await g.addServer(TURN, env.username, env.password);
  const stored = () => page.evaluate(() => JSON.stringify(localStorage));
  expect(await stored()).not.toContain(env.password);
  await g.root.getByLabel(/Remember servers and credentials/).check();
  expect(await stored()).toContain(env.password);
  await page.reload();
  await g.root.scrollIntoViewIfNeeded();
  await expect(g.root).toHaveAttribute('data-ready', 'true');
  await expect(g.rowInputs(0).credential).toHaveValue(env.password);
  await g.root.getByRole('button', { name: 'Forget saved servers' }).click();
  expect(await stored()).not.toContain(env.password);
  await expect(g.root.getByLabel(/Remember servers and credentials/)).not.toBeChecked();
});
