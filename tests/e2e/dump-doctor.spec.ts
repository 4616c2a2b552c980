// Widgets under test: DumpDoctor (src/components/dump/DumpDoctor.svelte).
/**
 * The dump doctor as a reader uses it: upload each real fixture (made by
 * scripts/makeDumpFixtures.ts) and see the findings its ground truth
 * expects, with links that resolve to an existing heading; the compressed
 * download; every bad input; paste by keyboard; the report; en and ja; axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DUMP_FIXTURES } from './pages/DumpDoctorPage.ts';
import { hydrate } from './hydrate.ts';

const dir = DUMP_FIXTURES;
const truths = readdirSync(dir)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { scenario: string; expectedFindings: string[]; forbiddenFindings: string[]; expectedFindingsB?: string[]; forbiddenFindingsB?: string[] });


/** Every finding link in the widget points to a page that has the heading. */
async function expectLinksResolve(page: Page, scope: Locator): Promise<void> {
  const hrefs = [...new Set(await scope.locator('.findings a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '')))];
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const [path, hash] = href.split('#');
    const res = await page.request.get(path!);
    expect(res.status(), href).toBe(200);
    expect(await res.text(), href).toContain(`id="${hash}"`);
  }
}

for (const truth of truths) {
  test(`en: ${truth.scenario} shows the expected findings with links that resolve`, async ({ page, doctor }) => {
    await doctor.open('en');
    await doctor.upload(`${truth.scenario}.json`);
    await expect(doctor.root.getByRole('status').first()).toContainText(`${truth.scenario}.json`);
    const first = doctor.firstConnection();
    for (const id of truth.expectedFindings) await expect(first.locator(`[data-finding="${id}"]`).first()).toBeVisible();
    for (const id of truth.forbiddenFindings) await expect(first.locator(`[data-finding="${id}"]`)).toHaveCount(0);
    const second = doctor.root.locator('article.connection').nth(1);
    for (const id of truth.expectedFindingsB ?? []) await expect(second.locator(`[data-finding="${id}"]`).first()).toBeVisible();
    for (const id of truth.forbiddenFindingsB ?? []) await expect(second.locator(`[data-finding="${id}"]`)).toHaveCount(0);
    await expectLinksResolve(page, doctor.root);
  });
}

test('en: the compressed download reads like the plain one, and the page stays accessible', async ({ page, doctor }) => {
  test.slow(); // several uploads and an axe run on a shared two-core machine
  await doctor.open('en');
  await doctor.upload('host-success.gz');
  await expect(doctor.firstConnection().locator('[data-finding="call-worked"]')).toContainText('host ↔ host');
  // Addresses are hidden by default, shown when the reader unticks the box.
  await expect(doctor.firstConnection()).not.toContainText('10.99.0.1');
  await expect(doctor.root.locator('textarea.report')).toHaveValue(/private-v4-1\.invalid/);
  await doctor.root.getByLabel('Hide addresses and URLs').uncheck();
  await expect(doctor.firstConnection()).toContainText('10.99.0.1');
  const results = await new AxeBuilder({ page }).include('#dump-doctor').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

const bad: [string, string, Buffer | (() => Buffer), RegExp][] = [
  ['not JSON', 'notes.txt', Buffer.from('the call failed at 10:42, see screenshot'), /not JSON/],
  ['truncated JSON', 'cut.json', () => readFileSync(join(dir, 'host-success.json')).subarray(0, 20_000), /stops in the middle/],
  ['a corrupt compressed file', 'cut.gz', () => readFileSync(join(dir, 'host-success.gz')).subarray(0, 2000), /cannot be decompressed/],
  ['a dump with no peer connections', 'empty.txt', Buffer.from('{"getUserMedia":[],"PeerConnections":{},"UserAgent":"x"}'), /no peer connections/],
  ['JSON that is not a dump', 'other.json', Buffer.from('{"hello":"world"}'), /not a webrtc-internals dump/],
  ['an rtcstats dump', 'rtcstats.gz', () => readFileSync(join(dir, 'rtcstats.gz')), /rtcstats dump.*Download the webrtc-internals dump/],
  ['a Firefox about:webrtc save', 'aboutWebrtc.html', Buffer.from('<!DOCTYPE html><html><head><title>about:webrtc</title></head><body></body></html>'), /Firefox.*chrome:\/\/webrtc-internals/],
];
for (const [what, name, content, message] of bad) {
  test(`en: ${what} gets a specific message and nothing breaks`, async ({ doctor }) => {
    await doctor.open('en');
    await doctor.upload(name, typeof content === 'function' ? content() : content);
    await expect(doctor.error()).toHaveText(message);
    // The page still works: a good dump afterwards reads.
    await doctor.upload('host-success.json');
    await expect(doctor.error()).toHaveCount(0);
    await expect(doctor.firstConnection().locator('[data-finding="call-worked"]')).toBeVisible();
  });
}

test('en: a file over the limit is refused with the limit, without reading it', async ({ page, doctor }) => {
  await doctor.open('en');
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#dump-doctor input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(100 * 1024 * 1024 + 1)], 'huge.json'));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(doctor.error()).toContainText('100 MiB');
});

test('en: pasting by keyboard reads the text; a truncated paste says so and keeps the text', async ({ page, doctor }) => {
  await doctor.open('en');
  const text = readFileSync(join(dir, 'closed-network-mdns.json'), 'utf8');
  const area = doctor.root.getByLabel('Or paste the dump’s JSON');
  await area.focus();
  await area.fill(text.slice(0, 500));
  await page.keyboard.press('Tab');
  await expect(doctor.root.getByRole('button', { name: 'Read pasted JSON' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(doctor.error()).toContainText('stops in the middle');
  await expect(area).toHaveValue(text.slice(0, 500));
  await area.fill(text);
  await doctor.root.getByRole('button', { name: 'Read pasted JSON' }).press('Enter');
  await expect(doctor.firstConnection().locator('[data-finding="only-mdns"]').first()).toBeVisible();
});

test('ja: findings, links and messages are in Japanese', async ({ page, doctor }) => {
  test.slow(); // several uploads, link fetches and an axe run
  await doctor.open('ja');
  await doctor.upload('closed-network-mdns.json');
  const first = doctor.firstConnection();
  await expect(first.locator('[data-finding="only-mdns"]').first()).toContainText('mDNS 名');
  await expect(first.locator('[data-finding="only-mdns"] a').first()).toHaveAttribute('href', '/ja/closed-network/#mdns-across-segments');
  await expectLinksResolve(page, doctor.root);
  await doctor.upload('rtcstats.gz');
  await expect(doctor.error()).toContainText('rtcstats dump');
  await expect(doctor.error()).toContainText('まだ読めません');
  const results = await new AxeBuilder({ page }).include('#dump-doctor').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('ja: the article embeds the doctor and says nothing is sent', async ({ page }) => {
  await page.goto('/ja/reading-webrtc-internals/');
  const root = page.locator('#dump-doctor');
  await root.scrollIntoViewIfNeeded();
  await hydrate(root);
  await expect(root).toContainText('どこにも送信しません');
  await root.locator('input[type=file]').setInputFiles(join(dir, 'peer-gone.json'));
  await expect(root.locator('[data-finding="consent-expired"]')).toContainText('disconnected');
  expect(page.url()).not.toContain('peer-gone');
});
