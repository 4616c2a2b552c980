/**
 * The candidate gatherer on the closed-network article (widget `gatherer`),
 * driven as a reader would: add servers, set the time limit, gather, read
 * the rows and verdicts, ask for real local addresses. Offered to specs as
 * the `gatherer` fixture; a second page of the same test makes its own with
 * `new GathererPage(other, lang)`.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

/** The widget's own button labels, as the reader finds them. */
const labels = {
  en: { start: 'Start gathering', realAddresses: 'Show my real local addresses' },
  ja: { start: '収集を開始', realAddresses: '実際のローカルアドレスを表示' },
} as const;

export class GathererPage extends WidgetPage {
  constructor(page: Page, lang: Lang = 'en') {
    super(page, 'gatherer', lang);
  }

  /** Opens the closed-network article in `lang`, optionally with a fragment, and waits for the gatherer to hydrate. */
  async open(lang: Lang, hash = ''): Promise<void> {
    await this.load(lang, `closed-network/${hash}`);
  }

  rowInputs(n: number) {
    const row = this.root.locator('.ice-server-editor .row').nth(n);
    return { row, urls: row.locator('input[id$="-urls"]'), username: row.locator('input[id$="-username"]'), credential: row.locator('input[id$="-credential"]') };
  }

  /** Presses "Add server" (focus moves to the new row's URLs) and fills the row. */
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

  startButton(): Locator {
    return this.root.getByRole('button', { name: labels[this.lang].start });
  }

  /** Starts gathering and waits until it is done. */
  async gather(): Promise<void> {
    await this.startButton().click();
    await expect(this.root).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
  }

  rows(type?: 'host' | 'srflx' | 'relay'): Locator {
    return this.root.locator(`table.candidates tbody tr${type ? `[data-type="${type}"]` : ''}`);
  }

  verdict(url: string): Locator {
    return this.root.locator(`ul.verdicts li[data-url="${url}"]`);
  }

  /** The "real local addresses" opt-in box (shown when hosts are hidden). */
  optIn(): Locator {
    return this.root.locator('.local-addresses');
  }

  realAddressesButton(): Locator {
    return this.root.getByRole('button', { name: labels[this.lang].realAddresses });
  }

  async axe(): Promise<string[]> {
    return this.axeViolations();
  }
}
