/**
 * The NAT-table demo (widget `nat-demo`) on whichever article carries it,
 * driven as a reader would: step, play, choose the scenario and the NAT
 * types, read the mapping tables. Offered to specs as the `natDemo` fixture.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

const ID = 'nat-demo';

export class NatDemoPage extends WidgetPage {
  constructor(page: Page, lang: Lang = 'en') {
    super(page, ID, lang);
  }

  /** Opens an article in `lang`, optionally with a fragment, and waits for the demo to hydrate. */
  async open(lang: Lang, slug: string, fragment = ''): Promise<void> {
    await this.load(lang, `${slug}/${fragment ? `#${fragment}` : ''}`);
  }

  get caption(): Locator {
    return this.root.locator(`#${ID}-caption`);
  }

  button(name: 'reset' | 'back' | 'play' | 'forward'): Locator {
    return this.root.locator(`.transport button.${name}`);
  }

  get slider(): Locator {
    return this.root.locator(`#${ID}-step`);
  }

  select(which: 'scenario' | 'speed' | 'nat-A' | 'nat-B' | 'mapping-A' | 'filtering-A'): Locator {
    return this.root.locator(`#${ID}-${which}`);
  }

  table(nat: string): Locator {
    return this.root.locator(`table[data-nat="${nat}"]`);
  }

  /** The rows of a NAT's HTML table as `inside>outside` keys, in order. */
  async rowKeys(nat: string): Promise<string[]> {
    return this.table(nat)
      .locator('tbody tr[data-inside]')
      .evaluateAll((rows) => rows.map((row) => `${(row as HTMLElement).dataset['inside']}>${(row as HTMLElement).dataset['outside']}`));
  }

  /** Rows marked as changed at this step, `key=kind`. */
  async changedRows(nat: string): Promise<string[]> {
    return this.table(nat)
      .locator('tbody tr[data-change]')
      .evaluateAll((rows) =>
        rows.map((row) => `${(row as HTMLElement).dataset['inside']}>${(row as HTMLElement).dataset['outside']}=${(row as HTMLElement).dataset['change']}`),
      );
  }

  async step(): Promise<number> {
    return Number(await this.root.getAttribute('data-step'));
  }

  async axe(): Promise<void> {
    expect(await this.axeViolations()).toEqual([]);
  }
}
