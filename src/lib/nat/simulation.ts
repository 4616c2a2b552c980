/**
 * The network simulator: realms (address spaces), hosts, NAT boxes and a
 * virtual clock. Everything that happens is recorded as a {@link SimEvent}.
 *
 * Routing model. A realm is one address space (a home LAN, an ISP's
 * carrier-grade NAT network, the Internet). A node is reachable inside its
 * realm by IP. A packet whose destination is not in the realm goes to the
 * realm's gateway NAT, if the address is off-link; otherwise it is dropped
 * with `no-route`. Each hop costs the realm's latency. NATs process packets
 * instantly.
 */
import { formatAddress, ipInCidr, type TransportAddress } from './address.ts';
import { EventQueue } from './eventQueue.ts';
import { NatTable, type NatMapping, type OutboundResult } from './natTable.ts';
import type { NatBehaviour } from './natTypes.ts';
import type { Packet, PacketKind, PacketPayload } from './packet.ts';
import { createPrng, deriveSeed } from './prng.ts';
import {
  dropReasons,
  type DropReason,
  type EventParams,
  type NatTableSnapshot,
  type PacketView,
  type SimEvent,
  type SimEventCode,
} from './simEvent.ts';

/** Options for a {@link Simulation}. */
export interface SimulationOptions {
  /** Seed for every pseudo-random choice (default 1). */
  readonly seed?: number;
  /** Record events (default true). Outcome computations turn this off for speed. */
  readonly recordEvents?: boolean;
}

/** Anything that can receive a packet. */
export interface SimNode {
  readonly name: string;
  receive(packet: Packet, realm: Realm): void;
}

/** What an event carries before the simulation stamps time, sequence and NAT tables. */
export type EventInit = Omit<SimEvent, 'seq' | 'timeMs' | 'nats'>;

/** An address space: a LAN, an ISP network, or the Internet. */
export class Realm {
  readonly name: string;
  /** Addresses that are on-link here; `null` means every address (the Internet). */
  readonly cidr: string | null;
  /** One-way delay of a hop inside this realm. */
  readonly latencyMs: number;
  /** NAT that leads out of this realm, if any. */
  gateway: NatBox | undefined;
  #nodes = new Map<string, SimNode>();
  #routes: { readonly cidr: string; readonly via: SimNode }[] = [];

  /**
   * @param name - display name
   * @param cidr - on-link block, or null for the Internet
   * @param latencyMs - one-way hop delay
   */
  constructor(name: string, cidr: string | null, latencyMs: number) {
    this.name = name;
    this.cidr = cidr;
    this.latencyMs = latencyMs;
  }

  /**
   * Makes a node reachable at an address in this realm.
   *
   * @param ip - the node's address here
   * @param node - the node
   */
  attach(ip: string, node: SimNode): void {
    this.#nodes.set(ip, node);
  }

  /**
   * Adds a static route: packets for `cidr` go to `via` (a {@link Router}),
   * before the gateway is considered.
   *
   * @param cidr - destination block
   * @param via - the next hop, a node attached to this realm
   */
  addRoute(cidr: string, via: SimNode): void {
    this.#routes.push({ cidr, via });
  }

  /**
   * @param ip - a destination address
   * @returns the next hop of the first static route that covers it
   */
  routeFor(ip: string): SimNode | undefined {
    return this.#routes.find((route) => ipInCidr(ip, route.cidr))?.via;
  }

  /**
   * @param ip - an address
   * @returns the node with that address here, if any
   */
  nodeAt(ip: string): SimNode | undefined {
    return this.#nodes.get(ip);
  }

  /**
   * @param ip - an address
   * @returns true when the address belongs to this realm's on-link block
   */
  isOnLink(ip: string): boolean {
    return this.cidr === null || ipInCidr(ip, this.cidr);
  }
}

/** Handles a datagram delivered to a host port. */
export type PacketHandler = (packet: Packet, host: Host) => void;

/** Caption overrides for a sent packet. */
export interface SendOptions {
  readonly code?: SimEventCode;
  readonly params?: EventParams;
  readonly relayOf?: number;
}

const sentCodes: Readonly<Record<PacketKind, SimEventCode>> = {
  'stun-binding-request': 'stun-request-sent',
  'stun-binding-response': 'stun-response-sent',
  'turn-allocate-request': 'turn-allocate-sent',
  'turn-allocate-response': 'turn-allocate-success-sent',
  'turn-create-permission-request': 'turn-permission-sent',
  'turn-create-permission-response': 'turn-permission-success-sent',
  'turn-send-indication': 'turn-send-indication-sent',
  'turn-data-indication': 'turn-data-indication-sent',
  check: 'check-sent',
  'check-response': 'check-response-sent',
  data: 'data-sent',
};

function payloadParams(payload: PacketPayload): Record<string, string> {
  switch (payload.kind) {
    case 'stun-binding-response':
    case 'check-response':
      return { mapped: formatAddress(payload.mapped) };
    case 'turn-allocate-response':
      return { mapped: formatAddress(payload.mapped), relayed: formatAddress(payload.relayed) };
    case 'turn-create-permission-request':
      return { peers: payload.peerIps.join(', ') };
    case 'turn-send-indication':
    case 'turn-data-indication':
      return { peer: formatAddress(payload.peer), inner: payload.inner.kind };
    default:
      return {};
  }
}

/** A machine with one address and UDP sockets: a peer, a STUN or a TURN server. */
export class Host implements SimNode {
  readonly name: string;
  readonly ip: string;
  readonly realm: Realm;
  #sim: Simulation;
  #sockets = new Map<number, PacketHandler>();
  #quietPorts = new Set<number>();

  /**
   * @param sim - the simulation
   * @param name - display name
   * @param realm - where the host lives
   * @param ip - its address in that realm
   */
  constructor(sim: Simulation, name: string, realm: Realm, ip: string) {
    this.#sim = sim;
    this.name = name;
    this.realm = realm;
    this.ip = ip;
    realm.attach(ip, this);
  }

  /**
   * Binds a handler to a UDP port.
   *
   * @param port - local port
   * @param handler - called for each delivered datagram
   * @param quiet - do not record `packet-delivered` for this port (the handler records what happens)
   */
  listen(port: number, handler: PacketHandler, quiet = false): void {
    this.#sockets.set(port, handler);
    if (quiet) this.#quietPorts.add(port);
  }

  /**
   * Sends a datagram and records a `*-sent` event.
   *
   * @param srcPort - local source port
   * @param dst - destination
   * @param payload - content
   * @param options - caption code/params override
   * @returns the packet as it left the host
   */
  send(srcPort: number, dst: TransportAddress, payload: PacketPayload, options: SendOptions = {}): Packet {
    const sim = this.#sim;
    const base = { id: sim.newPacketId(), src: { ip: this.ip, port: srcPort }, dst, payload };
    const packet: Packet = options.relayOf === undefined ? base : { ...base, relayOf: options.relayOf };
    sim.emit(() => ({
      type: 'packet-sent',
      code: options.code ?? sentCodes[payload.kind],
      node: this.name,
      params: {
        node: this.name,
        from: formatAddress(packet.src),
        to: formatAddress(dst),
        kind: payload.kind,
        ...payloadParams(payload),
        ...options.params,
      },
      packet: sim.packetView(packet),
    }));
    sim.transmit(this, this.realm, packet);
    return packet;
  }

  /** @inheritdoc */
  receive(packet: Packet): void {
    const sim = this.#sim;
    if (!this.#quietPorts.has(packet.dst.port)) sim.emit(() => ({
      type: 'packet-delivered',
      code: 'packet-delivered',
      node: this.name,
      params: { node: this.name, kind: packet.payload.kind, from: formatAddress(packet.src), to: formatAddress(packet.dst) },
      packet: sim.packetView(packet),
    }));
    this.#sockets.get(packet.dst.port)?.(packet, this);
  }
}

/** Options for {@link Simulation.addNat}. */
export interface NatBoxOptions {
  readonly name: string;
  readonly behaviour: NatBehaviour;
  /** The private side. */
  readonly inside: Realm;
  /** The public side (the Internet, or another NAT's inside for double NAT). */
  readonly outside: Realm;
  /** The NAT's address on the outside. */
  readonly externalIp: string;
}

function mappingCreatedCode(behaviour: NatBehaviour): SimEventCode {
  switch (behaviour.mapping) {
    case 'EIM':
      return 'mapping-created';
    case 'ADM':
      return 'mapping-created-per-address';
    case 'APDM':
      return 'mapping-created-per-endpoint';
  }
}

/** A NAT between two realms, applying RFC 4787 through its {@link NatTable}. */
export class NatBox implements SimNode {
  readonly name: string;
  readonly behaviour: NatBehaviour;
  readonly inside: Realm;
  readonly outside: Realm;
  readonly externalIp: string;
  readonly table: NatTable;
  #sim: Simulation;
  #timerAtMs = Number.POSITIVE_INFINITY;
  #snapshot: { readonly version: number; readonly value: NatTableSnapshot } | undefined;

  /**
   * @param sim - the simulation
   * @param options - name, behaviour, realms and outside address
   */
  constructor(sim: Simulation, options: NatBoxOptions) {
    this.#sim = sim;
    this.name = options.name;
    this.behaviour = options.behaviour;
    this.inside = options.inside;
    this.outside = options.outside;
    this.externalIp = options.externalIp;
    this.table = new NatTable(options.behaviour, options.externalIp, createPrng(deriveSeed(sim.seed, options.name)));
    options.outside.attach(options.externalIp, this);
    options.inside.gateway = this;
  }

  /** @inheritdoc */
  receive(packet: Packet, realm: Realm): void {
    this.#expire();
    if (realm === this.inside) {
      if (packet.dst.ip === this.externalIp) this.#hairpin(packet);
      else this.#outbound(packet);
    } else {
      this.#inbound(packet);
    }
  }

  /**
   * The mapping table for display; the same object is returned until the table changes.
   *
   * @returns snapshot with one row per live mapping
   */
  snapshot(): NatTableSnapshot {
    const cached = this.#snapshot;
    if (cached !== undefined && cached.version === this.table.version) return cached.value;
    const value: NatTableSnapshot = {
      nat: this.name,
      externalIp: this.externalIp,
      mapping: this.behaviour.mapping,
      filtering: this.behaviour.filtering,
      hairpinning: this.behaviour.hairpinning,
      rows: this.table.rows(),
    };
    this.#snapshot = { version: this.table.version, value };
    return value;
  }

  #expire(): void {
    const sim = this.#sim;
    for (const mapping of this.table.expireDue(sim.nowMs)) {
      sim.emit(() => ({
        type: 'mapping',
        code: 'mapping-expired',
        node: this.name,
        params: { ...this.#mappingParams(mapping) },
        mapping: this.#mappingRef(mapping),
      }));
    }
    this.#scheduleExpiry();
  }

  #scheduleExpiry(): void {
    const next = this.table.nextExpiryMs;
    if (!Number.isFinite(next) || next >= this.#timerAtMs) return;
    this.#timerAtMs = next;
    this.#sim.at(next, () => {
      this.#timerAtMs = Number.POSITIVE_INFINITY;
      this.#expire();
    });
  }

  #mappingParams(mapping: NatMapping): Record<string, string | number> {
    return {
      nat: this.name,
      inside: mapping.insideKey,
      outside: formatAddress(mapping.outside),
      destination: mapping.destination,
      timeoutS: Math.round(this.behaviour.mappingTimeoutMs / 1000),
    };
  }

  #mappingRef(mapping: NatMapping): NonNullable<SimEvent['mapping']> {
    return { nat: this.name, inside: mapping.insideKey, outside: formatAddress(mapping.outside) };
  }

  #map(packet: Packet): OutboundResult | undefined {
    const sim = this.#sim;
    const result = this.table.outbound(packet.src, packet.dst, sim.nowMs);
    if (result === undefined) return undefined;
    const { mapping, created } = result;
    sim.emit(() => ({
      type: 'mapping',
      code: created ? mappingCreatedCode(this.behaviour) : 'mapping-refreshed',
      node: this.name,
      params: this.#mappingParams(mapping),
      mapping: this.#mappingRef(mapping),
    }));
    this.#scheduleExpiry();
    return result;
  }

  #outbound(packet: Packet): void {
    const sim = this.#sim;
    const result = this.#map(packet);
    if (result === undefined) {
      sim.drop(this.name, packet, 'no-mapping', () => ({ nat: this.name, from: formatAddress(packet.src), to: formatAddress(packet.dst) }));
      return;
    }
    const translated: Packet = { ...packet, src: result.mapping.outside };
    sim.emit(() => ({
      type: 'packet-translated',
      code: 'nat-outbound-translated',
      node: this.name,
      params: {
        nat: this.name,
        oldFrom: formatAddress(packet.src),
        newFrom: formatAddress(translated.src),
        to: formatAddress(packet.dst),
      },
      packet: sim.packetView(translated),
    }));
    sim.transmit(this, this.outside, translated);
  }

  /** Applies the inbound lookup; returns the admitted mapping or records the drop. */
  #admit(packet: Packet, remote: TransportAddress): NatMapping | undefined {
    const sim = this.#sim;
    const lookup = this.table.inbound(remote, packet.dst.port, sim.nowMs);
    const from = formatAddress(remote);
    const to = formatAddress(packet.dst);
    switch (lookup.status) {
      case 'no-mapping':
        sim.drop(this.name, packet, 'no-mapping', () => ({ nat: this.name, from, to }));
        return undefined;
      case 'mapping-expired':
        sim.drop(this.name, packet, 'mapping-expired', () => ({
          nat: this.name,
          from,
          to,
          inside: lookup.inside,
          expiredAgoS: Math.round((sim.nowMs - lookup.expiredAtMs) / 1000),
        }));
        return undefined;
      case 'filtered':
        sim.drop(this.name, packet, 'filtered', () => ({
          nat: this.name,
          from,
          to,
          inside: lookup.mapping.insideKey,
          filtering: this.behaviour.filtering,
          allowed: lookup.allowed.length > 0 ? lookup.allowed.join(', ') : '—',
        }));
        return undefined;
      case 'admitted':
        if (this.behaviour.inboundRefresh) {
          const mapping = lookup.mapping;
          sim.emit(() => ({
            type: 'mapping',
            code: 'mapping-refreshed-inbound',
            node: this.name,
            params: this.#mappingParams(mapping),
            mapping: this.#mappingRef(mapping),
          }));
          this.#scheduleExpiry();
        }
        return lookup.mapping;
    }
  }

  #inbound(packet: Packet): void {
    const sim = this.#sim;
    const mapping = this.#admit(packet, packet.src);
    if (mapping === undefined) return;
    const translated: Packet = { ...packet, dst: mapping.inside };
    sim.emit(() => ({
      type: 'packet-translated',
      code: 'nat-inbound-translated',
      node: this.name,
      params: {
        nat: this.name,
        from: formatAddress(packet.src),
        oldTo: formatAddress(packet.dst),
        newTo: formatAddress(translated.dst),
      },
      packet: sim.packetView(translated),
    }));
    sim.transmit(this, this.inside, translated);
  }

  /** RFC 4787 §6: inside host → the NAT's own outside address. */
  #hairpin(packet: Packet): void {
    const sim = this.#sim;
    if (!this.behaviour.hairpinning) {
      sim.drop(this.name, packet, 'hairpin-off', () => ({
        nat: this.name,
        from: formatAddress(packet.src),
        to: formatAddress(packet.dst),
      }));
      return;
    }
    // REQ-9: the hairpinned packet carries the sender's external address.
    const outbound = this.#map(packet);
    if (outbound === undefined) {
      sim.drop(this.name, packet, 'no-mapping', () => ({ nat: this.name, from: formatAddress(packet.src), to: formatAddress(packet.dst) }));
      return;
    }
    const externalSource = outbound.mapping.outside;
    const mapping = this.#admit(packet, externalSource);
    if (mapping === undefined) return;
    const translated: Packet = { ...packet, src: externalSource, dst: mapping.inside };
    sim.emit(() => ({
      type: 'packet-translated',
      code: 'nat-hairpin-translated',
      node: this.name,
      params: {
        nat: this.name,
        oldFrom: formatAddress(packet.src),
        newFrom: formatAddress(translated.src),
        oldTo: formatAddress(packet.dst),
        newTo: formatAddress(translated.dst),
      },
      packet: sim.packetView(translated),
    }));
    sim.transmit(this, this.inside, translated);
  }
}

/** One interface of a {@link Router}. */
export interface RouterInterface {
  readonly realm: Realm;
  readonly ip: string;
}

/**
 * A plain IP router: forwards a packet into the attached realm whose
 * on-link block holds the destination, without touching addresses (no NAT).
 * The closed network's R1 is one.
 */
export class Router implements SimNode {
  readonly name: string;
  readonly interfaces: readonly RouterInterface[];
  #sim: Simulation;

  /**
   * @param sim - the simulation
   * @param name - display name
   * @param interfaces - one address in each realm it joins
   */
  constructor(sim: Simulation, name: string, interfaces: readonly RouterInterface[]) {
    this.#sim = sim;
    this.name = name;
    this.interfaces = interfaces;
    for (const { realm, ip } of interfaces) realm.attach(ip, this);
  }

  /** @inheritdoc */
  receive(packet: Packet, realm: Realm): void {
    const sim = this.#sim;
    const out = this.interfaces.find((face) => face.realm !== realm && face.realm.isOnLink(packet.dst.ip));
    if (out === undefined) {
      sim.drop(this.name, packet, 'no-route', () => ({ from: formatAddress(packet.src), to: formatAddress(packet.dst), realm: realm.name }));
      return;
    }
    sim.emit(() => ({
      type: 'packet-translated',
      code: 'packet-routed',
      node: this.name,
      params: { router: this.name, from: formatAddress(packet.src), to: formatAddress(packet.dst), realm: out.realm.name },
      packet: sim.packetView(packet),
    }));
    sim.transmit(this, out.realm, packet);
  }
}

/**
 * A deterministic discrete-event network simulation.
 *
 * @example
 * const sim = new Simulation({ seed: 7 });
 * const lan = sim.addRealm('LAN A', '192.168.1.0/24', 1);
 * sim.addNat({ name: 'NAT A', behaviour: natTypes.symmetric.behaviour!, inside: lan, outside: sim.internet, externalIp: '203.0.113.10' });
 * const a = sim.addHost('A', lan, '192.168.1.10');
 * sim.at(0, () => a.send(5000, { ip: '192.0.2.10', port: 3478 }, { kind: 'data', text: 'hi' }));
 * sim.run();
 * sim.events; // sent, mapping created, translated, dropped (no-route) …
 */
export class Simulation {
  readonly seed: number;
  readonly recording: boolean;
  /** The public Internet: every address is on-link, no gateway. */
  readonly internet: Realm;
  /** Count of drops per reason (kept even when events are not recorded). */
  readonly dropCounts: Record<DropReason, number>;
  #queue = new EventQueue();
  #nowMs = 0;
  #events: SimEvent[] = [];
  #nats: NatBox[] = [];
  #nextPacketId = 1;
  #stopped = false;
  #lastSnapshot: readonly NatTableSnapshot[] = [];

  /** @param options - seed and whether to record events */
  constructor(options: SimulationOptions = {}) {
    this.seed = options.seed ?? 1;
    this.recording = options.recordEvents ?? true;
    this.internet = new Realm('Internet', null, 20);
    const counts: Partial<Record<DropReason, number>> = {};
    for (const reason of dropReasons) counts[reason] = 0;
    this.dropCounts = counts as Record<DropReason, number>;
  }

  /** Current virtual time in ms. */
  get nowMs(): number {
    return this.#nowMs;
  }

  /** Events recorded so far. */
  get events(): readonly SimEvent[] {
    return this.#events;
  }

  /** NAT boxes in creation order. */
  get nats(): readonly NatBox[] {
    return this.#nats;
  }

  /**
   * Adds an address space.
   *
   * @param name - display name
   * @param cidr - on-link block such as `192.168.1.0/24`
   * @param latencyMs - one-way hop delay inside it
   * @returns the realm
   */
  addRealm(name: string, cidr: string, latencyMs: number): Realm {
    return new Realm(name, cidr, latencyMs);
  }

  /**
   * Adds a host.
   *
   * @param name - display name (`A`, `STUN`, …)
   * @param realm - where it lives
   * @param ip - its address there
   * @returns the host
   */
  addHost(name: string, realm: Realm, ip: string): Host {
    return new Host(this, name, realm, ip);
  }

  /**
   * Adds a NAT that is the gateway of `inside` and has `externalIp` in `outside`.
   *
   * @param options - name, behaviour, realms, outside address
   * @returns the NAT
   */
  addNat(options: NatBoxOptions): NatBox {
    const nat = new NatBox(this, options);
    this.#nats.push(nat);
    return nat;
  }

  /**
   * Schedules an action at an absolute virtual time (never in the past).
   *
   * @param timeMs - when
   * @param action - what
   */
  at(timeMs: number, action: () => void): void {
    this.#queue.push(Math.max(timeMs, this.#nowMs), action);
  }

  /**
   * Schedules an action after a delay.
   *
   * @param delayMs - how long from now
   * @param action - what
   */
  after(delayMs: number, action: () => void): void {
    this.#queue.push(this.#nowMs + Math.max(0, delayMs), action);
  }

  /** Stops {@link run} after the current action. */
  stop(): void {
    this.#stopped = true;
  }

  /**
   * Runs queued actions in time order.
   *
   * @param untilMs - do not run actions scheduled after this time
   */
  run(untilMs = Number.POSITIVE_INFINITY): void {
    this.#stopped = false;
    for (;;) {
      if (this.#stopped) return;
      const next = this.#queue.peekTime();
      if (next === undefined || next > untilMs) return;
      const entry = this.#queue.pop();
      if (entry === undefined) return;
      this.#nowMs = entry.timeMs;
      entry.action();
    }
  }

  /**
   * Records an event (when recording). The init function is only called
   * when recording, so callers pay nothing for captions otherwise.
   *
   * @param init - builds the event body
   */
  emit(init: () => EventInit): void {
    if (!this.recording) return;
    const body = init();
    this.#events.push({ seq: this.#events.length, timeMs: this.#nowMs, ...body, nats: this.#snapshot() });
  }

  /**
   * Records a drop and counts it.
   *
   * @param node - where the packet died
   * @param packet - the packet
   * @param reason - why
   * @param params - caption placeholders
   */
  drop(node: string, packet: Packet, reason: DropReason, params: () => EventParams): void {
    this.dropCounts[reason]++;
    this.emit(() => ({
      type: 'packet-dropped',
      code: `dropped-${reason}`,
      node,
      params: { node, ...params() },
      packet: this.packetView(packet),
      reason,
    }));
  }

  /** @returns a fresh packet id */
  newPacketId(): number {
    return this.#nextPacketId++;
  }

  /**
   * Puts a packet on the wire inside a realm: to the node with the
   * destination address, else to the gateway, else dropped (`no-route`).
   *
   * @param from - the node sending or forwarding it
   * @param realm - the realm it enters
   * @param packet - the packet with its current header
   */
  transmit(from: SimNode, realm: Realm, packet: Packet): void {
    const target = realm.nodeAt(packet.dst.ip);
    if (target !== undefined) {
      this.after(realm.latencyMs, () => target.receive(packet, realm));
      return;
    }
    const route = realm.routeFor(packet.dst.ip);
    if (route !== undefined && route !== from) {
      this.after(realm.latencyMs, () => route.receive(packet, realm));
      return;
    }
    const gateway = realm.gateway;
    if (gateway !== undefined && gateway !== from && !realm.isOnLink(packet.dst.ip)) {
      this.after(realm.latencyMs, () => gateway.receive(packet, realm));
      return;
    }
    this.drop(from.name, packet, 'no-route', () => ({ from: formatAddress(packet.src), to: formatAddress(packet.dst), realm: realm.name }));
  }

  /**
   * @param packet - a packet
   * @returns its view for events
   */
  packetView(packet: Packet): PacketView {
    const payload = packet.payload;
    const view: PacketView = {
      id: packet.id,
      kind: payload.kind,
      from: formatAddress(packet.src),
      to: formatAddress(packet.dst),
    };
    const withInner =
      payload.kind === 'turn-send-indication' || payload.kind === 'turn-data-indication'
        ? { ...view, inner: payload.inner.kind }
        : view;
    return packet.relayOf === undefined ? withInner : { ...withInner, relayOf: packet.relayOf };
  }

  /** Every NAT's table; the previous array is reused when no table changed. */
  #snapshot(): readonly NatTableSnapshot[] {
    const previous = this.#lastSnapshot;
    const current = this.#nats.map((nat) => nat.snapshot());
    if (previous.length === current.length && current.every((table, index) => table === previous[index])) return previous;
    this.#lastSnapshot = current;
    return current;
  }
}
