// Widgets under test: StunExplorer (src/components/stun/StunExplorer.svelte) and its parts ByteGrid, FieldList, FieldDetails, XorSteps, IntegrityCheck, BuildResponse.
/**
 * The STUN explorer as a reader uses it: pick each example, paste hex
 * (good, bad, truncated, corrupted), follow field links and shared URLs,
 * hover and walk the bytes with the keyboard, check MESSAGE-INTEGRITY with
 * right and wrong passwords, build a response for an address — in English
 * and Japanese, with axe after interaction. What the page shows is compared
 * with what the codec says (src/lib/stun).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type Lang } from './fixtures.ts';
import { STUN_SAMPLES, byteRegions, decodePacket, parseHex, sampleById, toHex } from '../../src/lib/stun/index.ts';
import type { StunPacket } from '../../src/lib/stun/index.ts';
import { encodeStun, encodeChannelData } from '../../src/lib/stun/index.ts';
import { listFields } from '../../src/lib/stun/fieldList.ts';

const ARTICLE = 'stun-on-the-wire';
const ID = 'stun-explorer';

/** The explorer on the STUN article, driven like a reader would. */
class ExplorerPage {
  readonly page: Page;
  readonly lang: Lang;
  readonly root: Locator;

  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
    this.root = page.locator(`#${ID}`);
  }

  /** Opens the article, optionally with a fragment, and waits for the explorer to hydrate. */
  async open(fragment = ''): Promise<void> {
    await this.page.goto(`/${this.lang}/${ARTICLE}/${fragment ? `#${fragment}` : ''}`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  get sampleSelect(): Locator {
    return this.root.locator(`#${ID}-sample`);
  }

  get hex(): Locator {
    return this.root.locator(`#${ID}-hex`);
  }

  get cells(): Locator {
    return this.root.locator('[role="gridcell"]');
  }

  cell(i: number): Locator {
    return this.root.locator(`[role="gridcell"][data-i="${i}"]`);
  }

  get fieldLinks(): Locator {
    return this.root.locator('.field-list li[data-r] > a');
  }

  field(fieldId: string): Locator {
    return this.root.locator(`#${ID}-${fieldId}`);
  }

  get details(): Locator {
    return this.root.locator(`#${ID}-details`);
  }

  get announcer(): Locator {
    return this.root.locator(`#${ID}-announce`);
  }

  async pick(sampleId: string): Promise<void> {
    await this.sampleSelect.selectOption(sampleId);
  }

  async paste(text: string): Promise<void> {
    await this.hex.fill(text);
  }

  /** Indexes of the cells that carry a class. */
  async cellsWith(cls: string): Promise<number[]> {
    return this.root.locator(`[role="gridcell"].${cls}`).evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.i)));
  }

  /** The message now in the hex box, decoded by the codec. */
  async decodedText(): Promise<StunPacket> {
    const bytes = parseHex(await this.hex.inputValue());
    expect(bytes.ok).toBe(true);
    const packet = decodePacket(bytes.ok ? bytes.value : new Uint8Array(0));
    expect(packet.ok).toBe(true);
    return (packet as { ok: true; value: StunPacket }).value;
  }

  async axe(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .include(`#${ID}`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  }
}

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
  test(`every example renders its bytes and the codec's fields (${lang})`, async ({ page }) => {
    const explorer = new ExplorerPage(page, lang);
    // Start from a pasted message, so that picking any example is a change.
    await explorer.open(`${ID}?hex=000100002112a442000000000000000000000000`);
    await expect(explorer.sampleSelect).toHaveValue('');
    for (const id of samples) {
      const sample = sampleById(id)!;
      await explorer.pick(id);
      await expect(explorer.root.locator('.sample-description')).toHaveText(sample.description[lang]);
      await expect(explorer.cells).toHaveCount(sample.bytes.length);
      expect(await explorer.cells.allTextContents()).toEqual(Array.from(sample.bytes, (b) => b.toString(16).padStart(2, '0')));
      const regions = byteRegions(decoded(sample.bytes), lang);
      expect(await explorer.fieldLinks.allTextContents(), id).toEqual(regions.map((r) => r.label));
      // The first byte of each field after the first is marked as a field start.
      expect(await explorer.cellsWith('s'), id).toEqual(regions.slice(1).map((r) => r.start));
      await expect(page).toHaveURL(new RegExp(`#${ID}\\?sample=${id}$`));
    }
  });
}

test('the field list shows the decoded values in the page language', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'ja');
  await explorer.open(`${ID}?sample=turn-allocate-success`);
  const { groups } = listFields(decoded(sampleById('turn-allocate-success')!.bytes), 'ja');
  for (const field of groups.flatMap((g) => g.fields)) {
    await expect(explorer.field(field.region.fieldId).locator('.value')).toHaveText(field.value);
  }
  await expect(explorer.field('attr-3-lifetime-value').locator('.value')).toHaveText('600 秒');
  await expect(explorer.root.locator('.group-title').first()).toContainText('STUN ヘッダー');
});

test('pasting text that is not hex shows the error at the offending character', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
  const text = '00 01 00 00\n21 12 a4 42\nb7 e7 zz 01';
  await explorer.paste(text);
  const error = explorer.root.locator(`#${ID}-hex-error`);
  await expect(error).toContainText('Line 3, column 7:');
  await expect(error).toContainText('"z"');
  await expect(error.locator('mark')).toHaveText('z');
  await expect(explorer.hex).toHaveAttribute('aria-invalid', 'true');
  await expect(explorer.cells).toHaveCount(0);
  await error.getByRole('button', { name: 'Select it in the text' }).click();
  const selection = await explorer.hex.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
  expect(selection).toEqual([text.indexOf('z'), text.indexOf('z') + 1, true]);
  // A lone digit is an odd count.
  await explorer.paste('00 01 0');
  await expect(error).toContainText('Line 1, column 7:');
  await expect(error).toContainText('has no partner');
});

test('pasting a truncated message points at the length field and the missing bytes', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
  const bytes = sampleById('binding-success-ipv4')!.bytes;
  // Cut the FINGERPRINT off: the header's length no longer matches.
  await explorer.paste(toHex(bytes.subarray(0, bytes.length - 8)));
  const error = explorer.root.locator(`#${ID}-decode-error`);
  await expect(error).toContainText('Byte 2:');
  await expect(error).toContainText('the message is cut short');
  expect(await explorer.cellsWith('bad')).toEqual([2]);
  await error.getByRole('button', { name: 'Go to byte 2' }).click();
  await expect(explorer.cell(2)).toBeFocused();
  await expect(explorer.announcer).toHaveText(/^Byte 2, 00: the problem is here\.$/);
  // Fewer than 20 bytes: the first missing byte is drawn and pointed at.
  await explorer.paste(toHex(bytes.subarray(0, 12)));
  await expect(error).toContainText('Byte 12:');
  await expect(explorer.cells).toHaveCount(13);
  expect(await explorer.cellsWith('missing')).toEqual([12]);
  await error.getByRole('button', { name: 'Go to byte 12' }).click();
  await expect(explorer.announcer).toContainText('Byte 12 is missing');
});

test('pasting a corrupted message points at the offending byte', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'ja');
  await explorer.open();
  const bytes = sampleById('binding-request')!.bytes.slice();
  bytes[5] = 0x13; // the magic cookie
  await explorer.paste(toHex(bytes));
  const error = explorer.root.locator(`#${ID}-decode-error`);
  await expect(error).toContainText('4 バイト目:');
  await expect(error).toContainText('マジッククッキー');
  expect(await explorer.cellsWith('bad')).toEqual([4]);
  // An attribute that claims more bytes than the message holds.
  const software = sampleById('binding-success-ipv4')!.bytes.slice();
  software[23] = 0x40; // SOFTWARE length 30 → 64
  await explorer.paste(toHex(software));
  await expect(error).toContainText('22 バイト目:');
  expect(await explorer.cellsWith('bad')).toEqual([22]);
});

test('a non-zero padding decodes with a note that points at its byte', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
  // RFC 5769 §2.1 pads USERNAME with spaces; paste it as Wireshark's hex stream.
  const rfc = parseHex((await import('../../src/lib/stun/index.ts')).RFC5769_VECTORS[0]!.hex);
  expect(rfc.ok).toBe(true);
  await explorer.paste(toHex(rfc.ok ? rfc.value : new Uint8Array(0), { separator: '' }));
  const note = decoded(rfc.ok ? rfc.value : new Uint8Array(0)).kind === 'stun' ? (decoded(rfc.ok ? rfc.value : new Uint8Array(0)) as Extract<StunPacket, { kind: 'stun' }>).notes[0] : undefined;
  expect(note?.code).toBe('padding-not-zero');
  await expect(explorer.root.locator('.notes')).toContainText('The padding after USERNAME is not zero');
  await explorer.root.locator('.notes').getByRole('button', { name: `Go to byte ${note?.offset}` }).click();
  await expect(explorer.cell(note?.offset ?? -1)).toBeFocused();
  await expect(explorer.cell(note?.offset ?? -1)).toHaveClass(/\bpad\b/);
});

test('every accepted hex form decodes to the same message', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
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
    await explorer.paste(form);
    await expect(explorer.root.locator(`#${ID}-summary`)).toHaveText('Binding success response · 76 bytes · 3 attributes');
    await expect(explorer.cells).toHaveCount(bytes.length);
  }
});

test('following a field link highlights its bytes, and the URL reopens the same message at the same field', async ({ page, browser, baseURL }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
  const bytes = sampleById('binding-success-ipv6')!.bytes.slice();
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff; // a pasted message, not an example (FINGERPRINT now wrong)
  await explorer.paste(toHex(bytes, { bytesPerLine: 8 }));
  const regions = byteRegions(decoded(bytes), 'en');
  const port = regions.find((r) => r.fieldId === 'attr-2-xor-mapped-address-port')!;
  await explorer.field(port.fieldId).getByRole('link').click();
  expect(await explorer.cellsWith('sel')).toEqual(range(port.start, port.end));
  await expect(explorer.field(port.fieldId).getByRole('link')).toHaveAttribute('aria-current', 'true');
  await expect(explorer.details).toContainText('X-Port');
  const hash = `#${ID}?hex=${toHex(bytes, { separator: '' })}&field=${port.fieldId}`;
  await expect.poll(() => new URL(page.url()).hash).toBe(hash);
  const url = page.url();

  // A teammate opens the link: same bytes, same field, scrolled into view.
  const other = await browser.newPage({ baseURL: baseURL! });
  await other.goto(url.replace(/^https?:\/\/[^/]+/, ''));
  const theirs = new ExplorerPage(other, 'en');
  await expect(theirs.root).toBeInViewport();
  await expect(theirs.root).toHaveAttribute('data-ready', 'true');
  expect(await theirs.cells.allTextContents()).toEqual(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')));
  expect(await theirs.cellsWith('sel')).toEqual(range(port.start, port.end));
  await expect(theirs.details).toContainText('X-Port');
  await expect(theirs.details).toContainText('61034');
  await other.close();
});

test('a plain field anchor selects that field of the example', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open(`${ID}?sample=binding-request`);
  await page.goto(`/en/${ARTICLE}/#${ID}-header-magic-cookie`);
  await expect(explorer.root).toHaveAttribute('data-ready', 'true');
  expect(await explorer.cellsWith('sel')).toEqual([4, 5, 6, 7]);
  await expect(explorer.details).toContainText('0x2112A442');
});

test('copying a link puts the message and the selected field on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open(`${ID}?sample=turn-channel-bind`);
  await explorer.field('attr-1-channel-number-channel').getByRole('link').click();
  await explorer.root.getByRole('button', { name: 'Copy a link to this message' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).hash).toBe(`#${ID}?sample=turn-channel-bind&field=attr-1-channel-number-channel`);
  await expect(explorer.announcer).toHaveText('Link copied: it opens this message at the selected field.');
});

for (const lang of ['en', 'ja'] as const) {
  test(`hovering a byte or a field explains it and highlights the other (${lang})`, async ({ page }) => {
    const explorer = new ExplorerPage(page, lang);
    await explorer.open(`${ID}?sample=binding-success-ipv4`);
    const regions = byteRegions(decoded(sampleById('binding-success-ipv4')!.bytes), lang);
    const cookie = regions.find((r) => r.fieldId === 'header-magic-cookie')!;
    await explorer.cell(5).hover();
    await expect(explorer.details).toContainText(cookie.label);
    await expect(explorer.details).toContainText(lang === 'en' ? 'The fixed value 0x2112A442' : '0x2112A442');
    expect(await explorer.cellsWith('on')).toEqual(range(cookie.start, cookie.end));
    await expect(explorer.field(cookie.fieldId)).toHaveClass(/\bon\b/);
    // …and the other way round.
    const xor = regions.find((r) => r.fieldId === 'attr-2-xor-mapped-address-address')!;
    await explorer.field(xor.fieldId).hover();
    expect(await explorer.cellsWith('on')).toEqual(range(xor.start, xor.end));
    await expect(explorer.details).toContainText('198.51.100.23');
    await expect(explorer.details.locator('a.rfc').first()).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc8489.html#section-14.2');
  });

  test(`the grid is one tab stop and walks byte by byte from the keyboard (${lang})`, async ({ page }) => {
    const explorer = new ExplorerPage(page, lang);
    await explorer.open(`${ID}?sample=binding-success-ipv4`);
    const regions = byteRegions(decoded(sampleById('binding-success-ipv4')!.bytes), lang);
    const per = 8;
    await explorer.sampleSelect.focus();
    // Sample select → hex box → (its buttons, if any) → bytes-per-row → grid.
    await explorer.root.locator(`#${ID}-per-row`).focus();
    await page.keyboard.press('Tab');
    await expect(explorer.cell(0)).toBeFocused();
    await expect(explorer.announcer).toContainText(regions[0]!.label);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(explorer.cell(2)).toBeFocused();
    await expect(explorer.announcer).toContainText(regions[1]!.label);
    await expect(explorer.details).toContainText(regions[1]!.label);
    await page.keyboard.press('ArrowDown');
    await expect(explorer.cell(2 + per)).toBeFocused();
    await page.keyboard.press('End');
    await expect(explorer.cell(2 * per - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(explorer.cell(per)).toBeFocused();
    await page.keyboard.press('Control+End');
    await expect(explorer.cell(75)).toBeFocused();
    await page.keyboard.press('PageUp');
    const fingerprint = regions.at(-1)!;
    await expect(explorer.cell(fingerprint.start)).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(explorer.cell(0)).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(explorer.cell(regions[1]!.start)).toBeFocused();
    // Enter selects the field and records it.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`field=${regions[1]!.fieldId}$`));
    // Only one cell is in the tab order, and Tab leaves the grid.
    expect(await explorer.root.locator('[role="gridcell"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('gridcell');
    await page.keyboard.press('Shift+Tab');
    await expect(explorer.cell(regions[1]!.start)).toBeFocused();
  });
}

test.describe('MESSAGE-INTEGRITY', () => {
  test('a short-term (ICE) check passes with the right password and fails with a wrong one', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'en');
    await explorer.open(`${ID}?sample=ice-connectivity-check`);
    const credentials = sampleById('ice-connectivity-check')!.credentials!;
    expect(credentials.mechanism).toBe('short-term');
    const password = credentials.mechanism === 'short-term' ? credentials.password : '';
    const results = explorer.root.locator(`#${ID}-integrity-results`);
    await expect(explorer.root.getByRole('radio', { name: /^Short-term/ })).toBeChecked();
    await explorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(explorer.root.getByText('Type the password first.')).toBeVisible();
    await explorer.root.getByLabel('Password', { exact: true }).fill(`${password}x`);
    await explorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('invalid');
    await expect(results).toContainText('does not match');
    await expect(results.locator('.verdict')).toHaveText('A check failed.');
    await explorer.root.getByLabel('Password', { exact: true }).fill(password);
    await explorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('valid');
    await expect(results.locator('[data-check="FINGERPRINT"] .badge')).toHaveText('valid');
    await expect(results.locator('.verdict')).toHaveText('Every check passed.');
    await expect(explorer.announcer).toHaveText('Every check passed.');
    // The password is not in the URL.
    expect(page.url()).not.toContain(password);
    await results.locator('[data-check="MESSAGE-INTEGRITY"]').getByRole('button').click();
    expect((await explorer.cellsWith('sel')).length).toBe(20);
    await explorer.axe();
  });

  test('a long-term (TURN) check passes with the right password and fails with a wrong one', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'ja');
    await explorer.open(`${ID}?sample=turn-allocate-authenticated`);
    const credentials = sampleById('turn-allocate-authenticated')!.credentials!;
    if (credentials.mechanism !== 'long-term') throw new Error('expected long-term credentials');
    const results = explorer.root.locator(`#${ID}-integrity-results`);
    await expect(explorer.root.getByRole('radio', { name: /^長期/ })).toBeChecked();
    // Username and realm come from the message itself.
    await expect(explorer.root.getByLabel('ユーザー名')).toHaveValue(credentials.username);
    await expect(explorer.root.getByLabel('レルム')).toHaveValue(credentials.realm);
    await explorer.root.getByLabel('パスワード', { exact: true }).fill('not-the-password');
    await explorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('不一致');
    await explorer.root.getByLabel('パスワード', { exact: true }).fill(credentials.password);
    await explorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('一致');
    await expect(results.locator('.key code')).toHaveText(/^[0-9a-f]{32}$/);
    // A wrong realm gives another key, so the check fails again.
    await explorer.root.getByLabel('レルム').fill('example.com');
    await explorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('不一致');
    await explorer.axe();
    // A TURN response carries no REALM, but is still signed with the long-term key.
    await explorer.pick('turn-allocate-success');
    await expect(explorer.root.getByRole('radio', { name: /^長期/ })).toBeChecked();
    await explorer.root.getByLabel('ユーザー名').fill(credentials.username);
    await explorer.root.getByLabel('レルム').fill(credentials.realm);
    await explorer.root.getByLabel('パスワード', { exact: true }).fill(credentials.password);
    await explorer.root.getByRole('button', { name: '検証する' }).click();
    await expect(results.locator('[data-check="MESSAGE-INTEGRITY"] .badge')).toHaveText('一致');
  });

  test('the example’s credentials can be filled in with one button', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'en');
    await explorer.open(`${ID}?sample=turn-channel-bind`);
    await explorer.root.getByRole('button', { name: 'Fill in the example’s credentials' }).click();
    await explorer.root.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(explorer.root.locator(`#${ID}-integrity-results .verdict`)).toHaveText('Every check passed.');
  });
});

test.describe('build a response for my address', () => {
  test('an IPv4 address gives a decodable Binding success response that answers the request on show', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'en');
    await explorer.open(`${ID}?sample=binding-request`);
    const request = sampleById('binding-request')!;
    await explorer.root.getByLabel('IP address').fill('203.0.113.5');
    await explorer.root.getByLabel('Port').fill('50342');
    await explorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(explorer.root.locator(`#${ID}-build-done`)).toContainText('Built a Binding success response for 203.0.113.5 port 50342');
    await expect(explorer.root.locator(`#${ID}-build-done`)).toContainText('same transaction ID');
    const packet = await explorer.decodedText();
    expect(packet.kind).toBe('stun');
    if (packet.kind !== 'stun') return;
    expect(packet.header.methodName).toBe('Binding');
    expect(packet.header.messageClass).toBe('success-response');
    expect(toHex(packet.header.transactionId.value)).toBe(toHex(request.bytes.subarray(8, 20)));
    const xor = packet.attributes.find((a) => a.name === 'XOR-MAPPED-ADDRESS')?.decoded;
    expect(xor?.kind === 'xor-address' && [xor.address.value, xor.port.value]).toEqual(['203.0.113.5', 50342]);
    await expect(explorer.field('attr-1-xor-mapped-address-address').locator('.value')).toContainText('203.0.113.5');
    await expect(explorer.root.locator('[data-check="FINGERPRINT"] .badge')).toHaveText('valid');
    await expect(explorer.announcer).toContainText('was not sent anywhere');
    // The reader's address stays out of the URL.
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${ID}`);
    await expect(explorer.root.getByRole('button', { name: 'Copy a link to this message' })).toHaveCount(0);
    await explorer.axe();
  });

  test('an IPv6 address with its port in brackets gives a decodable response', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'ja');
    await explorer.open(`${ID}?sample=turn-channel-data`);
    await explorer.root.getByLabel('IP アドレス').fill('[2001:DB8:0::5]:61034');
    await explorer.root.getByRole('button', { name: 'レスポンスを組み立てる' }).click();
    await expect(explorer.root.locator(`#${ID}-build-done`)).toContainText('2001:db8::5 のポート 61034');
    const packet = await explorer.decodedText();
    const xor = packet.kind === 'stun' ? packet.attributes.find((a) => a.name === 'XOR-MAPPED-ADDRESS')?.decoded : undefined;
    expect(xor?.kind === 'xor-address' && [xor.family.value, xor.address.value, xor.port.value]).toEqual(['IPv6', '2001:db8::5', 61034]);
    // The XOR steps show the transaction ID as part of the key.
    await expect(explorer.root.locator('.xor').first()).toContainText('トランザクション ID');
  });

  test('a malformed address is refused next to the input', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'en');
    await explorer.open(`${ID}?sample=binding-request`);
    const address = explorer.root.getByLabel('IP address');
    await address.fill('203.0.113.300');
    await explorer.root.getByLabel('Port').fill('50342');
    await explorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(explorer.root.locator(`#${ID}-build-error`)).toHaveText(/^203\.0\.113\.300 is not an IPv4 address/);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    // The message on show is unchanged.
    await expect(explorer.sampleSelect).toHaveValue('binding-request');
    await address.fill('stun.example.org');
    await explorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(explorer.root.locator(`#${ID}-build-error`)).toContainText('is a name, not an IP address');
    await address.fill('203.0.113.5');
    await explorer.root.getByLabel('Port').fill('70000');
    await explorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(explorer.root.locator(`#${ID}-build-error`)).toContainText('Port 70000 is outside 1–65535');
    await expect(explorer.root.getByLabel('Port')).toHaveAttribute('aria-invalid', 'true');
    await explorer.axe();
  });

  test('a server-reflexive candidate announced on the page can be used', async ({ page }) => {
    const explorer = new ExplorerPage(page, 'en');
    await explorer.open();
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('ice-field-guide:srflx', { detail: { address: '198.51.100.77', port: 40000 } })));
    await explorer.root.getByRole('button', { name: 'Use my server-reflexive candidate (198.51.100.77 port 40000)' }).click();
    await expect(explorer.root.getByLabel('IP address')).toHaveValue('198.51.100.77');
    await explorer.root.getByRole('button', { name: 'Build the response' }).click();
    await expect(explorer.field('attr-1-xor-mapped-address-address').locator('.value')).toContainText('198.51.100.77');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('ice-field-guide:srflx', { detail: null })));
    await expect(explorer.root.getByRole('button', { name: /Use my server-reflexive candidate/ })).toHaveCount(0);
  });
});

test('a 1,500-byte message renders every byte and stays operable', async ({ page }) => {
  const explorer = new ExplorerPage(page, 'en');
  await explorer.open();
  const data = Uint8Array.from({ length: 1456 }, (_, i) => (i * 7) & 0xff);
  const message = encodeStun({
    messageClass: 'indication',
    method: 'Data',
    transactionId: new Uint8Array(12).fill(7),
    attributes: [{ type: 'XOR-PEER-ADDRESS', address: '192.0.2.150', port: 61234 }, { type: 'DATA', data }, { type: 'FINGERPRINT' }],
  });
  expect(message.ok && message.value.length).toBe(1500);
  await explorer.paste(toHex(message.ok ? message.value : new Uint8Array(0), { bytesPerLine: 16 }));
  await expect(explorer.cells).toHaveCount(1500);
  await explorer.cell(700).hover();
  expect((await explorer.cellsWith('on')).length).toBe(1456);
  await explorer.cell(1499).click();
  await expect(explorer.announcer).toContainText('FINGERPRINT');
  const channelData = encodeChannelData({ channelNumber: 0x4001, data: Uint8Array.from({ length: 1496 }, (_, i) => i & 0xff) });
  await explorer.paste(toHex(channelData.ok ? channelData.value : new Uint8Array(0), { separator: '' }));
  await expect(explorer.cells).toHaveCount(1500);
  await expect(explorer.root.locator(`#${ID}-summary`)).toHaveText('ChannelData on channel 0x4001 · 1500 bytes');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the explorer has no axe violations after interaction (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const lang of ['en', 'ja'] as const) {
      const explorer = new ExplorerPage(page, lang);
      await explorer.open(`${ID}?sample=turn-allocate-success&field=attr-2-xor-mapped-address-port`);
      await explorer.cell(30).hover();
      await explorer.cell(3).focus();
      await explorer.axe();
      await explorer.paste('00 01 00 00 21 12 a4 42 zz');
      await explorer.axe();
      await explorer.paste('00 01 00 08 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 00');
      await explorer.axe();
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
