/**
 * The STUN explorer on the STUN-on-the-wire article (widget
 * `stun-explorer`), driven as a reader would: pick an example, paste hex,
 * point at bytes and fields. Offered to specs as the `stunExplorer` fixture.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { WidgetPage } from './WidgetPage.ts';
import { decodePacket, parseHex } from '../../../src/lib/stun/index.ts';
import type { StunPacket } from '../../../src/lib/stun/index.ts';

const ARTICLE = 'stun-on-the-wire';
const ID = 'stun-explorer';

export class StunExplorerPage extends WidgetPage {
  constructor(page: Page, lang: Lang = 'en') {
    super(page, ID, lang);
  }

  /** Opens the article in `lang`, optionally with a fragment, and waits for the explorer to hydrate. */
  async open(lang: Lang, fragment = ''): Promise<void> {
    await this.load(lang, `${ARTICLE}/${fragment ? `#${fragment}` : ''}`);
  }

  get sampleSelect(): Locator {
    return this.root.locator(`#${ID}-sample`);
  }

  get hex(): Locator {
    return this.root.locator(`#${ID}-hex`);
  }

  get cells(): Locator {
    return this.root.locator('[role="gridcell"]');
  }

  cell(i: number): Locator {
    return this.root.locator(`[role="gridcell"][data-i="${i}"]`);
  }

  get fieldLinks(): Locator {
    return this.root.locator('.field-list li[data-r] > a');
  }

  field(fieldId: string): Locator {
    return this.root.locator(`#${ID}-${fieldId}`);
  }

  get details(): Locator {
    return this.root.locator(`#${ID}-details`);
  }

  get announcer(): Locator {
    return this.root.locator(`#${ID}-announce`);
  }

  async pick(sampleId: string): Promise<void> {
    await this.sampleSelect.selectOption(sampleId);
  }

  async paste(text: string): Promise<void> {
    await this.hex.fill(text);
  }

  /** Indexes of the cells that carry a class. */
  async cellsWith(cls: string): Promise<number[]> {
    return this.root.locator(`[role="gridcell"].${cls}`).evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.i)));
  }

  /** The message now in the hex box, decoded by the codec. */
  async decodedText(): Promise<StunPacket> {
    const bytes = parseHex(await this.hex.inputValue());
    expect(bytes.ok).toBe(true);
    const packet = decodePacket(bytes.ok ? bytes.value : new Uint8Array(0));
    expect(packet.ok).toBe(true);
    return (packet as { ok: true; value: StunPacket }).value;
  }

  async axe(): Promise<void> {
    expect(await this.axeViolations()).toEqual([]);
  }
}
