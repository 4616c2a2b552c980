/**
 * State of the two-machine connection test: no signaling server; machine A
 * creates an invitation code, machine B pastes it and returns an answer
 * code, A pastes that, and the two connect. Both sides then show both
 * sides' candidates, the state timeline, the pair table (failed pairs
 * stay), the selected pair and why, the diagnosis on failure, and a data
 * test (RTT series and throughput both ways). Everything is derived by
 * `src/lib/twomachine` and `src/lib/loopback`; the browser work is in
 * `src/lib/browser/twoMachinePeer.ts`. Nothing runs before the reader acts.
 */
import { encode } from 'uqr';
import type { IceServerRow } from '../../lib/ice/iceServerRows.ts';
import { toRtcIceServers } from '../../lib/ice/iceServerRows.ts';
import { TwoMachinePeer } from '../../lib/browser/twoMachinePeer.ts';
import { copyText } from '../../lib/browser/clipboard.ts';
import { askForRealAddresses, type LocalAddressesState } from '../../lib/browser/mediaPermission.ts';
import type { PairReason, PairTable } from '../../lib/loopback/candidatePairs.ts';
import { explainSelectedPair, mergePairTables, readCandidatePairs } from '../../lib/loopback/candidatePairs.ts';
import type { CandidateErrorRecord, Diagnosis } from '../../lib/loopback/diagnoseConnection.ts';
import { diagnoseConnection } from '../../lib/loopback/diagnoseConnection.ts';
import type { ForcingMode, PeerConfiguration } from '../../lib/loopback/forcing.ts';
import { countTurnUrls, peerConfiguration } from '../../lib/loopback/forcing.ts';
import type { TimelineEntry, TimelineMachine } from '../../lib/loopback/timeline.ts';
import { currentStates, recordTransition } from '../../lib/loopback/timeline.ts';
import type { ConnectionCode } from '../../lib/twomachine/connectionCode.ts';
import { checkAnswer, checkInvitationAge, codeFromSdp, decodeConnectionCode, encodeConnectionCode, sdpFromCode, sessionIdFromBytes } from '../../lib/twomachine/connectionCode.ts';
import type { RttSummary } from '../../lib/twomachine/dataTest.ts';
import { CHUNK_BYTES, DEFAULT_TEST_BYTES, decodeDataTestMessage, encodeDataTestMessage, megabytesPerSecond, summarizeRtt } from '../../lib/twomachine/dataTest.ts';
import { codeErrorText } from '../../lib/twomachine/messages.ts';
import type { Lang } from '../../i18n/locales.ts';
import { translator } from '../../i18n/dictionary.ts';
import { twoMachineUi } from './strings.ts';

/** Where this side stands. */
export type TestStep = 'idle' | 'gathering' | 'waiting-for-answer' | 'answered' | 'checking' | 'connected' | 'closed' | 'failed';
/** Which side this page plays. */
export type TestRole = 'inviter' | 'invited';

/** One direction of the throughput test. */
export interface Transfer {
  readonly direction: 'up' | 'down';
  readonly bytes: number;
  readonly done: number;
  readonly mbps: number | null;
}

const STATS_MS = 1000;
const FAST_STATS_MS = 50;
const PINGS = 10;
/** A transfer that moves no byte for this long is stopped and said to have stalled. */
export const STALL_MS = 15_000;

export class TwoMachineTest {
  readonly lang: Lang;
  readonly id: string;

  mode = $state<ForcingMode>('all');
  servers = $state<IceServerRow[]>([]);
  /** The invitation box (invited side). */
  offerInput = $state('');
  /** The answer box (inviting side). */
  answerInput = $state('');
  ready = $state(false);
  /** Whether the copy button just copied. */
  copied = $state(false);
  /**
   * The opt-in to real local addresses: `idle` until the reader asks, then
   * what the microphone request gave. With permission, Chrome offers host
   * candidates with the machine's addresses instead of .local names.
   */
  localAddresses = $state<LocalAddressesState>('idle');
  localAddressesDetail = $state('');
  /** The last copy did not work (no clipboard on this page): the reader selects the code by hand. */
  copyFailed = $state(false);

  #role = $state<TestRole | null>(null);
  #step = $state<TestStep>('idle');
  #code = $state('');
  #offerError = $state('');
  #answerError = $state('');
  #timeline = $state.raw<readonly TimelineEntry[]>([]);
  #pairs = $state.raw<PairTable | null>(null);
  #local = $state.raw<readonly string[]>([]);
  #remote = $state.raw<readonly string[]>([]);
  #errors = $state.raw<readonly CandidateErrorRecord[]>([]);
  #applied = $state.raw<{ mode: ForcingMode; configuration: PeerConfiguration } | null>(null);
  #rtts = $state.raw<readonly number[]>([]);
  #transfers = $state.raw<readonly Transfer[]>([]);
  #testing = $state(false);
  /** Why the last data test stopped before the end, or null. */
  dataStopped = $state<'closed' | 'stalled' | null>(null);
  #stopDataTest: ((why: 'closed' | 'stalled') => void) | null = null;
  #lastProgress = 0;
  /** Incremented when a data test starts or is cancelled; senders of an older run stop. */
  #dataRun = 0;
  /** Ping ids never repeat, so a late pong of a stopped run matches nothing. */
  #pingId = 0;
  #openMs = $state<number | null>(null);

  #peer: TwoMachinePeer | null = null;
  #invitation: { sessionId: string; createdAt: number; answered: boolean } | null = null;
  #origin = 0;
  #answerAppliedAt = 0;
  #statsTimer: ReturnType<typeof setInterval> | undefined;
  #fastTimer: ReturnType<typeof setInterval> | undefined;
  #pongs = new Map<number, (at: number) => void>();
  #incoming: { expected: number; received: number; firstAt: number } | null = null;
  #received: ((ms: number) => void) | null = null;

  validation = $derived(toRtcIceServers(this.servers));
  states = $derived(currentStates(this.#timeline));
  reasons = $derived<PairReason[]>(this.#pairs === null ? [] : explainSelectedPair(this.#pairs));
  diagnosis = $derived<Diagnosis | null>(this.#diagnose());
  rtt = $derived<RttSummary | null>(summarizeRtt(this.#rtts));
  /** The QR code of the code shown, as one SVG path (no inline styles: CSP-safe). */
  qr = $derived(qrPath(this.#code));

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.id = id;
  }

  get role(): TestRole | null {
    return this.#role;
  }
  get step(): TestStep {
    return this.#step;
  }
  get code(): string {
    return this.#code;
  }
  get offerError(): string {
    return this.#offerError;
  }
  get answerError(): string {
    return this.#answerError;
  }
  get timeline(): readonly TimelineEntry[] {
    return this.#timeline;
  }
  get pairs(): PairTable | null {
    return this.#pairs;
  }
  get localCandidates(): readonly string[] {
    return this.#local;
  }
  get remoteCandidates(): readonly string[] {
    return this.#remote;
  }
  get transfers(): readonly Transfer[] {
    return this.#transfers;
  }
  get rtts(): readonly number[] {
    return this.#rtts;
  }
  get testing(): boolean {
    return this.#testing;
  }
  /** Milliseconds from the answer being applied to the data channel opening (inviting side). */
  get openMs(): number | null {
    return this.#openMs;
  }

  /**
   * Runs after hydration.
   *
   * @param _root - The widget's element.
   * @returns Cleanup for unmount.
   */
  mount(_root: HTMLElement | undefined): () => void {
    this.ready = typeof globalThis.RTCPeerConnection === 'function';
    return () => this.#close();
  }

  /**
   * Asks for microphone permission (tracks stopped at once, nothing recorded)
   * so that the next invitation or answer carries real host addresses.
   */
  async useRealAddresses(): Promise<void> {
    if (this.localAddresses === 'asking') return;
    this.localAddresses = 'asking';
    this.localAddressesDetail = '';
    const { state, detail } = await askForRealAddresses();
    this.localAddresses = state;
    this.localAddressesDetail = detail;
  }

  /** Machine A: gathers completely and shows the invitation code. */
  async createInvitation(): Promise<void> {
    if (!this.validation.ok) return;
    this.#start('inviter');
    const sessionId = sessionIdFromBytes(crypto.getRandomValues(new Uint8Array(8)));
    const createdAt = Math.floor(Date.now() / 1000);
    const peer = this.#peer;
    if (peer === null) return;
    try {
      const sdp = await peer.createOffer();
      if (peer !== this.#peer) return;
      const code = codeFromSdp('offer', sdp, { sessionId, createdAt });
      if (!code.ok) {
        this.#answerError = codeErrorText(this.lang, code.error, 'answer');
        return;
      }
      this.#invitation = { sessionId, createdAt, answered: false };
      this.#code = encodeConnectionCode(code.value);
      this.#step = 'waiting-for-answer';
    } catch (error) {
      this.#answerError = this.#browserRefused('create', error);
      this.#abandon(peer);
    }
  }

  /** Machine B: reads the pasted invitation, answers, and shows the answer code. */
  async acceptInvitation(): Promise<void> {
    const decoded = decodeConnectionCode(this.offerInput, 'offer');
    const checked = decoded.ok ? checkInvitationAge(decoded.value, Math.floor(Date.now() / 1000)) : decoded;
    if (!checked.ok) {
      this.#offerError = codeErrorText(this.lang, checked.error, 'offer');
      return;
    }
    if (!this.validation.ok) return;
    this.#offerError = '';
    const offer = checked.value;
    this.#start('invited');
    this.#remote = offer.candidates;
    const peer = this.#peer;
    if (peer === null) return;
    try {
      const sdp = await peer.answer(sdpFromCode(offer));
      if (peer !== this.#peer) return;
      const code = codeFromSdp('answer', sdp, { sessionId: offer.sessionId, createdAt: Math.floor(Date.now() / 1000) });
      if (!code.ok) {
        this.#offerError = codeErrorText(this.lang, code.error, 'offer');
        return;
      }
      this.#code = encodeConnectionCode(code.value);
      this.#step = this.#step === 'gathering' ? 'answered' : this.#step;
    } catch (error) {
      this.#offerError = this.#browserRefused('offer', error);
      this.#abandon(peer);
    }
  }

  /** Machine A: reads the pasted answer and starts the checks. */
  async acceptAnswer(): Promise<void> {
    const decoded = decodeConnectionCode(this.answerInput, 'answer');
    const checked = decoded.ok ? checkAnswer(decoded.value, this.#invitation, Math.floor(Date.now() / 1000)) : decoded;
    if (!checked.ok) {
      this.#answerError = codeErrorText(this.lang, checked.error, 'answer');
      return;
    }
    const peer = this.#peer;
    if (peer === null || this.#invitation === null) return;
    this.#answerError = '';
    this.#invitation = { ...this.#invitation, answered: true };
    const answer: ConnectionCode = checked.value;
    this.#remote = answer.candidates;
    this.#step = 'checking';
    this.#answerAppliedAt = performance.now();
    try {
      await peer.acceptAnswer(sdpFromCode(answer));
    } catch (error) {
      this.#answerError = this.#browserRefused('answer', error);
      this.#abandon(peer);
    }
  }

  /** Copies the code shown to the clipboard. */
  async copy(): Promise<void> {
    this.copied = await copyText(this.#code);
    this.copyFailed = !this.copied;
    if (this.copied) setTimeout(() => (this.copied = false), 2000);
  }

  /** Starts over: closes the connection and forgets both codes. */
  reset(): void {
    // A running data test ends now (its catch sees the new run number and leaves no message).
    this.#cancelDataTest();
    this.#stopDataTest?.('closed');
    this.dataStopped = null;
    this.copied = false;
    this.copyFailed = false;
    this.#close();
    this.#role = null;
    this.#step = 'idle';
    this.#code = '';
    this.#invitation = null;
    this.#timeline = [];
    this.#pairs = null;
    this.#local = [];
    this.#remote = [];
    this.#errors = [];
    this.#applied = null;
    this.#rtts = [];
    this.#transfers = [];
    this.#openMs = null;
    this.#offerError = '';
    this.#answerError = '';
  }

  /** The data test: a ping series, then the throughput this way and the other way. */
  async runDataTest(bytes = DEFAULT_TEST_BYTES): Promise<void> {
    const peer = this.#peer;
    if (peer === null || !peer.open || this.#testing) return;
    this.#testing = true;
    this.dataStopped = null;
    this.#rtts = [];
    this.#transfers = [];
    this.#incoming = null;
    const run = ++this.#dataRun;
    // The test ends when it is done, when the channel closes, or when no byte
    // moves for STALL_MS — never waits for ever on an acknowledgement. Bytes
    // leaving the send queue count as moving, so a slow link is not "stalled".
    const stopped = new Promise<never>((_, reject) => {
      this.#stopDataTest = (why) => reject(new DataTestStopped(why));
    });
    stopped.catch(() => {});
    this.#lastProgress = performance.now();
    let queued = peer.bufferedAmount;
    const watchdog = setInterval(() => {
      const now = peer.bufferedAmount;
      if (now < queued) this.#lastProgress = performance.now();
      queued = now;
      if (!peer.open) this.#stopDataTest?.('closed');
      else if (performance.now() - this.#lastProgress > STALL_MS) this.#stopDataTest?.('stalled');
    }, 500);
    try {
      for (let i = 1; i <= PINGS; i++) {
        const rtt = await Promise.race([this.#ping(peer, ++this.#pingId), stopped]);
        if (rtt !== null) this.#rtts = [...this.#rtts, rtt];
        await Promise.race([new Promise((r) => setTimeout(r, 100)), stopped]);
      }
      this.#lastProgress = performance.now();
      await Promise.race([this.#upload(peer, bytes, run), stopped]);
      this.#lastProgress = performance.now();
      await Promise.race([this.#download(peer, bytes), stopped]);
    } catch (error) {
      if (!(error instanceof DataTestStopped)) throw error;
      // A test cancelled by Start over leaves nothing behind on the new page state.
      if (run === this.#dataRun && peer === this.#peer) this.dataStopped = error.why;
      this.#cancelDataTest();
    } finally {
      clearInterval(watchdog);
      this.#stopDataTest = null;
      this.#testing = false;
    }
  }

  /** Stops this side's part of a running data test: its senders, its waits and what it was receiving. */
  #cancelDataTest(): void {
    this.#dataRun++;
    this.#received = null;
    this.#downloadDone = null;
    this.#downloadIndex = -1;
    this.#incoming = null;
    this.#pongs.clear();
  }

  #ping(peer: TwoMachinePeer, id: number): Promise<number | null> {
    return new Promise((resolve) => {
      const sentAt = performance.now();
      const timer = setTimeout(() => {
        this.#pongs.delete(id);
        resolve(null);
      }, 3000);
      this.#pongs.set(id, (at) => {
        this.#lastProgress = performance.now();
        clearTimeout(timer);
        resolve(Math.round((at - sentAt) * 10) / 10);
      });
      peer.send(encodeDataTestMessage({ k: 'ping', id, t: sentAt }));
    });
  }

  async #upload(peer: TwoMachinePeer, bytes: number, run: number): Promise<void> {
    const index = this.#transfers.length;
    this.#setTransfer(index, { direction: 'up', bytes, done: 0, mbps: null });
    const acked = new Promise<number>((resolve) => (this.#received = resolve));
    const start = performance.now();
    peer.send(encodeDataTestMessage({ k: 'upload', bytes }));
    await this.#sendChunks(peer, bytes, (done) => this.#setTransfer(index, { direction: 'up', bytes, done, mbps: null }), run);
    await acked;
    this.#setTransfer(index, { direction: 'up', bytes, done: bytes, mbps: megabytesPerSecond(bytes, performance.now() - start) });
  }

  async #download(peer: TwoMachinePeer, bytes: number): Promise<void> {
    const index = this.#transfers.length;
    this.#setTransfer(index, { direction: 'down', bytes, done: 0, mbps: null });
    const finished = new Promise<number>((resolve) => (this.#downloadDone = resolve));
    this.#downloadIndex = index;
    peer.send(encodeDataTestMessage({ k: 'request', bytes }));
    const ms = await finished;
    this.#setTransfer(index, { direction: 'down', bytes, done: bytes, mbps: megabytesPerSecond(bytes, ms) });
  }

  #downloadDone: ((ms: number) => void) | null = null;
  #downloadIndex = -1;

  async #sendChunks(peer: TwoMachinePeer, bytes: number, progress: (done: number) => void, run: number | null = null): Promise<void> {
    const chunk = new ArrayBuffer(CHUNK_BYTES);
    let sent = 0;
    let lastReport = 0;
    // `run`: this side's own upload stops when its test stops; the answer to
    // the other side's request (run null) runs to the end or to the close.
    while (sent < bytes && peer.open && (run === null || run === this.#dataRun)) {
      const size = Math.min(CHUNK_BYTES, bytes - sent);
      peer.send(size === CHUNK_BYTES ? chunk : chunk.slice(0, size));
      sent += size;
      if (peer.bufferedAmount > 4 * 1024 * 1024) await peer.drained();
      if (sent - lastReport >= 1_000_000 || sent === bytes) {
        lastReport = sent;
        this.#lastProgress = performance.now();
        progress(Math.max(0, sent - peer.bufferedAmount));
      }
    }
  }

  #setTransfer(index: number, transfer: Transfer): void {
    const next = [...this.#transfers];
    next[index] = transfer;
    this.#transfers = next;
  }

  #onMessage(data: string | ArrayBuffer): void {
    const peer = this.#peer;
    if (peer === null) return;
    if (typeof data !== 'string') {
      const incoming = this.#incoming;
      if (incoming === null) return;
      if (incoming.received === 0) incoming.firstAt = performance.now();
      incoming.received += data.byteLength;
      this.#lastProgress = performance.now();
      if (this.#downloadIndex >= 0 && incoming.received % (1 << 20) < CHUNK_BYTES) {
        const t = this.#transfers[this.#downloadIndex];
        if (t !== undefined) this.#setTransfer(this.#downloadIndex, { ...t, done: incoming.received });
      }
      if (incoming.received >= incoming.expected) {
        const ms = performance.now() - incoming.firstAt;
        this.#incoming = null;
        peer.send(encodeDataTestMessage({ k: 'received', bytes: incoming.received, ms: Math.round(ms) }));
        const done = this.#downloadDone;
        this.#downloadDone = null;
        if (done !== null) {
          this.#downloadIndex = -1;
          done(ms);
        }
      }
      return;
    }
    const decoded = decodeDataTestMessage(data);
    if (!decoded.ok) return;
    const m = decoded.value;
    if (m.k === 'ping') peer.send(encodeDataTestMessage({ k: 'pong', id: m.id, t: m.t }));
    else if (m.k === 'pong') this.#pongs.get(m.id)?.(performance.now());
    else if (m.k === 'upload') this.#incoming = { expected: m.bytes, received: 0, firstAt: 0 };
    else if (m.k === 'received') {
      const done = this.#received;
      this.#received = null;
      done?.(m.ms);
    } else if (m.k === 'request') {
      peer.send(encodeDataTestMessage({ k: 'upload', bytes: m.bytes }));
      void this.#sendChunks(peer, m.bytes, () => {});
    }
  }

  #start(role: TestRole): void {
    this.reset();
    this.#role = role;
    this.#step = 'gathering';
    this.#origin = performance.now();
    const checked = this.validation;
    const configuration = peerConfiguration(this.mode, checked.ok ? checked.value : []);
    this.#applied = { mode: this.mode, configuration };
    this.#peer = new TwoMachinePeer(configuration, {
      state: (machine, state) => this.#onState(machine, state),
      localCandidate: (line) => (this.#local = [...this.#local, line]),
      candidateError: (errorCode, url) => (this.#errors = [...this.#errors, { errorCode, url }]),
      message: (data) => this.#onMessage(data),
    });
    this.#statsTimer = setInterval(() => void this.refreshStats(), STATS_MS);
  }

  /** Reads the pair table now; pairs the browser drops stay with their last state. */
  async refreshStats(): Promise<void> {
    const peer = this.#peer;
    if (peer === null) return;
    const entries = await peer.stats();
    if (peer === this.#peer && entries.length > 0) this.#pairs = mergePairTables(this.#pairs, readCandidatePairs(entries));
  }

  #onState(machine: TimelineMachine, state: string): void {
    this.#timeline = recordTransition(this.#timeline, machine, state, performance.now() - this.#origin);
    if (machine === 'channel' && state === 'open') {
      this.#step = 'connected';
      if (this.#answerAppliedAt > 0) this.#openMs = Math.round((performance.now() - this.#answerAppliedAt) * 10) / 10;
    }
    if (machine === 'ice' && (state === 'checking' || state === 'connected') && this.#step === 'answered') this.#step = 'checking';
    // A channel that was open and then closed stays 'closed': ICE failing
    // afterwards (the other side is gone) is not a failure to connect.
    if ((machine === 'connection' || machine === 'ice') && state === 'failed' && this.#step !== 'closed') this.#step = 'failed';
    if (machine === 'channel' && (state === 'closing' || state === 'closed')) {
      this.#stopDataTest?.('closed');
      if (this.#step === 'connected') this.#step = 'closed';
    }
    if (machine === 'ice') {
      clearInterval(this.#fastTimer);
      if (state === 'checking' || state === 'disconnected') this.#fastTimer = setInterval(() => void this.refreshStats(), FAST_STATS_MS);
      if (state !== 'new') void this.refreshStats();
    }
    if (machine === 'connection' && state === 'failed') void this.refreshStats();
  }

  /**
   * The reader's words for an error the browser threw while making or
   * applying a description: what was being done, in the page's language,
   * with the browser's own message kept as the evidence.
   */
  #browserRefused(action: 'create' | 'offer' | 'answer', error: unknown): string {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return translator(this.lang, twoMachineUi)(`browserError.${action}`, { detail });
  }

  /**
   * After the browser refused a description: closes that connection and
   * goes back to the start, keeping the message and what the reader pasted,
   * so the advice in the message can be followed at once.
   */
  #abandon(peer: TwoMachinePeer): void {
    if (peer !== this.#peer) return;
    this.#close();
    this.#role = null;
    this.#step = 'idle';
    this.#code = '';
    this.#invitation = null;
  }

  #close(): void {
    clearInterval(this.#statsTimer);
    clearInterval(this.#fastTimer);
    this.#peer?.close();
    this.#peer = null;
    this.#incoming = null;
  }

  #diagnose(): Diagnosis | null {
    const applied = this.#applied;
    if (applied === null || this.#step === 'closed' || this.#remote.length === 0 && this.#step !== 'failed') return null;
    const states = currentStates(this.#timeline);
    return diagnoseConnection({
      mode: applied.mode,
      turnUrls: countTurnUrls(applied.configuration),
      connectionState: states.connection ?? 'new',
      iceConnectionState: states.ice ?? 'new',
      iceWasConnected: this.#timeline.some((e) => e.machine === 'ice' && (e.state === 'connected' || e.state === 'completed')),
      iceGatheringState: states.gathering ?? 'new',
      dtlsState: states.dtls ?? this.#pairs?.dtlsState ?? null,
      localCandidates: this.#local,
      remoteCandidates: this.#remote,
      remoteGatheringDone: true,
      candidateErrors: this.#errors,
      pairs: this.#pairs?.rows ?? [],
    });
  }
}

/**
 * A QR code as one SVG path of unit squares.
 *
 * @param text - The code.
 * @returns The path and the side length in modules (with a 2-module quiet zone), or `null` for no text.
 */
function qrPath(text: string): { d: string; size: number } | null {
  if (text === '') return null;
  try {
    const { data, size } = encode(text, { ecc: 'L', border: 2 });
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }));
    return { d, size };
  } catch {
    return null;
  }
}

/** Thrown into the data test's awaits when it has to stop before the end. */
class DataTestStopped extends Error {
  readonly why: 'closed' | 'stalled';

  constructor(why: 'closed' | 'stalled') {
    super(`data test stopped: ${why}`);
    this.why = why;
  }
}
