/**
 * The TURN server check (tool page, widget `turn-check`), driven as a
 * reader would: list servers, choose where the peers are, run, read the
 * table. Offered to specs as the `turnCheck` fixture.
 */
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

export class TurnCheckPage extends WidgetPage {
  constructor(page: Page) {
    super(page, 'turn-check');
  }
  /** Opens the TURN check tool page in `lang` and waits for the widget to hydrate. */
  async open(lang: Lang): Promise<void> {
    await this.load(lang, 'tools/turn-check/');
  }
  async server(urls: string, user: string, credential: string): Promise<void> {
    await this.root.locator('input[id$="-urls"]').first().fill(urls);
    await this.root.locator('input[id$="-username"]').first().fill(user);
    await this.root.locator('input[id$="-credential"]').first().fill(credential);
  }
  async peersOnThisMachine(): Promise<void> {
    await this.root.locator('#turn-check-peers').selectOption('this-machine');
  }
  async run(): Promise<void> {
    await this.root.locator('button.run').click();
    await expect(this.root).not.toHaveAttribute('data-running', 'true', { timeout: 50_000 });
  }
  row(url: string) {
    return this.root.locator(`tr[data-url="${url}"]`);
  }
  async axe(): Promise<void> {
    expect(await this.axeViolations()).toEqual([]);
  }
}
