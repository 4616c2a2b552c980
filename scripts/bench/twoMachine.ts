/**
 * What the two-machine connection test costs on top of the browser's own
 * connection setup, and how long its invitation code is. Serves the built
 * site (ASTRO_OUT_DIR or dist/) with the small static server of
 * scripts/support/benchKit.ts on 127.0.0.1, launches two Debian Chromium
 * processes (the test flags of scripts/support/chromium.ts, as Playwright's; no ICE servers,
 * so every candidate is a loopback host candidate) and alternates:
 *
 * - the widget on /en/test-the-real-network/, driven as a reader drives it
 *   (as tests/e2e/two-machine.spec.ts does): browser A clicks Create
 *   invitation, the invitation code is read out of A's page and pasted into
 *   B's, B makes the answer, the answer code is read out of B's page and
 *   pasted into A's, A clicks Connect. Measured: the widget's own
 *   `data-open-ms` on A — from the moment the pasted answer is accepted
 *   (decoded and checked, just before setRemoteDescription) to the data
 *   channel's `open` event;
 * - a bare loopback in one page of browser A: two RTCPeerConnections, no ICE
 *   servers, the same pre-negotiated data channel as the widget
 *   (`negotiated: true, id: 0`), each side gathering completely before its
 *   description is handed over directly (no trickle, like the codes);
 *   from the offerer's setRemoteDescription(answer) call to `open`;
 * - for context, the same bare exchange between a page in A and a page in B
 *   (descriptions handed over by this script): what two browser processes
 *   cost without the widget (bareTwoBrowsersOpenMs), and again with the
 *   answer held back PASTE_DELAY_MS before the offerer applies it, as a
 *   reader's copy and paste holds it back while the answerer's checks and
 *   DTLS retransmissions run on (bareTwoBrowsersAnswerLateOpenMs).
 *
 * Medians of RUNS runs each (default 9) after 2 warm-ups. Prints one JSON
 * object: twoMachineOpenMs, bareOpenMs, ratio (= twoMachineOpenMs /
 * bareOpenMs), bareTwoBrowsersOpenMs, bareTwoBrowsersAnswerLateOpenMs,
 * answerLateByMs, twoMachineOpenMsRange (min and max),
 * offerCodeChars (median length of the invitation code in
 * characters, with min and max in offerCodeCharsRange), offerCandidates
 * (candidates in that code, decoded with src/lib/twomachine/connectionCode.ts),
 * answerCodeChars, runs, and the machine's 1-minute load average (the
 * figures are only comparable between runs on an otherwise idle machine).
 *
 * Run after a build: node_modules/.bin/node scripts/bench/twoMachine.ts
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, serveStatic } from '../support/benchKit.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';
import { decodeConnectionCode } from '../../src/lib/twomachine/connectionCode.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 9);
const WARMUPS = 2;
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const args = [...testFlags];
/** How long the bare two-browser variant holds the answer back, as a reader's copy and paste does. */
const PASTE_DELAY_MS = 1500;
const path = '/en/test-the-real-network/';
const t = translator('en', twoMachineUi);

if (!existsSync(`${dist}${path}index.html`)) {
  console.error(`No built site in ${dist}/ (run npm run build first).`);
  process.exit(1);
}

interface WidgetRun {
  openMs: number;
  offerChars: number;
  offerCandidates: number;
  answerChars: number;
}

async function openWidget(browser: Browser, base: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${base}${path}`);
  const root = page.locator('#two-machine');
  await root.hover(); // client:interact: the reader reaches for it
  await page.locator('#two-machine[data-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

/** One widget run between the two browsers, codes copied out of one page and pasted into the other. */
async function widgetRun(a: Browser, b: Browser, base: string): Promise<WidgetRun> {
  const [pageA, pageB] = [await openWidget(a, base), await openWidget(b, base)];
  try {
    const rootA = pageA.locator('#two-machine');
    const rootB = pageB.locator('#two-machine');
    await rootA.getByRole('button', { name: t('create') }).click();
    await rootA.locator('.tm-code[data-kind="invitation"]').waitFor({ timeout: 30_000 });
    const invitation = await rootA.locator('.tm-code-text').inputValue();
    await rootB.getByLabel(t('offer.label')).fill(invitation);
    await rootB.getByRole('button', { name: t('offer.submit') }).click();
    await rootB.locator('.tm-code[data-kind="answer"]').waitFor({ timeout: 30_000 });
    const answer = await rootB.locator('.tm-code-text').inputValue();
    await rootA.getByLabel(t('answer.label')).fill(answer);
    await rootA.getByRole('button', { name: t('answer.submit') }).click();
    const opened = pageA.locator('#two-machine[data-open-ms]');
    await opened.waitFor({ state: 'attached', timeout: 30_000 });
    const openMs = Number(await opened.getAttribute('data-open-ms'));
    const decoded = decodeConnectionCode(invitation, 'offer');
    if (!decoded.ok) throw new Error(`the widget's invitation did not decode: ${decoded.error.code}`);
    if (!Number.isFinite(openMs)) throw new Error('data-open-ms is not a number');
    return { openMs, offerChars: invitation.length, offerCandidates: decoded.value.candidates.length, answerChars: answer.length };
  } finally {
    await pageA.close();
    await pageB.close();
  }
}

/** One bare run in a page: complete descriptions handed over directly; setRemoteDescription(answer) → open. */
async function bareRun(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const complete = (pc: RTCPeerConnection) =>
      pc.iceGatheringState === 'complete'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const check = () => {
              if (pc.iceGatheringState !== 'complete') return;
              pc.removeEventListener('icegatheringstatechange', check);
              resolve();
            };
            pc.addEventListener('icegatheringstatechange', check);
          });
    const a = new RTCPeerConnection();
    const b = new RTCPeerConnection();
    const channel = a.createDataChannel('bench', { negotiated: true, id: 0 });
    b.createDataChannel('bench', { negotiated: true, id: 0 });
    let started = 0;
    const open = new Promise<number>((resolve) => channel.addEventListener('open', () => resolve(performance.now() - started)));
    await a.setLocalDescription();
    await complete(a);
    await b.setRemoteDescription({ type: 'offer', sdp: a.localDescription!.sdp });
    await b.setLocalDescription();
    await complete(b);
    const answer = { type: 'answer' as const, sdp: b.localDescription!.sdp };
    started = performance.now();
    await a.setRemoteDescription(answer);
    const ms = await open;
    a.close();
    b.close();
    return ms;
  });
}

/** Setup shared by the two-browser bare run: a peer connection on `window.__pc`, the widget's channel, complete gathering. */
function barePeer(): void {
  const pc = new RTCPeerConnection();
  const channel = pc.createDataChannel('bench', { negotiated: true, id: 0 });
  const w = window as unknown as { __pc: RTCPeerConnection; __open: Promise<number>; __started: number };
  w.__pc = pc;
  w.__open = new Promise<number>((resolve) => channel.addEventListener('open', () => resolve(performance.now() - w.__started)));
}

/** Resolves with the complete local description of `window.__pc`. */
async function completeLocal(): Promise<string> {
  const pc = (window as unknown as { __pc: RTCPeerConnection }).__pc;
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const check = () => {
        if (pc.iceGatheringState === 'complete') resolve();
      };
      pc.addEventListener('icegatheringstatechange', check);
    });
  }
  return pc.localDescription!.sdp;
}

/**
 * The same bare exchange between pages in the two browser processes (SDP
 * handed over by the bench, not through the widget): separates what two
 * processes cost from what the widget costs.
 */
async function bareTwoBrowsersRun(pageA: Page, pageB: Page, delayMs = 0): Promise<number> {
  await pageA.evaluate(barePeer);
  await pageB.evaluate(barePeer);
  await pageA.evaluate(() => (window as unknown as { __pc: RTCPeerConnection }).__pc.setLocalDescription());
  const offer = await pageA.evaluate(completeLocal);
  await pageB.evaluate(async (sdp) => {
    const pc = (window as unknown as { __pc: RTCPeerConnection }).__pc;
    await pc.setRemoteDescription({ type: 'offer', sdp });
    await pc.setLocalDescription();
  }, offer);
  const answer = await pageB.evaluate(completeLocal);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const ms = await pageA.evaluate(async (sdp) => {
    const w = window as unknown as { __pc: RTCPeerConnection; __open: Promise<number>; __started: number };
    w.__started = performance.now();
    await w.__pc.setRemoteDescription({ type: 'answer', sdp });
    return w.__open;
  }, answer);
  await pageA.evaluate(() => (window as unknown as { __pc: RTCPeerConnection }).__pc.close());
  await pageB.evaluate(() => (window as unknown as { __pc: RTCPeerConnection }).__pc.close());
  return ms;
}

const { server, port } = await serveStatic(dist);
const base = `http://127.0.0.1:${port}`;
const browsers: Browser[] = [];
try {
  browsers.push(await chromium.launch({ executablePath: chromiumPath, args }));
  browsers.push(await chromium.launch({ executablePath: chromiumPath, args }));
  const [a, b] = browsers as [Browser, Browser];
  const barePage = await a.newPage();
  await barePage.goto(`${base}/en/`);
  const bareOtherPage = await b.newPage();
  await bareOtherPage.goto(`${base}/en/`);
  const widget: WidgetRun[] = [];
  const bare: number[] = [];
  const bareTwo: number[] = [];
  const bareLate: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const w = await widgetRun(a, b, base);
    const ms = await bareRun(barePage);
    const two = await bareTwoBrowsersRun(barePage, bareOtherPage);
    const late = await bareTwoBrowsersRun(barePage, bareOtherPage, PASTE_DELAY_MS);
    if (i >= WARMUPS) {
      widget.push(w);
      bare.push(ms);
      bareTwo.push(two);
      bareLate.push(late);
    }
  }
  const twoMachineOpenMs = median(widget.map((r) => r.openMs));
  const bareOpenMs = median(bare);
  const offerChars = widget.map((r) => r.offerChars);
  console.log(
    JSON.stringify({
      twoMachineOpenMs,
      bareOpenMs,
      ratio: Math.round((twoMachineOpenMs / bareOpenMs) * 100) / 100,
      bareTwoBrowsersOpenMs: median(bareTwo),
      bareTwoBrowsersAnswerLateOpenMs: median(bareLate),
      answerLateByMs: PASTE_DELAY_MS,
      twoMachineOpenMsRange: [Math.min(...widget.map((r) => r.openMs)), Math.max(...widget.map((r) => r.openMs))],
      offerCodeChars: median(offerChars),
      offerCodeCharsRange: [Math.min(...offerChars), Math.max(...offerChars)],
      offerCandidates: median(widget.map((r) => r.offerCandidates)),
      answerCodeChars: median(widget.map((r) => r.answerChars)),
      runs: RUNS,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    }),
  );
} finally {
  for (const browser of browsers) await browser.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
