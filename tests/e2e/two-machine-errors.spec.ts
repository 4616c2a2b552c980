// Widgets under test: TwoMachineTest (src/components/twomachine/TwoMachineTest.svelte).
/**
 * When the browser itself refuses a description (setRemoteDescription
 * throws), the reader gets a sentence in the page's language saying what
 * failed and what to do, with the browser's own error kept as the evidence
 * — never a bare `OperationError: …` string — and the pasted code stays.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';
import { hydrate } from './hydrate.ts';

for (const lang of ['en', 'ja'] as const satisfies readonly Lang[]) {
  test(`a description the browser refuses is explained in the page's language, with the browser's error as evidence (${lang})`, async ({ page, context }) => {
    const t = translator(lang, twoMachineUi);
    const inviter = await context.newPage();
    await inviter.goto(`/${lang}/test-the-real-network/`);
    const a = inviter.locator('#two-machine');
    await a.scrollIntoViewIfNeeded();
    await hydrate(a);
    await a.getByRole('button', { name: t('create') }).click();
    const invitation = await a.locator('.tm-code-text').inputValue({ timeout: 30_000 });

    await page.addInitScript(() => {
      RTCPeerConnection.prototype.setRemoteDescription = function refuse(): Promise<void> {
        return Promise.reject(new DOMException('Failed to parse SessionDescription. Invalid SDP line.', 'OperationError'));
      };
    });
    await page.goto(`/${lang}/test-the-real-network/`);
    const b = page.locator('#two-machine');
    await b.scrollIntoViewIfNeeded();
    await hydrate(b);
    await b.getByLabel(t('offer.label')).fill(invitation);
    await b.getByRole('button', { name: t('offer.submit') }).click();
    const error = b.locator('[data-error="offer"]');
    await expect(error).toHaveText(t('browserError.offer', { detail: 'OperationError: Failed to parse SessionDescription. Invalid SDP line.' }));
    await expect(error).not.toHaveText(/^OperationError/);
    await expect(b.getByLabel(t('offer.label'))).toHaveValue(invitation);
    // Back at the start, so the advice (paste a new invitation) can be followed at once.
    await expect(b.locator('.lb-status')).toHaveText(t('status.idle'));
    await expect(b.getByRole('button', { name: t('offer.submit') })).toBeEnabled();
    await inviter.close();
  });
}

async function connectTwoPages(page: Page, other: Page, lang: Lang): Promise<void> {
  const t = translator(lang, twoMachineUi);
  for (const p of [page, other]) {
    await p.goto(`/${lang}/test-the-real-network/`);
    await p.locator('#two-machine').scrollIntoViewIfNeeded();
    await hydrate(p.locator('#two-machine'));
  }
  const a = page.locator('#two-machine');
  const b = other.locator('#two-machine');
  await a.getByRole('button', { name: t('create') }).click();
  const invitation = await a.locator('.tm-code-text').inputValue({ timeout: 30_000 });
  await b.getByLabel(t('offer.label')).fill(invitation);
  await b.getByRole('button', { name: t('offer.submit') }).click();
  await expect(b.locator('.tm-code')).toHaveAttribute('data-kind', 'answer', { timeout: 30_000 });
  await a.getByLabel(t('answer.label')).fill(await b.locator('.tm-code-text').inputValue());
  await a.getByRole('button', { name: t('answer.submit') }).click();
  await expect(a.locator('.lb-status')).toHaveText(t('status.connected'), { timeout: 30_000 });
}

for (const lang of ['en', 'ja'] as const satisfies readonly Lang[]) {
  test(`the other machine starting over during the data test stops it with a message, and the status says the channel closed (${lang})`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const t = translator(lang, twoMachineUi);
    const other = await context.newPage();
    await connectTwoPages(page, other, lang);
    const a = page.locator('#two-machine');
    await a.getByRole('button', { name: t('data.run') }).click();
    await other.locator('#two-machine').getByRole('button', { name: t('reset') }).click();
    await expect(a.locator('[data-stopped="closed"]')).toHaveText(t('data.stopped.closed'), { timeout: 30_000 });
    await expect(a.locator('.lb-status')).toHaveText(t('status.closed'));
    await expect(a.getByRole('button', { name: t('data.run') })).toBeDisabled();
  });
}

test('when the other machine stops answering on an open channel, the data test stops as stalled after 15 s instead of waiting for ever', async ({ page, context }) => {
  test.setTimeout(90_000);
  const t = translator('en', twoMachineUi);
  const other = await context.newPage();
  await connectTwoPages(page, other, 'en');
  // The other page keeps its channel open but sends nothing more: no pong, no acknowledgement.
  await other.evaluate(() => {
    RTCDataChannel.prototype.send = function dropped(): void {};
  });
  const a = page.locator('#two-machine');
  const run = a.getByRole('button', { name: t('data.run') });
  await run.click();
  await expect(run).toBeDisabled();
  const stopped = a.locator('[data-stopped="stalled"]');
  await expect(stopped).toHaveText(t('data.stopped.stalled', { seconds: 15 }), { timeout: 45_000 });
  await expect(a.locator('.lb-status')).toHaveText(t('status.connected'));
  await expect(run).toBeEnabled();
  // Start over clears the stop message with everything else.
  await a.getByRole('button', { name: t('reset') }).click();
  await expect(a.locator('[data-stopped]')).toHaveCount(0);
});
