/**
 * What the candidate gatherer widget costs on top of the browser's own
 * gathering. Starts a throw-away coturn on 127.0.0.1, serves the built site
 * (ASTRO_OUT_DIR or dist/) with a small static server of its own (`astro
 * preview` refuses to run twice for one project, and the tests may be using
 * it), and in one Debian Chromium
 * (same flags as playwright.config.ts) alternates:
 *
 * - the widget on /en/closed-network/: STUN + TURN rows filled in, then
 *   Start is clicked; first candidate = the first row in the table, complete
 *   = the widget shows the end of gathering (both seen by a MutationObserver);
 * - a bare loop in the same page: new RTCPeerConnection with the same
 *   servers, one data channel, createOffer + setLocalDescription; first
 *   `icecandidate`, and `iceGatheringState` complete.
 *
 * Times run from the click (or the constructor call) on the page's clock.
 * Medians of RUNS runs each (default 21) after 2 warm-ups. Prints one JSON
 * object: gatherFirstCandidateMs, gatherCompleteMs, bareFirstCandidateMs,
 * bareCompleteMs, ratio (= gatherCompleteMs / bareCompleteMs),
 * firstCandidateRatio, runs.
 *
 * Run after a build: node_modules/.bin/node scripts/bench/gathering.ts
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startCoturn } from '../support/coturn.ts';
import { median, serveStatic } from '../support/benchKit.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 21);
const WARMUPS = 2;
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const args = [...testFlags];

if (!existsSync(`${dist}/en/closed-network/index.html`)) {
  console.error(`No built site in ${dist}/ (run npm run build first).`);
  process.exit(1);
}



const coturn = await startCoturn();
const { server, port } = await serveStatic(dist);
const stopAll = async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await coturn.stop();
};

try {
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const page = await browser.newPage();
  await page.goto(`${base}/en/closed-network/`);
  const root = page.locator('#gatherer');
  await root.hover(); // client:interact: the reader reaches for it
  await page.locator('#gatherer[data-ready="true"]').waitFor();
  const stun = `stun:127.0.0.1:${coturn.port}`;
  const turn = `turn:127.0.0.1:${coturn.port}?transport=udp`;
  for (const [urls, username, credential] of [[stun, '', ''], [turn, coturn.username, coturn.password]] as const) {
    const rows = root.locator('.ice-server-editor .row');
    const n = await rows.count();
    await root.locator('.ice-server-editor button.add').click();
    await rows.nth(n).locator('input[id$="-urls"]').fill(urls);
    if (username) await rows.nth(n).locator('input[id$="-username"]').fill(username);
    if (credential) await rows.nth(n).locator('input[id$="-credential"]').fill(credential);
  }
  const iceServers = [{ urls: [stun] }, { urls: [turn], username: coturn.username, credential: coturn.password }];

  const widgetRun = () =>
    page.evaluate(() => {
      const el = document.getElementById('gatherer')!;
      const button = el.querySelector<HTMLButtonElement>('.actions button.primary')!;
      return new Promise<{ first: number; complete: number }>((resolve) => {
        let first = -1;
        let t0 = 0;
        const observer = new MutationObserver(() => {
          const now = performance.now();
          if (first < 0 && el.querySelector('table.candidates tbody tr')) first = now - t0;
          if (el.dataset.phase === 'done') {
            observer.disconnect();
            resolve({ first, complete: now - t0 });
          }
        });
        observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
        t0 = performance.now();
        button.click();
      });
    });

  const bareRun = () =>
    page.evaluate(
      (servers) =>
        new Promise<{ first: number; complete: number }>((resolve, reject) => {
          const t0 = performance.now();
          let first = -1;
          const pc = new RTCPeerConnection({ iceServers: servers, iceTransportPolicy: 'all' });
          const done = () => {
            const complete = performance.now() - t0;
            pc.close();
            resolve({ first, complete });
          };
          pc.onicecandidate = (e) => {
            if (e.candidate === null || e.candidate.candidate === '') return;
            if (first < 0) first = performance.now() - t0;
          };
          pc.onicegatheringstatechange = () => {
            if (pc.iceGatheringState === 'complete') done();
          };
          pc.createDataChannel('gather');
          pc.createOffer().then((o) => pc.setLocalDescription(o)).catch(reject);
        }),
      iceServers,
    );

  const widget: { first: number; complete: number }[] = [];
  const bare: { first: number; complete: number }[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    // Alternate which goes first, so neither always benefits from a warm path.
    const pair = i % 2 === 0 ? [await widgetRun(), await bareRun()] : (([b, w]) => [w, b])([await bareRun(), await widgetRun()]);
    if (i >= WARMUPS) {
      widget.push(pair[0]!);
      bare.push(pair[1]!);
    }
    await page.waitForTimeout(50);
  }
  await browser.close();

  const gatherFirstCandidateMs = median(widget.map((r) => r.first));
  const gatherCompleteMs = median(widget.map((r) => r.complete));
  const bareFirstCandidateMs = median(bare.map((r) => r.first));
  const bareCompleteMs = median(bare.map((r) => r.complete));
  console.log(
    JSON.stringify({
      gatherFirstCandidateMs,
      gatherCompleteMs,
      bareFirstCandidateMs,
      bareCompleteMs,
      ratio: Math.round((gatherCompleteMs / bareCompleteMs) * 1000) / 1000,
      firstCandidateRatio: Math.round((gatherFirstCandidateMs / bareFirstCandidateMs) * 1000) / 1000,
      runs: RUNS,
      ...(process.env.SAMPLES ? { widget, bare } : {}),
    }),
  );
} finally {
  await stopAll();
}
