/**
 * NAT mapping hint (the MappingHint widget, element id `mapping-hint`) in the NAT-types article, against
 * the use-auth-secret coturn of globalSetup, which answers STUN on 127.0.0.1
 * and 127.0.0.2 (TURN_REST_PORT). What Chromium does here, measured: the
 * host candidate is the machine's own address, both servers report the
 * same srflx address:port, and Chromium keeps one candidate for the joint
 * round; a closed port gives no srflx and no error.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { hydrate } from './hydrate.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { turnText } from '../../src/components/turn/strings.ts';
import { iceServerUrlErrorText } from '../../src/lib/ice/localizeError.ts';
import { parseIceServerUrl } from '../../src/lib/ice/parseIceServerUrl.ts';

const stunPort = Number(process.env.TURN_REST_PORT);
const closedPort = Number(process.env.CLOSED_UDP_PORT);

const text = {
  en: { jointError: 'Asked together, the browser reported an error for a server', errorRow: 'error 701', same: 'Same mapping for both servers', indeterminate: 'Indeterminate', limit: 'CHANGE-REQUEST', refused: 'must have a different IP address', matrix: 'cone rows', bSilent: 'Server B gave no server-reflexive candidate' },
  ja: { jointError: '両方に同時に問い合わせたラウンドで、ブラウザーがサーバーのエラーを報告しました', errorRow: 'エラー 701', same: '両方のサーバーで同じマッピング', indeterminate: '判定できません', limit: 'CHANGE-REQUEST', refused: '別の IP アドレスでなければなりません', matrix: 'コーン型の行', bSilent: 'サーバー B は単独ではサーバーリフレクシブ候補を返しませんでした' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test.describe(`NAT mapping hint (${lang})`, () => {
    test('a server URL that does not parse is refused in the page language, with the reason, and stays in the box', async ({ page }) => {
      await page.goto(`/${lang}/nat-types/`);
      const hint = page.locator('#mapping-hint');
      await hydrate(hint);
      await hint.locator('#mapping-hint-a').fill(`stun:127.0.0.1:${stunPort}`);
      await hint.locator('#mapping-hint-b').fill('stun://127.0.0.2');
      await hint.locator('button.run').click();
      const parsed = parseIceServerUrl('stun://127.0.0.2');
      if (parsed.ok) throw new Error('the example URL was meant not to parse');
      const reason = iceServerUrlErrorText(lang, parsed.error);
      await expect(hint.locator('[role="alert"]')).toHaveText(translator(lang, turnText)('map.error.invalid-url', { which: 'B', detail: reason }));
      if (lang === 'ja') await expect(hint.locator('[role="alert"]')).not.toContainText(parsed.error.message);
      await expect(hint.locator('#mapping-hint-b')).toHaveAttribute('aria-invalid', 'true');
      await expect(hint.locator('#mapping-hint-b')).toHaveValue('stun://127.0.0.2');
    });

    test('two STUN listeners on 127.0.0.1 and 127.0.0.2: same mapping, with the evidence and the honest limit', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/${lang}/nat-types/`);
      const hint = page.locator('#mapping-hint');
      await hint.scrollIntoViewIfNeeded();
      await hydrate(hint);
      await expect(hint).toContainText(text[lang].limit);
      await hint.locator('#mapping-hint-a').fill(`stun:127.0.0.1:${stunPort}`);
      await hint.locator('#mapping-hint-b').fill(`stun:127.0.0.2:${stunPort}`);
      await hint.locator('button.run').click();
      await expect(hint).toHaveAttribute('data-verdict', 'same-mapping', { timeout: 30_000 });
      await expect(hint.locator('[role="status"]')).toContainText(text[lang].same);
      await expect(hint.locator('tr[data-round="soloA"] code').first()).toContainText(/:\d+$/);
      await expect(hint.locator('tr[data-round="soloB"] code').first()).toContainText(/:\d+$/);
      await expect(hint.locator('tr[data-round="joint"]')).toHaveCount(1);
      await expect(hint).toContainText(text[lang].matrix);
      await expect(hint.locator('a[href="#matrix"]')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('#mapping-hint').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    });

    test('an icecandidateerror in the joint round makes it indeterminate with the error in the evidence, never "same mapping"', async ({ page }) => {
      test.setTimeout(90_000);
      // Both servers answer; in the round that asks both at once, the browser
      // also reports a 701 for B (what Chromium does when a binding request
      // on the shared socket times out) — here dispatched on that connection.
      await page.addInitScript(() => {
        const Original = window.RTCPeerConnection;
        window.RTCPeerConnection = class extends Original {
          constructor(config?: RTCConfiguration) {
            super(config);
            const urls = config?.iceServers?.[0]?.urls;
            if (!Array.isArray(urls) || urls.length !== 2) return;
            const url = urls[1]!;
            this.addEventListener('icegatheringstatechange', () => {
              if (this.iceGatheringState !== 'gathering') return;
              this.dispatchEvent(new RTCPeerConnectionIceErrorEvent('icecandidateerror', { errorCode: 701, errorText: 'STUN binding request timed out.', url, address: '127.0.0.1', port: 9 }));
            });
          }
        };
      });
      await page.goto(`/${lang}/nat-types/`);
      const hint = page.locator('#mapping-hint');
      await hint.scrollIntoViewIfNeeded();
      await hydrate(hint);
      await hint.locator('#mapping-hint-a').fill(`stun:127.0.0.1:${stunPort}`);
      await hint.locator('#mapping-hint-b').fill(`stun:127.0.0.2:${stunPort}`);
      await hint.locator('button.run').click();
      await expect(hint).toHaveAttribute('data-verdict', 'indeterminate', { timeout: 30_000 });
      await expect(hint.locator('[role="status"]')).toContainText(text[lang].indeterminate);
      await expect(hint).toContainText(text[lang].jointError);
      await expect(hint.locator('tr[data-round="joint"][data-error="701"]')).toContainText(text[lang].errorRow);
      await expect(hint.locator('tr[data-round="joint"][data-error="701"]')).toContainText('127.0.0.2');
      await expect(hint.locator('tr[data-round="joint"]:not([data-error]) code').first()).toContainText(/:\d+$/);
    });

    test('one server unreachable: indeterminate, and the table shows which round had no srflx', async ({ page }) => {
      await page.goto(`/${lang}/nat-types/`);
      const hint = page.locator('#mapping-hint');
      await hint.scrollIntoViewIfNeeded();
      await hydrate(hint);
      await hint.locator('#mapping-hint-a').fill(`stun:127.0.0.1:${stunPort}`);
      await hint.locator('#mapping-hint-b').fill(`stun:127.0.0.2:${closedPort}`);
      await hint.locator('button.run').click();
      await expect(hint).toHaveAttribute('data-verdict', 'indeterminate', { timeout: 30_000 });
      await expect(hint.locator('[role="status"]')).toContainText(text[lang].indeterminate);
      await expect(hint).toContainText(text[lang].bSilent);
      await expect(hint.locator('tr[data-round="soloB"]')).toContainText('—');
    });
  });
}

test('the same literal IP twice is refused before anything is sent; keyboard only', async ({ page }) => {
  await page.goto('/en/nat-types/');
  const hint = page.locator('#mapping-hint');
  await hint.scrollIntoViewIfNeeded();
  await hydrate(hint);
  await hint.locator('#mapping-hint-a').focus();
  await page.keyboard.type(`stun:127.0.0.1:${stunPort}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`stun:127.0.0.1:${stunPort + 1}`);
  await page.keyboard.press('Tab');
  await expect(hint.locator('button.run')).toBeFocused();
  const created = await page.evaluate(() => {
    const w = window as unknown as { __pcs: number; RTCPeerConnection: typeof RTCPeerConnection };
    w.__pcs = 0;
    const Original = w.RTCPeerConnection;
    w.RTCPeerConnection = class extends Original {
      constructor(config?: RTCConfiguration) {
        super(config);
        w.__pcs += 1;
      }
    };
    return w.__pcs;
  });
  expect(created).toBe(0);
  await page.keyboard.press('Enter');
  await expect(hint.locator('[role="alert"]')).toContainText(text.en.refused);
  await expect(hint.locator('#mapping-hint-b')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => (window as unknown as { __pcs: number }).__pcs)).toBe(0);
  await hint.locator('#mapping-hint-b').fill('garbage <b>');
  await hint.locator('button.run').click();
  await expect(hint.locator('[role="alert"]')).toContainText('Server B');
  await expect(hint.locator('#mapping-hint-b')).toHaveValue('garbage <b>');
});
