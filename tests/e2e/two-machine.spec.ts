// Widgets under test: TwoMachineTest (src/components/twomachine/TwoMachineTest.svelte) with IceServerEditor, StateTimeline, PairTable, CandidateDetails.
/**
 * The two-machine connection test: two SEPARATE browser processes (two
 * chromium.launch()) exchange the codes through the UI — the code is read
 * from one page and pasted into the other — and connect. Relay-only uses
 * the coturn that globalSetup starts on 127.0.0.1 (with allow-loopback-peers,
 * so relay↔relay between two browsers on one machine works).
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { chromiumPath, testFlags } from '../../scripts/support/chromium.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';
import { twoMachineText } from '../../src/lib/twomachine/messages.ts';
import { diagnosisPanelText } from '../../src/components/loopback/DiagnosisPanel.strings.ts';
import { TwoMachinePage } from './pages/TwoMachinePage.ts';
import { hydrate } from './hydrate.ts';

const FLAGS = [...testFlags];
const TURN = { url: `turn:127.0.0.1:${process.env.TURN_PORT}?transport=udp`, username: process.env.TURN_USERNAME ?? '', password: process.env.TURN_PASSWORD ?? '' };

let browsers: Browser[] = [];
test.beforeAll(async () => {
  browsers = [await chromium.launch({ executablePath: chromiumPath, args: FLAGS }), await chromium.launch({ executablePath: chromiumPath, args: FLAGS })];
});
test.afterAll(async () => {
  for (const b of browsers) await b.close();
});

async function open(browser: Browser, lang: Lang, baseURL: string): Promise<Page> {
  // A page of its own context: axe opens a second page in the same context,
  // which a browser.newPage() context does not allow.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`/${lang}/test-the-real-network/`);
  await page.locator('#two-machine').scrollIntoViewIfNeeded();
  await hydrate(page.locator('#two-machine'));
  return page;
}

async function relayOnly(page: Page, lang: Lang): Promise<void> {
  const t = translator(lang, twoMachineUi);
  const root = page.locator('#two-machine');
  await root.getByLabel(t('mode.relay')).check();
  await root.locator('.ice-server-editor button.add').click();
  const row = root.locator('.ice-server-editor .row').last();
  await row.locator('input[id$="-urls"]').fill(TURN.url);
  await row.locator('input[id$="-username"]').fill(TURN.username);
  await row.locator('input[id$="-credential"]').fill(TURN.password);
}

async function exchange(a: Page, b: Page, lang: Lang): Promise<void> {
  const t = translator(lang, twoMachineUi);
  await a.locator('#two-machine').getByRole('button', { name: t('create') }).click();
  const invitation = await a.locator('#two-machine .tm-code-text').inputValue({ timeout: 30_000 });
  expect(invitation).toMatch(/^ifg1o\./);
  await b.locator('#two-machine').getByLabel(t('offer.label')).fill(invitation);
  await b.locator('#two-machine').getByRole('button', { name: t('offer.submit') }).click();
  await expect(b.locator('#two-machine .tm-code')).toHaveAttribute('data-kind', 'answer', { timeout: 30_000 });
  const answer = await b.locator('#two-machine .tm-code-text').inputValue();
  expect(answer).toMatch(/^ifg1a\./);
  await a.locator('#two-machine').getByLabel(t('answer.label')).fill(answer);
  await a.locator('#two-machine').getByRole('button', { name: t('answer.submit') }).click();
}

for (const lang of ['en', 'ja'] as const) {
  test(`two browser processes connect by pasting each other's codes, and the data test reports throughput (${lang})`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    const t = translator(lang, twoMachineUi);
    const [a, b] = [await open(browsers[0]!, lang, baseURL!), await open(browsers[1]!, lang, baseURL!)];
    await exchange(a, b, lang);
    for (const page of [a, b]) await expect(page.locator('#two-machine .lb-status')).toHaveText(t('status.connected'), { timeout: 30_000 });
    await expect(a.locator('#two-machine .tm-open')).toBeVisible();
    await expect(a.locator('#two-machine .lb-pairs tbody tr[data-selected="true"]')).toHaveCount(1, { timeout: 5000 });
    await expect(a.locator('#two-machine .tm-cands li')).not.toHaveCount(0);
    await a.locator('#two-machine').getByRole('button', { name: t('data.run') }).click();
    await expect(a.locator('#two-machine .tm-rtt')).toBeVisible({ timeout: 30_000 });
    for (const direction of ['up', 'down']) {
      await expect(a.locator(`#two-machine .tm-transfer[data-direction="${direction}"]`)).toHaveAttribute('data-mbps', /^[0-9.]+$/, { timeout: 60_000 });
    }
    const results = await new AxeBuilder({ page: a }).include('#two-machine').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
    await a.context().close();
    await b.context().close();
  });
}

test('relay only on both browsers connects over a relay↔relay pair through the harness coturn', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const t = translator('en', twoMachineUi);
  const [a, b] = [await open(browsers[0]!, 'en', baseURL!), await open(browsers[1]!, 'en', baseURL!)];
  await relayOnly(a, 'en');
  await relayOnly(b, 'en');
  await exchange(a, b, 'en');
  for (const page of [a, b]) {
    await expect(page.locator('#two-machine .lb-status')).toHaveText(t('status.connected'), { timeout: 30_000 });
    const selected = page.locator('#two-machine .lb-pairs tbody tr[data-selected="true"]');
    await expect(selected).toHaveAttribute('data-local-type', 'relay', { timeout: 10_000 });
    await expect(selected).toHaveAttribute('data-remote-type', 'relay');
  }
  await a.context().close();
  await b.context().close();
});

for (const lang of ['en', 'ja'] as const) {
  test(`relay only without a TURN server: the diagnosis says why, and its link opens the explanation (${lang})`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const [a, b] = [await open(browsers[0]!, lang, baseURL!), await open(browsers[1]!, lang, baseURL!)];
    const [inviting, answering] = [new TwoMachinePage(a), new TwoMachinePage(b)];
    inviting.lang = answering.lang = lang;
    await answering.relayOnly();
    await answering.accept(await inviting.invite());
    await expect(answering.diagnosis).toHaveAttribute('data-diagnosis', 'relay-without-turn', { timeout: 30_000 });
    await expect(answering.diagnosis.locator('.lb-alert-title')).toHaveText(translator(lang, diagnosisPanelText)('failure.title'));
    // The link goes to the explanation in the page's language and lands on it.
    expect(await answering.explanationLink.getAttribute('href')).toMatch(new RegExp(`^(#[a-z0-9-]+|/${lang}/[a-z-]+/#[a-z0-9-]+)$`));
    await answering.followExplanation();
    await a.context().close();
    await b.context().close();
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`malformed, truncated, wrong-kind and stale codes each show their message, and the input stays (${lang})`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    const t = translator(lang, twoMachineUi);
    const m = translator(lang, twoMachineText);
    const [a, b] = [await open(browsers[0]!, lang, baseURL!), await open(browsers[1]!, lang, baseURL!)];
    await a.locator('#two-machine').getByRole('button', { name: t('create') }).click();
    const invitation = await a.locator('#two-machine .tm-code-text').inputValue({ timeout: 30_000 });
    const offerBox = b.locator('#two-machine').getByLabel(t('offer.label'));
    const tryOffer = async (text: string, key: Parameters<typeof m>[0]) => {
      await offerBox.fill(text);
      await b.locator('#two-machine').getByRole('button', { name: t('offer.submit') }).click();
      await expect(b.locator('#two-machine [data-error="offer"]')).toHaveText(m(key, { version: 2 }));
      await expect(offerBox).toHaveValue(text);
    };
    await tryOffer('hello, this is not a code', 'codeError.malformed');
    await tryOffer(invitation.slice(0, invitation.length - 12), 'codeError.truncated');
    await tryOffer(invitation.replace(/^ifg1/, 'ifg2'), 'codeError.other-version');
    // Keyboard only: B answers with Tab and Enter.
    await offerBox.fill(invitation);
    await offerBox.focus();
    await b.keyboard.press('Tab');
    await b.keyboard.press('Enter');
    const answer = await b.locator('#two-machine .tm-code-text').inputValue({ timeout: 30_000 });
    // Wrong kind both ways.
    const answerBox = a.locator('#two-machine').getByLabel(t('answer.label'));
    await answerBox.fill(invitation);
    await a.locator('#two-machine').getByRole('button', { name: t('answer.submit') }).click();
    await expect(a.locator('#two-machine [data-error="answer"]')).toHaveText(m('codeError.offer-not-answer'));
    const c = await open(browsers[0]!, lang, baseURL!);
    await c.locator('#two-machine').getByLabel(t('offer.label')).fill(answer);
    await c.locator('#two-machine').getByRole('button', { name: t('offer.submit') }).click();
    await expect(c.locator('#two-machine [data-error="offer"]')).toHaveText(m('codeError.answer-not-offer'));
    // Stale: A makes a new invitation, so the answer to the old one no longer fits.
    await a.locator('#two-machine').getByRole('button', { name: t('create') }).click();
    await expect(a.locator('#two-machine .tm-code-text')).not.toHaveValue(invitation, { timeout: 30_000 });
    await answerBox.fill(answer);
    await a.locator('#two-machine').getByRole('button', { name: t('answer.submit') }).click();
    await expect(a.locator('#two-machine [data-error="answer"]')).toHaveText(m('codeError.stale.other-invitation'));
    const results = await new AxeBuilder({ page: a }).include('#two-machine').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
    for (const p of [a, b, c]) await p.context().close();
  });
}
