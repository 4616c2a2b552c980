/**
 * What the NAT-table demo shows at each step of a scenario, derived once
 * from the event list: the packet in focus and where it travels, where and
 * why it died, and which rows of which mapping table changed. Pure: the
 * widget (`src/components/nat/NatDemo.svelte`) only draws frames, and every
 * rule it shows was applied by the simulator (RFC 4787 NATs, RFC 8489 STUN,
 * RFC 8656 TURN), never re-derived here.
 *
 * Flow: `runScenario` → events → {@link buildDemoFrames} → one frame per event.
 */
import type { DropReason, MappingRow, NatTableSnapshot, PacketView, SimEvent } from './simEvent.ts';

/** A packet travelling between two nodes of the topology during one step. */
export interface PacketMove {
  /** Node the packet leaves, e.g. `A`. */
  readonly from: string;
  /** Node it reaches, e.g. `NAT A`. */
  readonly to: string;
}

/** What happened to one mapping-table row at a step. */
export interface RowChange {
  /** `created`: a new mapping (RFC 4787 §4.1); `refreshed`: its timer restarted (§4.3). */
  readonly kind: 'created' | 'refreshed';
  /** Remotes that may now send back and could not before (§5), e.g. `198.51.100.20:60000`. */
  readonly newlyAllowed: readonly string[];
}

/** The changes to one NAT's table at a step. */
export interface TableChanges {
  readonly nat: string;
  /** Row key ({@link mappingRowKey}) → change. Rows that did not change are absent. */
  readonly rows: Readonly<Record<string, RowChange>>;
  /** Rows that disappeared at this step (expired mappings, §4.3). */
  readonly removed: readonly MappingRow[];
}

/** One step of the demo. */
export interface DemoFrame {
  /** Index of the event (same as `event.seq`). */
  readonly seq: number;
  /** The packet on screen, with its header as it is at this step. */
  readonly packet?: PacketView;
  /** Node where the packet is at the end of the step. */
  readonly at?: string;
  /** Present when the packet travels during this step. */
  readonly move?: PacketMove;
  /** Present when the packet dies at this step. */
  readonly drop?: { readonly node: string; readonly reason: DropReason };
  /** Other packets still on their way, where they were last seen (hole punching sends two at once). */
  readonly inFlight: readonly { readonly id: number; readonly at: string }[];
  /** Only the NATs whose table changed. */
  readonly changes: readonly TableChanges[];
}

/**
 * A stable key for a mapping-table row: an outside port belongs to at most
 * one live mapping (RFC 4787 §4.2.1, no port overloading), so inside plus
 * outside names a row.
 *
 * @param row - a row of a table snapshot
 * @returns `inside>outside`
 * @example mappingRowKey({ inside: '192.168.1.10:50000', outside: '203.0.113.10:40001', … }) // '192.168.1.10:50000>203.0.113.10:40001'
 */
export function mappingRowKey(row: Pick<MappingRow, 'inside' | 'outside'>): string {
  return `${row.inside}>${row.outside}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Compares two snapshots of the same NAT's table.
 *
 * @param before - the table at the previous step (undefined at the first step)
 * @param after - the table at this step
 * @returns the changes, or undefined when nothing changed
 */
export function diffNatTable(before: NatTableSnapshot | undefined, after: NatTableSnapshot): TableChanges | undefined {
  // The simulator shares a snapshot object between events until the table changes.
  if (before === after) return undefined;
  const previous = new Map<string, MappingRow>();
  for (const row of before?.rows ?? []) previous.set(mappingRowKey(row), row);
  const rows: Record<string, RowChange> = {};
  let changed = false;
  for (const row of after.rows) {
    const key = mappingRowKey(row);
    const old = previous.get(key);
    previous.delete(key);
    if (old === undefined) {
      rows[key] = { kind: 'created', newlyAllowed: [] };
      changed = true;
    } else if (old.expiresAtMs !== row.expiresAtMs || !sameList(old.allowed, row.allowed)) {
      rows[key] = { kind: 'refreshed', newlyAllowed: row.allowed.filter((remote) => !old.allowed.includes(remote)) };
      changed = true;
    }
  }
  const removed = [...previous.values()];
  if (!changed && removed.length === 0) return undefined;
  return { nat: after.nat, rows, removed };
}

function tableChanges(before: readonly NatTableSnapshot[] | undefined, after: readonly NatTableSnapshot[]): TableChanges[] {
  if (before === after) return [];
  const out: TableChanges[] = [];
  for (const table of after) {
    const diff = diffNatTable(before?.find((old) => old.nat === table.nat), table);
    if (diff !== undefined) out.push(diff);
  }
  return out;
}

/**
 * Builds one frame per event.
 *
 * The packet in focus: an event about a packet shows that packet, moving
 * from the node where it was last seen (for a datagram a TURN server relays,
 * where the datagram it came from was last seen). An event without a packet
 * that a packet's arrival caused (a NAT creating, refreshing or expiring a
 * mapping just before it translates or drops the packet) already shows that
 * packet arriving, with the header it had before the node touched it. An
 * event without a packet that follows a delivery at the same node and moment
 * (a STUN client learning its address, an ICE agent learning a
 * peer-reflexive candidate) keeps the delivered packet in view.
 *
 * @param events - a scenario's events, in order
 * @returns frames, `frames[i]` for `events[i]`
 * @example buildDemoFrames(unwrap(runScenario('hole-punch')).events)[0] // { seq: 0, packet: { kind: 'stun-binding-request', … }, at: 'A', changes: [] }
 */
export function buildDemoFrames(events: readonly SimEvent[]): DemoFrame[] {
  const lastNode = new Map<number, string>();
  const lastView = new Map<number, PacketView>();
  const lastIndex = new Map<number, number>();
  events.forEach((event, index) => {
    if (event.packet !== undefined) lastIndex.set(event.packet.id, index);
  });
  const frames: DemoFrame[] = [];
  const originOf = (packet: PacketView, fallback: string): string =>
    lastNode.get(packet.id) ?? (packet.relayOf === undefined ? undefined : lastNode.get(packet.relayOf)) ?? fallback;
  // Packets seen and not yet at their last event, with where they are.
  const alive = new Map<number, string>();
  const place = (id: number, node: string, index: number): void => {
    lastNode.set(id, node);
    if ((lastIndex.get(id) ?? -1) > index) alive.set(id, node);
    else alive.delete(id);
  };
  const inFlight = (focus: number | undefined): DemoFrame['inFlight'] => {
    const out: { id: number; at: string }[] = [];
    for (const [id, at] of alive) if (id !== focus) out.push({ id, at });
    return out;
  };

  for (let index = 0; index < events.length; index++) {
    const event = events[index] as SimEvent;
    const changes = tableChanges(events[index - 1]?.nats, event.nats);
    const packet = event.packet;
    if (packet !== undefined) {
      const from = originOf(packet, event.node);
      place(packet.id, event.node, index);
      lastView.set(packet.id, packet);
      frames.push({
        seq: event.seq,
        packet,
        at: event.node,
        ...(from === event.node ? {} : { move: { from, to: event.node } }),
        ...(event.type === 'packet-dropped' && event.reason !== undefined ? { drop: { node: event.node, reason: event.reason } } : {}),
        inFlight: inFlight(packet.id),
        changes,
      });
      continue;
    }
    const arriving = event.type === 'mapping' ? arrivingPacket(events, index) : undefined;
    if (arriving !== undefined) {
      const view = lastView.get(arriving.id) ?? arriving;
      const from = originOf(arriving, event.node);
      place(arriving.id, event.node, index);
      frames.push({
        seq: event.seq,
        packet: view,
        at: event.node,
        ...(from === event.node ? {} : { move: { from, to: event.node } }),
        inFlight: inFlight(arriving.id),
        changes,
      });
      continue;
    }
    const previous = frames[index - 1];
    const previousEvent = events[index - 1];
    if (
      previous?.packet !== undefined &&
      previous.drop === undefined &&
      previous.at === event.node &&
      previousEvent !== undefined &&
      previousEvent.timeMs === event.timeMs &&
      (previousEvent.type === 'packet-delivered' || previousEvent.packet === undefined)
    ) {
      frames.push({ seq: event.seq, packet: previous.packet, at: event.node, inFlight: inFlight(previous.packet.id), changes });
      continue;
    }
    frames.push({ seq: event.seq, inFlight: inFlight(undefined), changes });
  }
  return frames;
}

/**
 * The packet whose arrival caused the mapping event at `index`: the next
 * event about a packet, at the same node and moment, that is not a new
 * packet being sent, with only packetless events of that node in between.
 */
function arrivingPacket(events: readonly SimEvent[], index: number): PacketView | undefined {
  const event = events[index] as SimEvent;
  for (let next = index + 1; next < events.length; next++) {
    const candidate = events[next] as SimEvent;
    if (candidate.timeMs !== event.timeMs || candidate.node !== event.node) return undefined;
    if (candidate.packet === undefined) continue;
    return candidate.type === 'packet-sent' ? undefined : candidate.packet;
  }
  return undefined;
}
