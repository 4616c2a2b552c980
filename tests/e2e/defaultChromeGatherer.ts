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
import { expect } from '@playwright/test';
import type { GathererPage } from './pages/GathererPage.ts';

export const env = {
  port: Number(process.env.TURN_PORT),
  username: process.env.TURN_USERNAME ?? '',
  password: process.env.TURN_PASSWORD ?? '',
};
export const STUN = `stun:127.0.0.1:${env.port}`;
export const TURN = `turn:127.0.0.1:${env.port}?transport=udp`;

export const text = {
  en: {
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

/** Gathers with STUN and TURN in default Chrome and checks the hidden state the reader sees first. */
export async function gatherHidden(gatherer: GathererPage): Promise<void> {
  const lang = gatherer.lang;
  await gatherer.addServer(STUN);
  await gatherer.addServer(TURN, env.username, env.password);
  await gatherer.gather();
  const hosts = gatherer.rows('host').locator('[data-part="address"]');
  await expect(hosts.first()).toBeVisible();
  for (const address of await hosts.allTextContents()) expect(address).toMatch(/\.local$/);
  const srflx = gatherer.rows('srflx');
  await expect(srflx).toHaveCount(1);
  await expect(srflx.locator('[data-part="raddr"]')).toHaveText('0.0.0.0');
  await expect(srflx.locator('[data-part="rport"]')).toHaveText('0');
  await expect(srflx.locator('[data-part="raddr-hidden"]')).toHaveText(text[lang].raddrHidden);
  await expect(gatherer.root.locator('.readings p[data-reading="srflx-hosts-hidden"]')).toHaveText(text[lang].hidden);
  await expect(gatherer.verdict(STUN)).toHaveAttribute('data-verdict', 'works');
  await expect(gatherer.optIn()).toBeVisible();
  await expect(gatherer.optIn()).toContainText(text[lang].privacy);
}

