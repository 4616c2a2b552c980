/**
 * The two-machine connection test (article test-the-real-network, widget
 * `two-machine`), one side of it, driven as a reader would: choose relay
 * only, create the invitation, paste the other side's code, read the
 * diagnosis. Each side is a page of its own (two pages, or two browsers).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../../src/components/twomachine/strings.ts';
import { diagnosisPanelText } from '../../../src/components/loopback/DiagnosisPanel.strings.ts';
import { WidgetPage } from './WidgetPage.ts';

export class TwoMachinePage extends WidgetPage {
  constructor(page: Page) {
    super(page, 'two-machine');
  }
  /** Opens the article in `lang` and waits for the test to hydrate. */
  static async open(page: Page, lang: Lang): Promise<TwoMachinePage> {
    const side = new TwoMachinePage(page);
    await side.load(lang, 'test-the-real-network/');
    return side;
  }
  /** The widget's own texts, in this page's language. */
  get t() {
    return translator(this.lang, twoMachineUi);
  }
  /** Relay only, with whatever servers are listed (none unless added). */
  async relayOnly(): Promise<void> {
    await this.root.getByLabel(this.t('mode.relay')).check();
  }
  /** Creates the invitation and returns its code. */
  async invite(): Promise<string> {
    await this.root.getByRole('button', { name: this.t('create') }).click();
    return this.root.locator('.tm-code-text').inputValue({ timeout: 30_000 });
  }
  /** Pastes an invitation and answers it. */
  async accept(invitation: string): Promise<void> {
    await this.root.getByLabel(this.t('offer.label')).fill(invitation);
    await this.root.getByRole('button', { name: this.t('offer.submit') }).click();
  }
  /** The diagnosis panel, once the evidence shows why the connection is not coming up. */
  get diagnosis(): Locator {
    return this.root.locator('.lb-failure');
  }
  /** The panel's "Read the explanation" link. */
  get explanationLink(): Locator {
    return this.diagnosis.getByRole('link', { name: translator(this.lang, diagnosisPanelText)('failure.read') });
  }
  /** Follows the explanation link and checks that it lands on its section. */
  async followExplanation(): Promise<void> {
    await this.explanationLink.click();
    await expect(this.page.locator(`[id="${new URL(this.page.url()).hash.slice(1)}"]`)).toBeInViewport();
  }
}
