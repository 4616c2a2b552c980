/**
 * What the TURN check widget's relay data test costs on top of the browser's
 * own relayed data channel. Starts one coturn on 127.0.0.1 (scripts/support/
 * coturn.ts, loopback only, relaying only to loopback peers), serves the
 * built site (ASTRO_OUT_DIR or dist/) with benchKit's static server, and in
 * one Debian Chromium with the test flags of scripts/support/chromium.ts alternates, run by run:
 *
 * - the widget, as a reader drives it: open /en/tools/turn-check/, type the
 *   `turn:127.0.0.1:<port>?transport=udp` URL with the user and password,
 *   pick "peers on this machine", press the run button, and read the RTT
 *   and MB/s the verdict row shows (the widget's relay data test: 4,000,000
 *   bytes in 16 KiB chunks from the first byte sent until the receiver
 *   confirms the last, after 10 ping-pongs for the median RTT);
 * - a bare relay-only loopback through the same coturn: a minimal page
 *   script (no framework, no progress updates) with two RTCPeerConnections
 *   `iceTransportPolicy: 'relay'`, the same byte count, chunk size, send
 *   buffer limits, ping-pongs and clock.
 *
 * Medians of RUNS runs each (default 7) after 1 warm-up; which of the two
 * goes first alternates. Prints one JSON object: widgetMBps, bareMBps,
 * ratio (= widgetMBps / bareMBps, target ≥ 0.9), pairedRatio (median of
 * each widget run over the bare run beside it), widgetRttMs, bareRttMs, bytes, chunkBytes, runs, the per-run
 * throughputs, and the machine's 1-minute load average (figures are only
 * comparable between runs on an otherwise idle machine). Nothing here
 * passes or fails on a threshold.
 *
 * Run after a build: node scripts/bench/turnCheck.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { median, serveStatic } from '../support/benchKit.ts';
import { startCoturn } from '../support/coturn.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.RUNS ?? process.env.BENCH_RUNS ?? 7);
const WARMUPS = 1;
/** The widget's relay data test (src/lib/browser/turnProbe.ts): bytes, chunk, send-buffer high water, pings. */
const BYTES = 4_000_000;
const CHUNK = 16 * 1024;
const HIGH_WATER = 4 * 1024 * 1024;
const PINGS = 10;
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const pagePath = '/en/tools/turn-check/';

if (!existsSync(join(dist, pagePath, 'index.html'))) {
  console.error(`No built page at ${join(dist, pagePath)}; run npm run build first.`);
  process.exit(1);
}

interface Figures { mbps: number; rttMs: number }

/** benchKit's median at 0.01 resolution (MB/s around 1–30 and ratios near 1 need it). */
const median2 = (values: readonly number[]) => Math.round(median(values.map((v) => v * 100))) / 100;

/** One widget run, as the reader does it; returns what the verdict row shows. */
async function widgetRun(browser: Browser, base: string, url: string, username: string, password: string): Promise<Figures> {
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    await page.goto(pagePath);
    await page.locator('#turn-check').hover(); // client:interact: the reader reaches for it
    const root = page.locator('#turn-check[data-ready="true"]');
    await root.waitFor({ timeout: 30_000 });
    await root.locator('input[id$="-urls"]').first().fill(url);
    await root.locator('input[id$="-username"]').first().fill(username);
    await root.locator('input[id$="-credential"]').first().fill(password);
    await root.locator('#turn-check-peers').selectOption('this-machine');
    await root.locator('button.run').click();
    const row = root.locator(`tr[data-url="${url}"]`);
    await row.waitFor({ timeout: 60_000 });
    const data = await row.getAttribute('data-data');
    const cells = row.locator('td.num');
    const rttText = (await cells.nth(0).textContent()) ?? '';
    const mbpsText = (await cells.nth(1).textContent()) ?? '';
    const rtt = /([\d.]+)\s*ms/.exec(rttText);
    const mbps = /([\d.]+)\s*MB\/s/.exec(mbpsText);
    if (data !== 'ok' || rtt === null || mbps === null) throw new Error(`widget data test did not pass: data=${data}, rtt="${rttText}", throughput="${mbpsText}"`);
    return { mbps: Number(mbps[1]), rttMs: Number(rtt[1]) };
  } finally {
    await context.close();
  }
}

/**
 * One bare run: two relay-only peer connections in a fresh page of the same
 * origin (a fresh browser context, as each widget run gets), measured as the
 * widget measures.
 */
async function bareRun(browser: Browser, base: string, server: RTCIceServer): Promise<Figures> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  // A text page of the site (no framework JS); the bare script runs through the driver, not the site's code.
  await page.goto('/en/');
  const result = await page.evaluate(
    async ({ server, total, chunkSize, highWater, pings }) => {
      const config: RTCConfiguration = { iceServers: [server], iceTransportPolicy: 'relay' };
      const a = new RTCPeerConnection(config);
      const b = new RTCPeerConnection(config);
      a.onicecandidate = (e) => { if (e.candidate && e.candidate.candidate !== '') void b.addIceCandidate(e.candidate).catch(() => {}); };
      b.onicecandidate = (e) => { if (e.candidate && e.candidate.candidate !== '') void a.addIceCandidate(e.candidate).catch(() => {}); };
      try {
        const send = a.createDataChannel('bare', { ordered: true });
        send.binaryType = 'arraybuffer';
        const received = new Promise<RTCDataChannel>((resolve) => { b.ondatachannel = (e) => resolve(e.channel); });
        const opened = new Promise<void>((resolve) => { send.onopen = () => resolve(); });
        await a.setLocalDescription(await a.createOffer());
        await b.setRemoteDescription(a.localDescription!);
        await b.setLocalDescription(await b.createAnswer());
        await a.setRemoteDescription(b.localDescription!);
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('bare relay loopback timed out')), 30_000));
        await Promise.race([opened, timeout]);
        const rx = await Promise.race([received, timeout]);
        rx.binaryType = 'arraybuffer';
        let got = 0;
        let pong: (() => void) | null = null;
        let done: (() => void) | null = null;
        rx.onmessage = (e) => {
          if (typeof e.data === 'string') { rx.send(e.data); return; }
          got += (e.data as ArrayBuffer).byteLength;
          if (got >= total) rx.send('done');
        };
        send.onmessage = (e) => { if (e.data === 'done') done?.(); else pong?.(); };
        const rtts: number[] = [];
        for (let i = 0; i < pings; i++) {
          const sent = performance.now();
          await Promise.race([new Promise<void>((resolve) => { pong = resolve; send.send(`ping ${i}`); }), timeout]);
          rtts.push(performance.now() - sent);
        }
        rtts.sort((x, y) => x - y);
        const rttMs = rtts[Math.floor(rtts.length / 2)] ?? 0;
        const chunk = new Uint8Array(chunkSize);
        const finished = new Promise<void>((resolve) => { done = resolve; });
        send.bufferedAmountLowThreshold = highWater / 4;
        const start = performance.now();
        let sentBytes = 0;
        while (sentBytes < total) {
          if (send.bufferedAmount > highWater) {
            await new Promise<void>((resolve) => { send.onbufferedamountlow = () => resolve(); });
            continue;
          }
          const n = Math.min(chunkSize, total - sentBytes);
          send.send(n === chunkSize ? chunk : chunk.subarray(0, n));
          sentBytes += n;
        }
        await Promise.race([finished, timeout]);
        const seconds = (performance.now() - start) / 1000;
        // Which pair carried it: must be relay ↔ relay, as in the widget.
        const stats = await a.getStats();
        let pairId = '';
        stats.forEach((s: { type: string; selectedCandidatePairId?: string }) => { if (s.type === 'transport' && s.selectedCandidatePairId) pairId = s.selectedCandidatePairId; });
        const pair = stats.get(pairId) as { localCandidateId: string; remoteCandidateId: string } | undefined;
        const types = pair ? [stats.get(pair.localCandidateId)?.candidateType, stats.get(pair.remoteCandidateId)?.candidateType] : [];
        return { mbps: Math.round((total / 1e6 / seconds) * 100) / 100, rttMs: Math.round(rttMs * 100) / 100, types };
      } finally {
        a.close();
        b.close();
      }
    },
    { server, total: BYTES, chunkSize: CHUNK, highWater: HIGH_WATER, pings: PINGS },
  ).finally(() => context.close());
  if (result.types.join() !== 'relay,relay') throw new Error(`bare loopback did not go relay ↔ relay (${result.types.join(' ↔ ')})`);
  return { mbps: result.mbps, rttMs: result.rttMs };
}

const coturn = await startCoturn();
let browser: Browser | undefined;
const { server } = await serveStatic(dist);
try {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  const url = `turn:127.0.0.1:${coturn.port}?transport=udp`;
  const iceServer: RTCIceServer = { urls: url, username: coturn.username, credential: coturn.password };
  browser = await chromium.launch({ executablePath: chromiumPath, args: [...testFlags] });
  console.error(`coturn on 127.0.0.1:${coturn.port} (udp), site on ${base}`);
  const widget: Figures[] = [];
  const bare: Figures[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer coturn.
    const first = i % 2 === 0;
    const b1 = first ? await bareRun(browser, base, iceServer) : undefined;
    const w = await widgetRun(browser, base, url, coturn.username, coturn.password);
    const b = b1 ?? (await bareRun(browser, base, iceServer));
    if (i >= WARMUPS) {
      widget.push(w);
      bare.push(b);
    }
    console.error(`run ${i + 1 - WARMUPS}${i < WARMUPS ? ' (warm-up)' : ''}: widget ${w.mbps} MB/s ${w.rttMs} ms, bare ${b.mbps} MB/s ${b.rttMs} ms`);
  }
  const widgetMBps = median2(widget.map((r) => r.mbps));
  const bareMBps = median2(bare.map((r) => r.mbps));
  console.log(
    JSON.stringify({
      widgetMBps,
      bareMBps,
      ratio: Math.round((widgetMBps / bareMBps) * 100) / 100,
      // Each widget run over the bare run beside it (same moment, same machine load), median.
      pairedRatio: median2(widget.map((w, i) => w.mbps / bare[i]!.mbps)),
      widgetRttMs: median2(widget.map((r) => r.rttMs)),
      bareRttMs: median2(bare.map((r) => r.rttMs)),
      transport: 'udp',
      bytes: BYTES,
      chunkBytes: CHUNK,
      runs: RUNS,
      widgetRunsMBps: widget.map((r) => r.mbps),
      bareRunsMBps: bare.map((r) => r.mbps),
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    }),
  );
} finally {
  await browser?.close();
  server.close();
  await coturn.stop();
}
