/**
 * What the two-tab loopback lab costs on top of the browser's own
 * connection setup. Serves the built site (ASTRO_OUT_DIR or dist/) with
 * `astro preview --ignore-lock` on a free port (so it can run beside other
 * preview servers), and in one Debian Chromium with the flags of
 * playwright.config.ts alternates:
 *
 * - the lab: a first tab opens /en/two-tabs/#two-tabs?room=<new id> and
 *   waits in the room; then a second tab is created and opens the same
 *   link. Measured: from the second tab's creation to the moment the data
 *   channel is open in BOTH tabs (page load, hydration, BroadcastChannel
 *   pairing, signaling, ICE, DTLS, SCTP);
 * - the bare baseline, the same shape without the lab: a new tab is created
 *   and opens a bare page of the same origin whose inline script makes two
 *   RTCPeerConnections with a pre-negotiated data channel and hands offer,
 *   answer and candidates over directly. Measured: from the tab's creation
 *   to that channel's `open` (page load + connect).
 *
 * Medians of RUNS runs each (default 11) after 2 warm-ups, alternating.
 * Prints one JSON object: labMs, bareMs, ratio (= labMs / bareMs, target
 * ≤ 2), and for context loopbackFromLoadMs (second tab's `load` to its
 * channel open), loopbackFromJoinMs (from the hydrated lab joining the room:
 * signaling, ICE, DTLS and SCTP only), bareConnectMs (the bare connection
 * alone, in an already loaded page), runs, and the machine's 1-minute load
 * average (figures are only comparable between runs on an idle machine).
 *
 * Run after a build: node_modules/.bin/node scripts/bench/loopback.ts
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 11);
const WARMUPS = 2;
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const args = [...testFlags];

if (!existsSync(`${dist}/en/two-tabs/index.html`)) {
  console.error(`No built site in ${dist}/ (run npm run build first).`);
  process.exit(1);
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Starts `astro preview` for the built site and waits until it answers. */
async function startPreview(port: number): Promise<() => void> {
  // Through this Node (24), not the system one the astro launcher's shebang finds.
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_OUT_DIR: dist },
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/en/two-tabs/`);
      if (response.ok) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('astro preview did not answer within 30 s');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const m = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(m * 100) / 100;
}

/**
 * Records, in the page, when the lab joins the room (its BroadcastChannel is
 * created) and when the first data channel it creates opens (page clock).
 * `__opened` resolves then, so the bench can wait without polling the page.
 */
function recordChannelOpen(): void {
  const w = window as unknown as { __openAt?: number; __joinAt?: number; __opened?: Promise<void> };
  let resolve: () => void = () => {};
  w.__opened = new Promise<void>((r) => (resolve = r));
  const Channel = window.BroadcastChannel;
  window.BroadcastChannel = class extends Channel {
    constructor(name: string) {
      super(name);
      w.__joinAt ??= performance.now();
    }
  };
  const create = RTCPeerConnection.prototype.createDataChannel;
  RTCPeerConnection.prototype.createDataChannel = function (this: RTCPeerConnection, ...rest: Parameters<typeof create>) {
    const channel = create.apply(this, rest);
    channel.addEventListener('open', () => {
      w.__openAt ??= performance.now();
      resolve();
    });
    return channel;
  };
}

interface LabRun {
  /** From the second tab's creation to the channel open in both tabs. */
  readonly both: number;
  readonly fromLoad: number;
  readonly fromJoin: number;
}

/** Wall-clock time (ms since the epoch) of a page's channel open. */
async function openedAt(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as { __opened: Promise<void> }).__opened);
  return page.evaluate(() => performance.timeOrigin + (window as unknown as { __openAt: number }).__openAt);
}

/** One lab run, in a fresh context: the first tab waits in a room, then the second tab is created. */
async function labRun(browser: Browser, base: string, n: number): Promise<LabRun> {
  const context = await browser.newContext({ baseURL: base });
  try {
    await context.addInitScript(recordChannelOpen);
    const room = `bench${n}${Math.random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, '')}`;
    const url = `/en/two-tabs/#two-tabs?room=${room}`;
    const first = await context.newPage();
    await first.goto(url);
    await first.locator('#two-tabs[data-phase="waiting"]').waitFor({ timeout: 15_000 });
    // Let the first tab settle, as a reader would before opening the second.
    await first.waitForTimeout(300);
    const created = performance.timeOrigin + performance.now();
    const second = await context.newPage();
    await second.goto(url, { waitUntil: 'commit' });
    const [firstOpen, secondOpen] = await Promise.all([openedAt(first), openedAt(second)]);
    const inSecond = await second.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const { __openAt: openAt, __joinAt: joinAt } = window as unknown as { __openAt: number; __joinAt: number };
      return { fromLoad: openAt - nav.loadEventStart, fromJoin: openAt - joinAt };
    });
    return { both: Math.max(firstOpen, secondOpen) - created, ...inSecond };
  } finally {
    await context.close();
  }
}

/**
 * The bare connection: two RTCPeerConnections in one page with the same
 * pre-negotiated data channel, offer, answer and candidates handed over by
 * direct calls. Runs in the page (serialised with toString); resolves with
 * the page-clock time at which the channel opened.
 */
async function connectLoopback(): Promise<number> {
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  a.onicecandidate = ({ candidate }) => void b.addIceCandidate(candidate ?? undefined);
  b.onicecandidate = ({ candidate }) => void a.addIceCandidate(candidate ?? undefined);
  const channel = a.createDataChannel('bench', { negotiated: true, id: 0 });
  b.createDataChannel('bench', { negotiated: true, id: 0 });
  const open = new Promise<number>((resolve) => channel.addEventListener('open', () => resolve(performance.now())));
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription!);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription!);
  const openAt = await open;
  setTimeout(() => (a.close(), b.close()), 0);
  return openAt;
}

/** The bare page: its only script makes the bare connection as soon as it runs. */
const BARE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare loopback</title>
<script>window.__opened = (${connectLoopback.toString()})().then((t) => { window.__openAt = t; });</script><p>bare</p></html>`;

/** One bare run, in a fresh context: a new tab loads the bare page, which connects. */
async function bareTabRun(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ baseURL: base });
  try {
    // Same origin as the lab, served by the bench: nothing else differs.
    await context.route('**/__bench/bare.html', (route) => route.fulfill({ contentType: 'text/html', body: BARE_PAGE }));
    const created = performance.timeOrigin + performance.now();
    const page = await context.newPage();
    await page.goto('/__bench/bare.html', { waitUntil: 'commit' });
    return (await openedAt(page)) - created;
  } finally {
    await context.close();
  }
}

/** The bare connection alone, in an already loaded page (no page load): for context. */
async function bareRun(page: Page): Promise<number> {
  return page.evaluate(`(async () => { const started = performance.now(); return (await (${connectLoopback.toString()})()) - started; })()`);
}

const port = await freePort();
const stopPreview = await startPreview(port);
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args });
try {
  const barePage = await browser.newPage();
  await barePage.goto(`${base}/en/`);
  const lab: LabRun[] = [];
  const bareTab: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const l = await labRun(browser, base, i);
    const t = await bareTabRun(browser, base);
    const b = await bareRun(barePage);
    if (i >= WARMUPS) {
      lab.push(l);
      bareTab.push(t);
      bare.push(b);
    }
  }
  const labMs = median(lab.map((r) => r.both));
  const bareMs = median(bareTab);
  console.log(
    JSON.stringify({
      labMs,
      bareMs,
      ratio: Math.round((labMs / bareMs) * 100) / 100,
      loopbackFromLoadMs: median(lab.map((r) => r.fromLoad)),
      loopbackFromJoinMs: median(lab.map((r) => r.fromJoin)),
      bareConnectMs: median(bare),
      runs: RUNS,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    }),
  );
} finally {
  await browser.close();
  stopPreview();
}
