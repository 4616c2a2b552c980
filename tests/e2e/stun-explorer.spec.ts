// Widgets under test: StunExplorer (src/components/stun/StunExplorer.svelte) and its parts ByteGrid, FieldList, FieldDetails, XorSteps, IntegrityCheck, BuildResponse.
/**
 * The STUN explorer as a reader uses it: pick each example, paste hex
 * (good, bad, truncated, corrupted), follow field links and shared URLs,
 * hover and walk the bytes with the keyboard, check MESSAGE-INTEGRITY with
 * right and wrong passwords, build a response for an address — in English
 * and Japanese, with axe after interaction. What the page shows is compared
 * with what the codec says (src/lib/stun).
 */
import { test, expect, StunExplorerPage } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { STUN_SAMPLES, byteRegions, decodePacket, parseHex, sampleById, sampleTextParams, stunSampleText, toHex } from '../../src/lib/stun/index.ts';
import type { StunPacket } from '../../src/lib/stun/index.ts';
import { encodeStun, encodeChannelData } from '../../src/lib/stun/index.ts';
import { listFields } from '../../src/lib/stun/fieldList.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { hydrate } from './hydrate.ts';

const ARTICLE = 'stun-on-the-wire';
const ID = 'stun-explorer';


function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function decoded(bytes: Uint8Array): StunPacket {
  const result = decodePacket(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const samples = STUN_SAMPLES.map((s) => s.id);

for (const lang of ['en', 'ja'] as const) {
  test(`every example renders its bytes and the codec's fields (${lang})`, async ({ page, stunExplorer }) => {
    // Start from a pasted message, so that picking any example is a change.
    await stunExplorer.open(lang, `${ID}?hex=000100002112a442000000000000000000000000`);
    await expect(stunExplorer.sampleSelect).toHaveValue('');
    for (const id of samples) {
      const sample = sampleById(id)!;
      await stunExplorer.pick(id);
      await expect(stunExplorer.root.locator('.sample-description')).toHaveText(translator(lang, stunSampleText)(`sample.${sample.id}.description`, sampleTextParams));
      await expect(stunExplorer.cells).toHaveCount(sample.bytes.length);
      expect(await stunExplorer.cells.allTextContents()).toEqual(Array.from(sample.bytes, (b) => b.toString(16).padStart(2, '0')));
      const regions = byteRegions(decoded(sample.bytes), lang);
      expect(await stunExplorer.fieldLinks.allTextContents(), id).toEqual(regions.map((r) => r.label));
      // The first byte of each field after the first is marked as a field start.
      expect(await stunExplorer.cellsWith('s'), id).toEqual(regions.slice(1).map((r) => r.start));
      await expect(page).toHaveURL(new RegExp(`#${ID}\\?sample=${id}$`));
    }
  });
}

test('the field list shows the decoded values in the page language', async ({ stunExplorer }) => {
  await stunExplorer.open('ja', `${ID}?sample=turn-allocate-success`);
  const { groups } = listFields(decoded(sampleById('turn-allocate-success')!.bytes), 'ja');
  for (const field of groups.flatMap((g) => g.fields)) {
    await expect(stunExplorer.field(field.region.fieldId).locator('.value')).toHaveText(field.value);
  }
  await expect(stunExplorer.field('attr-3-lifetime-value').locator('.value')).toHaveText('600 秒');
  await expect(stunExplorer.root.locator('.group-title').first()).toContainText('STUN ヘッダー');
});

test('pasting text that is not hex shows the error at the offending character', async ({ stunExplorer }) => {
  await stunExplorer.open('en');
  const text = '00 01 00 00\n21 12 a4 42\nb7 e7 zz 01';
  await stunExplorer.paste(text);
  const error = stunExplorer.root.locator(`#${ID}-hex-error`);
  await expect(error).toContainText('Line 3, column 7:');
  await expect(error).toContainText('"z"');
  await expect(error.locator('mark')).toHaveText('z');
  await expect(stunExplorer.hex).toHaveAttribute('aria-invalid', 'true');
  await expect(stunExplorer.cells).toHaveCount(0);
  await error.getByRole('button', { name: 'Select it in the text' }).click();
  const selection = await stunExplorer.hex.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
  expect(selection).toEqual([text.indexOf('z'), text.indexOf('z') + 1, true]);
  // A lone digit is an odd count.
  await stunExplorer.paste('00 01 0');
  await expect(error).toContainText('Line 1, column 7:');
  await expect(error).toContainText('has no partner');
});

test('pasting a truncated message points at the length field and the missing bytes', async ({ stunExplorer }) => {
  await stunExplorer.open('en');
  const bytes = sampleById('binding-success-ipv4')!.bytes;
  // Cut the FINGERPRINT off: the header's length no longer matches.
  await stunExplorer.paste(toHex(bytes.subarray(0, bytes.length - 8)));
  const error = stunExplorer.root.locator(`#${ID}-decode-error`);
  await expect(error).toContainText('Byte 2:');
  await expect(error).toContainText('the message is cut short');
  expect(await stunExplorer.cellsWith('bad')).toEqual([2]);
  await error.getByRole('button', { name: 'Go to byte 2' }).click();
  await expect(stunExplorer.cell(2)).toBeFocused();
  await expect(stunExplorer.announcer).toHaveText(/^Byte 2, 00: the problem is here\.$/);
  // Fewer than 20 bytes: the first missing byte is drawn and pointed at.
  await stunExplorer.paste(toHex(bytes.subarray(0, 12)));
  await expect(error).toContainText('Byte 12:');
  await expect(stunExplorer.cells).toHaveCount(13);
  expect(await stunExplorer.cellsWith('missing')).toEqual([12]);
  await error.getByRole('button', { name: 'Go to byte 12' }).click();
  await expect(stunExplorer.announcer).toContainText('Byte 12 is missing');
});

test('pasting a corrupted message points at the offending byte', async ({ stunExplorer }) => {
  await stunExplorer.open('ja');
  const bytes = sampleById('binding-request')!.bytes.slice();
  bytes[5] = 0x13; // the magic cookie
  await stunExplorer.paste(toHex(bytes));
  const error = stunExplorer.root.locator(`#${ID}-decode-error`);
  await expect(error).toContainText('4 バイト目:');
  await expect(error).toContainText('マジッククッキー');
  expect(await stunExplorer.cellsWith('bad')).toEqual([4]);
  // An attribute that claims more bytes than the message holds.
  const software = sampleById('binding-success-ipv4')!.bytes.slice();
  software[23] = 0x40; // SOFTWARE length 30 → 64
  await stunExplorer.paste(toHex(software));
  await expect(error).toContainText('22 バイト目:');
  expect(await stunExplorer.cellsWith('bad')).toEqual([22]);
});

test('a non-zero padding decodes with a note that points at its byte', async ({ stunExplorer }) => {
  await stunExplorer.open('en');
  // RFC 5769 §2.1 pads USERNAME with spaces; paste it as Wireshark's hex stream.
  const rfc = parseHex((await import('../../src/lib/stun/index.ts')).RFC5769_VECTORS[0]!.hex);
  expect(rfc.ok).toBe(true);
  await stunExplorer.paste(toHex(rfc.ok ? rfc.value : new Uint8Array(0), { separator: '' }));
  const note = decoded(rfc.ok ? rfc.value : new Uint8Array(0)).kind === 'stun' ? (decoded(rfc.ok ? rfc.value : new Uint8Array(0)) as Extract<StunPacket, { kind: 'stun' }>).notes[0] : undefined;
  expect(note?.code).toBe('padding-not-zero');
  await expect(stunExplorer.root.locator('.notes')).toContainText('The padding after USERNAME is not zero');
  await stunExplorer.root.locator('.notes').getByRole('button', { name: `Go to byte ${note?.offset}` }).click();
  await expect(stunExplorer.cell(note?.offset ?? -1)).toBeFocused();
  await expect(stunExplorer.cell(note?.offset ?? -1)).toHaveClass(/\bpad\b/);
});

test('every accepted hex form decodes to the same message', async ({ stunExplorer }) => {
  await stunExplorer.open('en');
  const bytes = sampleById('binding-success-ipv4')!.bytes;
  const dump = Array.from({ length: Math.ceil(bytes.length / 16) }, (_, row) => {
    const chunk = bytes.subarray(row * 16, row * 16 + 16);
    return `${(row * 16).toString(16).padStart(4, '0')}   ${toHex(chunk)}   ${'.'.repeat(chunk.length)}`;
  }).join('\n');
  const forms = [
    toHex(bytes, { separator: '' }),
    toHex(bytes, { separator: ':' }),
    toHex(bytes, { prefix: '0x', separator: ', ' }),
    toHex(bytes, { bytesPerLine: 4, uppercase: true }),
    dump,
  ];
  for (const form of forms) {
    await stunExplorer.paste(form);
    await expect(stunExplorer.root.locator(`#${ID}-summary`)).toHaveText('Binding success response · 76 bytes · 3 attributes');
    await expect(stunExplorer.cells).toHaveCount(bytes.length);
  }
});

test('following a field link highlights its bytes, and the URL reopens the same message at the same field', async ({ page, browser, baseURL, stunExplorer }) => {
  await stunExplorer.open('en');
  const bytes = sampleById('binding-success-ipv6')!.bytes.slice();
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff; // a pasted message, not an example (FINGERPRINT now wrong)
  await stunExplorer.paste(toHex(bytes, { bytesPerLine: 8 }));
  const regions = byteRegions(decoded(bytes), 'en');
  const port = regions.find((r) => r.fieldId === 'attr-2-xor-mapped-address-port')!;
  await stunExplorer.field(port.fieldId).getByRole('link').click();
  expect(await stunExplorer.cellsWith('sel')).toEqual(range(port.start, port.end));
  await expect(stunExplorer.field(port.fieldId).getByRole('link')).toHaveAttribute('aria-current', 'true');
  await expect(stunExplorer.details).toContainText('X-Port');
  const hash = `#${ID}?hex=${toHex(bytes, { separator: '' })}&field=${port.fieldId}`;
  await expect.poll(() => new URL(page.url()).hash).toBe(hash);
  const url = page.url();

  // A teammate opens the link: same bytes, same field, scrolled into view.
  const other = await browser.newPage({ baseURL: baseURL! });
  await other.goto(url.replace(/^https?:\/\/[^/]+/, ''));
  const theirs = new StunExplorerPage(other, 'en');
  await expect(theirs.root).toBeInViewport();
  await hydrate(theirs.root);
  expect(await theirs.cells.allTextContents()).toEqual(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')));
  expect(await theirs.cellsWith('sel')).toEqual(range(port.start, port.end));
  await expect(theirs.details).toContainText('X-Port');
  await expect(theirs.details).toContainText('61034');
  await other.close();
});

test('a plain field anchor selects that field of the example', async ({ page, stunExplorer }) => {
  await stunExplorer.open('en', `${ID}?sample=binding-request`);
  await page.goto(`/en/${ARTICLE}/#${ID}-header-magic-cookie`);
  await hydrate(stunExplorer.root);
  expect(await stunExplorer.cellsWith('sel')).toEqual([4, 5, 6, 7]);
  await expect(stunExplorer.details).toContainText('0x2112A442');
});

test('copying a link puts the message and the selected field on the clipboard', async ({ page, context, stunExplorer }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await stunExplorer.open('en', `${ID}?sample=turn-channel-bind`);
  await stunExplorer.field('attr-1-channel-number-channel').getByRole('link').click();
  await stunExplorer.root.getByRole('button', { name: 'Copy a link to this message' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).hash).toBe(`#${ID}?sample=turn-channel-bind&field=attr-1-channel-number-channel`);
  await expect(stunExplorer.announcer).toHaveText('Link copied: it opens this message at the selected field.');
});

for (const lang of ['en', 'ja'] as const) {
  test(`hovering a byte or a field explains it and highlights the other (${lang})`, async ({ stunExplorer }) => {
    await stunExplorer.open(lang, `${ID}?sample=binding-success-ipv4`);
    const regions = byteRegions(decoded(sampleById('binding-success-ipv4')!.bytes), lang);
    const cookie = regions.find((r) => r.fieldId === 'header-magic-cookie')!;
    await stunExplorer.cell(5).hover();
    await expect(stunExplorer.details).toContainText(cookie.label);
    await expect(stunExplorer.details).toContainText(lang === 'en' ? 'The fixed value 0x2112A442' : '0x2112A442');
    expect(await stunExplorer.cellsWith('on')).toEqual(range(cookie.start, cookie.end));
    await expect(stunExplorer.field(cookie.fieldId)).toHaveClass(/\bon\b/);
    // …and the other way round.
    const xor = regions.find((r) => r.fieldId === 'attr-2-xor-mapped-address-address')!;
    await stunExplorer.field(xor.fieldId).hover();
    expect(await stunExplorer.cellsWith('on')).toEqual(range(xor.start, xor.end));
    await expect(stunExplorer.details).toContainText('198.51.100.23');
    await expect(stunExplorer.details.locator('a.rfc').first()).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc8489.html#section-14.2');
  });

  test(`the grid is one tab stop and walks byte by byte from the keyboard (${lang})`, async ({ page, stunExplorer }) => {
    await stunExplorer.open(lang, `${ID}?sample=binding-success-ipv4`);
    const regions = byteRegions(decoded(sampleById('binding-success-ipv4')!.bytes), lang);
    const per = 8;
    await stunExplorer.sampleSelect.focus();
    // Sample select → hex box → (its buttons, if any) → bytes-per-row → grid.
    await stunExplorer.root.locator(`#${ID}-per-row`).focus();
    await page.keyboard.press('Tab');
    await expect(stunExplorer.cell(0)).toBeFocused();
    await expect(stunExplorer.announcer).toContainText(regions[0]!.label);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(stunExplorer.cell(2)).toBeFocused();
    await expect(stunExplorer.announcer).toContainText(regions[1]!.label);
    await expect(stunExplorer.details).toContainText(regions[1]!.label);
    await page.keyboard.press('ArrowDown');
    await expect(stunExplorer.cell(2 + per)).toBeFocused();
    await page.keyboard.press('End');
    await expect(stunExplorer.cell(2 * per - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(stunExplorer.cell(per)).toBeFocused();
    await page.keyboard.press('Control+End');
    await expect(stunExplorer.cell(75)).toBeFocused();
    await page.keyboard.press('PageUp');
    const fingerprint = regions.at(-1)!;
    await expect(stunExplorer.cell(fingerprint.start)).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(stunExplorer.cell(0)).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(stunExplorer.cell(regions[1]!.start)).toBeFocused();
    // Enter selects the field and records it.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`field=${regions[1]!.fieldId}$`));
    // Only one cell is in the tab order, and Tab leaves the grid.
    expect(await stunExplorer.root.locator('[role="gridcell"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('gridcell');
    await page.keyboard.press('Shift+Tab');
    await expect(stunExplorer.cell(regions[1]!.start)).toBeFocused();
  });
}

test.describe('MESSAGE-INTEGRITY', () => {
  test('a short-term (ICE) check passes with the right password and fails with a wrong one', async ({ page, stunExplorer }) => {
    await stunExplorer.open('en', `${ID}?sample=ice-connectivity-check`);
    const credentials = sampleById('ice-connectivity-check')!.credentials!;
    expect(credentials.mechanism).toBe('short-term');
    const password = credentials.mechanism === 'short-term' ? credentials.password : '';
    const results = stunExplorer.root.locator(`#${ID}-integrity-results`);
    await expect(stunExplorer.root.getByRole('radio', { name: /^Short-term/ })).toBeChecked();
    await stunExplorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(stunExplorer.root.getByText('Type the password first.')).toBeVisible();
    await stunExplorer.root.getByLabel('Password', { exact: true }).fill(`${password}x`);
    await stunExplorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('invalid');
    await expect(results).toContainText('does not match');
    await expect(results.locator('.verdict')).toHaveText('A check failed.');
    await stunExplorer.root.getByLabel('Password', { exact: true }).fill(password);
    await stunExplorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('valid');
    await expect(results.locator('[data-check="FINGERPRINT"] .badge')).toHaveText('valid');
    await expect(results.locator('.verdict')).toHaveText('Every check passed.');
    await expect(stunExplorer.announcer).toHaveText('Every check passed.');
    // The password is not in the URL.
    expect(page.url()).not.toContain(password);
    await results.locator('[data-check="MESSAGE-INTEGRITY"]').getByRole('button').click();
    expect((await stunExplorer.cellsWith('sel')).length).toBe(20);
    await stunExplorer.axe();
  });

  test('a long-term (TURN) check passes with the right password and fails with a wrong one', async ({ stunExplorer }) => {
    await stunExplorer.open('ja', `${ID}?sample=turn-allocate-authenticated`);
    const credentials = sampleById('turn-allocate-authenticated')!.credentials!;
    if (credentials.mechanism !== 'long-term') throw new Error('expected long-term credentials');
    const results = stunExplorer.root.locator(`#${ID}-integrity-results`);
    await expect(stunExplorer.root.getByRole('radio', { name: /^長期/ })).toBeChecked();
    // Username and realm come from the message itself.
    await expect(stunExplorer.root.getByLabel('ユーザー名')).toHaveValue(credentials.username);
    await expect(stunExplorer.root.getByLabel('レルム')).toHaveValue(credentials.realm);
    await stunExplorer.root.getByLabel('パスワード', { exact: true }).fill('not-the-password');
    await stunExplorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('不一致');
    await stunExplorer.root.getByLabel('パスワード', { exact: true }).fill(credentials.password);
    await stunExplorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('一致');
    await expect(results.locator('.key code')).toHaveText(/^[0-9a-f]{32}$/);
    // A wrong realm gives another key, so the check fails again.
    await stunExplorer.root.getByLabel('レルム').fill('example.com');
    await stunExplorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('不一致');
    await stunExplorer.axe();
    // A TURN response carries no REALM, but is still signed with the long-term key.
    await stunExplorer.pick('turn-allocate-success');
    await expect(stunExplorer.root.getByRole('radio', { name: /^長期/ })).toBeChecked();
    await stunExplorer.root.getByLabel('ユーザー名').fill(credentials.username);
    await stunExplorer.root.getByLabel('レルム').fill(credentials.realm);
    await stunExplorer.root.getByLabel('パスワード', { exact: true }).fill(credentials.password);
    await stunExplorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('一致');
  });

  test('the example’s credentials can be filled in with one button', async ({ stunExplorer }) => {
    await stunExplorer.open('en', `${ID}?sample=turn-channel-bind`);
    await stunExplorer.root.getByRole('button', { name: 'Fill in the example’s credentials' }).click();
    await stunExplorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(stunExplorer.root.locator(`#${ID}-integrity-results .verdict`)).toHaveText('Every check passed.');
  });
});

test.describe('build a response for my address', () => {
  test('an IPv4 address gives a decodable Binding success response that answers the request on show', async ({ page, stunExplorer }) => {
    await stunExplorer.open('en', `${ID}?sample=binding-request`);
    const request = sampleById('binding-request')!;
    await stunExplorer.root.getByLabel('IP address').fill('203.0.113.5');
    await stunExplorer.root.getByLabel('Port').fill('50342');
    await stunExplorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(stunExplorer.root.locator(`#${ID}-build-done`)).toContainText('Built a Binding success response for 203.0.113.5 port 50342');
    await expect(stunExplorer.root.locator(`#${ID}-build-done`)).toContainText('same transaction ID');
    const packet = await stunExplorer.decodedText();
    expect(packet.kind).toBe('stun');
    if (packet.kind !== 'stun') return;
    expect(packet.header.methodName).toBe('Binding');
    expect(packet.header.messageClass).toBe('success-response');
    expect(toHex(packet.header.transactionId.value)).toBe(toHex(request.bytes.subarray(8, 20)));
    const xor = packet.attributes.find((a) => a.name === 'XOR-MAPPED-ADDRESS')?.decoded;
    expect(xor?.kind === 'xor-address' && [xor.address.value, xor.port.value]).toEqual(['203.0.113.5', 50342]);
    await expect(stunExplorer.field('attr-1-xor-mapped-address-address').locator('.value')).toContainText('203.0.113.5');
    await expect(stunExplorer.root.locator('[data-check="FINGERPRINT"] .badge')).toHaveText('valid');
    await expect(stunExplorer.announcer).toContainText('was not sent anywhere');
    // The reader's address stays out of the URL.
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${ID}`);
    await expect(stunExplorer.root.getByRole('button', { name: 'Copy a link to this message' })).toHaveCount(0);
    await stunExplorer.axe();
  });

  test('an IPv6 address with its port in brackets gives a decodable response', async ({ stunExplorer }) => {
    await stunExplorer.open('ja', `${ID}?sample=turn-channel-data`);
    await stunExplorer.root.getByLabel('IP アドレス').fill('[2001:DB8:0::5]:61034');
    await stunExplorer.root.getByRole('button', { name: 'レスポンスを組み立てる' }).click();
    await expect(stunExplorer.root.locator(`#${ID}-build-done`)).toContainText('2001:db8::5 のポート 61034');
    const packet = await stunExplorer.decodedText();
    const xor = packet.kind === 'stun' ? packet.attributes.find((a) => a.name === 'XOR-MAPPED-ADDRESS')?.decoded : undefined;
    expect(xor?.kind === 'xor-address' && [xor.family.value, xor.address.value, xor.port.value]).toEqual(['IPv6', '2001:db8::5', 61034]);
    // The XOR steps show the transaction ID as part of the key.
    await expect(stunExplorer.root.locator('.xor').first()).toContainText('トランザクション ID');
  });

  test('a malformed address is refused next to the input', async ({ stunExplorer }) => {
    await stunExplorer.open('en', `${ID}?sample=binding-request`);
    const address = stunExplorer.root.getByLabel('IP address');
    await address.fill('203.0.113.300');
    await stunExplorer.root.getByLabel('Port').fill('50342');
    await stunExplorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(stunExplorer.root.locator(`#${ID}-build-error`)).toHaveText(/^203\.0\.113\.300 is not an IPv4 address/);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    // The message on show is unchanged.
    await expect(stunExplorer.sampleSelect).toHaveValue('binding-request');
    await address.fill('stun.example.org');
    await stunExplorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(stunExplorer.root.locator(`#${ID}-build-error`)).toContainText('is a name, not an IP address');
    await address.fill('203.0.113.5');
    await stunExplorer.root.getByLabel('Port').fill('70000');
    await stunExplorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(stunExplorer.root.locator(`#${ID}-build-error`)).toContainText('Port 70000 is outside 1–65535');
    await expect(stunExplorer.root.getByLabel('Port')).toHaveAttribute('aria-invalid', 'true');
    await stunExplorer.axe();
  });

  test('a server-reflexive candidate announced on the page can be used', async ({ page, stunExplorer }) => {
    await stunExplorer.open('en');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('ice-field-guide:srflx', { detail: { address: '198.51.100.77', port: 40000 } })));
    await stunExplorer.root.getByRole('button', { name: 'Use my server-reflexive candidate (198.51.100.77 port 40000)' }).click();
    await expect(stunExplorer.root.getByLabel('IP address')).toHaveValue('198.51.100.77');
    await stunExplorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(stunExplorer.field('attr-1-xor-mapped-address-address').locator('.value')).toContainText('198.51.100.77');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('ice-field-guide:srflx', { detail: null })));
    await expect(stunExplorer.root.getByRole('button', { name: /Use my server-reflexive candidate/ })).toHaveCount(0);
  });
});

test('a 1,500-byte message renders every byte and stays operable', async ({ stunExplorer }) => {
  await stunExplorer.open('en');
  const data = Uint8Array.from({ length: 1456 }, (_, i) => (i * 7) & 0xff);
  const message = encodeStun({
    messageClass: 'indication',
    method: 'Data',
    transactionId: new Uint8Array(12).fill(7),
    attributes: [{ type: 'XOR-PEER-ADDRESS', address: '192.0.2.150', port: 61234 }, { type: 'DATA', data }, { type: 'FINGERPRINT' }],
  });
  expect(message.ok && message.value.length).toBe(1500);
  await stunExplorer.paste(toHex(message.ok ? message.value : new Uint8Array(0), { bytesPerLine: 16 }));
  await expect(stunExplorer.cells).toHaveCount(1500);
  await stunExplorer.cell(700).hover();
  expect((await stunExplorer.cellsWith('on')).length).toBe(1456);
  await stunExplorer.cell(1499).click();
  await expect(stunExplorer.announcer).toContainText('FINGERPRINT');
  const channelData = encodeChannelData({ channelNumber: 0x4001, data: Uint8Array.from({ length: 1496 }, (_, i) => i & 0xff) });
  await stunExplorer.paste(toHex(channelData.ok ? channelData.value : new Uint8Array(0), { separator: '' }));
  await expect(stunExplorer.cells).toHaveCount(1500);
  await expect(stunExplorer.root.locator(`#${ID}-summary`)).toHaveText('ChannelData on channel 0x4001 · 1500 bytes');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the explorer has no axe violations after interaction (${colorScheme})`, async ({ page, stunExplorer }) => {
    await page.emulateMedia({ colorScheme });
    for (const lang of ['en', 'ja'] as const) {
      await stunExplorer.open(lang, `${ID}?sample=turn-allocate-success&field=attr-2-xor-mapped-address-port`);
      await stunExplorer.cell(30).hover();
      await stunExplorer.cell(3).focus();
      await stunExplorer.axe();
      await stunExplorer.paste('00 01 00 00 21 12 a4 42 zz');
      await stunExplorer.axe();
      await stunExplorer.paste('00 01 00 08 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00');
      await stunExplorer.axe();
    }
  });
}

for (const slug of [ARTICLE, 'turn-relay']) {
  test(`${slug} has the same heading ids in English and Japanese and embeds the explorer`, async ({ page }) => {
    const ids = async (lang: Lang) => {
      await page.goto(`/${lang}/${slug}/`);
      await expect(page.locator(`#${ID}`)).toHaveCount(1);
      return page.locator('.prose :is(h2,h3,h4)').evaluateAll((hs) => hs.map((h) => h.id));
    };
    const en = await ids('en');
    expect(en.length).toBeGreaterThan(10);
    expect(await ids('ja')).toEqual(en);
  });
}
