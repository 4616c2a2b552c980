/**
 * One tab of the two-tab loopback lab (widget `two-tabs`), driven as a
 * reader would. A test opens two or three of them in its browser context
 * with {@link LabTab.open}, so this is a class the specs use directly, not
 * a per-page fixture.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { loopbackUiText } from '../../../src/components/loopback/strings.ts';
import { loopbackText } from '../../../src/lib/loopback/messages.ts';

/** The lab's text in each language, as the page shows it. */
const t = { en: translator('en', loopbackUiText, loopbackText), ja: translator('ja', loopbackUiText, loopbackText) };

/** The coturn that globalSetup starts on 127.0.0.1 (lt-cred-mech). */
export const TURN = {
  url: `turn:127.0.0.1:${process.env.TURN_PORT}?transport=udp`,
  username: process.env.TURN_USERNAME ?? '',
  password: process.env.TURN_PASSWORD ?? '',
};

/** One tab of the lab, as the reader uses it. */
export class LabTab extends WidgetPage {
  constructor(page: Page, lang: Lang) {
    super(page, 'two-tabs', lang);
  }

  static async open(context: BrowserContext, lang: Lang, room: string | null): Promise<LabTab> {
    const tab = new LabTab(await context.newPage(), lang);
    await tab.goto(room);
    return tab;
  }

  async goto(room: string | null): Promise<void> {
    await this.load(this.lang, `two-tabs/${room === null ? '' : `#two-tabs?room=${room}`}`);
  }

  get status(): Locator {
    return this.root.locator('.lb-status');
  }

  async expectConnected(timeout = 15_000): Promise<void> {
    await expect(this.status).toHaveText(t[this.lang]('status.connected'), { timeout });
  }

  async say(text: string): Promise<void> {
    await this.root.getByLabel(t[this.lang]('chat.label')).fill(text);
    await this.root.getByRole('button', { name: t[this.lang]('chat.send'), exact: true }).click();
  }

  chatLines(): Locator {
    return this.root.locator('.lb-lines li');
  }

  pairRows(): Locator {
    return this.root.locator('.lb-pairs tbody tr');
  }

  selectedPair(): Locator {
    return this.root.locator('.lb-pairs tbody tr[data-selected="true"]');
  }

  async useRelayOnly(turn: { url: string; username: string; password: string } = TURN): Promise<void> {
    await this.root.getByLabel(t[this.lang]('mode.relay')).check();
    await this.root.locator('.ice-server-editor button.add').click();
    const row = this.root.locator('.ice-server-editor .row').last();
    await row.locator('input[id$="-urls"]').fill(turn.url);
    await row.locator('input[id$="-username"]').fill(turn.username);
    await row.locator('input[id$="-credential"]').fill(turn.password);
  }
}
