/**
 * The dump doctor (tool page, widget `dump-doctor`), driven as a reader
 * would: upload or paste a webrtc-internals dump and read the findings.
 * Offered to specs as the `doctor` fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';

/** The real dumps made by scripts/makeDumpFixtures.ts, with their ground truth. */
export const DUMP_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'dumps');

export class DumpDoctorPage {
  readonly page: Page;
  /** The page's language, set by {@link open}. */
  lang: Lang = 'en';
  readonly root: Locator;
  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('#dump-doctor');
  }
  /** Opens the dump doctor's tool page in `lang` and waits for the widget to hydrate. */
  async open(lang: Lang): Promise<void> {
    this.lang = lang;
    await this.page.goto(`/${this.lang}/tools/dump-doctor/`);
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }
  async upload(name: string, buffer?: Buffer): Promise<void> {
    await this.root.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: buffer ?? readFileSync(join(DUMP_FIXTURES, name)) });
  }
  firstConnection(): Locator {
    return this.root.locator('article.connection').first();
  }
  error(): Locator {
    return this.root.locator('.dump-error');
  }
}
