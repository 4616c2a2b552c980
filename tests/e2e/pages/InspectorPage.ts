/**
 * The candidate inspector on the anatomy-of-a-candidate article (widget
 * `inspector`), driven as a reader would: paste a line or an SDP, read the
 * breakdown. Offered to specs as the `inspector` fixture; a second page of
 * the same test makes its own with `new InspectorPage(other, lang)`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';

export class InspectorPage {
  readonly page: Page;
  /** The page's language, set by {@link open}. */
  lang: Lang;
  readonly root: Locator;
  readonly input: Locator;

  constructor(page: Page, lang: Lang = 'en') {
    this.page = page;
    this.lang = lang;
    this.root = page.locator('#inspector');
    this.input = this.root.locator('textarea');
  }

  /** Opens the article in `lang`, optionally with a fragment, and waits for the inspector to hydrate. */
  async open(lang: Lang, hash = ''): Promise<void> {
    this.lang = lang;
    await this.page.goto(`/${lang}/anatomy-of-a-candidate/${hash}`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  async paste(text: string): Promise<void> {
    await this.input.fill(text);
  }

  candidates(): Locator {
    return this.root.locator('ol.found > li.candidate');
  }

  async axe(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include('#inspector').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
}
