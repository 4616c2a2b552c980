/**
 * Makes the dump doctor's fixtures: real `chrome://webrtc-internals` dumps
 * from real Chromium, one per scenario, each with a ground-truth file written
 * from what the page itself observed (events and getStats), not from the
 * dump, so the tests compare the dump doctor with an independent record.
 *
 * Run as root (everything happens inside network namespaces of a NAT lab
 * session, so no packet leaves them):
 *
 *   sudo node_modules/.bin/node scripts/makeDumpFixtures.ts            # every scenario
 *   sudo node_modules/.bin/node scripts/makeDumpFixtures.ts host-success relay-success
 *   sudo node_modules/.bin/node scripts/makeDumpFixtures.ts --list
 *
 * Output: `tests/fixtures/dumps/<scenario>.json` (the dump, plain),
 * `<scenario>.truth.json` (ground truth), plus `host-success.gz` (the same
 * kind of call saved with "Compress result" ticked) and `rtcstats.gz` (the
 * other download on that page, which the dump doctor refuses with a hint).
 *
 * How the dump is made: webrtc-internals is opened in a second tab of the
 * same browser *before* the call's peer connections are created (Chromium
 * only tracks connections created while the page is open), the call runs,
 * the script waits for the page to poll getStats a few more times, then
 * opens "Create a WebRTC-Internals dump", sets "Compress result" and clicks
 * "Download the "webrtc-internals dump"". Chromium 156 saves
 * `webrtc_internals_dump.txt` (JSON) or, compressed, `webrtc_internals_dump.gz`
 * (a gzip member of the same JSON).
 *
 * Where the calls run:
 * - `loop` scenarios: one namespace with only a veth pair, one end 10.99.0.1/24
 *   (a lab-private address; 10.99.0.77 on the same link is the unreachable
 *   STUN server, nothing answers ARP for it) and coturn on
 *   10.99.0.1:3478 with the lab's throw-away user `icelab`/`icelab-pass`.
 * - `lab` scenarios: the NAT lab's internet lab (symmetric × symmetric) and
 *   the case study's closed network (asymmetric routing), see scripts/lab.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { closedRoles, internetRoles, planClosedNetwork } from './lab/addressPlan.ts';
import { guardRuleset } from './lab/nftRuleset.ts';
import { launchBrowser, rtcConfig, splitCandidates, type LabBrowser, type PageRtcConfig } from './lab/browser.ts';
import { startCoturn, turnCredential } from './lab/coturn.ts';
import { ip, nftLoad, run, runIn, sleep } from './lab/exec.ts';
import { InternetLab } from './lab/internetLab.ts';
import { preflight } from './lab/preflight.ts';
import { LabSession, repoRoot } from './lab/session.ts';
import { buildStage, teardownAttempt } from './lab/topology.ts';

const outDir = join(repoRoot, 'tests', 'fixtures', 'dumps');

/** The loop namespace's plan. */
const loop = {
  role: 'loop',
  address: '10.99.0.1',
  prefix: '10.99.0.0/24',
  unreachable: '10.99.0.77',
  port: 3478,
} as const;

/** What one side's page saw, independent of webrtc-internals. */
export interface SideTruth {
  readonly label: string;
  readonly iceConnectionStates: string[];
  readonly connectionStates: string[];
  readonly candidateTypes: string[];
  readonly candidateErrors: { url: string; errorCode: number }[];
  readonly selected: { local: string; remote: string; protocol: string } | null;
  readonly pairStates: string[];
}

/** Ground truth of one fixture. */
export interface Truth {
  readonly scenario: string;
  readonly description: string;
  readonly made: string;
  readonly chromium: string;
  readonly sides: SideTruth[];
  /** Finding ids the dump doctor must report for the first peer connection (offerer / the side whose dump it is). */
  readonly expectedFindings: string[];
  /** Finding ids it must not report. */
  readonly forbiddenFindings: string[];
  /** The same for the second peer connection of the dump (the answerer), when given. */
  readonly expectedFindingsB?: string[];
  readonly forbiddenFindingsB?: string[];
}

// ---- In-page code (no closures over Node values). ----

interface Observer {
  pc: RTCPeerConnection;
  label: string;
  ice: string[];
  conn: string[];
  types: string[];
  errors: { url: string; errorCode: number }[];
}

function pageObserve(arg: { label: string; config: PageRtcConfig }): void {
  const pc = new RTCPeerConnection(arg.config as RTCConfiguration);
  const o: Observer = { pc, label: arg.label, ice: [], conn: [], types: [], errors: [] };
  pc.addEventListener('iceconnectionstatechange', () => o.ice.push(pc.iceConnectionState));
  pc.addEventListener('connectionstatechange', () => o.conn.push(pc.connectionState));
  pc.addEventListener('icecandidate', (e) => {
    const m = / typ (\w+)/.exec(e.candidate?.candidate ?? '');
    if (m?.[1]) o.types.push(m[1]);
  });
  pc.addEventListener('icecandidateerror', (e) => {
    const ev = e as RTCPeerConnectionIceErrorEvent;
    o.errors.push({ url: ev.url, errorCode: ev.errorCode });
  });
  const g = globalThis as unknown as { observers?: Record<string, Observer> };
  g.observers = { ...(g.observers ?? {}), [arg.label]: o };
}

/** Both peers in one page; candidates trickled directly, optionally to a wrong port. */
/**
 * Both peers in one page. `mode`:
 * - `normal`: trickle, candidates handed over directly;
 * - `restart`: as normal, then `restartIce()` on the offerer and a new offer/answer;
 * - `signaling-errors`: the answerer first gets an offer without ICE credentials
 *   (setRemoteDescription fails), then the offerer's candidates before any remote
 *   description (addIceCandidate fails), then the real offer;
 * - `drop-candidates`: descriptions without candidates and no trickle;
 * - `bad-fingerprint`: the answer's DTLS fingerprint is altered on the way.
 */
async function pageLocalCall(arg: {
  wrongPort: number | null;
  gatherFirst: boolean;
  mode: 'normal' | 'restart' | 'signaling-errors' | 'drop-candidates' | 'bad-fingerprint';
  waitFor: 'connected' | 'failed';
  timeoutMs: number;
}): Promise<boolean> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const a = g.observers['a']!.pc;
  const b = g.observers['b']!.pc;
  const held: RTCIceCandidateInit[] = [];
  let holdForB = arg.mode === 'signaling-errors';
  const forward = (to: RTCPeerConnection) => (e: RTCPeerConnectionIceEvent) => {
    if (!e.candidate || arg.mode === 'drop-candidates') return;
    let candidate = e.candidate.candidate;
    // Point every candidate at another port on the same address.
    if (arg.wrongPort !== null) candidate = candidate.replace(/^(\S+ \S+ \S+ \S+ \S+ )(\d+)/, `$1${arg.wrongPort}`);
    const init = { candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex };
    if (to === b && holdForB) held.push(init);
    else to.addIceCandidate(init).catch(() => {});
  };
  const gathered = (pc: RTCPeerConnection): Promise<void> =>
    new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      setTimeout(resolve, 60_000);
    });
  const waitFor = (state: string, timeoutMs: number): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const check = (): void => {
        if (a.connectionState === state || a.iceConnectionState === state) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      a.addEventListener('connectionstatechange', check);
      a.addEventListener('iceconnectionstatechange', check);
      check();
    });
  if (!arg.gatherFirst) {
    a.addEventListener('icecandidate', forward(b));
    b.addEventListener('icecandidate', forward(a));
  }
  const channel = a.createDataChannel('fixture');
  b.addEventListener('datachannel', (e) => e.channel.addEventListener('message', (m) => e.channel.send(m.data as string)));
  await a.setLocalDescription();
  // The description as it is when setLocalDescription resolves: no candidates yet.
  const offer = { type: a.localDescription!.type, sdp: a.localDescription!.sdp };
  if (arg.gatherFirst) await gathered(a);
  if (arg.mode === 'signaling-errors') {
    await b.setRemoteDescription({ type: 'offer', sdp: offer.sdp.replace(/a=ice-(ufrag|pwd):.*\r\n/g, '') }).catch(() => {});
    await gathered(a);
    for (const c of held) await b.addIceCandidate(c).catch(() => {});
    holdForB = false;
  }
  await b.setRemoteDescription(arg.gatherFirst ? a.localDescription! : offer);
  await b.setLocalDescription();
  if (arg.gatherFirst) await gathered(b);
  const answer = arg.gatherFirst ? { type: b.localDescription!.type, sdp: b.localDescription!.sdp } : { type: b.localDescription!.type, sdp: b.localDescription!.sdp.replace(/a=candidate:.*\r\n/g, '') };
  if (arg.mode === 'bad-fingerprint') {
    // Change the last byte of the certificate fingerprint: still well-formed, no longer this peer's.
    answer.sdp = answer.sdp.replace(/(a=fingerprint:sha-256 (?:[0-9A-F]{2}:){31})([0-9A-F]{2})/, (_m, head: string, last: string) => `${head}${last === '00' ? '01' : '00'}`);
  }
  await a.setRemoteDescription(answer);
  let reached = await waitFor(arg.waitFor, arg.timeoutMs);
  if (arg.mode === 'restart' && reached) {
    await new Promise((r) => setTimeout(r, 1500));
    a.restartIce();
    await a.setLocalDescription();
    await b.setRemoteDescription(a.localDescription!);
    await b.setLocalDescription();
    await a.setRemoteDescription(b.localDescription!);
    await new Promise((r) => setTimeout(r, 1500));
    reached = await waitFor('connected', arg.timeoutMs);
  }
  if (channel.readyState === 'open') for (let i = 0; i < 20; i++) channel.send(`ping ${i} ${'x'.repeat(200)}`);
  return reached;
}

async function pageOffer(): Promise<string> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const pc = g.observers['a']!.pc;
  pc.createDataChannel('fixture');
  await pc.setLocalDescription();
  await new Promise<void>((resolve) => {
    if (pc.iceGatheringState === 'complete') resolve();
    pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
    setTimeout(resolve, 10_000);
  });
  return pc.localDescription!.sdp;
}

async function pageAnswer(sdp: string): Promise<string> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const pc = g.observers['b']!.pc;
  pc.addEventListener('datachannel', (e) => e.channel.addEventListener('message', (m) => e.channel.send(m.data as string)));
  await pc.setRemoteDescription({ type: 'offer', sdp });
  await pc.setLocalDescription();
  await new Promise<void>((resolve) => {
    if (pc.iceGatheringState === 'complete') resolve();
    pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
    setTimeout(resolve, 10_000);
  });
  return pc.localDescription!.sdp;
}

async function pageAccept(arg: { sdp: string; waitFor: string; timeoutMs: number }): Promise<boolean> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const pc = g.observers['a']!.pc;
  await pc.setRemoteDescription({ type: 'answer', sdp: arg.sdp });
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), arg.timeoutMs);
    const check = (): void => {
      if (pc.connectionState === arg.waitFor || pc.iceConnectionState === arg.waitFor) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    pc.addEventListener('connectionstatechange', check);
    pc.addEventListener('iceconnectionstatechange', check);
    check();
  });
}

async function pageWaitFor(arg: { label: string; waitFor: string; timeoutMs: number }): Promise<boolean> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const pc = g.observers[arg.label]!.pc;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), arg.timeoutMs);
    const check = (): void => {
      if (pc.connectionState === arg.waitFor || pc.iceConnectionState === arg.waitFor) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    pc.addEventListener('connectionstatechange', check);
    pc.addEventListener('iceconnectionstatechange', check);
    check();
  });
}

async function pageAddCandidates(arg: { label: string; candidates: string[] }): Promise<void> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const pc = g.observers[arg.label]!.pc;
  for (const candidate of arg.candidates) await pc.addIceCandidate({ candidate, sdpMid: '0', sdpMLineIndex: 0 }).catch(() => {});
}

async function pageTruth(): Promise<SideTruth[]> {
  const g = globalThis as unknown as { observers: Record<string, Observer> };
  const out: SideTruth[] = [];
  for (const o of Object.values(g.observers)) {
    const stats = await o.pc.getStats();
    const byId = new Map<string, Record<string, unknown>>();
    stats.forEach((v: Record<string, unknown>) => byId.set(String(v['id']), v));
    let selected: SideTruth['selected'] = null;
    const pairStates: string[] = [];
    stats.forEach((v: Record<string, unknown>) => {
      if (v['type'] === 'candidate-pair') pairStates.push(String(v['state']));
      if (v['type'] === 'transport' && v['selectedCandidatePairId']) {
        const p = byId.get(String(v['selectedCandidatePairId']));
        const l = p ? byId.get(String(p['localCandidateId'])) : undefined;
        const r = p ? byId.get(String(p['remoteCandidateId'])) : undefined;
        if (l && r) selected = { local: String(l['candidateType']), remote: String(r['candidateType']), protocol: String(l['protocol']) };
      }
    });
    out.push({
      label: o.label,
      iceConnectionStates: [...o.ice],
      connectionStates: [...o.conn],
      candidateTypes: [...new Set(o.types)].sort(),
      candidateErrors: o.errors,
      selected,
      pairStates: pairStates.sort(),
    });
  }
  return out;
}

// ---- Node side. ----

async function openInternals(browser: LabBrowser): Promise<Page> {
  const internals = await browser.page.context().newPage();
  await internals.goto('chrome://webrtc-internals');
  await internals.locator('#dump-click-target').waitFor({ state: 'attached' });
  await browser.page.bringToFront();
  return internals;
}

async function download(internals: Page, target: '#dump-click-target' | '#dump-click-target-rtcstats', compress: boolean): Promise<Buffer> {
  await internals.bringToFront();
  const details = internals.locator('details.peer-connection-dump-root').first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  if (target === '#dump-click-target') await internals.locator('#dump-checkbox').setChecked(compress);
  const [dl] = await Promise.all([internals.waitForEvent('download'), internals.locator(target).click()]);
  const path = await dl.path();
  return readFileSync(path);
}

/** Every address in a dump must be loopback, lab-private (10/8, 100.64/10, 203.0.113/24 TEST-NET-3) or mDNS. */
function checkAddresses(name: string, text: string): void {
  const allowed = [/^127\./, /^10\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./, /^203\.0\.113\./, /^0\.0\.0\.0$/];
  const bad = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/g)) {
    const a = m[1]!;
    if (a.split('.').some((o) => Number(o) > 255)) continue;
    if (!allowed.some((r) => r.test(a))) bad.add(a);
  }
  // Version numbers such as 156.0.8078.114 look like addresses; they sit in user-agent fields.
  for (const v of text.matchAll(/version\\?"\s*:\s*\\?"([\d.]+)|Chrome\/([\d.]+)/g)) bad.delete(v[1] ?? v[2] ?? '');
  if (bad.size) throw new Error(`${name}: addresses outside loopback and the lab: ${[...bad].join(', ')}`);
}

interface Made {
  readonly dump: Buffer;
  readonly compressed?: Buffer;
  readonly rtcstats?: Buffer;
  readonly sides: SideTruth[];
}

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly where: 'loop' | 'lab';
  readonly expectedFindings: string[];
  readonly forbiddenFindings: string[];
  readonly expectedFindingsB?: string[];
  readonly forbiddenFindingsB?: string[];
  run(session: LabSession): Promise<Made>;
}

const goodTurn = (host: string): PageRtcConfig['iceServers'][number] => ({ urls: `turn:${host}:${loop.port}?transport=udp`, username: turnCredential.username, credential: turnCredential.credential });

async function localCall(session: LabSession, configs: { a: PageRtcConfig; b: PageRtcConfig }, options: { wrongPort?: number; gatherFirst?: boolean; mode?: 'normal' | 'restart' | 'signaling-errors' | 'drop-candidates' | 'bad-fingerprint'; waitFor: 'connected' | 'failed'; timeoutMs: number; afterMs: number; extras?: boolean }): Promise<Made> {
  const browser = await launchBrowser(session, loop.role);
  try {
    const internals = await openInternals(browser);
    await browser.page.evaluate(pageObserve, { label: 'a', config: configs.a });
    await browser.page.evaluate(pageObserve, { label: 'b', config: configs.b });
    const reached = await browser.page.evaluate(pageLocalCall, { wrongPort: options.wrongPort ?? null, gatherFirst: options.gatherFirst ?? false, mode: options.mode ?? 'normal', waitFor: options.waitFor, timeoutMs: options.timeoutMs });
    if (!reached) session.log(`  (did not reach ${options.waitFor} within ${options.timeoutMs} ms; recording what happened)`);
    await sleep(options.afterMs);
    const sides = await browser.page.evaluate(pageTruth);
    const dump = await download(internals, '#dump-click-target', false);
    if (!options.extras) return { dump, sides };
    const compressed = await download(internals, '#dump-click-target', true);
    const rtcstats = await download(internals, '#dump-click-target-rtcstats', false);
    return { dump, sides, compressed, rtcstats };
  } finally {
    await browser.close();
  }
}

/** Offerer in browser `a`, answerer in browser `b`, descriptions carried by this script; only `a`'s dump is kept. */
async function twoBrowserCall(
  a: LabBrowser,
  b: LabBrowser,
  config: PageRtcConfig,
  options: { trickle: boolean; waitFor: string; timeoutMs: number; afterMs: number; then?: (internals: Page) => Promise<void> },
): Promise<Made> {
  const internals = await openInternals(a);
  await a.page.evaluate(pageObserve, { label: 'a', config });
  await b.page.evaluate(pageObserve, { label: 'b', config });
  const offer = await a.page.evaluate(pageOffer);
  const split = splitCandidates(offer);
  const answer = await b.page.evaluate(pageAnswer, options.trickle ? split.sdp : offer);
  await Promise.all([
    a.page.evaluate(pageAccept, { sdp: answer, waitFor: options.waitFor, timeoutMs: options.timeoutMs }),
    options.trickle ? b.page.evaluate(pageAddCandidates, { label: 'b', candidates: split.candidates }) : Promise.resolve(),
  ]);
  // With a `then` step (which may crash the answerer's page), read the answerer's view before it.
  const early = options.then ? await b.page.evaluate(pageTruth) : null;
  await options.then?.(internals);
  await sleep(options.afterMs);
  const sa = await a.page.evaluate(pageTruth);
  const sb = early ?? (await b.page.evaluate(pageTruth));
  const dump = await download(internals, '#dump-click-target', false);
  return { dump, sides: [...sa, ...sb] };
}

const noServers: PageRtcConfig = { iceServers: [], iceTransportPolicy: 'all' };

const scenarios: Scenario[] = [
  {
    name: 'host-success',
    description: 'Two peer connections in one page, no ICE servers, host candidates on 10.99.0.1; the data channel opens and carries a few messages.',
    where: 'loop',
    expectedFindings: ['only-host', 'call-worked'],
    forbiddenFindings: ['all-pairs-failed', 'dtls-failed', 'turn-no-relay', 'stun-no-srflx'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { waitFor: 'connected', timeoutMs: 15_000, afterMs: 3500, extras: true }),
  },
  {
    name: 'all-pairs-failed',
    description: 'Two peer connections in one page; every candidate is delivered with port 30999, where nothing listens, so every check times out and ICE fails.',
    where: 'loop',
    expectedFindings: ['only-host', 'all-pairs-failed'],
    forbiddenFindings: ['call-worked'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { wrongPort: 30999, waitFor: 'failed', timeoutMs: 60_000, afterMs: 2500 }),
  },
  {
    name: 'no-checks',
    description:
      'Two peer connections in one page; every candidate is delivered with port 9. Chromium ignores remote candidates on such low ports, so no pair is formed, no check is sent, ICE never leaves "new" and webrtc-internals records no stats at all.',
    where: 'loop',
    expectedFindings: ['never-connected', 'no-stats'],
    forbiddenFindings: ['call-worked', 'all-pairs-failed'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { wrongPort: 9, waitFor: 'failed', timeoutMs: 20_000, afterMs: 2500 }),
  },
  {
    name: 'turn-401',
    description:
      'STUN and TURN configured, the TURN password is wrong: coturn answers 401 and no relay candidate appears; the call still connects over host candidates. Each side gathers completely before sending its description (non-trickle): Chromium stops gathering as soon as a pair works, so with trickle ICE on one machine the 401 would never be reported.',
    where: 'loop',
    expectedFindings: ['turn-no-relay', 'call-worked'],
    forbiddenFindings: ['all-pairs-failed'],
    run: (s) => {
      const config: PageRtcConfig = {
        iceServers: [{ urls: `stun:${loop.address}:${loop.port}` }, { urls: `turn:${loop.address}:${loop.port}?transport=udp`, username: turnCredential.username, credential: 'wrong-password' }],
        iceTransportPolicy: 'all',
      };
      return localCall(s, { a: config, b: config }, { gatherFirst: true, waitFor: 'connected', timeoutMs: 20_000, afterMs: 3500 });
    },
  },
  {
    name: 'relay-success',
    description: "Both peer connections with iceTransportPolicy 'relay' through coturn on 10.99.0.1; the selected pair is relay ↔ relay.",
    where: 'loop',
    expectedFindings: ['selected-relay', 'call-worked'],
    forbiddenFindings: ['all-pairs-failed', 'turn-no-relay', 'only-host'],
    run: (s) => {
      const config: PageRtcConfig = { iceServers: [goodTurn(loop.address)], iceTransportPolicy: 'relay' };
      return localCall(s, { a: config, b: config }, { waitFor: 'connected', timeoutMs: 20_000, afterMs: 3500 });
    },
  },
  {
    name: 'stun-unreachable',
    description:
      'A STUN server at 10.99.0.77, where nothing answers: gathering reports error 701 and no srflx candidate; the call connects over host candidates. Non-trickle, for the reason given for turn-401.',
    where: 'loop',
    expectedFindings: ['stun-no-srflx', 'call-worked'],
    forbiddenFindings: ['all-pairs-failed', 'turn-no-relay'],
    run: (s) => {
      const config: PageRtcConfig = { iceServers: [{ urls: `stun:${loop.unreachable}:${loop.port}` }], iceTransportPolicy: 'all' };
      return localCall(s, { a: config, b: config }, { gatherFirst: true, waitFor: 'connected', timeoutMs: 20_000, afterMs: 3500 });
    },
  },
  {
    name: 'ice-restart',
    description: 'A host call that connects, then the offerer calls restartIce() and both sides renegotiate: new ICE credentials, new checks, connected again.',
    where: 'loop',
    expectedFindings: ['ice-restart', 'call-worked'],
    forbiddenFindings: ['all-pairs-failed'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { mode: 'restart', waitFor: 'connected', timeoutMs: 15_000, afterMs: 3500 }),
  },
  {
    name: 'signaling-errors',
    description:
      "Signaling bugs on the answerer's side: it first gets an offer without ICE credentials (setRemoteDescription fails), then the offerer's candidates before any remote description (every addIceCandidate fails), then the real offer without candidates. The answerer's candidates reach the offerer normally.",
    where: 'loop',
    expectedFindings: [],
    forbiddenFindings: ['description-failed', 'candidates-before-description'],
    expectedFindingsB: ['description-failed', 'candidates-before-description'],
    forbiddenFindingsB: [],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { mode: 'signaling-errors', waitFor: 'connected', timeoutMs: 15_000, afterMs: 3500 }),
  },
  {
    name: 'no-candidates-sent',
    description: 'Offer and answer are exchanged, but neither side sends its candidates (no trickle, none in the descriptions): no remote candidate, no pair, no connection.',
    where: 'loop',
    expectedFindings: ['no-remote-candidates', 'never-connected'],
    forbiddenFindings: ['call-worked', 'all-pairs-failed'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { mode: 'drop-candidates', waitFor: 'failed', timeoutMs: 15_000, afterMs: 2500 }),
  },
  {
    name: 'dtls-failed',
    description: "The answer's DTLS fingerprint is altered by one byte on the way to the offerer: ICE connects, the DTLS handshake fails, the connection fails.",
    where: 'loop',
    expectedFindings: ['dtls-failed'],
    forbiddenFindings: ['call-worked', 'all-pairs-failed'],
    run: (s) => localCall(s, { a: noServers, b: noServers }, { mode: 'bad-fingerprint', waitFor: 'failed', timeoutMs: 30_000, afterMs: 2500 }),
  },
  {
    name: 'relay-pairs-failed',
    description: "Both sides with iceTransportPolicy 'relay' through coturn, but every candidate is delivered with port 30999, where nothing listens: relay candidates are gathered, every relayed check goes unanswered, ICE fails.",
    where: 'loop',
    expectedFindings: ['relay-all-failed', 'all-pairs-failed'],
    forbiddenFindings: ['call-worked', 'turn-no-relay'],
    run: (s) => {
      const config: PageRtcConfig = { iceServers: [goodTurn(loop.address)], iceTransportPolicy: 'relay' };
      return localCall(s, { a: config, b: config }, { wrongPort: 30999, waitFor: 'failed', timeoutMs: 60_000, afterMs: 2500 });
    },
  },
  {
    name: 'peer-gone',
    description: "The offerer's browser connects to an answerer in a second browser; then the answerer's page crashes (no goodbye on the wire). The offerer goes disconnected, then failed when consent expires (RFC 7675).",
    where: 'loop',
    expectedFindings: ['consent-expired', 'only-host'],
    forbiddenFindings: ['all-pairs-failed'],
    run: async (s) => {
      const [a, b] = await Promise.all([launchBrowser(s, loop.role), launchBrowser(s, loop.role)]);
      try {
        return await twoBrowserCall(a, b, noServers, {
          trickle: false,
          waitFor: 'connected',
          timeoutMs: 15_000,
          afterMs: 2500,
          then: async () => {
            await sleep(3000);
            const cdp = await b.page.context().newCDPSession(b.page);
            // Page.crash never answers (the renderer is gone); do not wait for it.
            void cdp.send('Page.crash').catch(() => {});
            await sleep(500);
            const failed = await a.page.evaluate(pageWaitFor, { label: 'a', waitFor: 'failed', timeoutMs: 60_000 });
            if (!failed) s.log('  (offerer did not reach failed within 60 s)');
          },
        });
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    },
  },
  {
    name: 'symmetric-symmetric',
    description: 'NAT lab: both hosts behind symmetric NATs (masquerade random), STUN only, no TURN. srflx candidates are gathered but no pair works; ICE fails.',
    where: 'lab',
    expectedFindings: ['all-pairs-failed'],
    forbiddenFindings: ['call-worked', 'only-host', 'stun-no-srflx'],
    run: async (s) => {
      const lab = await InternetLab.start(s);
      try {
        return await lab.withAttempt({ modes: { a: 'masquerade-random', b: 'masquerade-random' } }, async () => {
          const [a, b] = await Promise.all([launchBrowser(s, internetRoles.host.a), launchBrowser(s, internetRoles.host.b)]);
          try {
            return await twoBrowserCall(a, b, rtcConfig('stun', lab.servers), { trickle: true, waitFor: 'failed', timeoutMs: 60_000, afterMs: 2500 });
          } finally {
            await Promise.all([a.close(), b.close()]);
          }
        });
      } finally {
        await lab.stop();
      }
    },
  },
  ...(['mdns', 'no-mdns'] as const).map(
    (variant): Scenario => ({
      name: variant === 'mdns' ? 'closed-network-mdns' : 'closed-network-host',
      description:
        variant === 'mdns'
          ? "The case study's closed network (asymmetric routing: offerer → answerer through a translating router, answerer → offerer through a routing-only one), no ICE servers, default Chrome (mDNS host names). Only .local host candidates; no pair can be formed; nothing connects."
          : "The case study's closed network, no ICE servers, host addresses shown (as with camera permission). The offerer's checks arrive translated, so the answerer learns a peer-reflexive candidate and the call connects over it.",
      where: 'lab',
      expectedFindings: variant === 'mdns' ? ['only-mdns', 'only-host', 'never-connected'] : ['only-host', 'prflx-only', 'call-worked'],
      forbiddenFindings: variant === 'mdns' ? ['call-worked'] : ['all-pairs-failed'],
      run: async (s) => {
        const plan = planClosedNetwork({ server: 'answer-segment' });
        await buildStage(s, plan, 'base');
        try {
          await buildStage(s, plan, 'attempt');
          try {
            const launch = { mdns: variant === 'mdns' };
            const [a, b] = await Promise.all([launchBrowser(s, closedRoles.offer, launch), launchBrowser(s, closedRoles.answer, launch)]);
            try {
              return await twoBrowserCall(a, b, noServers, { trickle: true, waitFor: variant === 'mdns' ? 'failed' : 'connected', timeoutMs: variant === 'mdns' ? 25_000 : 20_000, afterMs: 3500 });
            } finally {
              await Promise.all([a.close(), b.close()]);
            }
          } finally {
            await teardownAttempt(s, plan);
          }
        } finally {
          for (const node of [...plan.nodes].reverse().filter((n) => n.stage === 'base')) await s.dropNamespace(node.role);
        }
      },
    }),
  ),
];

async function buildLoop(session: LabSession): Promise<void> {
  const ns = await session.addNamespace(loop.role);
  await runIn(ns, session.tools.sysctl, ['-q', '-w', 'net.ipv6.conf.all.disable_ipv6=1', 'net.ipv6.conf.default.disable_ipv6=1']);
  await nftLoad(session.tools.nft, ns, guardRuleset([loop.prefix, '127.0.0.0/8']));
  await ip('-n', ns, 'link', 'set', 'lo', 'up');
  // A veth pair with both ends in the namespace: d0 carries the address, d1
  // has none, so nothing answers ARP for 10.99.0.77 and packets to it vanish.
  await ip('-n', ns, 'link', 'add', 'd0', 'type', 'veth', 'peer', 'name', 'd1');
  await ip('-n', ns, 'addr', 'add', `${loop.address}/24`, 'dev', 'd0');
  await ip('-n', ns, 'link', 'set', 'd0', 'up');
  await ip('-n', ns, 'link', 'set', 'd1', 'up');
  await startCoturn(session, { role: loop.role, addresses: [loop.address], port: loop.port });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list') || args.includes('--help')) {
    for (const s of scenarios) process.stdout.write(`${s.name.padEnd(22)} ${s.where}  ${s.description}\n`);
    return;
  }
  const chosen = args.length ? scenarios.filter((s) => args.includes(s.name)) : scenarios;
  if (args.length && chosen.length !== args.length) throw new Error(`unknown scenario; known: ${scenarios.map((s) => s.name).join(', ')}`);
  const pre = await preflight();
  if (!pre.ok) throw new Error(pre.reason);
  const chromium = (await run(pre.tools.chromium, ['--version'], { allowFailure: true }).catch(() => ({ stdout: '' }))).stdout.trim().replace(/\s+built on.*$/, '');
  mkdirSync(outDir, { recursive: true });
  const session = new LabSession(pre.tools, { keepRunDir: process.env['KEEP_RUN_DIR'] === '1' });
  session.installSignalHandlers();
  try {
    if (chosen.some((s) => s.where === 'loop')) await buildLoop(session);
    for (const scenario of chosen) {
      session.log(`${scenario.name}: ${scenario.description}`);
      const made = await scenario.run(session);
      const text = made.dump.toString('utf8');
      JSON.parse(text);
      checkAddresses(scenario.name, text);
      writeFileSync(join(outDir, `${scenario.name}.json`), text);
      if (made.compressed) {
        checkAddresses(`${scenario.name}.gz`, gunzipSync(made.compressed).toString('utf8'));
        writeFileSync(join(outDir, `${scenario.name}.gz`), made.compressed);
      }
      if (made.rtcstats) {
        checkAddresses('rtcstats.gz', gunzipSync(made.rtcstats).toString('utf8'));
        writeFileSync(join(outDir, 'rtcstats.gz'), made.rtcstats);
      }
      const truth: Truth = {
        scenario: scenario.name,
        description: scenario.description,
        made: new Date().toISOString().slice(0, 10),
        chromium,
        sides: made.sides,
        expectedFindings: scenario.expectedFindings,
        forbiddenFindings: scenario.forbiddenFindings,
        ...(scenario.expectedFindingsB ? { expectedFindingsB: scenario.expectedFindingsB } : {}),
        ...(scenario.forbiddenFindingsB ? { forbiddenFindingsB: scenario.forbiddenFindingsB } : {}),
      };
      writeFileSync(join(outDir, `${scenario.name}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
      session.log(`  wrote ${scenario.name}.json (${(made.dump.length / 1024).toFixed(0)} KiB); sides: ${made.sides.map((x) => `${x.label} ice=${x.iceConnectionStates.join('→')} types=${x.candidateTypes.join(',')} errors=${x.candidateErrors.map((e) => e.errorCode).join(',')} selected=${x.selected ? `${x.selected.local}/${x.selected.remote}` : '-'}`).join(' | ')}`);
    }
  } finally {
    await session.teardown();
  }
}

await main();
