/**
 * The mapping table of one NAT: the RFC 4787 rules without any event or
 * packet plumbing, so they can be read (and tested) on their own.
 *
 * - Mapping (§4.1): the key of a mapping is the inside endpoint plus, for
 *   ADM, the destination IP, or for APDM, the destination IP:port.
 * - Port assignment (§4.2.1): keep the inside port if it is free, else the
 *   next free port after a seeded start, or a seeded random free port.
 * - Timers (§4.3): outbound packets refresh the mapping they use; inbound
 *   packets refresh it only when `inboundRefresh` is set.
 * - Filtering (§5): by default per internal endpoint, as §5 defines it: a
 *   packet from Y:y reaching any mapping of X:x is admitted when "X:x has
 *   sent packets to" Y (ADF) or Y:y (APDF), through whichever mapping.
 *   With `filteringScope: 'mapping'` only what was sent through the very
 *   mapping the packet arrives at counts, as Linux conntrack does (one
 *   entry per flow). The two differ only for ADM/APDM.
 */
import { formatAddress, type TransportAddress } from './address.ts';
import type { NatBehaviour } from './natTypes.ts';
import type { Prng } from './prng.ts';
import type { MappingRow } from './simEvent.ts';

/** One live mapping. */
export interface NatMapping {
  readonly id: number;
  readonly inside: TransportAddress;
  readonly insideKey: string;
  readonly outside: TransportAddress;
  /** `*` (EIM), destination IP (ADM) or destination IP:port (APDM). */
  readonly destination: string;
  readonly key: string;
  /** Remotes the inside endpoint sent to through this mapping, by `ip:port`: the filter state (§5). */
  readonly contacted: Map<string, TransportAddress>;
  expiresAtMs: number;
}

/** Result of looking up a packet that arrives from outside. */
export type InboundLookup =
  | { readonly status: 'admitted'; readonly mapping: NatMapping }
  | { readonly status: 'no-mapping' }
  | { readonly status: 'mapping-expired'; readonly expiredAtMs: number; readonly inside: string }
  | { readonly status: 'filtered'; readonly mapping: NatMapping; readonly allowed: readonly string[] };

/** Result of an outbound translation. */
export interface OutboundResult {
  readonly mapping: NatMapping;
  readonly created: boolean;
}

/** A mapping that timed out, kept so a late packet can be told apart from a never-mapped port. */
interface Tombstone {
  readonly expiredAtMs: number;
  readonly inside: string;
}

/** The RFC 4787 state machine of one NAT's mapping table. */
export class NatTable {
  readonly behaviour: NatBehaviour;
  readonly externalIp: string;
  #prng: Prng;
  #nextSequentialPort: number;
  #nextId = 1;
  #byKey = new Map<string, NatMapping>();
  #byPort = new Map<number, NatMapping>();
  /** Live mappings per inside endpoint, for per-endpoint filtering (§5). */
  #byInside = new Map<string, Set<NatMapping>>();
  #tombstones = new Map<number, Tombstone>();
  /** A lower bound on the earliest expiry, so sweeps are cheap. */
  #sweepAtMs = Number.POSITIVE_INFINITY;
  /** Bumped on every change, so display rows are rebuilt only when needed. */
  #version = 0;
  #rowCache: { readonly version: number; readonly rows: readonly MappingRow[] } | undefined;

  /**
   * @param behaviour - the NAT's RFC 4787 behaviour
   * @param externalIp - the NAT's outside address
   * @param prng - seeded generator for port choices
   */
  constructor(behaviour: NatBehaviour, externalIp: string, prng: Prng) {
    this.behaviour = behaviour;
    this.externalIp = externalIp;
    this.#prng = prng;
    const range = behaviour.portMax - behaviour.portMin + 1;
    this.#nextSequentialPort = behaviour.portMin + prng.nextBelow(range);
  }

  /** Live mappings, oldest first (a reused port is re-inserted, so insertion order is age order). */
  mappings(): NatMapping[] {
    return [...this.#byPort.values()];
  }

  /** Earliest time at which a mapping may expire (a lower bound). */
  get nextExpiryMs(): number {
    return this.#sweepAtMs;
  }

  /**
   * Removes every mapping whose timer has run out (RFC 4787 §4.3).
   *
   * @param nowMs - current virtual time
   * @returns the removed mappings, oldest first
   */
  expireDue(nowMs: number): NatMapping[] {
    if (nowMs < this.#sweepAtMs) return [];
    const expired: NatMapping[] = [];
    let earliest = Number.POSITIVE_INFINITY;
    for (const mapping of this.#byPort.values()) {
      if (mapping.expiresAtMs <= nowMs) expired.push(mapping);
      else earliest = Math.min(earliest, mapping.expiresAtMs);
    }
    expired.sort((a, b) => a.id - b.id);
    for (const mapping of expired) this.#remove(mapping);
    if (expired.length > 0) this.#version++;
    this.#sweepAtMs = earliest;
    return expired;
  }

  /**
   * Finds or creates the mapping for an outbound packet, refreshes it and
   * records the destination for filtering (RFC 4787 §4.1, §4.3, §5).
   *
   * @param src - inside source
   * @param dst - destination
   * @param nowMs - current virtual time
   * @returns the mapping and whether it was new, or undefined when no port is free
   */
  outbound(src: TransportAddress, dst: TransportAddress, nowMs: number): OutboundResult | undefined {
    const insideKey = formatAddress(src);
    const destination = this.#destinationOf(dst);
    const key = `${insideKey}>${destination}`;
    let mapping = this.#byKey.get(key);
    let created = false;
    if (mapping === undefined) {
      const port = this.#allocatePort(src.port);
      if (port === undefined) return undefined;
      mapping = {
        id: this.#nextId++,
        inside: src,
        insideKey,
        outside: { ip: this.externalIp, port },
        destination,
        key,
        contacted: new Map(),
        expiresAtMs: 0,
      };
      this.#byKey.set(key, mapping);
      this.#byPort.set(port, mapping);
      let siblings = this.#byInside.get(insideKey);
      if (siblings === undefined) {
        siblings = new Set();
        this.#byInside.set(insideKey, siblings);
      }
      siblings.add(mapping);
      this.#tombstones.delete(port);
      created = true;
    }
    const remoteKey = formatAddress(dst);
    if (!mapping.contacted.has(remoteKey)) mapping.contacted.set(remoteKey, dst);
    this.#refresh(mapping, nowMs);
    this.#version++;
    return { mapping, created };
  }

  /**
   * Looks up a packet arriving at an outside port and applies filtering
   * (RFC 4787 §5). Refreshes the mapping when inbound refresh is on.
   *
   * @param src - the remote sender
   * @param dstPort - outside port the packet is addressed to
   * @param nowMs - current virtual time
   * @returns admitted with the mapping, or why it is refused
   */
  inbound(src: TransportAddress, dstPort: number, nowMs: number): InboundLookup {
    const mapping = this.#byPort.get(dstPort);
    if (mapping === undefined) {
      const tombstone = this.#tombstones.get(dstPort);
      if (tombstone !== undefined) {
        return { status: 'mapping-expired', expiredAtMs: tombstone.expiredAtMs, inside: tombstone.inside };
      }
      return { status: 'no-mapping' };
    }
    if (!this.admits(mapping, src)) {
      return { status: 'filtered', mapping, allowed: this.allowedFor(mapping) };
    }
    if (this.behaviour.inboundRefresh) {
      this.#refresh(mapping, nowMs);
      this.#version++;
    }
    return { status: 'admitted', mapping };
  }

  /**
   * The mappings whose destinations count as filter state for a packet
   * arriving at `mapping`: every live mapping of the same inside endpoint
   * (RFC 4787 §5, the default), or only `mapping` itself (`filteringScope:
   * 'mapping'`, conntrack-like).
   *
   * @param mapping - the mapping a packet arrives at
   * @returns the mappings to consult, oldest first
   */
  filterStateOf(mapping: NatMapping): readonly NatMapping[] {
    if (this.behaviour.filteringScope === 'mapping') return [mapping];
    const siblings = this.#byInside.get(mapping.insideKey);
    return siblings === undefined ? [mapping] : [...siblings];
  }

  /**
   * Filtering decision for a remote sending to a mapping (RFC 4787 §5).
   *
   * @param mapping - the mapping the packet arrives at
   * @param remote - the sender
   * @returns true when the packet may pass
   */
  admits(mapping: NatMapping, remote: TransportAddress): boolean {
    const filtering = this.behaviour.filtering;
    if (filtering === 'EIF') return true;
    const key = formatAddress(remote);
    for (const state of this.filterStateOf(mapping)) {
      if (filtering === 'APDF' && state.contacted.has(key)) return true;
      if (filtering === 'ADF') {
        for (const contacted of state.contacted.values()) {
          if (contacted.ip === remote.ip) return true;
        }
      }
    }
    return false;
  }

  /**
   * Which remotes may send to a mapping, as display patterns: `*` (EIF),
   * `ip:*` (ADF) or `ip:port` (APDF).
   *
   * @param mapping - a live mapping
   * @returns patterns in first-contact order
   */
  allowedFor(mapping: NatMapping): string[] {
    const filtering = this.behaviour.filtering;
    if (filtering === 'EIF') return ['*'];
    const patterns = new Set<string>();
    for (const state of this.filterStateOf(mapping)) {
      for (const [key, contacted] of state.contacted) {
        patterns.add(filtering === 'APDF' ? key : `${contacted.ip}:*`);
      }
    }
    return [...patterns];
  }

  /** Changes whenever a mapping is created, refreshed, contacted or removed. */
  get version(): number {
    return this.#version;
  }

  /**
   * The table as display rows. The array is shared until the table changes,
   * so consecutive events without a change point at the same rows.
   *
   * @returns one row per live mapping, oldest first
   */
  rows(): readonly MappingRow[] {
    const cache = this.#rowCache;
    if (cache !== undefined && cache.version === this.#version) return cache.rows;
    const rows = this.mappings().map(
      (mapping): MappingRow => ({
        inside: mapping.insideKey,
        outside: formatAddress(mapping.outside),
        destination: mapping.destination,
        allowed: this.allowedFor(mapping),
        expiresAtMs: mapping.expiresAtMs,
      }),
    );
    this.#rowCache = { version: this.#version, rows };
    return rows;
  }

  #destinationOf(dst: TransportAddress): string {
    switch (this.behaviour.mapping) {
      case 'EIM':
        return '*';
      case 'ADM':
        return dst.ip;
      case 'APDM':
        return formatAddress(dst);
    }
  }

  #refresh(mapping: NatMapping, nowMs: number): void {
    mapping.expiresAtMs = nowMs + this.behaviour.mappingTimeoutMs;
    if (mapping.expiresAtMs < this.#sweepAtMs) this.#sweepAtMs = mapping.expiresAtMs;
  }

  #remove(mapping: NatMapping): void {
    const siblings = this.#byInside.get(mapping.insideKey);
    siblings?.delete(mapping);
    if (siblings !== undefined && siblings.size === 0) this.#byInside.delete(mapping.insideKey);
    this.#byKey.delete(mapping.key);
    this.#byPort.delete(mapping.outside.port);
    this.#tombstones.set(mapping.outside.port, { expiredAtMs: mapping.expiresAtMs, inside: mapping.insideKey });
  }

  #allocatePort(insidePort: number): number | undefined {
    const { portMin, portMax, portPreservation, portAssignment } = this.behaviour;
    const free = (port: number): boolean => !this.#byPort.has(port);
    if (portPreservation && insidePort >= portMin && insidePort <= portMax && free(insidePort)) {
      return insidePort;
    }
    const range = portMax - portMin + 1;
    if (portAssignment === 'random') {
      for (let attempt = 0; attempt < 32; attempt++) {
        const port = portMin + this.#prng.nextBelow(range);
        if (free(port)) return port;
      }
    }
    for (let step = 0; step < range; step++) {
      const port = this.#nextSequentialPort;
      this.#nextSequentialPort = port >= portMax ? portMin : port + 1;
      if (free(port)) return port;
    }
    return undefined;
  }
}
