// Widgets under test: CandidateInspector (src/components/inspector/CandidateInspector.svelte) with CandidateDetails.
/**
 * The candidate inspector on the anatomy article: a pasted line is
 * annotated field by field, each malformed line shows exactly which token
 * is wrong and why, several lines from an SDP are listed, and the text
 * travels in the URL so a link reopens the same breakdown. Both languages.
 */
import { test, expect, InspectorPage } from './fixtures.ts';
import { hydrate } from './hydrate.ts';

// Recorded from Debian Chromium 156 gathering against coturn on 127.0.0.1.
const SRFLX = 'candidate:3856507340 1 udp 1677729535 127.0.0.1 40376 typ srflx raddr 192.0.2.2 rport 40376 generation 0 ufrag xWhm network-cost 999';
const RELAY = 'candidate:1399482517 1 udp 50339839 127.0.0.1 40289 typ relay raddr 127.0.0.1 rport 52128 generation 0 ufrag Sf4F network-cost 999';


const invalidLines: { line: string; code: string; token: string; en: RegExp; ja: RegExp }[] = [
  { line: 'candidate:1 1 udp abc 192.0.2.1 9 typ host', code: 'bad-priority', token: 'abc', en: /priority/i, ja: /優先度/ },
  { line: 'candidate:1 1 sctp 2113937151 192.0.2.1 9 typ host', code: 'unknown-transport', token: 'sctp', en: /sctp/, ja: /sctp/ },
  { line: 'candidate:1 1 udp 2113937151 192.0.2.1 70000 typ host', code: 'port-out-of-range', token: '70000', en: /65535/, ja: /65535/ },
  { line: 'candidate:1 1 udp 2113937151 192.0.2.1 9 typ hots', code: 'unknown-candidate-type', token: 'hots', en: /hots/, ja: /hots/ },
  { line: 'candidate:1 1 udp 2113937151 192.0.2.1 9 type host', code: 'missing-typ', token: 'type', en: /typ/, ja: /typ/ },
  { line: 'candidate:1 1 udp 1677729535 203.0.113.7 9 typ srflx', code: 'missing-raddr', token: 'srflx', en: /raddr/, ja: /raddr/ },
  { line: 'candidate:1 1 udp 2113937151 192.0.2.999 9 typ host', code: 'bad-address', token: '192.0.2.999', en: /192\.0\.2\.999/, ja: /192\.0\.2\.999/ },
  { line: 'candidate:1 1 udp 2113937151 192.0.2.1 9 typ host tcptype passive', code: 'tcptype-on-udp', token: 'tcptype passive', en: /tcptype/, ja: /tcptype/ },
];

for (const lang of ['en', 'ja'] as const) {
  test.describe(`inspector (${lang})`, () => {
    test('a valid line is annotated: every field labelled and explained, priority decoded, type and raddr explained', async ({ page, inspector }) => {
      await inspector.open(lang);
      await inspector.paste(SRFLX);
      await expect(inspector.candidates()).toHaveCount(1);
      const details = inspector.candidates().first().locator('.candidate-details');
      await expect(details).toHaveAttribute('data-valid', 'true');
      // Every token of the line is numbered, and the table has a row per field.
      await expect(details.locator('.line .tok')).toHaveCount(12);
      for (const field of ['foundation', 'componentId', 'transport', 'priority', 'address', 'port', 'type', 'relatedAddress', 'relatedPort']) {
        await expect(details.locator(`tr[data-field="${field}"] td.meaning`)).not.toBeEmpty();
      }
      await expect(details.locator('tr[data-field="relatedAddress"] td.value')).toHaveText('192.0.2.2');
      await expect(details.locator('dd[data-part="type"]')).toContainText('100');
      await expect(details.locator('dd[data-part="local"]')).toContainText(String(Math.floor(1677729535 / 256) % 65536));
      await expect(details.locator('dd[data-part="component"]')).toHaveText('1');
      await expect(details.locator(`a[href="/${lang}/glossary/#server-reflexive-candidate"]`)).toBeVisible();
      await expect(details.locator(`a[href="/${lang}/glossary/#foundation"]`)).toBeVisible();
      await expect(details.locator(`a[href^="/${lang}/anatomy-of-a-candidate/#"]`).first()).toBeVisible();
      await expect(inspector.root.locator('.summary')).toContainText(lang === 'en' ? '1 valid' : '正しい行 1 件');
      expect(await inspector.axe()).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await inspector.axe()).toEqual([]);
    });

    test('each malformed line underlines its offending token and says why', async ({ inspector }) => {
      await inspector.open(lang);
      for (const { line, code, token, en, ja } of invalidLines) {
        await inspector.paste(line);
        const item = inspector.candidates().first();
        await expect(item).toHaveAttribute('data-valid', 'false');
        await expect(item.locator('.parse-error')).toHaveAttribute('data-code', code);
        await expect(item.locator('mark.bad-token')).toHaveText(token);
        await expect(item.locator('.parse-error')).toHaveText(lang === 'en' ? en : ja);
      }
      // A truncated line marks the place where the missing field belongs.
      await inspector.paste('candidate:1 1 udp 2113937151 192.0.2.1');
      await expect(inspector.candidates().first().locator('.parse-error')).toHaveAttribute('data-code', 'truncated');
      await expect(inspector.candidates().first().locator('mark.bad-token.missing')).toBeVisible();
      expect(await inspector.axe()).toEqual([]);
    });

    test('an SDP fragment lists each a=candidate line with its line number, valid or not', async ({ inspector }) => {
      await inspector.open(lang);
      await inspector.paste(['m=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'a=mid:0', `a=${SRFLX}`, `a=${RELAY}`, 'a=candidate:1 1 udp 1 192.0.2.1 9 typ hots'].join('\r\n'));
      await expect(inspector.candidates()).toHaveCount(3);
      await expect(inspector.candidates().nth(0).locator('.line-no')).toContainText('3');
      await expect(inspector.candidates().nth(1).locator('summary .ice-badge')).toHaveText('relay');
      await expect(inspector.candidates().nth(2)).toHaveAttribute('data-valid', 'false');
      await expect(inspector.root.locator('.summary')).toContainText(lang === 'en' ? '2 valid, 1 with an error' : '正しい行 2 件、エラーのある行 1 件');
    });

    test('typing writes nothing to the URL; a copied link carries the candidate with placeholders instead of addresses', async ({ page, context, inspector }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await inspector.open(lang);
      await inspector.paste(RELAY);
      expect(new URL(page.url()).hash).toBe('');
      await inspector.root.getByRole('button', { name: lang === 'en' ? 'Copy link to this breakdown' : 'この内訳へのリンクをコピー' }).click();
      await expect(inspector.root.locator('.notice')).toContainText(lang === 'en' ? 'placeholder' : 'プレースホルダー');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const carried = new URLSearchParams(new URL(link).hash.split('?')[1]).get('c') ?? '';
      // None of the pasted line's addresses travel; its type and priority do.
      for (const address of RELAY.match(/\d+\.\d+\.\d+\.\d+/g) ?? []) expect(carried).not.toContain(address);
      expect(carried).toContain('typ relay');
      const other = await context.newPage();
      const ins2 = new InspectorPage(other, lang);
      await other.goto(link);
      // The browser cannot scroll to `#inspector?c=…` by itself, and the island
      // hydrates only when visible; the reader (or the site script) scrolls to it.
      await ins2.root.scrollIntoViewIfNeeded();
      await hydrate(ins2.root);
      await expect(ins2.input).toHaveValue(carried);
      await expect(ins2.candidates().first().locator('summary .ice-badge')).toHaveText('relay');
      await expect(ins2.candidates().first().locator('dd[data-part="type"]')).toContainText('3');
    });
  });
}

test('the copy-link button copies a site example as it is (documentation addresses only)', async ({ page, context, inspector }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await inspector.open('en');
  await inspector.root.locator('button[data-example="broken"]').click();
  await inspector.root.getByRole('button', { name: 'Copy link to this breakdown' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash.startsWith('#inspector?c=')).toBe(true);
  expect(new URLSearchParams(new URL(link).hash.split('?')[1]).get('c')).toBe(await inspector.input.inputValue());
});

test('without JavaScript the example breakdown is readable and a note says what JavaScript adds', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto('/ja/anatomy-of-a-candidate/');
  const root = page.locator('#inspector');
  await expect(root.locator('.noscript-note')).toBeVisible();
  await expect(root.locator('.candidate-details tr[data-field="priority"]')).toBeVisible();
  await context.close();
});
