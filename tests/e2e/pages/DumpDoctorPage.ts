/**
 * The dump doctor (tool page, widget `dump-doctor`), driven as a reader
 * would: upload or paste a webrtc-internals dump and read the findings.
 * Offered to specs as the `doctor` fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

/** The real dumps made by scripts/makeDumpFixtures.ts, with their ground truth. */
export const DUMP_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'dumps');

export class DumpDoctorPage extends WidgetPage {
  constructor(page: Page) {
    super(page, 'dump-doctor');
  }
  /** Opens the dump doctor's tool page in `lang` and waits for the widget to hydrate. */
  async open(lang: Lang): Promise<void> {
    await this.load(lang, 'tools/dump-doctor/');
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
