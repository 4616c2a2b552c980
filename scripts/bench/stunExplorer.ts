/**
 * How long the STUN explorer takes to show a 1,500-byte message: from the
 * moment the hex lands in the text box (an `input` event, as a paste makes)
 * to the first frame painted after the grid holds all 1,500 bytes.
 *
 * Runs Debian's Chromium (the test flags of scripts/support/chromium.ts, as Playwright's) against the
 * built site in $ASTRO_OUT_DIR (default dist/), served by a small static
 * server on a free loopback port. Each run starts from a 20-byte message,
 * so the grid is built afresh. Prints one JSON object:
 * `{ stunExplorerRender1500Ms, stunExplorerRender1500ChannelDataMs, runs }`
 * (medians, in milliseconds).
 *
 * Usage: node scripts/bench/stunExplorer.ts  (after `npm run build`)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { median, serveStatic } from '../support/benchKit.ts';
import { encodeChannelData, encodeStun, toHex } from '../../src/lib/stun/index.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const page = '/en/stun-on-the-wire/';


function build(result: { ok: true; value: Uint8Array } | { ok: false; error: { message: string } }): Uint8Array {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A TURN Data indication of exactly 1,500 bytes: XOR-PEER-ADDRESS, 1,456 bytes of DATA, FINGERPRINT. */
const dataIndication = build(
  encodeStun({
    messageClass: 'indication',
    method: 'Data',
    transactionId: Uint8Array.from({ length: 12 }, (_, i) => i + 1),
    attributes: [
      { type: 'XOR-PEER-ADDRESS', address: '192.0.2.150', port: 61234 },
      { type: 'DATA', data: Uint8Array.from({ length: 1456 }, (_, i) => (i * 31) & 0xff) },
      { type: 'FINGERPRINT' },
    ],
  }),
);
/** A ChannelData message of 1,500 bytes: a 4-byte header and 1,496 bytes of data. */
const channelData = build(encodeChannelData({ channelNumber: 0x4000, data: Uint8Array.from({ length: 1496 }, (_, i) => (i * 13) & 0xff) }));
/** Where every run starts: a 20-byte Binding request. */
const small = '00 01 00 00 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 01';


if (!existsSync(join(root, page, 'index.html'))) {
  console.error(`No built page at ${join(root, page)}; run npm run build first.`);
  process.exit(1);
}

const { server } = await serveStatic(root);
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...testFlags] });
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`http://127.0.0.1:${port}${page}#stun-explorer?sample=binding-request`);
  await tab.locator('#stun-explorer[data-ready]').waitFor();

  async function timeRender(hex: string, bytes: number): Promise<number> {
    await tab.evaluate((text) => {
      const box = document.querySelector<HTMLTextAreaElement>('#stun-explorer-hex')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, small);
    await tab.waitForFunction(() => document.querySelectorAll('#stun-explorer [role="gridcell"]').length === 20);
    return tab.evaluate(
      ({ text, count }) =>
        new Promise<number>((done) => {
          const box = document.querySelector<HTMLTextAreaElement>('#stun-explorer-hex')!;
          const grid = document.querySelector('#stun-explorer .grid-scroll')!;
          const start = performance.now();
          const painted = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          const check = () => grid.querySelectorAll('[role="gridcell"]').length === count;
          const observer = new MutationObserver(() => {
            if (!check()) return;
            observer.disconnect();
            painted();
          });
          observer.observe(grid, { childList: true, subtree: true });
          box.value = text;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { text: hex, count: bytes },
    );
  }

  const figures: Record<string, number> = {};
  for (const [name, bytes] of [
    ['stunExplorerRender1500Ms', dataIndication],
    ['stunExplorerRender1500ChannelDataMs', channelData],
  ] as const) {
    const hex = toHex(bytes, { bytesPerLine: 16 });
    for (let i = 0; i < WARMUP; i++) await timeRender(hex, bytes.length);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeRender(hex, bytes.length));
    console.error(`${name}: ${times.map((t) => t.toFixed(1)).join(' ')}`);
    figures[name] = median(times);
  }
  console.log(JSON.stringify({ ...figures, runs: RUNS }));
} finally {
  await browser.close();
  server.close();
}
