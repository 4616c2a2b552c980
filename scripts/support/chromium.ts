/**
 * Chromium, once for everything that launches it: Playwright
 * (playwright.config.ts; playwright.subpath.config.ts inherits it), the
 * e2e specs that start their own browser, the benchmarks (scripts/bench/*)
 * and the NAT lab (scripts/lab/browser.ts). Always Debian's Chromium, never
 * a downloaded browser.
 */

/** The browser binary; `CHROMIUM_PATH` overrides Debian's `/usr/bin/chromium`. */
export const chromiumPath: string = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * A quiet browser: no sandbox (tests and the lab run as root), no GPU, no
 * QUIC, and nothing it would fetch on its own (first-run pages, component
 * updates, sync, background requests) — so the only traffic is the page's.
 */
export const quietFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lets WebRTC gather on loopback interfaces, so tests reach the coturn that runs on 127.0.0.1. */
export const loopbackFlag = '--allow-loopback-in-peer-connection';

/**
 * Shows real host addresses instead of `.local` mDNS names. Default Chrome
 * hides them for a page without camera or microphone permission (the
 * `WebRtcHideLocalIpsWithMdns` feature); leave this flag out to test what a
 * reader in default Chrome sees.
 */
export const showHostAddressesFlag = '--disable-features=WebRtcHideLocalIpsWithMdns';

/** Tests and benchmarks: loopback WebRTC with real host addresses. */
export const testFlags: readonly string[] = [...quietFlags, loopbackFlag, showHostAddressesFlag];

/** Default Chrome as the reader has it (mDNS hiding on), with loopback allowed for the test coturn. */
export const defaultChromeFlags: readonly string[] = [...quietFlags, loopbackFlag];

/**
 * The NAT lab's browsers, each inside a network namespace; add
 * {@link showHostAddressesFlag} unless a case wants Chrome's mDNS names.
 * Not {@link loopbackFlag}: with interface enumeration allowed it adds
 * 127.0.0.1 candidates, which can never reach a browser in another
 * namespace. Chromium resolves names at start-up even with background
 * networking off, so every lookup fails locally (mDNS names excepted)
 * instead of sending DNS.
 */
export const labFlags: readonly string[] = [
  '--headless',
  ...quietFlags,
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE *.local',
];

/**
 * Lighthouse's browser (started by chrome-launcher, not Playwright): the
 * quiet flags, the new headless mode, and none of Chrome's own services
 * (default apps, domain reliability, phishing checks, translation,
 * optimisation hints), so the report measures the page alone.
 */
export const lighthouseFlags: readonly string[] = [
  '--headless=new',
  ...quietFlags,
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-default-browser-check',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
];
