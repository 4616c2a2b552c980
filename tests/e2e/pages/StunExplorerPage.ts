/**
 * The STUN explorer on the STUN-on-the-wire article (widget
 * `stun-explorer`), driven as a reader would: pick an example, paste hex,
 * point at bytes and fields. Offered to specs as the `stunExplorer` fixture.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/i18n/locales.ts';
import { decodePacket, parseHex } from '../../../src/lib/stun/index.ts';
import type { StunPacket } from '../../../src/lib/stun/index.ts';

const ARTICLE = 'stun-on-the-wire';
const ID = 'stun-explorer';

export class StunExplorerPage {
  readonly page: Page;
  /** The page's language, set by {@link open}. */
  lang: Lang = 'en';
  readonly root: Locator;

  constructor(page: Page, lang: Lang = 'en') {
    this.page = page;
    this.lang = lang;
    this.root = page.locator(`#${ID}`);
  }

  /** Opens the article in `lang`, optionally with a fragment, and waits for the explorer to hydrate. */
  async open(lang: Lang, fragment = ''): Promise<void> {
    this.lang = lang;
    await this.page.goto(`/${this.lang}/${ARTICLE}/${fragment ? `#${fragment}` : ''}`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
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
    const results = await new AxeBuilder({ page: this.page })
      .include(`#${ID}`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  }
}
