/**
 * Named scenarios: each is a function of the NAT types on both sides that
 * returns the complete, deterministic event list of a short story on the
 * standard two-peer topology (see `peerNetwork.ts`).
 *
 * Timeline conventions: STUN requests at t = 0; signalling (instantaneous,
 * out of band) at t = 100 ms; the peers' packets from t = 200 ms. Each run
 * stops one second after its last scripted packet, so mapping timers that
 * would fire two minutes later do not clutter the list (except in
 * `mapping-timeout`, which is about them).
 */
import { formatAddress, sameAddress, type TransportAddress } from './address.ts';
import { runIceSession, type Outcome } from './outcome.ts';
import { resolveNatType, type NatBehaviourError, type NatSpec, type NatType, type NatTypeId } from './natTypes.ts';
import type { Packet, RelayedPayload } from './packet.ts';
import { buildPeerNetwork, type PeerNetwork, type PeerNetworkSpec, type PeerSide } from './peerNetwork.ts';
import type { SimEvent } from './simEvent.ts';
import type { Simulation } from './simulation.ts';
import { ok, type Result } from '../result.ts';

/** Ids of the named scenarios. */
export const scenarioIds = [
  'learn-address',
  'hole-punch',
  'one-side-first',
  'symmetric-vs-stun',
  'turn-fallback',
  'mapping-timeout',
  'ice',
  'closed-network',
] as const;

/** A scenario id. */
export type ScenarioId = (typeof scenarioIds)[number];

/** Short codes for URL hashes. */
export const scenarioShortCodes: Readonly<Record<ScenarioId, string>> = {
  'learn-address': 'la',
  'hole-punch': 'hp',
  'one-side-first': 'of',
  'symmetric-vs-stun': 'ss',
  'turn-fallback': 'tf',
  'mapping-timeout': 'mt',
  ice: 'ice',
  'closed-network': 'cn',
};

/** What a scenario runs with; everything is optional and has a per-scenario default. */
export interface ScenarioInput {
  readonly natA?: NatSpec;
  readonly natB?: NatSpec;
  /** Outer NAT in front of A (double NAT / carrier-grade NAT). */
  readonly outerA?: NatSpec;
  readonly outerB?: NatSpec;
  /** Offer TURN (only `ice` and `closed-network` read this; `turn-fallback` always has TURN). */
  readonly turn?: boolean;
  /** `iceTransportPolicy: 'relay'` for both browsers (`ice`, `closed-network`; needs TURN). */
  readonly relay?: boolean;
  /** Offer STUN (only `closed-network` reads this; default true). */
  readonly stun?: boolean;
  /** Hide host addresses behind mDNS names, as default Chrome does (only `closed-network`; default true). */
  readonly mdns?: boolean;
  readonly seed?: number;
}

/** Default NAT types and TURN per scenario. */
export const scenarioDefaults: Readonly<Record<ScenarioId, { readonly natA: NatTypeId; readonly natB: NatTypeId; readonly turn: boolean }>> = {
  'learn-address': { natA: 'port-restricted-cone', natB: 'symmetric', turn: false },
  'hole-punch': { natA: 'port-restricted-cone', natB: 'port-restricted-cone', turn: false },
  'one-side-first': { natA: 'port-restricted-cone', natB: 'port-restricted-cone', turn: false },
  'symmetric-vs-stun': { natA: 'symmetric', natB: 'full-cone', turn: false },
  'turn-fallback': { natA: 'symmetric', natB: 'symmetric', turn: true },
  'mapping-timeout': { natA: 'port-restricted-cone', natB: 'none', turn: false },
  ice: { natA: 'restricted-cone', natB: 'symmetric', turn: true },
  // R2 is a plain Linux masquerade on A's way to B; B's side has no NAT.
  'closed-network': { natA: 'linux-masquerade', natB: 'none', turn: false },
};

/** A finished scenario. */
export interface ScenarioRun {
  readonly scenario: ScenarioId;
  readonly natA: string;
  readonly natB: string;
  readonly outerA?: string;
  readonly outerB?: string;
  readonly turn: boolean;
  /** Present when both browsers used `iceTransportPolicy: 'relay'`. */
  readonly relay?: true;
  /** `closed-network` only: whether STUN was offered and host addresses were hidden (mDNS). */
  readonly stun?: boolean;
  readonly mdns?: boolean;
  readonly seed: number;
  readonly events: readonly SimEvent[];
  /** Only for `ice` and `closed-network`: the connectivity outcome. */
  readonly outcome?: Outcome;
  /** `closed-network` only: the network drawn is the case study's, not the standard one. */
  readonly closedNetwork?: true;
}

/** A scenario function. */
export type Scenario = (input?: ScenarioInput) => Result<ScenarioRun, NatBehaviourError>;

/** A peer application for the simple scenarios: STUN client, data sender, optional TURN client. */
class ScenarioPeer {
  readonly side: PeerSide;
  learned: TransportAddress | undefined;
  relayed: TransportAddress | undefined;
  onData: ((packet: Packet) => void) | undefined;
  onRelayed: ((peer: TransportAddress, inner: RelayedPayload) => void) | undefined;
  #sim: Simulation;
  #nextTransaction = 1;

  constructor(sim: Simulation, side: PeerSide) {
    this.#sim = sim;
    this.side = side;
    this.learned = undefined;
    this.relayed = undefined;
    this.onData = undefined;
    this.onRelayed = undefined;
    side.host.listen(side.hostAddress.port, (packet) => this.#onPacket(packet));
  }

  get name(): string {
    return this.side.name;
  }

  #transactionId(): string {
    return `${this.name}${this.#nextTransaction++}`;
  }

  askStun(server: TransportAddress): void {
    this.#send(server, { kind: 'stun-binding-request', transactionId: this.#transactionId() });
  }

  allocate(server: TransportAddress): void {
    this.#send(server, { kind: 'turn-allocate-request', transactionId: this.#transactionId() });
  }

  permit(server: TransportAddress, ips: readonly string[]): void {
    this.#send(server, { kind: 'turn-create-permission-request', transactionId: this.#transactionId(), peerIps: ips });
  }

  sendData(to: TransportAddress, text: string): void {
    this.#send(to, { kind: 'data', text });
  }

  sendViaRelay(server: TransportAddress, peer: TransportAddress, text: string): void {
    this.#send(server, { kind: 'turn-send-indication', peer, inner: { kind: 'data', text } });
  }

  #send(to: TransportAddress, payload: Parameters<PeerSide['host']['send']>[2]): void {
    this.side.host.send(this.side.hostAddress.port, to, payload);
  }

  #onPacket(packet: Packet): void {
    const payload = packet.payload;
    switch (payload.kind) {
      case 'stun-binding-response': {
        const mapped = payload.mapped;
        this.learned = mapped;
        this.#sim.emit(() => ({
          type: 'note',
          code: 'address-learned',
          node: this.name,
          params: { node: this.name, address: formatAddress(mapped) },
        }));
        return;
      }
      case 'turn-allocate-response':
        this.relayed = payload.relayed;
        return;
      case 'turn-data-indication':
        this.onRelayed?.(payload.peer, payload.inner);
        return;
      case 'data':
        this.onData?.(packet);
        return;
      default:
        return;
    }
  }
}

function signalAddress(sim: Simulation, from: ScenarioPeer, to: ScenarioPeer, addresses: readonly (TransportAddress | undefined)[]): void {
  const list = addresses.filter((address): address is TransportAddress => address !== undefined);
  if (list.length === 0) return;
  sim.emit(() => ({
    type: 'note',
    code: 'addresses-signalled',
    node: from.name,
    params: { from: from.name, to: to.name, address: list.map(formatAddress).join(', ') },
  }));
}

interface Stage {
  readonly network: PeerNetwork;
  readonly sim: Simulation;
  readonly a: ScenarioPeer;
  readonly b: ScenarioPeer;
}

function resolveInput(
  id: ScenarioId,
  input: ScenarioInput,
): Result<{ spec: PeerNetworkSpec; ids: { natA: string; natB: string; outerA?: string; outerB?: string } }, NatBehaviourError> {
  const defaults = scenarioDefaults[id];
  const natA = resolveNatType(input.natA ?? defaults.natA);
  if (!natA.ok) return natA;
  const natB = resolveNatType(input.natB ?? defaults.natB);
  if (!natB.ok) return natB;
  let outerA: NatType | undefined;
  if (input.outerA !== undefined) {
    const resolved = resolveNatType(input.outerA);
    if (!resolved.ok) return resolved;
    outerA = resolved.value;
  }
  let outerB: NatType | undefined;
  if (input.outerB !== undefined) {
    const resolved = resolveNatType(input.outerB);
    if (!resolved.ok) return resolved;
    outerB = resolved.value;
  }
  const turn = id === 'turn-fallback' ? true : id === 'ice' ? (input.turn ?? defaults.turn) : false;
  return ok({
    spec: {
      a: { nat: natA.value, outerNat: outerA },
      b: { nat: natB.value, outerNat: outerB },
      turn,
      seed: input.seed ?? 1,
      recordEvents: true,
    },
    ids: {
      natA: natA.value.id,
      natB: natB.value.id,
      ...(outerA === undefined ? {} : { outerA: outerA.id }),
      ...(outerB === undefined ? {} : { outerB: outerB.id }),
    },
  });
}

function scripted(id: ScenarioId, script: (stage: Stage) => number): Scenario {
  return (input = {}) => {
    const resolved = resolveInput(id, input);
    if (!resolved.ok) return resolved;
    const { spec, ids } = resolved.value;
    const network = buildPeerNetwork(spec);
    const sim = network.sim;
    const stage: Stage = { network, sim, a: new ScenarioPeer(sim, network.a), b: new ScenarioPeer(sim, network.b) };
    const endMs = script(stage);
    sim.run(endMs);
    return ok({ scenario: id, ...ids, turn: spec.turn, seed: spec.seed, events: sim.events });
  };
}

function learnBoth({ network, sim, a, b }: Stage): void {
  sim.at(0, () => {
    a.askStun(network.stun.address);
    b.askStun(network.stun.address);
  });
  sim.at(100, () => {
    signalAddress(sim, a, b, [a.learned]);
    signalAddress(sim, b, a, [b.learned]);
  });
}

/** STUN through each NAT: the Binding response carries the translated source (RFC 8489). */
const learnAddress = scripted('learn-address', ({ network, sim, a, b }) => {
  sim.at(0, () => a.askStun(network.stun.address));
  sim.at(100, () => b.askStun(network.stun.address));
  return 1100;
});

/** Both sides send to each other's server-reflexive address at the same moment, twice. */
const holePunch = scripted('hole-punch', (stage) => {
  const { sim, a, b } = stage;
  learnBoth(stage);
  for (const [round, time] of [
    [1, 200],
    [2, 700],
  ] as const) {
    sim.at(time, () => {
      if (b.learned !== undefined) a.sendData(b.learned, `punch ${round} from A`);
      if (a.learned !== undefined) b.sendData(a.learned, `punch ${round} from B`);
    });
  }
  return 1700;
});

/** A sends first (dropped by B's filter), B's packet opens the way, A's reply passes. */
const oneSideFirst = scripted('one-side-first', (stage) => {
  const { sim, a, b } = stage;
  learnBoth(stage);
  let replied = false;
  a.onData = (packet) => {
    if (replied) return;
    replied = true;
    a.sendData(packet.src, 'reply from A');
  };
  sim.at(200, () => {
    if (b.learned !== undefined) a.sendData(b.learned, 'first from A');
  });
  sim.at(500, () => {
    if (a.learned !== undefined) b.sendData(a.learned, 'hello from B');
  });
  return 1500;
});

/** The port a symmetric NAT uses toward the peer is not the one STUN saw. */
const symmetricVsStun = scripted('symmetric-vs-stun', (stage) => {
  const { sim, a, b } = stage;
  learnBoth(stage);
  let observed: TransportAddress | undefined;
  b.onData = (packet) => {
    if (observed !== undefined) return;
    observed = packet.src;
    const expected = a.learned;
    if (expected !== undefined && !sameAddress(expected, packet.src)) {
      sim.emit(() => ({
        type: 'note',
        code: 'peer-address-differs',
        node: b.name,
        params: { node: b.name, expected: formatAddress(expected), seen: formatAddress(packet.src) },
      }));
    }
  };
  sim.at(200, () => {
    if (b.learned !== undefined) a.sendData(b.learned, 'hello from A');
  });
  sim.at(500, () => {
    if (a.learned !== undefined) b.sendData(a.learned, 'to the address STUN reported');
  });
  sim.at(800, () => {
    if (observed !== undefined) b.sendData(observed, 'to the address A really used');
  });
  return 1800;
});

/** Direct fails, B's packet to A's relayed address is dropped until A installs a permission. */
const turnFallback = scripted('turn-fallback', ({ network, sim, a, b }) => {
  const turn = network.turn?.address;
  sim.at(0, () => {
    a.askStun(network.stun.address);
    if (turn !== undefined) a.allocate(turn);
    b.askStun(network.stun.address);
  });
  sim.at(100, () => {
    signalAddress(sim, a, b, [a.relayed, a.learned]);
    signalAddress(sim, b, a, [b.learned]);
  });
  sim.at(200, () => {
    if (b.learned !== undefined) a.sendData(b.learned, 'direct from A');
    if (a.learned !== undefined) b.sendData(a.learned, 'direct from B');
  });
  sim.at(500, () => {
    if (a.relayed !== undefined) b.sendData(a.relayed, 'via relay from B (no permission yet)');
  });
  sim.at(800, () => {
    if (turn !== undefined && b.learned !== undefined) a.permit(turn, [b.learned.ip]);
  });
  sim.at(1100, () => {
    if (a.relayed !== undefined) b.sendData(a.relayed, 'via relay from B');
  });
  let replied = false;
  a.onRelayed = (peer) => {
    if (replied || turn === undefined) return;
    replied = true;
    a.sendViaRelay(turn, peer, 'via relay from A');
  };
  return 2100;
});

/** A falls silent past the mapping timeout; B's late packet is dropped; A's next packet maps anew. */
const mappingTimeout = scripted('mapping-timeout', (stage) => {
  const { network, sim, a, b } = stage;
  learnBoth(stage);
  let lastSource: TransportAddress | undefined;
  b.onData = (packet) => {
    lastSource = packet.src;
    b.sendData(packet.src, 'reply from B');
  };
  // Without a NAT on A's side nothing expires; the story then shows B's packet arriving.
  const timeoutMs = Math.max(120_000, ...network.a.nats.map((nat) => nat.behaviour.mappingTimeoutMs));
  const lateMs = 200 + timeoutMs + 10_000;
  sim.at(200, () => {
    if (b.learned !== undefined) a.sendData(b.learned, 'hello from A');
  });
  sim.at(lateMs, () => {
    if (lastSource !== undefined) b.sendData(lastSource, 'late packet from B');
  });
  sim.at(lateMs + 1000, () => {
    if (b.learned !== undefined) a.sendData(b.learned, 'A speaks again');
  });
  return lateMs + 2000;
});

/** A full ICE session; the run also carries the outcome. */
const ice: Scenario = (input = {}) => {
  const resolved = resolveInput('ice', input);
  if (!resolved.ok) return resolved;
  const { spec: base, ids } = resolved.value;
  const relay = base.turn && input.relay === true;
  const spec: PeerNetworkSpec = relay ? { ...base, iceTransportPolicy: 'relay' } : base;
  const session = runIceSession(spec);
  return ok({
    scenario: 'ice',
    ...ids,
    turn: spec.turn,
    ...(relay ? { relay: true as const } : {}),
    seed: spec.seed,
    events: session.network.sim.events,
    outcome: session.outcome,
  });
};

/**
 * The case study's closed network (see `closedNetworkAddresses`): a full
 * ICE session where A reaches B through R2, which masquerades, and B
 * reaches A through R1, which only routes. NAT types in the input are
 * ignored; the servers sit in B's segment.
 */
const closedNetwork: Scenario = (input = {}) => {
  // The network is fixed, but a bad NAT type is still reported, not ignored.
  for (const spec of [input.natA, input.natB, input.outerA, input.outerB]) {
    if (spec === undefined) continue;
    const resolved = resolveNatType(spec);
    if (!resolved.ok) return resolved;
  }
  const turn = input.turn ?? false;
  const relay = turn && input.relay === true;
  const stun = input.stun ?? true;
  const mdns = input.mdns ?? true;
  const none: NatType = { id: 'none', behaviour: null };
  const spec: PeerNetworkSpec = {
    a: { nat: none },
    b: { nat: none },
    turn,
    stun,
    mdns,
    seed: input.seed ?? 1,
    recordEvents: true,
    ...(relay ? { iceTransportPolicy: 'relay' as const } : {}),
    closed: { server: 'answer-segment' },
  };
  const session = runIceSession(spec);
  return ok({
    scenario: 'closed-network',
    natA: scenarioDefaults['closed-network'].natA,
    natB: scenarioDefaults['closed-network'].natB,
    turn,
    ...(relay ? { relay: true as const } : {}),
    stun,
    mdns,
    seed: spec.seed,
    events: session.network.sim.events,
    outcome: session.outcome,
    closedNetwork: true,
  });
};

/**
 * The named scenarios. Each returns the full event list for the given NAT
 * types, or an error for an unknown or invalid NAT type.
 *
 * @example scenarios['one-side-first']({ natA: 'port-restricted-cone', natB: 'restricted-cone' })
 */
export const scenarios: Readonly<Record<ScenarioId, Scenario>> = {
  'learn-address': learnAddress,
  'hole-punch': holePunch,
  'one-side-first': oneSideFirst,
  'symmetric-vs-stun': symmetricVsStun,
  'turn-fallback': turnFallback,
  'mapping-timeout': mappingTimeout,
  ice,
  'closed-network': closedNetwork,
};

/**
 * Runs a scenario by id.
 *
 * @param id - scenario id
 * @param input - NAT types, outer NATs, TURN, seed
 * @returns the run, or a NAT type error
 */
export function runScenario(id: ScenarioId, input: ScenarioInput = {}): Result<ScenarioRun, NatBehaviourError> {
  return scenarios[id](input);
}
