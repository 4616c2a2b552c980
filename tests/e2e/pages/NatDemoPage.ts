/**
 * The NAT-table demo (widget `nat-demo`) on whichever article carries it,
 * driven as a reader would: step, play, choose the scenario and the NAT
 * types, read the mapping tables. Offered to specs as the `natDemo` fixture.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';

const ID = 'nat-demo';

export class NatDemoPage {
  readonly page: Page;
  /** The page's language, set by {@link open}. */
  lang: Lang;
  readonly root: Locator;

  constructor(page: Page, lang: Lang = 'en') {
    this.page = page;
    this.lang = lang;
    this.root = page.locator(`#${ID}`);
  }

  /** Opens an article in `lang`, optionally with a fragment, and waits for the demo to hydrate. */
  async open(lang: Lang, slug: string, fragment = ''): Promise<void> {
    this.lang = lang;
    await this.page.goto(`/${this.lang}/${slug}/${fragment ? `#${fragment}` : ''}`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
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
    const results = await new AxeBuilder({ page: this.page }).include(`#${ID}`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  }
}
