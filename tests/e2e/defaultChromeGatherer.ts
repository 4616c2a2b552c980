/**
 * Shared by gatherer-default-chrome.spec.ts and gatherer-no-microphone.spec.ts
 * (launch options must be set per file). The gatherer as a reader in default Chrome sees it: mDNS host-name hiding
 * ON (no `--disable-features=WebRtcHideLocalIpsWithMdns`) and no media
 * permission, against the real coturn from globalSetup.
 *
 * Observed first in this Chromium (Debian 156.0.8078.114) with coturn on
 * 127.0.0.1, before writing these tests:
 * - Default: two `.local` host candidates; the srflx is `127.0.0.1 … raddr
 *   0.0.0.0 rport 0` (kept although it equals a local address, because the
 *   host addresses are hidden); the relay's raddr is the real 127.0.0.1.
 * - `getUserMedia({audio:true})` without a prompt answer: NotAllowedError
 *   "Permission denied"; nothing changes.
 * - Once the page holds microphone permission (here granted through
 *   `context.grantPermissions`, as a reader's "Allow" does), gathering shows
 *   real host addresses (127.0.0.1, 192.0.2.2, ::1, fd00::2, also TCP
 *   active ones), one relay per interface with its real raddr — and no srflx:
 *   the srflx equals a host address now shown, and libwebrtc drops it as
 *   redundant. It is the permission, not a running capture, that matters.
 * - With `--use-fake-ui-for-media-stream` the permission counts as granted
 *   from the start, so hosts are real even before any getUserMedia; that
 *   flag therefore cannot show the "before" state and is not used here.
 * - With no microphone at all: NotFoundError "Requested device not found".
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type Lang } from './fixtures.ts';

export const env = {
  port: Number(process.env.TURN_PORT),
  username: process.env.TURN_USERNAME ?? '',
  password: process.env.TURN_PASSWORD ?? '',
};
export const STUN = `stun:127.0.0.1:${env.port}`;
export const TURN = `turn:127.0.0.1:${env.port}?transport=udp`;

export const text = {
  en: {
    start: 'Start gathering',
    button: 'Show my real local addresses',
    privacy: /tracks are stopped immediately; nothing is recorded, kept or sent/,
    hidden: /Chrome hides them here.*not a STUN failure/,
    raddrHidden: 'hidden by the browser — see the reading',
    denied: /Microphone permission was refused \(NotAllowedError/,
    granted: /Microphone permission granted/,
    noDevice: /This machine has no microphone \(NotFoundError/,
    noMediaDevices: /navigator\.mediaDevices is missing/,
    dropped: /libwebrtc drops a srflx equal to one of them/,
  },
  ja: {
    start: '収集を開始',
    button: '実際のローカルアドレスを表示',
    privacy: /トラックはただちに停止し、録音も保存も送信もしません/,
    hidden: /Chrome がここではそれを隠している.*STUN の失敗ではありません/,
    raddrHidden: 'ブラウザーが隠しています。読み解きを参照',
    denied: /マイクの許可が拒否されたため（NotAllowedError/,
    granted: /マイクの許可を得て/,
    noDevice: /このマシンにはマイクがないため（NotFoundError/,
    noMediaDevices: /navigator\.mediaDevices がありません/,
    dropped: /それと同じ srflx を重複として捨てます/,
  },
} as const;

export class Gatherer {
  readonly root: Locator;
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
    this.root = page.locator('#gatherer');
  }
  async open(): Promise<void> {
    await this.page.goto(`/${this.lang}/closed-network/`);
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }
  async addServer(urls: string, username = '', credential = ''): Promise<void> {
    const count = await this.root.locator('.ice-server-editor .row').count();
    await this.root.locator('.ice-server-editor button.add').click();
    const row = this.root.locator('.ice-server-editor .row').nth(count);
    await row.locator('input[id$="-urls"]').fill(urls);
    if (username) await row.locator('input[id$="-username"]').fill(username);
    if (credential) await row.locator('input[id$="-credential"]').fill(credential);
  }
  async gather(): Promise<void> {
    await this.root.getByRole('button', { name: text[this.lang].start }).click();
    await expect(this.root).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
  }
  rows(type?: 'host' | 'srflx' | 'relay') {
    return this.root.locator(`table.candidates tbody tr${type ? `[data-type="${type}"]` : ''}`);
  }
  optIn() {
    return this.root.locator('.local-addresses');
  }
  button() {
    return this.root.getByRole('button', { name: text[this.lang].button });
  }
  async axe(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include('#gatherer').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  /** Gathers with STUN and TURN in default Chrome and checks the hidden state. */
  async gatherHidden(): Promise<void> {
    await this.addServer(STUN);
    await this.addServer(TURN, env.username, env.password);
    await this.gather();
    const hosts = this.rows('host').locator('[data-part="address"]');
    await expect(hosts.first()).toBeVisible();
    for (const address of await hosts.allTextContents()) expect(address).toMatch(/\.local$/);
    const srflx = this.rows('srflx');
    await expect(srflx).toHaveCount(1);
    await expect(srflx.locator('[data-part="raddr"]')).toHaveText('0.0.0.0');
    await expect(srflx.locator('[data-part="rport"]')).toHaveText('0');
    await expect(srflx.locator('[data-part="raddr-hidden"]')).toHaveText(text[this.lang].raddrHidden);
    await expect(this.root.locator('.readings p[data-reading="srflx-hosts-hidden"]')).toHaveText(text[this.lang].hidden);
    await expect(this.root.locator('ul.verdicts li[data-url="' + STUN + '"]')).toHaveAttribute('data-verdict', 'works');
    await expect(this.optIn()).toBeVisible();
    await expect(this.optIn()).toContainText(text[this.lang].privacy);
  }
}

