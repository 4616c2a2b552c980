/**
 * The candidate inspector on the anatomy-of-a-candidate article (widget
 * `inspector`), driven as a reader would: paste a line or an SDP, read the
 * breakdown. Offered to specs as the `inspector` fixture; a second page of
 * the same test makes its own with `new InspectorPage(other, lang)`.
 */
import type { Locator, Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

export class InspectorPage extends WidgetPage {
  readonly input: Locator;

  constructor(page: Page, lang: Lang = 'en') {
    super(page, 'inspector', lang);
    this.input = this.root.locator('textarea');
  }

  /** Opens the article in `lang`, optionally with a fragment, and waits for the inspector to hydrate. */
  async open(lang: Lang, hash = ''): Promise<void> {
    await this.load(lang, `anatomy-of-a-candidate/${hash}`);
  }

  async paste(text: string): Promise<void> {
    await this.input.fill(text);
  }

  candidates(): Locator {
    return this.root.locator('ol.found > li.candidate');
  }

  async axe(): Promise<string[]> {
    return this.axeViolations();
  }
}
