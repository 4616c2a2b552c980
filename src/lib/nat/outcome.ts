/**
 * Connectivity outcomes, computed by running a full ICE session in the
 * simulator — never written by hand.
 *
 * Outcome format (stable; the NAT lab compares real recordings with it):
 *
 * ```
 * {
 *   natA, natB,            // NAT type ids; A is the controlling agent
 *   outerA?, outerB?,      // outer (carrier-grade) NAT ids, when present
 *   turn,                  // was a TURN server configured
 *   direct,                // true when the selected pair needs no relay
 *   via,                   // 'direct' | 'turn' | 'none'
 *   pair?: {               // the selected pair, from each side's view
 *     a: { local, remote, localAddress, remoteAddress },
 *     b: { local, remote, localAddress, remoteAddress },
 *   },                     // local/remote: 'host' | 'srflx' | 'prflx' | 'relay'
 *   reason,                // one of outcomeReasons
 *   params,                // placeholders of the reason text: translator(lang, natText)(`outcome.${reason}`, params)
 * }
 * ```
 *
 * A lab that records real NATs only needs `via` and the two `pair` types to
 * compare: they are what `RTCPeerConnection.getStats()` reports for the
 * selected candidate pair.
 */
import { formatAddress } from './address.ts';
import { IceAgent, type Candidate, type CandidateType, type IceTransportPolicy } from './iceAgent.ts';
import { resolveNatType, type NatSpec, type NatType } from './natTypes.ts';
import { buildPeerNetwork, closedNetworkNat, type PeerNetwork, type PeerNetworkSpec, type ServerSegment } from './peerNetwork.ts';
import { dropReasons, type DropReason, type EventParams } from './simEvent.ts';
import type { Simulation } from './simulation.ts';
import { ok, type Result } from '../result.ts';
import type { NatBehaviourError } from './natTypes.ts';

/** How the peers ended up talking. */
export type OutcomeVia = 'direct' | 'turn' | 'none';

/** Why, as a stable code with an English and Japanese explanation. */
export const outcomeReasons = [
  'direct-host',
  'direct-reflexive',
  'direct-peer-reflexive',
  'direct-peer-reflexive-both',
  'relayed',
  'failed-filtered',
  'failed-asymmetric',
  'failed-despite-turn',
  'failed-no-pairs',
  'failed-mdns-unresolved',
] as const;

/** An outcome reason code. */
export type OutcomeReason = (typeof outcomeReasons)[number];

/** The selected pair from one side's point of view. */
export interface PairView {
  readonly local: CandidateType;
  readonly remote: CandidateType;
  readonly localAddress: string;
  readonly remoteAddress: string;
}

/** Result of one ICE session between two NAT types. */
export interface Outcome {
  readonly natA: string;
  readonly natB: string;
  readonly outerA?: string;
  readonly outerB?: string;
  readonly turn: boolean;
  /** Present when both browsers used `iceTransportPolicy: 'relay'`. */
  readonly iceTransportPolicy?: 'relay';
  /** Present when host addresses were hidden behind mDNS names. */
  readonly mdns?: true;
  /** Present for the closed network: where its STUN/TURN server sat. */
  readonly closedNetwork?: { readonly server: ServerSegment };
  readonly direct: boolean;
  readonly via: OutcomeVia;
  readonly pair?: { readonly a: PairView; readonly b: PairView };
  readonly reason: OutcomeReason;
  /** Placeholders of the reason's text, `outcome.<reason>` in `natText`. */
  readonly params: EventParams;
}

/** A matrix of outcomes: rows are side A (controlling), columns side B. */
export interface NatMatrix {
  readonly ids: readonly string[];
  readonly turn: boolean;
  /** Present when every cell ran with `iceTransportPolicy: 'relay'`. */
  readonly iceTransportPolicy?: 'relay';
  readonly cells: readonly (readonly Outcome[])[];
}

/** A finished ICE session. */
export interface IceSession {
  readonly network: PeerNetwork;
  readonly agentA: IceAgent;
  readonly agentB: IceAgent;
  readonly outcome: Outcome;
}

/** Hard stop for a session, in virtual ms. */
const sessionLimitMs = 60_000;

function candidateList(candidates: readonly Candidate[]): string {
  return candidates.map((candidate) => `${candidate.type} ${candidate.hostname ?? formatAddress(candidate.address)}`).join(', ');
}

function signal(sim: Simulation, from: IceAgent, to: IceAgent): void {
  const candidates = from.signalledCandidates();
  sim.emit(() => ({
    type: 'ice',
    code: 'candidates-signalled',
    node: from.name,
    params: { from: from.name, to: to.name, count: candidates.length, list: candidateList(candidates) },
  }));
  to.setRemoteCandidates(candidates);
}

/**
 * Runs a full ICE session on the standard topology (see `peerNetwork.ts`):
 * both agents gather at t = 0, exchange candidates as soon as both are done
 * (signalling is instantaneous) and start checks at that same moment. When
 * events are recorded, each side then sends one data packet on its selected
 * pair.
 *
 * @param spec - NAT types, TURN, seed, recording
 * @returns the network, both agents and the outcome
 */
export function runIceSession(spec: PeerNetworkSpec): IceSession {
  const network = buildPeerNetwork(spec);
  const { sim, a, b, stun, turn } = network;
  const servers = {
    ...(spec.stun === false ? {} : { stunServer: stun.address }),
    ...(turn === undefined ? {} : { turnServer: turn.address }),
    transportPolicy: spec.iceTransportPolicy ?? 'all',
    mdns: spec.mdns ?? false,
  };
  const agentA = new IceAgent(sim, { name: 'A', role: 'controlling', host: a.host, port: a.hostAddress.port, ...servers });
  const agentB = new IceAgent(sim, { name: 'B', role: 'controlled', host: b.host, port: b.hostAddress.port, ...servers });
  let gathered = 0;
  const onGathered = (): void => {
    gathered++;
    if (gathered < 2) return;
    signal(sim, agentA, agentB);
    signal(sim, agentB, agentA);
    agentA.startChecks();
    agentB.startChecks();
  };
  agentA.onGathered = onGathered;
  agentB.onGathered = onGathered;
  let ended = false;
  const onFinished = (): void => {
    // The controlling agent's failure reaches the controlled one out of band.
    if (agentA.state === 'failed') agentB.abandon();
    const done = (agent: IceAgent): boolean => agent.state === 'completed' || agent.state === 'failed';
    if (ended || !done(agentA) || !done(agentB)) return;
    ended = true;
    if (!sim.recording) {
      sim.stop();
      return;
    }
    agentA.sendData('hello from A');
    agentB.sendData('hello from B');
    sim.after(500, () => sim.stop());
  };
  agentA.onFinished = onFinished;
  agentB.onFinished = onFinished;
  sim.at(0, () => {
    agentA.gather();
    agentB.gather();
  });
  sim.run(sessionLimitMs);
  return { network, agentA, agentB, outcome: describeOutcome(spec, network, agentA, agentB) };
}

function pairView(agent: IceAgent): PairView | undefined {
  const selected = agent.selected;
  if (selected === undefined || agent.state !== 'completed') return undefined;
  return {
    local: selected.local.type,
    remote: selected.remote.type,
    localAddress: formatAddress(selected.local.address),
    remoteAddress: formatAddress(selected.remote.address),
  };
}

function dominantDrop(counts: Readonly<Record<DropReason, number>>): { reason: DropReason; count: number } {
  let best: { reason: DropReason; count: number } = { reason: 'no-route', count: counts['no-route'] };
  for (const reason of dropReasons) {
    // Checks to private host addresses always die with no-route; prefer any other reason.
    if (reason === 'no-route') continue;
    if (counts[reason] > 0 && (best.reason === 'no-route' || counts[reason] > best.count)) {
      best = { reason, count: counts[reason] };
    }
  }
  return best;
}

function describeOutcome(spec: PeerNetworkSpec, network: PeerNetwork, agentA: IceAgent, agentB: IceAgent): Outcome {
  const a = pairView(agentA);
  const b = pairView(agentB);
  let via: OutcomeVia = 'none';
  let reason: OutcomeReason;
  let params: EventParams = {};
  if (a !== undefined && b !== undefined) {
    const types = [a.local, a.remote, b.local, b.remote];
    if (types.includes('relay')) {
      via = 'turn';
      reason = 'relayed';
      const relay =
        a.local === 'relay' ? a.localAddress : a.remote === 'relay' ? a.remoteAddress : b.local === 'relay' ? b.localAddress : b.remoteAddress;
      params = { relay };
    } else {
      via = 'direct';
      const learners = [a.remote === 'prflx' ? 'A' : '', b.remote === 'prflx' ? 'B' : ''].filter((side) => side !== '');
      if (learners.length === 2) reason = 'direct-peer-reflexive-both';
      else if (learners.length === 1) {
        reason = 'direct-peer-reflexive';
        const learner = learners[0] ?? 'A';
        params = { learner, other: learner === 'A' ? 'B' : 'A' };
      } else if (types.every((type) => type === 'host')) reason = 'direct-host';
      else reason = 'direct-reflexive';
    }
  } else {
    const drop = dominantDrop(network.sim.dropCounts);
    params = { drop: drop.reason, count: drop.count };
    if (agentA.checklist.length === 0 && agentB.checklist.length === 0) {
      const unresolved = agentA.unresolvedCandidates + agentB.unresolvedCandidates;
      reason = unresolved > 0 ? 'failed-mdns-unresolved' : 'failed-no-pairs';
      params = { unresolved };
    } else if (spec.turn) reason = 'failed-despite-turn';
    else if (agentA.asymmetricFailures + agentB.asymmetricFailures > 0) reason = 'failed-asymmetric';
    else reason = 'failed-filtered';
  }
  const outer = {
    ...(spec.a.outerNat === undefined ? {} : { outerA: spec.a.outerNat.id }),
    ...(spec.b.outerNat === undefined ? {} : { outerB: spec.b.outerNat.id }),
  };
  const base = {
    natA: spec.closed === undefined ? spec.a.nat.id : closedNetworkNat.id,
    natB: spec.closed === undefined ? spec.b.nat.id : 'none',
    ...(spec.closed === undefined ? outer : {}),
    turn: spec.turn,
    ...(spec.iceTransportPolicy === 'relay' ? { iceTransportPolicy: 'relay' as const } : {}),
    ...(spec.mdns === true ? { mdns: true as const } : {}),
    ...(spec.closed === undefined ? {} : { closedNetwork: { server: spec.closed.server ?? 'answer-segment' } }),
    direct: via === 'direct',
    via,
    reason,
    params,
  };
  return a !== undefined && b !== undefined && via !== 'none' ? { ...base, pair: { a, b } } : base;
}

/** Options for {@link computeOutcome}. */
export interface OutcomeOptions {
  /** Offer a TURN server to both agents (default false). */
  readonly turn?: boolean;
  /** Seed for port choices (default 1). */
  readonly seed?: number;
  /** Outer NAT in front of side A (double NAT / CGNAT). */
  readonly outerA?: NatSpec;
  /** Outer NAT in front of side B. */
  readonly outerB?: NatSpec;
  /** Both browsers' `iceTransportPolicy`; `relay` pairs only relayed candidates (default `all`). */
  readonly iceTransportPolicy?: IceTransportPolicy;
  /** Hide host addresses behind mDNS names, as default Chrome does (default false). */
  readonly mdns?: boolean;
}

function resolveOptional(spec: NatSpec | undefined): Result<NatType | undefined, NatBehaviourError> {
  return spec === undefined ? ok(undefined) : resolveNatType(spec);
}

/**
 * Runs an ICE session between a peer behind `natA` (controlling) and one
 * behind `natB`, with a STUN server and optionally a TURN server, and says
 * whether and how they connected (RFC 8445 with RFC 4787 NATs).
 *
 * @param natA - NAT type of side A
 * @param natB - NAT type of side B
 * @param options - TURN, seed, outer NATs
 * @returns the outcome, or an error for an unknown or invalid NAT type
 * @example
 * const result = computeOutcome('port-restricted-cone', 'symmetric');
 * // result.value.via === 'none'
 */
export function computeOutcome(natA: NatSpec, natB: NatSpec, options: OutcomeOptions = {}): Result<Outcome, NatBehaviourError> {
  const a = resolveNatType(natA);
  if (!a.ok) return a;
  const b = resolveNatType(natB);
  if (!b.ok) return b;
  const outerA = resolveOptional(options.outerA);
  if (!outerA.ok) return outerA;
  const outerB = resolveOptional(options.outerB);
  if (!outerB.ok) return outerB;
  const session = runIceSession({
    a: { nat: a.value, outerNat: outerA.value },
    b: { nat: b.value, outerNat: outerB.value },
    turn: options.turn ?? false,
    seed: options.seed ?? 1,
    recordEvents: false,
    ...(options.iceTransportPolicy === undefined ? {} : { iceTransportPolicy: options.iceTransportPolicy }),
    ...(options.mdns === undefined ? {} : { mdns: options.mdns }),
  });
  return ok(session.outcome);
}

/** The ICE configurations the lab records: no server, STUN, STUN + TURN, TURN with the relay policy. */
export type IceConfig = 'none' | 'stun' | 'turn' | 'relay';

/** Options of {@link computeClosedNetworkOutcome}. */
export interface ClosedNetworkOptions {
  /** Which servers the browsers are given and whether only relayed candidates are used. */
  readonly ice: IceConfig;
  /** Default Chrome hides host addresses behind mDNS names (default true). */
  readonly mdns?: boolean;
  /** Segment of the STUN/TURN server (default `answer-segment`, B's). */
  readonly server?: ServerSegment;
  readonly seed?: number;
}

/**
 * The peer network spec of the closed network for one ICE configuration.
 *
 * @param options - ICE configuration, mDNS, server placement, seed
 * @param recordEvents - keep the event list
 * @returns the spec for {@link runIceSession}
 */
export function closedNetworkSpec(options: ClosedNetworkOptions, recordEvents = false): PeerNetworkSpec {
  const none = { nat: natNone };
  return {
    a: none,
    b: none,
    turn: options.ice === 'turn' || options.ice === 'relay',
    stun: options.ice === 'stun' || options.ice === 'turn',
    seed: options.seed ?? 1,
    recordEvents,
    mdns: options.mdns ?? true,
    ...(options.ice === 'relay' ? { iceTransportPolicy: 'relay' as const } : {}),
    closed: { server: options.server ?? 'answer-segment' },
  };
}

const natNone: NatType = { id: 'none', behaviour: null };

/**
 * Runs an ICE session in the closed network of the case study: A (the
 * offerer, controlling) reaches B through R2, which masquerades; B reaches A
 * through R1, which only routes (asymmetric routing). RFC 8445 agents; R2
 * filters like Linux conntrack (RFC 4787 §5 per flow).
 *
 * @param options - ICE configuration, mDNS hiding, server placement
 * @returns the outcome (never an error: the network is fixed)
 * @example computeClosedNetworkOutcome({ ice: 'none', mdns: false }).pair?.a.local // 'prflx'
 */
export function computeClosedNetworkOutcome(options: ClosedNetworkOptions): Outcome {
  return runIceSession(closedNetworkSpec(options)).outcome;
}

/**
 * Computes the outcome for every ordered pair of NAT types: the classic 4×4
 * with {@link classicNatTypeIds}, the RFC 4787 9×9 with {@link rfc4787NatTypeIds}.
 *
 * @param types - NAT types for both rows (side A) and columns (side B)
 * @param options - TURN and seed
 * @returns the matrix, or the first NAT type error
 * @example computeMatrix(classicNatTypeIds).value.cells[3][3].via // 'none'
 */
export function computeMatrix(
  types: readonly NatSpec[],
  options: { readonly turn?: boolean; readonly seed?: number; readonly iceTransportPolicy?: IceTransportPolicy } = {},
): Result<NatMatrix, NatBehaviourError> {
  const resolved: NatType[] = [];
  for (const spec of types) {
    const type = resolveNatType(spec);
    if (!type.ok) return type;
    resolved.push(type.value);
  }
  const turn = options.turn ?? false;
  const seed = options.seed ?? 1;
  const policy = options.iceTransportPolicy === 'relay' ? { iceTransportPolicy: 'relay' as const } : {};
  const cells = resolved.map((rowType) =>
    resolved.map(
      (columnType) =>
        runIceSession({ a: { nat: rowType }, b: { nat: columnType }, turn, seed, recordEvents: false, ...policy }).outcome,
    ),
  );
  return ok({ ids: resolved.map((type) => type.id), turn, ...policy, cells });
}
