/**
 * A simplified but faithful ICE agent (RFC 8445, one data stream, one
 * component, UDP, IPv4, regular nomination).
 *
 * What it does, in order:
 * 1. Gathers a host candidate, a server-reflexive one from a STUN Binding
 *    request and, when a TURN server is given, a relayed one (§5.1.1).
 * 2. After the candidate exchange, pairs every local candidate with every
 *    remote one; server-reflexive locals are replaced by their base and the
 *    duplicates pruned (§6.1.2.2–§6.1.2.4). With one component every pair
 *    has its own foundation, so all pairs start Waiting (§6.1.2.6).
 * 3. Every Ta (50 ms, §14.2) sends one check: the triggered-check queue
 *    first, else the highest-priority Waiting pair (§6.1.4.2). A check
 *    from the relayed candidate goes out as a TURN Send indication, after
 *    a permission for the remote IP exists (§7.2.1).
 * 4. Answers every check, learns peer-reflexive remotes (§7.3.1.3) and
 *    queues triggered checks (§7.3.1.4). A response only counts when its
 *    source equals the request's destination (§7.2.5.2.1); the mapped
 *    address may reveal a local peer-reflexive candidate (§7.2.5.3.1).
 * 5. The controlling agent waits until every pair has an outcome (or the
 *    nomination deadline passes), then repeats the check of the
 *    highest-priority valid pair with USE-CANDIDATE (§8.1.1). The
 *    controlled agent nominates on that check (§7.3.1.5).
 *
 * Simplifications (documented in README.md): retransmissions at 0, 500 and
 * 1500 ms with a 3.5 s transaction timeout instead of RFC 8489's Rc = 7; no
 * credentials, no role conflicts, no keepalives; the TURN Allocate
 * response's XOR-MAPPED-ADDRESS is not turned into a second srflx
 * candidate.
 */
import { formatAddress, sameAddress, type TransportAddress } from './address.ts';
import type { CheckPayload, CheckResponsePayload, Packet, PacketPayload } from './packet.ts';
import type { EventParams, SimEventCode } from './simEvent.ts';
import type { Host, Simulation } from './simulation.ts';
import {
  RECOMMENDED_TYPE_PREFERENCES,
  SINGLE_ADDRESS_LOCAL_PREFERENCE,
  candidatePriority as rfcCandidatePriority,
  pairPriority,
  type CandidateType,
} from '../net/candidate.ts';

export type { CandidateType } from '../net/candidate.ts';
export { pairPriority } from '../net/candidate.ts';

/** ICE roles (RFC 8445 §6.1.1). */
export type IceRole = 'controlling' | 'controlled';

/** Candidate-pair states (RFC 8445 §6.1.2.6). */
export type PairState = 'frozen' | 'waiting' | 'in-progress' | 'succeeded' | 'failed';

/** Overall agent state. */
export type IceAgentState = 'new' | 'gathering' | 'gathered' | 'checking' | 'completed' | 'failed';

/** A candidate transport address. */
export interface Candidate {
  readonly type: CandidateType;
  readonly address: TransportAddress;
  /** Where packets for this candidate are really sent from (RFC 8445 §5.1.1.1); a relayed candidate is its own base. */
  readonly base: TransportAddress;
  readonly priority: number;
  readonly foundation: string;
  /** With mDNS hiding, the `.local` name signalled instead of a host address (RFC 8839 §5.1, draft-ietf-mmusic-mdns-ice-candidates). */
  readonly hostname?: string;
}

/** RTCConfiguration.iceTransportPolicy: `all`, or `relay` (only relayed candidates, RFC 8445 §5.1.1 as browsers restrict it). */
export type IceTransportPolicy = 'all' | 'relay';

/** A pair on the checklist. */
export interface CandidatePair {
  /** A host or relayed candidate (reflexive locals are replaced by their base). */
  readonly local: Candidate;
  readonly remote: Candidate;
  readonly priority: bigint;
  state: PairState;
  /** The valid pair this pair's successful check produced. */
  valid: ValidPair | undefined;
  /** Controlled agent: nominate when this pair's triggered check succeeds (§7.3.1.5). */
  nominateOnSuccess: boolean;
  currentTransaction: string | undefined;
}

/** A pair proven to work in both directions (RFC 8445 §7.2.5.3.2). */
export interface ValidPair {
  readonly local: Candidate;
  readonly remote: Candidate;
  readonly priority: bigint;
  nominated: boolean;
}

/** Timers and limits of the agent. */
export interface IceTiming {
  /** Pacing of new checks (RFC 8445 §14.2 default). */
  readonly taMs: number;
  /** When each transmission of a STUN transaction is sent, relative to the first. */
  readonly retransmitOffsetsMs: readonly number[];
  /** When a transaction without a response fails. */
  readonly transactionTimeoutMs: number;
  /** Controlling agent: nominate at the latest this long after checks start. */
  readonly nominationDeadlineMs: number;
  /** Checklist limit (RFC 8445 §6.1.2.5 suggests 100). */
  readonly maxPairs: number;
}

/** Default timing; see the module comment for why it differs from RFC 8489. */
export const defaultIceTiming: IceTiming = {
  taMs: 50,
  retransmitOffsetsMs: [0, 500, 1500],
  transactionTimeoutMs: 3500,
  nominationDeadlineMs: 20_000,
  maxPairs: 100,
};

/** Type preferences recommended by RFC 8445 §5.1.2.2 (the simulator's agents use them). */
export const typePreferences: Readonly<Record<CandidateType, number>> = RECOMMENDED_TYPE_PREFERENCES;

/**
 * Candidate priority of a simulated agent, by `src/lib/net`'s RFC 8445
 * §5.1.2.1 formula — the same numbers the candidate inspector explains.
 *
 * @param type - candidate type
 * @param localPreference - 0–65535 (one interface: 65535)
 * @param componentId - 1 for RTP/data
 * @returns the priority
 * @example candidatePriority('host') // 2130706431
 */
export function candidatePriority(type: CandidateType, localPreference = SINGLE_ADDRESS_LOCAL_PREFERENCE, componentId = 1): number {
  return rfcCandidatePriority({ typePreference: typePreferences[type], localPreference, componentId });
}

/** Options for an {@link IceAgent}. */
export interface IceAgentOptions {
  /** `A` or `B`; used in captions. */
  readonly name: string;
  readonly role: IceRole;
  readonly host: Host;
  /** UDP port of the host candidate. */
  readonly port: number;
  readonly stunServer?: TransportAddress;
  readonly turnServer?: TransportAddress;
  readonly timing?: Partial<IceTiming>;
  /** `relay`: gather and pair only the relayed candidate, as a browser with `iceTransportPolicy: 'relay'` does (default `all`). */
  readonly transportPolicy?: IceTransportPolicy;
  /**
   * Hide the host address behind an mDNS name, as default Chrome does: the
   * host candidate is signalled as `<uuid>.local`, and a server-reflexive
   * address equal to the host address is kept, since the peer cannot
   * otherwise learn it (default false).
   */
  readonly mdns?: boolean;
}

type TransactionPurpose = 'stun' | 'allocate' | 'permission' | 'check';

interface Transaction {
  readonly id: string;
  readonly purpose: TransactionPurpose;
  readonly pair: CandidatePair | undefined;
  readonly useCandidate: boolean;
  /** PRIORITY sent in a check. */
  readonly priority: number;
  readonly destination: TransportAddress;
  readonly peerIps: readonly string[];
  readonly send: () => void;
  readonly onTimeout: () => void;
  done: boolean;
  cancelled: boolean;
  transmissions: number;
}

interface TriggeredEntry {
  readonly pair: CandidatePair;
  readonly useCandidate: boolean;
}

function describe(candidate: Candidate): string {
  return formatAddress(candidate.address);
}

/** One ICE agent on one host port. */
export class IceAgent {
  readonly name: string;
  readonly role: IceRole;
  readonly timing: IceTiming;
  /** Called when gathering finishes. */
  onGathered: (() => void) | undefined;
  /** Called once when the agent completes or fails. */
  onFinished: (() => void) | undefined;
  #sim: Simulation;
  #host: Host;
  #port: number;
  #stunServer: TransportAddress | undefined;
  #turnServer: TransportAddress | undefined;
  #state: IceAgentState = 'new';
  #locals: Candidate[] = [];
  #remotes: Candidate[] = [];
  #localsByAddress = new Map<string, Candidate>();
  #remotesByAddress = new Map<string, Candidate>();
  /** Pairs waiting in the triggered-check queue without USE-CANDIDATE. */
  #queuedPairs = new Set<CandidatePair>();
  #checklist: CandidatePair[] = [];
  #pairsByKey = new Map<string, CandidatePair>();
  #validList: ValidPair[] = [];
  #triggered: TriggeredEntry[] = [];
  #transactions = new Map<string, Transaction>();
  #nextTransaction = 1;
  #nextPrflx = 1;
  #pendingGathering = 0;
  #checksStartedAtMs = 0;
  #nominating = false;
  #selected: ValidPair | undefined;
  #permissionsRequested = new Set<string>();
  #permissionsConfirmed = new Set<string>();
  #asymmetricFailures = 0;
  #policy: IceTransportPolicy;
  #mdns: boolean;
  #unresolved = 0;

  /**
   * Binds the agent to its host port; call {@link gather} to start.
   *
   * @param sim - the simulation
   * @param options - name, role, host, port, STUN/TURN servers, timing
   */
  constructor(sim: Simulation, options: IceAgentOptions) {
    this.#sim = sim;
    this.name = options.name;
    this.role = options.role;
    this.#host = options.host;
    this.#port = options.port;
    this.#stunServer = options.stunServer;
    this.#turnServer = options.turnServer;
    this.timing = { ...defaultIceTiming, ...options.timing };
    this.#policy = options.transportPolicy ?? 'all';
    this.#mdns = options.mdns ?? false;
    this.onGathered = undefined;
    this.onFinished = undefined;
    this.#host.listen(this.#port, (packet) => this.#onPacket(packet));
  }

  /** Current state. */
  get state(): IceAgentState {
    return this.#state;
  }

  /** Local candidates, including peer-reflexive ones learned during checks. */
  get localCandidates(): readonly Candidate[] {
    return this.#locals;
  }

  /** Remote candidates, including peer-reflexive ones learned during checks. */
  get remoteCandidates(): readonly Candidate[] {
    return this.#remotes;
  }

  /** The checklist, highest priority first. */
  get checklist(): readonly CandidatePair[] {
    return this.#checklist;
  }

  /** The valid list. */
  get validList(): readonly ValidPair[] {
    return this.#validList;
  }

  /** The nominated (selected) pair, once ICE completed. */
  get selected(): ValidPair | undefined {
    return this.#selected;
  }

  /** Number of checks that failed because the response came from another address (§7.2.5.2.1). */
  get asymmetricFailures(): number {
    return this.#asymmetricFailures;
  }

  /** Number of remote host candidates dropped because their mDNS name could not be resolved. */
  get unresolvedCandidates(): number {
    return this.#unresolved;
  }

  /** The ICE transport policy. */
  get transportPolicy(): IceTransportPolicy {
    return this.#policy;
  }

  /** Candidates to signal to the peer: host, server-reflexive and relayed (RFC 8445 §5.3); only relayed ones under the relay policy. */
  signalledCandidates(): Candidate[] {
    return this.#locals.filter((candidate) => candidate.type !== 'prflx' && (this.#policy === 'all' || candidate.type === 'relay'));
  }

  /** Starts gathering (RFC 8445 §5.1.1). */
  gather(): void {
    if (this.#state !== 'new') return;
    this.#state = 'gathering';
    const hostAddress = { ip: this.#host.ip, port: this.#port };
    const host: Candidate = {
      type: 'host',
      address: hostAddress,
      base: hostAddress,
      priority: candidatePriority('host'),
      foundation: 'host',
      ...(this.#mdns ? { hostname: `${this.name.toLowerCase()}-${this.#port}.local` } : {}),
    };
    // The relay policy keeps the socket but never offers or pairs a host candidate.
    if (this.#policy === 'relay') this.#rememberLocal(host);
    else this.#addLocal(host);
    const stunServer = this.#policy === 'relay' ? undefined : this.#stunServer;
    if (stunServer !== undefined) {
      this.#pendingGathering++;
      this.#startTransaction('stun', {
        destination: stunServer,
        send: (id) => this.#host.send(this.#port, stunServer, { kind: 'stun-binding-request', transactionId: id }, { params: { agent: this.name } }),
        onTimeout: () => this.#gatheringStepDone(),
      });
    }
    const turnServer = this.#turnServer;
    if (turnServer !== undefined) {
      this.#pendingGathering++;
      this.#startTransaction('allocate', {
        destination: turnServer,
        send: (id) => this.#host.send(this.#port, turnServer, { kind: 'turn-allocate-request', transactionId: id }, { params: { agent: this.name } }),
        onTimeout: () => this.#gatheringStepDone(),
      });
    }
    if (this.#pendingGathering === 0) this.#sim.after(0, () => this.#finishGathering());
  }

  /**
   * Takes the peer's candidates, as received through signalling.
   *
   * @param candidates - the peer's host, srflx and relay candidates
   */
  setRemoteCandidates(candidates: readonly Candidate[]): void {
    for (const candidate of candidates) {
      if (candidate.hostname !== undefined) {
        // mDNS (RFC 6762) is link-local: a name from another segment never resolves.
        this.#unresolved++;
        this.#emit('mdns-unresolved', () => ({ name: candidate.hostname ?? '' }));
        continue;
      }
      if (this.#remoteAt(candidate.address) === undefined) this.#addRemote(candidate);
    }
  }

  /** Forms the checklist and starts checks (RFC 8445 §6.1.2, §6.1.4). */
  startChecks(): void {
    if (this.#state !== 'gathered') return;
    this.#state = 'checking';
    this.#checksStartedAtMs = this.#sim.nowMs;
    for (const local of this.#locals) {
      if (local.type !== 'relay' && (local.type !== 'host' || this.#policy === 'relay')) continue;
      for (const remote of this.#remotes) this.#addPair(local, remote, 'waiting');
    }
    this.#emit('checklist-formed', () => ({ count: this.#checklist.length }));
    if (this.#relayCandidate() !== undefined) {
      this.#requestPermissions(this.#remotes.map((remote) => remote.address.ip));
    }
    this.#tick();
  }

  /** Gives up (used when the peer failed and told us out of band). */
  abandon(): void {
    if (this.#state === 'completed' || this.#state === 'failed') return;
    this.#fail();
  }

  /**
   * Sends application data on the selected pair (RFC 8445 §12.1).
   *
   * @param text - the payload
   */
  sendData(text: string): void {
    const selected = this.#selected;
    if (selected === undefined) return;
    this.#sendFrom(selected.local, selected.remote.address, { kind: 'data', text });
  }

  // ——— gathering ———

  #gatheringStepDone(): void {
    this.#pendingGathering--;
    if (this.#pendingGathering === 0) this.#finishGathering();
  }

  #finishGathering(): void {
    if (this.#state !== 'gathering') return;
    this.#state = 'gathered';
    this.onGathered?.();
  }

  #addLocal(candidate: Candidate): void {
    this.#rememberLocal(candidate);
    this.#emit('candidate-gathered', () => ({
      type: candidate.type,
      address: formatAddress(candidate.address),
      base: formatAddress(candidate.base),
    }));
  }

  #onStunResponse(mapped: TransportAddress): void {
    // §5.1.3: a server-reflexive address equal to the host address is
    // redundant — unless mDNS hides the host address, when Chromium keeps it.
    if (this.#localAt(mapped) !== undefined && !this.#mdns) {
      this.#emit('candidate-redundant', () => ({ address: formatAddress(mapped) }));
      return;
    }
    const hostCandidate = this.#hostCandidate();
    this.#addLocal({
      type: 'srflx',
      address: mapped,
      base: hostCandidate.address,
      priority: candidatePriority('srflx'),
      foundation: 'srflx',
    });
  }

  // ——— transactions ———

  #startTransaction(
    purpose: TransactionPurpose,
    spec: {
      readonly destination: TransportAddress;
      readonly send: (id: string) => void;
      readonly onTimeout: () => void;
      readonly pair?: CandidatePair;
      readonly useCandidate?: boolean;
      readonly priority?: number;
      readonly peerIps?: readonly string[];
    },
  ): Transaction {
    const id = `${this.name}${this.#nextTransaction++}`;
    const transaction: Transaction = {
      id,
      purpose,
      pair: spec.pair,
      useCandidate: spec.useCandidate ?? false,
      priority: spec.priority ?? 0,
      destination: spec.destination,
      peerIps: spec.peerIps ?? [],
      send: () => spec.send(id),
      onTimeout: spec.onTimeout,
      done: false,
      cancelled: false,
      transmissions: 0,
    };
    this.#transactions.set(id, transaction);
    for (const offset of this.timing.retransmitOffsetsMs) {
      this.#sim.after(offset, () => {
        if (transaction.done || transaction.cancelled) return;
        transaction.transmissions++;
        transaction.send();
      });
    }
    this.#sim.after(this.timing.transactionTimeoutMs, () => {
      if (transaction.done) return;
      transaction.done = true;
      if (!transaction.cancelled) transaction.onTimeout();
    });
    return transaction;
  }

  /** Finds an open transaction of the given purpose and closes it. */
  #complete(id: string, purpose: TransactionPurpose): Transaction | undefined {
    const transaction = this.#transactions.get(id);
    if (transaction === undefined || transaction.purpose !== purpose || transaction.done) return undefined;
    transaction.done = true;
    return transaction;
  }

  // ——— packets ———

  #onPacket(packet: Packet): void {
    const payload = packet.payload;
    switch (payload.kind) {
      case 'stun-binding-response': {
        if (this.#fromWrongServer(packet, this.#stunServer)) return;
        if (this.#complete(payload.transactionId, 'stun') === undefined) return;
        this.#onStunResponse(payload.mapped);
        this.#gatheringStepDone();
        return;
      }
      case 'turn-allocate-response': {
        if (this.#fromWrongServer(packet, this.#turnServer)) return;
        if (this.#complete(payload.transactionId, 'allocate') === undefined) return;
        this.#addLocal({
          type: 'relay',
          address: payload.relayed,
          base: payload.relayed,
          priority: candidatePriority('relay'),
          foundation: 'relay',
        });
        this.#gatheringStepDone();
        return;
      }
      case 'turn-create-permission-response': {
        const transaction = this.#complete(payload.transactionId, 'permission');
        if (transaction === undefined) return;
        for (const ip of transaction.peerIps) this.#permissionsConfirmed.add(ip);
        return;
      }
      case 'turn-data-indication': {
        const relay = this.#relayCandidate();
        if (relay === undefined) return;
        const inner = payload.inner;
        if (inner.kind === 'check') this.#onCheck(relay, payload.peer, inner);
        else if (inner.kind === 'check-response') this.#onCheckResponse(relay, payload.peer, inner);
        return;
      }
      case 'check':
        // Under the relay policy the browser has no host candidate to answer on.
        if (this.#policy === 'relay') return;
        this.#onCheck(this.#hostCandidate(), packet.src, payload);
        return;
      case 'check-response':
        this.#onCheckResponse(this.#hostCandidate(), packet.src, payload);
        return;
      default:
        return;
    }
  }

  /**
   * A server's response counts only when it comes from the server's
   * address: libwebrtc's STUN and TURN ports accept packets only from the
   * server they sent to. Records the event when it does not.
   */
  #fromWrongServer(packet: Packet, server: TransportAddress | undefined): boolean {
    if (server === undefined || sameAddress(packet.src, server)) return false;
    this.#emit('server-response-wrong-source', () => ({ from: formatAddress(packet.src), server: formatAddress(server) }));
    return true;
  }

  /** Sends from a local candidate's base; a relayed base sends through TURN. */
  #sendFrom(local: Candidate, destination: TransportAddress, payload: PacketPayload, code?: SimEventCode, params: EventParams = {}): void {
    const relay = this.#relayCandidate();
    const turnServer = this.#turnServer;
    const captionParams = { agent: this.name, ...params };
    if (relay !== undefined && turnServer !== undefined && sameAddress(local.base, relay.address)) {
      if (payload.kind === 'check' || payload.kind === 'check-response' || payload.kind === 'data') {
        this.#host.send(this.#port, turnServer, { kind: 'turn-send-indication', peer: destination, inner: payload }, { params: captionParams });
      }
      return;
    }
    this.#host.send(this.#port, destination, payload, code === undefined ? { params: captionParams } : { code, params: captionParams });
  }

  // ——— checks ———

  #tick(): void {
    if (this.#state !== 'checking') return;
    this.#maybeNominate();
    if (this.#state !== 'checking') return;
    if (this.role === 'controlled' && this.#sim.nowMs >= this.#checksStartedAtMs + this.timing.nominationDeadlineMs + 5000) {
      this.#fail();
      return;
    }
    this.#sendNextCheck();
    this.#sim.after(this.timing.taMs, () => this.#tick());
  }

  #sendNextCheck(): void {
    // §6.1.4.2: the triggered-check queue goes first.
    while (this.#triggered.length > 0) {
      const entry = this.#triggered[0];
      if (entry === undefined) break;
      if (!entry.useCandidate && entry.pair.state === 'succeeded') {
        this.#dequeueTriggered();
        continue;
      }
      if (!this.#canSend(entry.pair)) break;
      this.#dequeueTriggered();
      this.#sendCheck(entry.pair, entry.useCandidate);
      return;
    }
    if (this.#nominating) return;
    for (const pair of this.#checklist) {
      if (pair.state === 'waiting' && this.#canSend(pair) && !this.#queuedPairs.has(pair)) {
        this.#sendCheck(pair, false);
        return;
      }
    }
  }

  /** §7.2.1: a relayed check needs a permission for the remote IP first. */
  #canSend(pair: CandidatePair): boolean {
    return pair.local.type !== 'relay' || this.#permissionsConfirmed.has(pair.remote.address.ip);
  }

  #sendCheck(pair: CandidatePair, useCandidate: boolean): void {
    const priority = candidatePriority('prflx');
    const payload = (id: string): CheckPayload => ({ kind: 'check', transactionId: id, priority, useCandidate, role: this.role });
    const params = { localType: pair.local.type, remoteType: pair.remote.type };
    const code: SimEventCode = useCandidate ? 'check-nomination-sent' : 'check-sent';
    pair.state = 'in-progress';
    const transaction = this.#startTransaction('check', {
      destination: pair.remote.address,
      pair,
      useCandidate,
      priority,
      send: (id) => this.#sendFrom(pair.local, pair.remote.address, payload(id), code, params),
      onTimeout: () => {
        if (pair.currentTransaction !== transaction.id) return;
        pair.currentTransaction = undefined;
        pair.state = 'failed';
        this.#emitPair('pair-failed-timeout', pair, () => ({ attempts: transaction.transmissions }));
        // §7.2.5.3.4: a failed nomination check fails the checklist.
        if (useCandidate || pair.nominateOnSuccess) this.#fail();
        else this.#maybeNominate();
      },
    });
    pair.currentTransaction = transaction.id;
  }

  #onCheck(local: Candidate, source: TransportAddress, payload: CheckPayload): void {
    // §7.3.1.2: the response carries the source address as seen here.
    const response: CheckResponsePayload = { kind: 'check-response', transactionId: payload.transactionId, mapped: source };
    this.#sendFrom(local, source, response);
    if (this.#state !== 'checking') return;

    // §7.3.1.3: an unknown source is a peer-reflexive remote candidate.
    let remote = this.#remoteAt(source);
    if (remote === undefined) {
      const learned: Candidate = {
        type: 'prflx',
        address: source,
        base: source,
        priority: payload.priority,
        foundation: `prflx${this.#nextPrflx++}`,
      };
      remote = learned;
      this.#addRemote(learned);
      this.#emit('remote-prflx-learned', () => ({ address: formatAddress(source), local: describe(local) }));
      if (this.#relayCandidate() !== undefined) this.#requestPermissions([source.ip]);
    }

    // §7.3.1.4: triggered check.
    let pair = this.#pairsByKey.get(this.#pairKey(local, remote));
    if (pair === undefined) {
      // A nomination must never be lost to the checklist limit.
      pair = this.#addPair(local, remote, 'waiting', payload.useCandidate);
      if (pair === undefined) return;
      this.#enqueueTriggered(pair);
    } else if (pair.state !== 'succeeded') {
      if (pair.state === 'in-progress' && pair.currentTransaction !== undefined) {
        const running = this.#transactions.get(pair.currentTransaction);
        if (running !== undefined) running.cancelled = true;
        pair.currentTransaction = undefined;
      }
      pair.state = 'waiting';
      this.#enqueueTriggered(pair);
    }

    // §7.3.1.5: the controlled agent follows a nomination.
    if (payload.useCandidate && this.role === 'controlled') {
      if (pair.state === 'succeeded' && pair.valid !== undefined) this.#nominate(pair.valid);
      else pair.nominateOnSuccess = true;
    }
  }

  #onCheckResponse(local: Candidate, source: TransportAddress, payload: CheckResponsePayload): void {
    const transaction = this.#complete(payload.transactionId, 'check');
    const pair = transaction?.pair;
    if (transaction === undefined || pair === undefined) return;
    if (this.#state !== 'checking') return;
    if (pair.currentTransaction === transaction.id) pair.currentTransaction = undefined;

    // §7.2.5.2.1: the response must come from where the request went, to where it came from.
    if (!sameAddress(source, transaction.destination) || !sameAddress(local.base, pair.local.base)) {
      if (transaction.cancelled) return;
      this.#asymmetricFailures++;
      pair.state = 'failed';
      this.#emitPair('pair-failed-asymmetric', pair, () => ({ responder: formatAddress(source) }));
      if (transaction.useCandidate || pair.nominateOnSuccess) this.#fail();
      else this.#maybeNominate();
      return;
    }

    // §7.2.5.3.1: an unknown mapped address is a local peer-reflexive candidate.
    let mappedLocal = this.#localAt(payload.mapped);
    if (mappedLocal === undefined) {
      const learned: Candidate = {
        type: 'prflx',
        address: payload.mapped,
        base: pair.local.base,
        priority: transaction.priority,
        foundation: `prflx${this.#nextPrflx++}`,
      };
      mappedLocal = learned;
      this.#rememberLocal(learned);
      this.#emit('local-prflx-learned', () => ({ address: formatAddress(learned.address) }));
    }

    // §7.2.5.3.2–3: the valid pair, and both pairs succeed.
    const valid = this.#validPair(mappedLocal, pair.remote);
    pair.valid = valid;
    pair.state = 'succeeded';
    this.#emitPair('pair-succeeded', pair, () => ({
      validLocal: formatAddress(valid.local.address),
      validLocalType: valid.local.type,
      remoteType: valid.remote.type,
    }));

    // §7.2.5.3.4: nomination.
    if (transaction.useCandidate || (this.role === 'controlled' && pair.nominateOnSuccess)) {
      this.#nominate(valid);
      return;
    }
    this.#maybeNominate();
  }

  #validPair(local: Candidate, remote: Candidate): ValidPair {
    const existing = this.#validList.find((valid) => valid.local === local && valid.remote === remote);
    if (existing !== undefined) return existing;
    const valid: ValidPair = { local, remote, priority: this.#priorityOf(local, remote), nominated: false };
    this.#validList.push(valid);
    return valid;
  }

  // ——— nomination ———

  /** §8.1.1: stop when every pair has an outcome (or at the deadline) and nominate the best valid pair. */
  #maybeNominate(): void {
    if (this.role !== 'controlling' || this.#state !== 'checking' || this.#nominating) return;
    // An empty checklist is not settled: a peer's check may still arrive and
    // create a peer-reflexive pair (§7.3.1.4), so wait for the deadline.
    const settled =
      this.#checklist.length > 0 &&
      this.#triggered.length === 0 &&
      this.#checklist.every((pair) => pair.state === 'succeeded' || pair.state === 'failed');
    const deadline = this.#sim.nowMs >= this.#checksStartedAtMs + this.timing.nominationDeadlineMs;
    if (!settled && !deadline) return;
    let best: ValidPair | undefined;
    for (const valid of this.#validList) {
      if (best === undefined || valid.priority > best.priority) best = valid;
    }
    if (best === undefined) {
      this.#fail();
      return;
    }
    const chosen = best;
    let generator: CandidatePair | undefined;
    for (const pair of this.#checklist) {
      if (pair.valid === chosen && (generator === undefined || pair.priority > generator.priority)) generator = pair;
    }
    if (generator === undefined) {
      this.#fail();
      return;
    }
    this.#nominating = true;
    this.#emit('nomination-started', () => ({ local: describe(chosen.local), remote: describe(chosen.remote) }));
    this.#triggered.unshift({ pair: generator, useCandidate: true });
  }

  #nominate(valid: ValidPair): void {
    if (this.#state !== 'checking') return;
    valid.nominated = true;
    this.#selected = valid;
    this.#state = 'completed';
    // §8.1.2: remaining checks stop.
    this.#triggered = [];
    this.#queuedPairs.clear();
    for (const transaction of this.#transactions.values()) {
      if (transaction.purpose === 'check' && !transaction.done) transaction.cancelled = true;
    }
    this.#emit('pair-nominated', () => ({
      local: describe(valid.local),
      remote: describe(valid.remote),
      localType: valid.local.type,
      remoteType: valid.remote.type,
    }));
    this.onFinished?.();
  }

  #fail(): void {
    if (this.#state === 'completed' || this.#state === 'failed') return;
    this.#state = 'failed';
    for (const transaction of this.#transactions.values()) {
      if (!transaction.done) transaction.cancelled = true;
    }
    this.#emit('ice-failed', () => ({}));
    this.onFinished?.();
  }

  // ——— TURN permissions ———

  #requestPermissions(ips: readonly string[]): void {
    const turnServer = this.#turnServer;
    if (turnServer === undefined) return;
    const fresh = [...new Set(ips)].filter((ip) => !this.#permissionsRequested.has(ip));
    if (fresh.length === 0) return;
    for (const ip of fresh) this.#permissionsRequested.add(ip);
    this.#startTransaction('permission', {
      destination: turnServer,
      peerIps: fresh,
      send: (id) =>
        this.#host.send(this.#port, turnServer, { kind: 'turn-create-permission-request', transactionId: id, peerIps: fresh }, { params: { agent: this.name } }),
      onTimeout: () => {
        for (const ip of fresh) this.#permissionsRequested.delete(ip);
      },
    });
  }

  // ——— helpers ———

  #hostCandidate(): Candidate {
    const host = this.#locals[0];
    if (host !== undefined) return host;
    const address = { ip: this.#host.ip, port: this.#port };
    return { type: 'host', address, base: address, priority: candidatePriority('host'), foundation: 'host' };
  }

  #relayCandidate(): Candidate | undefined {
    return this.#locals.find((candidate) => candidate.type === 'relay');
  }

  #rememberLocal(candidate: Candidate): void {
    this.#locals.push(candidate);
    // A srflx equal to the host address (kept under mDNS) does not replace the host.
    const key = formatAddress(candidate.address);
    if (!this.#localsByAddress.has(key)) this.#localsByAddress.set(key, candidate);
  }

  #addRemote(candidate: Candidate): void {
    this.#remotes.push(candidate);
    this.#remotesByAddress.set(formatAddress(candidate.address), candidate);
  }

  #localAt(address: TransportAddress): Candidate | undefined {
    return this.#localsByAddress.get(formatAddress(address));
  }

  #remoteAt(address: TransportAddress): Candidate | undefined {
    return this.#remotesByAddress.get(formatAddress(address));
  }

  #pairKey(local: Candidate, remote: Candidate): string {
    return `${formatAddress(local.address)}|${formatAddress(remote.address)}`;
  }

  #priorityOf(local: Candidate, remote: Candidate): bigint {
    return this.role === 'controlling' ? pairPriority(local.priority, remote.priority) : pairPriority(remote.priority, local.priority);
  }

  #addPair(local: Candidate, remote: Candidate, state: PairState, beyondLimit = false): CandidatePair | undefined {
    const key = this.#pairKey(local, remote);
    const existing = this.#pairsByKey.get(key);
    if (existing !== undefined) return existing;
    if (this.#checklist.length >= this.timing.maxPairs && !beyondLimit) return undefined;
    const pair: CandidatePair = {
      local,
      remote,
      priority: this.#priorityOf(local, remote),
      state,
      valid: undefined,
      nominateOnSuccess: false,
      currentTransaction: undefined,
    };
    this.#pairsByKey.set(key, pair);
    let index = this.#checklist.findIndex((other) => other.priority < pair.priority);
    if (index === -1) index = this.#checklist.length;
    this.#checklist.splice(index, 0, pair);
    return pair;
  }

  #dequeueTriggered(): void {
    const entry = this.#triggered.shift();
    if (entry !== undefined && !entry.useCandidate) this.#queuedPairs.delete(entry.pair);
  }

  #enqueueTriggered(pair: CandidatePair): void {
    if (this.#queuedPairs.has(pair)) return;
    this.#queuedPairs.add(pair);
    this.#triggered.push({ pair, useCandidate: false });
    this.#emitPair('triggered-check-queued', pair, () => ({}));
  }

  #emit(code: SimEventCode, params: () => EventParams): void {
    this.#sim.emit(() => ({ type: 'ice', code, node: this.name, params: { agent: this.name, ...params() } }));
  }

  #emitPair(code: SimEventCode, pair: CandidatePair, params: () => EventParams): void {
    this.#sim.emit(() => ({
      type: 'ice',
      code,
      node: this.name,
      params: {
        agent: this.name,
        local: describe(pair.local),
        remote: describe(pair.remote),
        localType: pair.local.type,
        ...params(),
      },
      pair: { agent: this.name, local: describe(pair.local), remote: describe(pair.remote), state: pair.state },
    }));
  }
}
