/**
 * Real Chromium inside a lab namespace, driven by Playwright, and one
 * WebRTC data-channel connection between two such browsers with the SDP
 * carried through Node (no signalling server).
 *
 * Chromium starts through a tiny wrapper script that `exec`s
 * `ip netns exec <namespace> chromium "$@"`, given to Playwright as
 * `executablePath`; the browser and all its child processes live in the
 * namespace, so they see only the lab's interfaces.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AttemptReport, CandidateErrorReport, IceConfig, SideReport } from '../../src/lib/lab/recordings.ts';
import { labFlags, showHostAddressesFlag } from '../support/chromium.ts';
import { ipPath, sleep } from './exec.ts';
import type { LabSession } from './session.ts';

/**
 * The origin of the lab's page. `.test` is reserved (RFC 6761 §6.2) and the
 * page is answered by Playwright's request interception, so nothing is
 * resolved or fetched.
 */
export const labOrigin = 'https://icelab.test';

/** A browser running in a lab namespace, with one blank page. */
export interface LabBrowser {
  readonly role: string;
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/** Options for {@link launchBrowser}. */
export interface LaunchOptions {
  /** Keep Chromium's default of mDNS host candidates. */
  readonly mdns?: boolean;
}

/**
 * Starts Chromium inside a namespace.
 *
 * @param session - the run
 * @param role - namespace role of the host
 * @param options - mDNS behaviour
 * @returns the browser, registered for teardown
 */
export async function launchBrowser(session: LabSession, role: string, options: LaunchOptions = {}): Promise<LabBrowser> {
  const wrapper = join(session.runDir, `chromium-${role}.sh`);
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  writeFileSync(wrapper, `#!/bin/sh\nexec ${quote(ipPath)} netns exec ${quote(session.ns(role))} ${quote(session.tools.chromium)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const browser = await chromium.launch({
    executablePath: wrapper,
    args: [...labFlags, ...(options.mdns ? [] : [showHostAddressesFlag])],
    headless: true,
    chromiumSandbox: false,
    timeout: 30_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    unregister();
    await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  };
  const unregister = session.onTeardown(close);
  // Without camera or microphone permission, Chromium decides per peer
  // connection whether it may list the host's interfaces, and sometimes it
  // gathers on the "any" address only: no host candidate, and srflx
  // candidates with raddr 0.0.0.0. Granting the permissions to a page on a
  // fixed origin (served by Playwright itself, never fetched) makes host
  // candidates carry addresses every time. With mDNS on, the page keeps
  // Chromium's default of no permission.
  const context = await browser.newContext(options.mdns ? {} : { permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await page.route(`${labOrigin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ICE Field Guide lab</title>' }));
  await page.goto(`${labOrigin}/`);
  // Chromium learns the host's interfaces asynchronously. A peer connection
  // created before that has happened gathers on the "any" address only: no
  // host candidate, and srflx candidates with raddr 0.0.0.0. Gather once
  // without servers until a host candidate shows up, so every attempt starts
  // with the interface list in place.
  for (let i = 0; i < 5 && !(await page.evaluate(pageWarmUp, 3000)); i++) await sleep(200);
  return { role, browser, page, close };
}

/** Where the browsers find the lab's STUN/TURN server. */
export interface IceServerAddresses {
  readonly stun: string;
  readonly turn: string;
  readonly username: string;
  readonly credential: string;
}

/** A plain-data RTCConfiguration the page can use. */
export interface PageRtcConfig {
  readonly iceServers: { urls: string; username?: string; credential?: string }[];
  readonly iceTransportPolicy: 'all' | 'relay';
}

/**
 * The RTCConfiguration for an ICE configuration: `none` has no servers,
 * `stun` a STUN server, `turn` STUN and TURN, `relay` the same with
 * `iceTransportPolicy: 'relay'` (only relay candidates, RFC 8445 §5.1.1.2
 * still applies on the TURN side).
 *
 * @param ice - the configuration
 * @param servers - server URLs and credential
 * @returns the configuration object
 */
export function rtcConfig(ice: IceConfig, servers: IceServerAddresses): PageRtcConfig {
  const stun = { urls: servers.stun };
  const turn = { urls: servers.turn, username: servers.username, credential: servers.credential };
  switch (ice) {
    case 'none':
      return { iceServers: [], iceTransportPolicy: 'all' };
    case 'stun':
      return { iceServers: [stun], iceTransportPolicy: 'all' };
    case 'turn':
      return { iceServers: [stun, turn], iceTransportPolicy: 'all' };
    case 'relay':
      return { iceServers: [stun, turn], iceTransportPolicy: 'relay' };
  }
}

// ---- Code that runs inside the pages (no closures over Node values). ----

interface PageState {
  pc: RTCPeerConnection;
  candidates: string[];
  errors: CandidateErrorReport[];
  gathered: Promise<void>;
  channel: RTCDataChannel | null;
  opened: Promise<number> | null;
}

async function pageWarmUp(timeoutMs: number): Promise<boolean> {
  const pc = new RTCPeerConnection();
  let host = false;
  const done = new Promise<void>((resolve) => {
    pc.addEventListener('icecandidate', (e) => {
      if (e.candidate?.candidate.includes(' typ host')) host = true;
      if (!e.candidate || host) resolve();
    });
  });
  pc.createDataChannel('warm-up');
  await pc.setLocalDescription();
  await Promise.race([done, new Promise((r) => setTimeout(r, timeoutMs))]);
  pc.close();
  return host;
}

function pageSetup(config: PageRtcConfig): void {
  const pc = new RTCPeerConnection(config as RTCConfiguration);
  const state: PageState = {
    pc,
    candidates: [],
    errors: [],
    gathered: new Promise<void>((resolve) => {
      pc.addEventListener('icegatheringstatechange', () => {
        if (pc.iceGatheringState === 'complete') resolve();
      });
    }),
    channel: null,
    opened: null,
  };
  pc.addEventListener('icecandidate', (e) => {
    if (e.candidate?.candidate) state.candidates.push(e.candidate.candidate);
  });
  pc.addEventListener('icecandidateerror', (e) => {
    const ev = e as RTCPeerConnectionIceErrorEvent;
    state.errors.push({ url: ev.url, errorCode: ev.errorCode, errorText: ev.errorText });
  });
  (globalThis as unknown as { labState: PageState }).labState = state;
}

async function pageOffer(gatherTimeoutMs: number): Promise<string> {
  const s = (globalThis as unknown as { labState: PageState }).labState;
  const channel = s.pc.createDataChannel('lab');
  s.channel = channel;
  s.opened = new Promise<number>((resolve) => channel.addEventListener('open', () => resolve(performance.now())));
  await s.pc.setLocalDescription();
  await Promise.race([s.gathered, new Promise((r) => setTimeout(r, gatherTimeoutMs))]);
  return s.pc.localDescription?.sdp ?? '';
}

async function pageAnswer(arg: { sdp: string; gatherTimeoutMs: number }): Promise<string> {
  const s = (globalThis as unknown as { labState: PageState }).labState;
  s.pc.addEventListener('datachannel', (e) => {
    const channel = e.channel;
    channel.addEventListener('message', (m) => channel.send(m.data as string));
  });
  await s.pc.setRemoteDescription({ type: 'offer', sdp: arg.sdp });
  await s.pc.setLocalDescription();
  await Promise.race([s.gathered, new Promise((r) => setTimeout(r, arg.gatherTimeoutMs))]);
  return s.pc.localDescription?.sdp ?? '';
}

async function pageAddCandidates(candidates: string[]): Promise<void> {
  const s = (globalThis as unknown as { labState: PageState }).labState;
  for (const candidate of candidates) await s.pc.addIceCandidate({ candidate, sdpMid: '0', sdpMLineIndex: 0 });
  await s.pc.addIceCandidate({ candidate: '', sdpMid: '0', sdpMLineIndex: 0 });
}

async function pageFinish(arg: { sdp: string; timeoutMs: number; settleMs: number }): Promise<{ connected: boolean; timeToRoundTripMs: number | null; roundTripMs: number | null }> {
  const s = (globalThis as unknown as { labState: PageState }).labState;
  const start = performance.now();
  await s.pc.setRemoteDescription({ type: 'answer', sdp: arg.sdp });
  const never = (ms: number): Promise<null> => new Promise((r) => setTimeout(() => r(null), ms));
  const opened = await Promise.race([s.opened ?? never(0), never(arg.timeoutMs)]);
  const channel = s.channel;
  if (opened === null || channel === null) return { connected: false, timeToRoundTripMs: null, roundTripMs: null };
  const echo = (): Promise<number> =>
    new Promise((resolve) => {
      const onMessage = (): void => {
        channel.removeEventListener('message', onMessage);
        resolve(performance.now());
      };
      channel.addEventListener('message', onMessage);
      channel.send('ping');
    });
  const first = await Promise.race([echo(), never(5000)]);
  if (first === null) return { connected: false, timeToRoundTripMs: null, roundTripMs: null };
  // Let the controlling agent switch to a better pair if one is still in
  // progress, so the report shows the pair ICE settles on.
  await new Promise((r) => setTimeout(r, arg.settleMs));
  const t = performance.now();
  const second = await Promise.race([echo(), never(5000)]);
  return { connected: true, timeToRoundTripMs: first - start, roundTripMs: second === null ? null : second - t };
}

async function pageReport(): Promise<SideReport> {
  const s = (globalThis as unknown as { labState: PageState }).labState;
  const stats = await s.pc.getStats();
  const byId = new Map<string, Record<string, unknown>>();
  stats.forEach((v: Record<string, unknown>) => byId.set(String(v['id']), v));
  const candidate = (id: unknown): { type: 'host' | 'srflx' | 'prflx' | 'relay'; address: string; port: number; protocol: string } | null => {
    const c = byId.get(String(id));
    if (!c) return null;
    return {
      type: c['candidateType'] as 'host' | 'srflx' | 'prflx' | 'relay',
      address: String(c['address'] ?? c['ip'] ?? ''),
      port: Number(c['port'] ?? 0),
      protocol: String(c['protocol'] ?? ''),
    };
  };
  const text = (c: ReturnType<typeof candidate>): string => (c ? `${c.type} ${c.address}:${c.port}` : '?');
  let selectedId: unknown = null;
  const checks: NonNullable<SideReport['checks']>[number][] = [];
  stats.forEach((v: Record<string, unknown>) => {
    if (v['type'] === 'transport' && v['selectedCandidatePairId']) selectedId = v['selectedCandidatePairId'];
    if (v['type'] === 'candidate-pair') {
      checks.push({
        local: text(candidate(v['localCandidateId'])),
        remote: text(candidate(v['remoteCandidateId'])),
        state: String(v['state']),
        nominated: v['nominated'] === true,
        requestsSent: Number(v['requestsSent'] ?? 0),
        responsesReceived: Number(v['responsesReceived'] ?? 0),
        requestsReceived: Number(v['requestsReceived'] ?? 0),
        responsesSent: Number(v['responsesSent'] ?? 0),
      });
    }
  });
  checks.sort((x, y) => x.local.localeCompare(y.local) || x.remote.localeCompare(y.remote));
  const pair = selectedId === null ? undefined : byId.get(String(selectedId));
  const local = pair ? candidate(pair['localCandidateId']) : null;
  const remote = pair ? candidate(pair['remoteCandidateId']) : null;
  return {
    candidates: [...s.candidates],
    candidateErrors: [...s.errors],
    selected: local && remote ? { local, remote } : null,
    iceConnectionState: s.pc.iceConnectionState,
    checks,
  };
}

function pageClose(): void {
  (globalThis as unknown as { labState?: PageState }).labState?.pc.close();
}

// ---- Node side. ----

/** Options for {@link connectBrowsers}. */
export interface ConnectOptions {
  /** Time box for ICE plus the first echo, from the moment the offerer applies the answer. */
  readonly timeoutMs: number;
  /** Keep every candidate pair's check counters in the report. */
  readonly keepChecks?: boolean;
  /** How long each side may gather before its description is sent anyway. */
  readonly gatherTimeoutMs?: number;
  /**
   * `simultaneous` (default): the answerer gets the offer without its
   * candidates and receives them (addIceCandidate) at the moment the offerer
   * receives the answer, so both start checks together, as in the simulator.
   * `in-sdp`: plain non-trickle offer/answer; the answerer starts checking
   * before the offerer has the answer, so the offerer often learns the
   * answerer's address first as peer-reflexive (RFC 8445 §7.3.1.3).
   */
  readonly candidateExchange?: 'simultaneous' | 'in-sdp';
  /** Wait after the first echo before reading the selected pair (default 1000 ms). */
  readonly settleMs?: number;
}

/**
 * Removes the candidate lines from an SDP and returns them separately.
 *
 * @param sdp - a session description
 * @returns the description without `a=candidate`/`a=end-of-candidates`, and the candidate values
 */
export function splitCandidates(sdp: string): { sdp: string; candidates: string[] } {
  const candidates: string[] = [];
  const kept: string[] = [];
  for (const line of sdp.split('\r\n')) {
    if (line.startsWith('a=candidate:')) candidates.push(line.slice(2));
    else if (line !== 'a=end-of-candidates') kept.push(line);
  }
  return { sdp: kept.join('\r\n'), candidates };
}

/**
 * Connects browser `a` (offerer) and browser `b` (answerer): offer/answer
 * and candidates carried through Node (see `candidateExchange`), then a
 * data channel and two echoes.
 *
 * @param a - the offering browser
 * @param b - the answering browser
 * @param config - RTCConfiguration for both
 * @param options - time box and detail
 * @returns what both sides saw
 */
export async function connectBrowsers(a: LabBrowser, b: LabBrowser, config: PageRtcConfig, options: ConnectOptions): Promise<AttemptReport> {
  const gatherTimeoutMs = options.gatherTimeoutMs ?? 10_000;
  const settleMs = options.settleMs ?? 1000;
  await Promise.all([a.page.evaluate(pageSetup, config), b.page.evaluate(pageSetup, config)]);
  const offer = await a.page.evaluate(pageOffer, gatherTimeoutMs);
  let outcome: Awaited<ReturnType<typeof pageFinish>>;
  if ((options.candidateExchange ?? 'simultaneous') === 'simultaneous') {
    const split = splitCandidates(offer);
    const answer = await b.page.evaluate(pageAnswer, { sdp: split.sdp, gatherTimeoutMs });
    [outcome] = await Promise.all([
      a.page.evaluate(pageFinish, { sdp: answer, timeoutMs: options.timeoutMs, settleMs }),
      b.page.evaluate(pageAddCandidates, split.candidates),
    ]);
  } else {
    const answer = await b.page.evaluate(pageAnswer, { sdp: offer, gatherTimeoutMs });
    outcome = await a.page.evaluate(pageFinish, { sdp: answer, timeoutMs: options.timeoutMs, settleMs });
  }
  const [ra, rb] = await Promise.all([a.page.evaluate(pageReport), b.page.evaluate(pageReport)]);
  await Promise.all([a.page.evaluate(pageClose), b.page.evaluate(pageClose)]);
  const strip = (r: SideReport): SideReport => {
    if (options.keepChecks) return r;
    const { checks: _dropped, ...rest } = r;
    return rest;
  };
  return { ...outcome, a: strip(ra), b: strip(rb) };
}

/**
 * Gathers candidates in one browser (an offer that is never answered).
 *
 * @param browser - the browser
 * @param config - RTCConfiguration
 * @param gatherTimeoutMs - how long to wait for gathering to complete
 * @returns the candidate lines and gathering errors
 */
export async function gatherCandidates(
  browser: LabBrowser,
  config: PageRtcConfig,
  gatherTimeoutMs = 10_000,
): Promise<{ candidates: string[]; candidateErrors: CandidateErrorReport[] }> {
  await browser.page.evaluate(pageSetup, config);
  await browser.page.evaluate(pageOffer, gatherTimeoutMs);
  const report = await browser.page.evaluate(pageReport);
  await browser.page.evaluate(pageClose);
  return { candidates: [...report.candidates], candidateErrors: [...report.candidateErrors] };
}
