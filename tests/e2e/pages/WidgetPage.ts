/**
 * What every widget page object shares: the page, the language it was
 * opened in, the widget's root element, opening a page and waiting for the
 * widget to hydrate, and axe on the widget alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { hydrate } from '../hydrate.ts';

export abstract class WidgetPage {
  readonly page: Page;
  /** The page's language, set when the page object opens a page. */
  lang: Lang;
  /** The widget's element id, e.g. `gatherer`. */
  readonly id: string;
  readonly root: Locator;

  constructor(page: Page, id: string, lang: Lang = 'en') {
    this.page = page;
    this.id = id;
    this.lang = lang;
    this.root = page.locator(`#${id}`);
  }

  /**
   * Opens `<lang>/<path>` under the base URL (`path` may end with a
   * fragment; relative, so page objects work under a sub-path too), reaches
   * for the widget as a reader would (the pointer onto it: widgets are
   * `client:interact` islands), and waits until it has hydrated.
   */
  protected async load(lang: Lang, path: string): Promise<void> {
    this.lang = lang;
    await this.page.goto(`${lang}/${path}`);
    await hydrate(this.root);
  }

  /** axe (WCAG 2.1 A and AA) on the widget alone: each violation as `id: help — targets`. */
  async axeViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include(`#${this.id}`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
}
