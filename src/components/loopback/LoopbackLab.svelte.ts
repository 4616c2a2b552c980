/**
 * State of the two-tab loopback lab: the room (through the pure state
 * machine of `src/lib/loopback/roomState.ts`), the signaling channel and the
 * peer connection (thin adapters in `src/lib/browser/`), and everything
 * the view shows — the sequence diagram, the state timeline, the pair
 * table, the chat and the diagnosis — derived by `src/lib/loopback`.
 * The component only renders this.
 *
 * Nothing runs before the reader acts: a tab joins a room only when the
 * reader presses a button, or opens a link that carries a room id.
 */
import type { IceServerRow } from '../../lib/ice/iceServerRows.ts';
import { toRtcIceServers } from '../../lib/ice/iceServerRows.ts';
import { readHashState, shareUrl, writeHashState } from '../../lib/browser/hashState.ts';
import type { NegotiationNote, OutgoingSignal } from '../../lib/browser/loopbackPeer.ts';
import { LoopbackPeer, prepareCertificate } from '../../lib/browser/loopbackPeer.ts';
import type { SignalingChannel } from '../../lib/browser/signaling.ts';
import { hasBroadcastChannel, openSignalingChannel } from '../../lib/browser/signaling.ts';
import type { PairReason, PairTable } from '../../lib/loopback/candidatePairs.ts';
import { explainSelectedPair, mergePairTables, readCandidatePairs } from '../../lib/loopback/candidatePairs.ts';
import { channelErrorText, chatErrorText, decodeChannelMessage, encodeChannelMessage, pongFor, roundTripMs, validateChatText } from '../../lib/loopback/channelMessage.ts';
import type { CandidateErrorRecord, Diagnosis } from '../../lib/loopback/diagnoseConnection.ts';
import { diagnoseConnection } from '../../lib/loopback/diagnoseConnection.ts';
import type { ForcingMode, PeerConfiguration } from '../../lib/loopback/forcing.ts';
import { countTurnUrls, peerConfiguration } from '../../lib/loopback/forcing.ts';
import type { NegotiationRole, RoomIdError } from '../../lib/loopback/ids.ts';
import { idFromBytes, ROOM_ID_LENGTH, TAB_ID_LENGTH, validateRoomId } from '../../lib/loopback/ids.ts';
import type { Departure, RoomEffect, RoomEvent, RoomState } from '../../lib/loopback/roomState.ts';
import { joinRoom, stepRoom } from '../../lib/loopback/roomState.ts';
import type { SequenceEntry } from '../../lib/loopback/sequenceEntry.ts';
import { isWorthShowing, sequenceEntry } from '../../lib/loopback/sequenceEntry.ts';
import type { ByeReason, SignalingMessage } from '../../lib/loopback/signalingMessage.ts';
import { signalingErrorText, signalingMessage } from '../../lib/loopback/signalingMessage.ts';
import type { TimelineEntry, TimelineMachine } from '../../lib/loopback/timeline.ts';
import { currentStates, recordTransition } from '../../lib/loopback/timeline.ts';
import type { Lang } from '../../i18n/locales.ts';

/** Where the lab stands, as the view shows it. */
export type LabPhase = 'idle' | 'unsupported' | 'bad-link' | 'waiting' | 'paired' | 'peer-left' | 'full';

/** A remark between the arrows of the sequence diagram. */
export type DiagramNote =
  | { readonly type: 'joined'; readonly room: string }
  | { readonly type: 'paired'; readonly role: NegotiationRole }
  | { readonly type: 'unpaired'; readonly departure: Departure | null }
  | { readonly type: 'negotiation'; readonly what: NegotiationNote }
  | { readonly type: 'ice-restart' }
  | { readonly type: 'reconnecting' }
  | { readonly type: 'refused'; readonly text: string }
  | { readonly type: 'failure'; readonly step: string; readonly detail: string };

/** One row of the sequence diagram: an arrow or a remark. */
export type DiagramItem =
  | { readonly kind: 'message'; readonly key: string; readonly entry: SequenceEntry }
  | { readonly kind: 'note'; readonly key: string; readonly at: number; readonly note: DiagramNote };

/** A chat line. */
export interface ChatLine {
  readonly key: string;
  readonly from: 'self' | 'peer';
  readonly text: string;
}

/** A finished ping. */
export interface PingResult {
  readonly id: number;
  readonly rttMs: number;
}

/** Which browser API is missing. */
export type MissingApi = 'broadcast-channel' | 'peer-connection';

const TICK_MS = 250;
const STATS_MS = 1000;
/** While ICE is checking or disconnected, pairs can fail and be pruned within 100 ms: read them more often. */
const FAST_STATS_MS = 50;
const MAX_DIAGRAM_ITEMS = 400;
const MAX_CHAT_LINES = 200;
const SETTLED_STATES: readonly string[] = ['connected', 'completed', 'failed', 'disconnected'];

export class LoopbackLabState {
  readonly lang: Lang;
  readonly id: string;

  /** Forcing mode for this tab's next peer connection. */
  mode = $state<ForcingMode>('all');
  /** ICE servers for this tab (bound to `IceServerEditor`). */
  servers = $state<IceServerRow[]>([]);
  /** The chat input. */
  draft = $state('');
  /** Why the last chat line could not be sent. */
  chatError = $state('');
  /** `true` once hydrated. */
  ready = $state(false);
  /** `true` after Apply was pressed with servers the browser would reject. */
  settingsAttempted = $state(false);

  #missing = $state<MissingApi | null>(null);
  #linkError = $state<RoomIdError | null>(null);
  #room = $state.raw<RoomState | null>(null);
  #diagram = $state.raw<readonly DiagramItem[]>([]);
  #timeline = $state.raw<readonly TimelineEntry[]>([]);
  #pairs = $state.raw<PairTable | null>(null);
  #chat = $state.raw<readonly ChatLine[]>([]);
  #pings = $state.raw<readonly PingResult[]>([]);
  #channelOpen = $state(false);
  #hasSession = $state(false);
  #applied = $state.raw<{ mode: ForcingMode; configuration: PeerConfiguration } | null>(null);
  #candidates = $state.raw<{ local: readonly string[]; remote: readonly string[]; remoteDone: boolean }>({ local: [], remote: [], remoteDone: false });
  #candidateErrors = $state.raw<readonly CandidateErrorRecord[]>([]);
  #role = $state<NegotiationRole | null>(null);

  #roomId: string | null = null;
  #tabId = '';
  #channel: SignalingChannel | null = null;
  #peer: LoopbackPeer | null = null;
  #peerId: string | null = null;
  #origin = 0;
  #sessionOrigin = 0;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #statsTimer: ReturnType<typeof setInterval> | undefined;
  #fastStatsTimer: ReturnType<typeof setInterval> | undefined;
  #serial = 0;
  #pingSerial = 0;
  #lastHelloSent: string | null | undefined = undefined;
  #lastHelloFrom = new Map<string, string | null>();
  #listening = false;
  #certificate: RTCCertificate | null = null;

  /** The servers checked as the browser would check them. */
  validation = $derived(toRtcIceServers(this.servers));
  /** Latest state of each machine of the timeline. */
  states = $derived(currentStates(this.#timeline));
  /** Why the selected pair won. */
  reasons = $derived<PairReason[]>(this.#pairs === null ? [] : explainSelectedPair(this.#pairs));
  /** Why the connection failed or stalled, if it did. */
  diagnosis = $derived<Diagnosis | null>(this.#diagnose());

  constructor(lang: Lang, id: string) {
    this.lang = lang;
    this.id = id;
  }

  get phase(): LabPhase {
    if (this.#missing !== null) return 'unsupported';
    if (this.#linkError !== null) return 'bad-link';
    const room = this.#room;
    if (room === null || room.phase === 'left') return 'idle';
    return room.phase;
  }
  get missing(): MissingApi | null {
    return this.#missing;
  }
  get linkError(): RoomIdError | null {
    return this.#linkError;
  }
  get roomId(): string | null {
    return this.#roomId;
  }
  get role(): NegotiationRole | null {
    return this.#role;
  }
  get departed(): Departure | null {
    return this.#room?.departed ?? null;
  }
  get diagram(): readonly DiagramItem[] {
    return this.#diagram;
  }
  get timeline(): readonly TimelineEntry[] {
    return this.#timeline;
  }
  get pairs(): PairTable | null {
    return this.#pairs;
  }
  get chat(): readonly ChatLine[] {
    return this.#chat;
  }
  get pings(): readonly PingResult[] {
    return this.#pings;
  }
  get channelOpen(): boolean {
    return this.#channelOpen;
  }
  get hasSession(): boolean {
    return this.#hasSession;
  }
  get applied(): { mode: ForcingMode; configuration: PeerConfiguration } | null {
    return this.#applied;
  }
  /** The link that opens this room in another tab. */
  get shareLink(): string {
    return this.#roomId === null ? '' : shareUrl(this.id, { room: this.#roomId });
  }

  /**
   * Runs once after hydration: checks the browser, and joins the room a
   * link names.
   *
   * @param root - The widget's element, scrolled into view when a link targets it.
   * @returns Cleanup for unmount.
   */
  mount(root: HTMLElement | undefined): () => void {
    if (!hasBroadcastChannel()) this.#missing = 'broadcast-channel';
    else if (typeof globalThis.RTCPeerConnection !== 'function') this.#missing = 'peer-connection';
    const params = readHashState(this.id);
    if (params !== null) root?.scrollIntoView({ block: 'start' });
    const room = params?.get('room') ?? null;
    if (this.#missing === null && room !== null) {
      const checked = validateRoomId(room);
      if (checked.ok) this.#join(checked.value);
      else this.#linkError = checked.error;
    }
    addEventListener('pagehide', this.#onPageHide);
    addEventListener('pageshow', this.#onPageShow);
    this.#listening = true;
    this.ready = true;
    return () => this.destroy();
  }

  /** Leaves the room and stops everything (unmount). */
  destroy(): void {
    this.#leave('closed');
    if (this.#listening) {
      removeEventListener('pagehide', this.#onPageHide);
      removeEventListener('pageshow', this.#onPageShow);
      this.#listening = false;
    }
  }

  /** Joins a new room if there is none yet, and opens this page for it in a new tab. */
  openSecondTab(): void {
    if (this.#missing !== null) return;
    if (this.#roomId === null) this.#startRoom();
    window.open(this.shareLink, '_blank', 'noopener');
  }

  /** Leaves the current room (if any) and starts a fresh one in this tab. */
  newRoom(): void {
    if (this.#missing !== null) return;
    this.#leave('new-room');
    this.#diagram = [];
    this.#resetSession();
    this.#hasSession = false;
    this.#linkError = null;
    this.#startRoom();
  }

  /** Starts an ICE restart on this tab's connection. */
  restartIce(): void {
    if (this.#peer === null) return;
    this.#peer.restartIce();
    this.#addNote({ type: 'ice-restart' });
  }

  /**
   * Applies the forcing mode and servers: when a connection exists, this tab
   * leaves and rejoins the room, so both tabs start a fresh connection with
   * the new settings.
   */
  applySettings(): void {
    if (!this.validation.ok) {
      this.settingsAttempted = true;
      return;
    }
    this.settingsAttempted = false;
    if (this.#roomId === null || this.#peer === null) return;
    const room = this.#roomId;
    this.#addNote({ type: 'reconnecting' });
    this.#leave('reconnecting');
    this.#join(room);
  }

  /** Sends the chat draft. */
  sendChat(): void {
    const checked = validateChatText(this.draft);
    if (!checked.ok) {
      this.chatError = chatErrorText(this.lang, checked.error);
      return;
    }
    if (this.#peer === null || !this.#peer.send(encodeChannelMessage({ kind: 'chat', text: checked.value }))) return;
    this.chatError = '';
    this.draft = '';
    this.#addChat('self', checked.value);
  }

  /** Sends a ping; the pong gives the round-trip time. */
  ping(): void {
    if (this.#peer === null) return;
    this.#pingSerial += 1;
    this.#peer.send(encodeChannelMessage({ kind: 'ping', id: this.#pingSerial, sentAt: performance.now() }));
  }

  /** Reads the pair table now. */
  async refreshStats(): Promise<void> {
    const peer = this.#peer;
    if (peer === null) return;
    const entries = await peer.stats();
    // Merge rather than replace: the browser drops failed pairs, and all pairs once ICE fails.
    if (peer === this.#peer && entries.length > 0) this.#pairs = mergePairTables(this.#pairs, readCandidatePairs(entries));
  }

  #startRoom(): void {
    this.#linkError = null;
    const room = idFromBytes(crypto.getRandomValues(new Uint8Array(ROOM_ID_LENGTH)));
    writeHashState(this.id, { room });
    this.#join(room);
  }

  #join(room: string): void {
    this.#roomId = room;
    this.#tabId = idFromBytes(crypto.getRandomValues(new Uint8Array(TAB_ID_LENGTH)));
    this.#lastHelloSent = undefined;
    this.#lastHelloFrom = new Map();
    this.#channel = openSignalingChannel(room, {
      onMessage: (message) => this.#onMessage(message),
      onInvalid: (error) => this.#addNote({ type: 'refused', text: signalingErrorText(this.lang, error) }),
    });
    if (this.#certificate === null) void prepareCertificate().then((certificate) => (this.#certificate ??= certificate));
    const step = joinRoom(room, this.#tabId, performance.now());
    this.#room = step.state;
    this.#addNote({ type: 'joined', room });
    this.#run(step.effects);
    this.#ticker = setInterval(() => this.#step({ type: 'tick', now: performance.now() }), TICK_MS);
  }

  #leave(reason: ByeReason): void {
    if (this.#room !== null && this.#room.phase !== 'left') this.#step({ type: 'leave', reason, now: performance.now() });
    clearInterval(this.#ticker);
    this.#channel?.close();
    this.#channel = null;
    this.#endSession();
  }

  #onPageHide = (): void => {
    this.#leave('closed');
  };

  #onPageShow = (event: PageTransitionEvent): void => {
    // Back from the back/forward cache: rejoin as a new tab.
    if (event.persisted && this.#roomId !== null && this.#missing === null) this.#join(this.#roomId);
  };

  #step(event: RoomEvent): void {
    const room = this.#room;
    if (room === null) return;
    const step = stepRoom(room, event);
    if (step.state !== room) this.#room = step.state;
    this.#run(step.effects);
  }

  #onMessage(message: SignalingMessage): void {
    const before = this.#room;
    if (before === null) return;
    const step = stepRoom(before, { type: 'message', message, now: performance.now() });
    const after = step.state;
    const involved = [before.peer, before.choice, after.peer, after.choice].includes(message.from);
    const namesMe = message.type === 'hello' && message.peer === this.#tabId;
    if ((involved || namesMe) && isWorthShowing(message, this.#lastHelloFrom.get(message.from))) this.#addMessage(message, 'received');
    if (message.type === 'hello') this.#lastHelloFrom.set(message.from, message.peer);
    this.#room = after;
    this.#run(step.effects);
  }

  #run(effects: readonly RoomEffect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'send':
          this.#post(effect.body);
          break;
        case 'paired':
          this.#startSession(effect.peer, effect.role);
          break;
        case 'unpaired':
          this.#addNote({ type: 'unpaired', departure: effect.departure });
          this.#endSession();
          break;
        case 'deliver':
          this.#peer?.receive(effect.message);
          break;
      }
    }
  }

  #post(body: Parameters<typeof signalingMessage>[2]): void {
    if (this.#roomId === null || this.#channel === null) return;
    const message = signalingMessage(this.#roomId, this.#tabId, body);
    this.#channel.post(message);
    if (message.type === 'hello') {
      if (isWorthShowing(message, this.#lastHelloSent)) this.#addMessage(message, 'sent');
      this.#lastHelloSent = message.peer;
    } else {
      this.#addMessage(message, 'sent');
    }
  }

  #startSession(peerId: string, role: NegotiationRole): void {
    this.#endSession();
    this.#resetSession();
    this.#peerId = peerId;
    this.#role = role;
    this.#sessionOrigin = performance.now();
    this.#hasSession = true;
    const checked = this.validation;
    const configuration = peerConfiguration(this.mode, checked.ok ? checked.value : []);
    this.#applied = { mode: this.mode, configuration };
    this.#addNote({ type: 'paired', role });
    this.#peer = new LoopbackPeer(role, configuration, {
      signal: (signal) => this.#signal(signal),
      state: (machine, state) => this.#onState(machine, state),
      note: (what) => this.#addNote({ type: 'negotiation', what }),
      localCandidate: (line) => (this.#candidates = { ...this.#candidates, local: [...this.#candidates.local, line] }),
      remoteCandidate: (line) => (this.#candidates = { ...this.#candidates, remote: [...this.#candidates.remote, line] }),
      remoteEndOfCandidates: () => (this.#candidates = { ...this.#candidates, remoteDone: true }),
      candidateError: (errorCode, url) => (this.#candidateErrors = [...this.#candidateErrors, { errorCode, url }]),
      channelMessage: (data) => this.#onChannelMessage(data),
      failure: (step, detail) => this.#addNote({ type: 'failure', step, detail }),
    }, this.#certificate);
    this.#statsTimer = setInterval(() => void this.refreshStats(), STATS_MS);
  }

  #endSession(): void {
    clearInterval(this.#statsTimer);
    clearInterval(this.#fastStatsTimer);
    if (this.#peer !== null) {
      // The pair table keeps its last reading, so it shows how the session ended.
      this.#peer.close();
      this.#peer = null;
    }
    this.#peerId = null;
    this.#channelOpen = false;
  }

  #resetSession(): void {
    this.#timeline = [];
    this.#pairs = null;
    this.#chat = [];
    this.#pings = [];
    this.#candidates = { local: [], remote: [], remoteDone: false };
    this.#candidateErrors = [];
    this.#applied = null;
    this.#role = null;
    this.chatError = '';
  }

  #signal(signal: OutgoingSignal): void {
    if (this.#peerId === null) return;
    this.#post({ ...signal, to: this.#peerId });
  }

  #onState(machine: TimelineMachine, state: string): void {
    this.#timeline = recordTransition(this.#timeline, machine, state, performance.now() - this.#sessionOrigin);
    if (machine === 'channel') this.#channelOpen = state === 'open';
    // Read the pairs as soon as the outcome is known; the regular poll does the rest.
    if ((machine === 'ice' || machine === 'connection') && SETTLED_STATES.includes(state)) void this.refreshStats();
    if (machine === 'ice') {
      clearInterval(this.#fastStatsTimer);
      if (state === 'checking' || state === 'disconnected') this.#fastStatsTimer = setInterval(() => void this.refreshStats(), FAST_STATS_MS);
    }
  }

  #onChannelMessage(data: unknown): void {
    const decoded = decodeChannelMessage(data);
    if (!decoded.ok) {
      this.#addNote({ type: 'refused', text: channelErrorText(this.lang, decoded.error) });
      return;
    }
    const message = decoded.value;
    if (message.kind === 'chat') this.#addChat('peer', message.text);
    else if (message.kind === 'ping') this.#peer?.send(encodeChannelMessage(pongFor(message)));
    else this.#pings = [...this.#pings.slice(-9), { id: message.id, rttMs: roundTripMs(message, performance.now()) }];
  }

  #addChat(from: 'self' | 'peer', text: string): void {
    this.#serial += 1;
    this.#chat = [...this.#chat.slice(-(MAX_CHAT_LINES - 1)), { key: `c${this.#serial}`, from, text }];
  }

  #addMessage(message: SignalingMessage, direction: 'sent' | 'received'): void {
    this.#serial += 1;
    const entry = sequenceEntry(message, direction, this.#tabId, this.#serial, performance.now() - this.#origin);
    this.#push({ kind: 'message', key: `m${this.#serial}`, entry });
  }

  #addNote(note: DiagramNote): void {
    this.#serial += 1;
    if (this.#diagram.length === 0) this.#origin = performance.now();
    this.#push({ kind: 'note', key: `n${this.#serial}`, at: performance.now() - this.#origin, note });
  }

  #push(item: DiagramItem): void {
    const next = [...this.#diagram, item];
    this.#diagram = next.length > MAX_DIAGRAM_ITEMS ? next.slice(next.length - MAX_DIAGRAM_ITEMS) : next;
  }

  #diagnose(): Diagnosis | null {
    const applied = this.#applied;
    if (applied === null) return null;
    const states = currentStates(this.#timeline);
    return diagnoseConnection({
      mode: applied.mode,
      turnUrls: countTurnUrls(applied.configuration),
      connectionState: states.connection ?? 'new',
      iceConnectionState: states.ice ?? 'new',
      iceWasConnected: this.#timeline.some((e) => e.machine === 'ice' && (e.state === 'connected' || e.state === 'completed')),
      iceGatheringState: states.gathering ?? 'new',
      dtlsState: states.dtls ?? this.#pairs?.dtlsState ?? null,
      localCandidates: this.#candidates.local,
      remoteCandidates: this.#candidates.remote,
      remoteGatheringDone: this.#candidates.remoteDone,
      candidateErrors: this.#candidateErrors,
      pairs: this.#pairs?.rows ?? [],
    });
  }
}
