/**
 * The connectivity matrix on the NAT-types article (widget `nat-matrix`),
 * driven as a reader would: choose the size, switch TURN on and off, read
 * the cells. Offered to specs as the `natMatrix` fixture.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';

const ARTICLE = 'nat-types';
const ID = 'nat-matrix';

export class NatMatrixPage extends WidgetPage {
  constructor(page: Page, lang: Lang = 'en') {
    super(page, ID, lang);
  }

  /** Opens the NAT-types article in `lang` and waits for the matrix to hydrate. */
  async open(lang: Lang): Promise<void> {
    await this.load(lang, `${ARTICLE}/`);
  }

  cell(row: number, column: number): Locator {
    return this.root.locator(`.cell[data-row="${row}"][data-column="${column}"]`);
  }

  get cells(): Locator {
    return this.root.locator('.cell');
  }

  async chooseSize(size: 'classic' | 'rfc4787'): Promise<void> {
    await this.root.locator(`input[type="radio"][value="${size}"]`).check();
    await expect(this.root).toHaveAttribute('data-size', size);
  }

  async setTurn(on: boolean): Promise<void> {
    await this.root.locator(`#${ID}-turn`).setChecked(on);
    await expect(this.root).toHaveAttribute('data-turn', on ? 'true' : 'false');
  }

  async waitUntilComputed(): Promise<void> {
    await expect(this.root.locator('table')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  }

  /** Every cell as `via|pair`, row by row. */
  async shown(): Promise<string[]> {
    return this.cells.evaluateAll((cells) =>
      cells.map((cell) => `${(cell as HTMLElement).dataset['via']}|${cell.querySelector('.pair')?.textContent ?? ''}`),
    );
  }

  async axe(): Promise<void> {
    expect(await this.axeViolations()).toEqual([]);
  }
}
