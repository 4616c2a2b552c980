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
import { test, expect, GathererPage } from './fixtures.ts';
import { hydrate } from './hydrate.ts';

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


for (const lang of ['en', 'ja'] as const) {
  test.describe(`gatherer (${lang})`, () => {
    test('with STUN and TURN configured, host, srflx and relay rows appear and both servers work', async ({ page, gatherer }) => {
      await gatherer.open(lang);
      await gatherer.addServer(STUN);
      await gatherer.addServer(TURN, env.username, env.password);
      await gatherer.gather();
      await expect(gatherer.rows('host').first()).toBeVisible();
      await expect(gatherer.rows('srflx')).toHaveCount(1);
      await expect(gatherer.rows('relay')).toHaveCount(1);
      // The srflx row names its server and shows raddr = a host address.
      const srflx = gatherer.rows('srflx');
      await expect(srflx.locator('[data-col="server"]')).toContainText(STUN);
      const raddr = await srflx.locator('[data-part="raddr"]').textContent();
      await expect(gatherer.rows('host').locator('[data-part="address"]', { hasText: raddr ?? '' }).first()).toBeVisible();
      // Relay: Chrome leaves relayProtocol empty for UDP; the row reads it from the priority.
      await expect(gatherer.rows('relay').locator('[data-part="relay-protocol"]')).toContainText('udp');
      await expect(gatherer.rows('relay').locator('[data-col="priority"]')).toContainText(/3 ·/);
      await expect(gatherer.verdict(STUN)).toHaveAttribute('data-verdict', 'works');
      await expect(gatherer.verdict(STUN).locator('.ice-badge')).toHaveText(text[lang].stunWorks);
      await expect(gatherer.verdict(TURN)).toHaveAttribute('data-verdict', 'works');
      await expect(gatherer.verdict(TURN).locator('.ice-badge')).toHaveText(text[lang].turnWorks);
      await expect(gatherer.root.locator('.readings p.overall')).toHaveAttribute('data-reading', 'relay-ok');
      // A row opens the inspector view of that candidate, with glossary links.
      await srflx.locator('button.inspect').click();
      const panel = gatherer.root.locator('.inspector-panel');
      await expect(panel).toBeVisible();
      await expect(panel).toBeFocused();
      await expect(panel.locator('.candidate-details tr[data-field="relatedAddress"]')).toContainText(raddr ?? '');
      await expect(panel.locator(`a[href="/${lang}/glossary/#server-reflexive-candidate"]`)).toBeVisible();
      expect(await gatherer.axe()).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await gatherer.axe()).toEqual([]);
    });

    test('a wrong TURN password gives the authentication verdict and a 401 error row', async ({ gatherer }) => {
      await gatherer.open(lang);
      await gatherer.addServer(TURN, env.username, `${env.password}-wrong`);
      await gatherer.gather();
      await expect(gatherer.verdict(TURN)).toHaveAttribute('data-verdict', 'auth-failed');
      await expect(gatherer.verdict(TURN).locator('.ice-badge')).toHaveText(text[lang].auth);
      const group = gatherer.root.locator(`.error-group[data-url="${TURN}"]`);
      await expect(group.locator('li[data-code="401"]')).toBeVisible();
      await expect(group.locator('li[data-code="401"] p')).toContainText('401');
      await expect(gatherer.rows('relay')).toHaveCount(0);
      expect(await gatherer.axe()).toEqual([]);
    });

    test('a server on a closed UDP port gets the no-response (unreachable?) verdict within the time limit', async ({ gatherer }) => {
      await gatherer.open(lang);
      const url = `stun:127.0.0.1:${env.closedPort}`;
      await gatherer.addServer(url);
      await gatherer.setTimeLimit(3);
      const started = Date.now();
      await gatherer.startButton().click();
      // Progress is visible while gathering: elapsed time and a way to stop.
      await expect(gatherer.root.locator('.elapsed')).toBeVisible();
      await expect(gatherer.root.locator('progress')).toBeVisible();
      await expect(gatherer.root).toHaveAttribute('data-phase', 'done', { timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(6_000);
      await expect(gatherer.verdict(url)).toHaveAttribute('data-verdict', 'no-response');
      await expect(gatherer.verdict(url).locator('.ice-badge')).toHaveText(text[lang].noResponse);
      await expect(gatherer.root.locator('.readings p[data-reading="gathering-timed-out"]')).toBeVisible();
    });

    test('a TURN server on a closed TCP port reports 701 at once and is unreachable', async ({ gatherer }) => {
      await gatherer.open(lang);
      const url = `turn:127.0.0.1:${env.closedPort}?transport=tcp`;
      await gatherer.addServer(url, 'someone', 'something');
      await gatherer.gather();
      await expect(gatherer.root.locator(`.error-group[data-url="${url}"] li[data-code="701"]`)).toBeVisible();
      await expect(gatherer.verdict(url)).toHaveAttribute('data-verdict', 'unreachable');
      await expect(gatherer.verdict(url).locator('.ice-badge')).toHaveText(text[lang].unreachable);
      // Failures first: the TURN failure is the headline, then what it leaves (only host candidates).
      await expect(gatherer.root.locator('.readings p.overall')).toHaveAttribute('data-reading', 'turn-configured-no-relay');
      await expect(gatherer.root.locator('.readings p[data-reading="host-only"]')).toBeVisible();
    });

    test('a malformed URL shows its error inline, nothing starts, and nothing throws', async ({ gatherer }) => {
      await gatherer.open(lang);
      await gatherer.addServer(`stun://127.0.0.1:${env.port}`);
      const { row, urls } = gatherer.rowInputs(0);
      await expect(urls).toHaveAttribute('aria-invalid', 'true');
      const errors = row.locator('.errors');
      await expect(errors).toContainText(`stun:127.0.0.1:${env.port}`);
      await expect(errors).toContainText(lang === 'en' ? 'no // after the scheme' : 'スキームの後に //');
      await gatherer.startButton().click();
      await expect(gatherer.root.locator('.fix-servers')).toBeVisible();
      await expect(gatherer.root).toHaveAttribute('data-phase', 'idle');
      // The one-click fix makes the row valid.
      await errors.locator('button.fix').click();
      await expect(urls).toHaveValue(`stun:127.0.0.1:${env.port}`);
      await expect(row.locator('.errors')).toHaveCount(0);
      expect(await gatherer.axe()).toEqual([]);
    });
  });
}

test.describe('gatherer without RTCPeerConnection', () => {
  for (const lang of ['en', 'ja'] as const) {
    test(`says clearly that this browser cannot gather (${lang})`, async ({ page, gatherer }) => {
      await page.addInitScript(() => {
        delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
      });
      await gatherer.open(lang);
      const alert = gatherer.root.locator('.unsupported[role="alert"]');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(text[lang].unsupported);
      await expect(gatherer.startButton()).toBeDisabled();
    });
  }
});

test('a browser that refuses to create an RTCPeerConnection gets a clear message, not an exception', async ({ page, gatherer }) => {
  await page.addInitScript(() => {
    window.RTCPeerConnection = class {
      constructor() {
        throw new DOMException('WebRTC is disabled by policy', 'NotAllowedError');
      }
    } as unknown as typeof RTCPeerConnection;
  });
  await gatherer.open('en');
  await gatherer.startButton().click();
  const alert = gatherer.root.locator('.unsupported[role="alert"]');
  await expect(alert).toContainText('The browser refused to create an RTCPeerConnection (NotAllowedError: WebRTC is disabled by policy)');
  await expect(gatherer.startButton()).toBeDisabled();
  await expect(gatherer.root).toHaveAttribute('data-phase', 'idle');
});

test('nothing is contacted before Start: no RTCPeerConnection exists until the reader presses it', async ({ page, gatherer }) => {
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
  await gatherer.open('en');
  await gatherer.root.locator('button[data-preset="public-stun"]').click();
  await expect(gatherer.root.locator('.ice-server-editor .note')).toBeVisible();
  await gatherer.root.locator('button[data-preset="none"]').click();
  await gatherer.addServer(STUN);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pcCount: number }).__pcCount)).toBe(0);
  await gatherer.gather();
  expect(await page.evaluate(() => (window as unknown as { __pcCount: number }).__pcCount)).toBe(1);
});

test('Stop ends a round early', async ({ gatherer }) => {
  await gatherer.open('en');
  await gatherer.addServer(`stun:127.0.0.1:${env.closedPort}`);
  await gatherer.setTimeLimit(30);
  await gatherer.startButton().click();
  await gatherer.root.getByRole('button', { name: 'Stop' }).click();
  await expect(gatherer.root).toHaveAttribute('data-phase', 'done');
  await expect(gatherer.root.locator('.status')).toContainText('Stopped after');
});

test('copy as Markdown redacts addresses unless the reader turns redaction off', async ({ page, context, gatherer }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gatherer.open('en');
  await gatherer.addServer(STUN);
  await gatherer.addServer(TURN, env.username, env.password);
  await gatherer.gather();
  const hostAddress = (await gatherer.rows('host').first().locator('[data-part="address"]').textContent()) ?? '';
  expect(hostAddress).not.toBe('');
  await gatherer.root.getByRole('button', { name: 'Copy as Markdown table' }).click();
  await expect(gatherer.root.locator('.notice')).toHaveText('Copied to the clipboard.');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('| ms | type | protocol | address |');
  expect(md).not.toContain(hostAddress);
  expect(md).toMatch(/\.invalid`/);
  expect(md).not.toContain(env.password);
  expect(md).not.toContain(env.username);
  // JSON, unredacted on request.
  await gatherer.root.getByLabel('Redact addresses, including relay addresses (recommended before sharing)').uncheck();
  await gatherer.root.getByRole('button', { name: 'Copy as JSON' }).click();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { redacted: boolean; candidates: { address: string }[] };
  expect(json.redacted).toBe(false);
  expect(json.candidates.map((c) => c.address)).toContain(hostAddress);
});

test('the share link carries server URLs and options but never credentials, and opening it starts nothing', async ({ page, context, gatherer }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gatherer.open('ja');
  await gatherer.addServer(STUN);
  await gatherer.addServer(TURN, env.username, env.password);
  await gatherer.root.locator('select').selectOption('relay');
  await gatherer.setTimeLimit(7);
  await gatherer.root.getByRole('button', { name: '共有リンクをコピー' }).click();
  const link = await gatherer.root.locator('input.share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toContain('#gatherer?');
  expect(decodeURIComponent(link)).toContain(TURN);
  expect(link).not.toContain(env.password);
  expect(link).not.toContain(env.username);
  expect(link).not.toMatch(/username|credential/);

  const other = await context.newPage();
  const g2 = new GathererPage(other, 'ja');
  await other.goto(link);
  await g2.root.scrollIntoViewIfNeeded();
  await hydrate(g2.root);
  await expect(g2.rowInputs(0).urls).toHaveValue(STUN);
  await expect(g2.rowInputs(1).urls).toHaveValue(TURN);
  await expect(g2.rowInputs(1).credential).toHaveValue('');
  await expect(g2.root.locator('select')).toHaveValue('relay');
  await expect(g2.root.locator('input[type="number"]')).toHaveValue('7');
  await expect(g2.root).toHaveAttribute('data-phase', 'idle');
  await expect(g2.root.locator('.notice')).toContainText('リンクから設定を読み込みました');
});

test('credentials are stored only after opting in, and Forget deletes them', async ({ page, gatherer }) => {
  await gatherer.open('en');
  await gatherer.addServer(TURN, env.username, env.password);
  const stored = () => page.evaluate(() => JSON.stringify(localStorage));
  expect(await stored()).not.toContain(env.password);
  await gatherer.root.getByLabel(/Remember servers and credentials/).check();
  expect(await stored()).toContain(env.password);
  await page.reload();
  await gatherer.root.scrollIntoViewIfNeeded();
  await hydrate(gatherer.root);
  await expect(gatherer.rowInputs(0).credential).toHaveValue(env.password);
  await gatherer.root.getByRole('button', { name: 'Forget saved servers' }).click();
  expect(await stored()).not.toContain(env.password);
  await expect(gatherer.root.getByLabel(/Remember servers and credentials/)).not.toBeChecked();
});
