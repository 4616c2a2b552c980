/**
 * The event stream: every step of a simulation, in order. Widgets animate
 * it, captions explain it (see `messages.ts`), tests check it. Codes and
 * params are stable API.
 */
import type { PacketKind } from './packet.ts';

/** Why a packet was dropped. */
export const dropReasons = [
  /** Nothing is mapped on that outside port (RFC 4787 §4.1). */
  'no-mapping',
  /** A mapping exists but its filtering refuses this remote (RFC 4787 §5). */
  'filtered',
  /** The port had a mapping that timed out (RFC 4787 §4.3). */
  'mapping-expired',
  /** TURN relayed address without a permission for the sender's IP (RFC 8656 §9). */
  'no-permission',
  /** Inside host addressed the NAT's own outside address and hairpinning is off (RFC 4787 §6). */
  'hairpin-off',
  /** No network on the path has the destination address. */
  'no-route',
  /** TURN request or Send indication from a 5-tuple without an allocation (RFC 8656 §6). */
  'no-allocation',
] as const;

/** A drop reason code. */
export type DropReason = (typeof dropReasons)[number];

/** Broad category of an event, for widgets that animate by category. */
export type SimEventType =
  | 'packet-sent'
  | 'packet-translated'
  | 'packet-delivered'
  | 'packet-dropped'
  | 'mapping'
  | 'turn'
  | 'ice'
  | 'note';

/** Every event code, each with an English and a Japanese caption in `messages.ts`. */
export const simEventCodes = [
  // packet-sent
  'stun-request-sent',
  'stun-response-sent',
  'turn-allocate-sent',
  'turn-allocate-success-sent',
  'turn-permission-sent',
  'turn-permission-success-sent',
  'turn-send-indication-sent',
  'turn-data-indication-sent',
  'turn-relay-sent',
  'check-sent',
  'check-nomination-sent',
  'check-response-sent',
  'data-sent',
  // packet-translated
  'nat-outbound-translated',
  'nat-inbound-translated',
  'nat-hairpin-translated',
  'packet-routed',
  // packet-delivered
  'packet-delivered',
  // packet-dropped (code = `dropped-` + reason)
  'dropped-no-mapping',
  'dropped-filtered',
  'dropped-mapping-expired',
  'dropped-no-permission',
  'dropped-hairpin-off',
  'dropped-no-route',
  'dropped-no-allocation',
  // mapping
  'mapping-created',
  'mapping-created-per-address',
  'mapping-created-per-endpoint',
  'mapping-refreshed',
  'mapping-refreshed-inbound',
  'mapping-expired',
  // turn
  'turn-allocation-created',
  'turn-permission-installed',
  // ice
  'candidate-gathered',
  'candidate-redundant',
  'candidates-signalled',
  'checklist-formed',
  'remote-prflx-learned',
  'local-prflx-learned',
  'triggered-check-queued',
  'pair-succeeded',
  'pair-failed-timeout',
  'pair-failed-asymmetric',
  'nomination-started',
  'pair-nominated',
  'ice-failed',
  'mdns-unresolved',
  'server-response-wrong-source',
  // note (simple scenarios)
  'address-learned',
  'addresses-signalled',
  'peer-address-differs',
] as const;

/** A stable event code. */
export type SimEventCode = (typeof simEventCodes)[number];

/** Caption placeholders: strings and numbers only, so events serialise as JSON. */
export type EventParams = Readonly<Record<string, string | number>>;

/** The packet an event is about, with its header at that moment. */
export interface PacketView {
  readonly id: number;
  readonly kind: PacketKind;
  /** Source `ip:port` after this step. */
  readonly from: string;
  /** Destination `ip:port` after this step. */
  readonly to: string;
  /** For TURN indications, the kind of the wrapped message. */
  readonly inner?: PacketKind;
  /** For a datagram a TURN server relays, the id of the packet it came from. */
  readonly relayOf?: number;
}

/**
 * One row of a NAT's mapping table.
 *
 * `allowed` lists which remotes may send back through this mapping, per the
 * filtering behaviour: `*` (anyone, EIF), `ip:*` (any port of an address the
 * mapping has sent to, ADF) or `ip:port` (exactly the endpoints it has sent
 * to, APDF).
 */
export interface MappingRow {
  readonly inside: string;
  readonly outside: string;
  /** What the mapping is keyed on besides the inside address: `*` (EIM), `ip` (ADM) or `ip:port` (APDM). */
  readonly destination: string;
  readonly allowed: readonly string[];
  /** Virtual time at which the mapping expires unless refreshed; see {@link mappingTimeLeftMs}. */
  readonly expiresAtMs: number;
}

/**
 * Time left before a mapping expires, as seen at an event. Rows are shared
 * between events until the table changes, so the time left is computed
 * from the event's time rather than stored.
 *
 * @param row - a row of an event's `nats` snapshot
 * @param timeMs - the event's `timeMs`
 * @returns milliseconds until the mapping expires (0 when due)
 * @example mappingTimeLeftMs(event.nats[0].rows[0], event.timeMs) // 119000
 */
export function mappingTimeLeftMs(row: MappingRow, timeMs: number): number {
  return Math.max(0, row.expiresAtMs - timeMs);
}

/** A NAT's mapping table after an event (shared between events until it changes). */
export interface NatTableSnapshot {
  readonly nat: string;
  readonly externalIp: string;
  readonly mapping: string;
  readonly filtering: string;
  readonly hairpinning: boolean;
  readonly rows: readonly MappingRow[];
}

/** One step of a simulation. */
export interface SimEvent {
  /** Position in the event list, from 0. */
  readonly seq: number;
  /** Virtual time in milliseconds. */
  readonly timeMs: number;
  readonly type: SimEventType;
  readonly code: SimEventCode;
  /** Name of the node where the step happened (`A`, `NAT A`, `STUN`, …). */
  readonly node: string;
  /** Caption placeholders; see `natText` in `messages.ts`. */
  readonly params: EventParams;
  readonly packet?: PacketView;
  readonly reason?: DropReason;
  /** For mapping events: the mapping concerned. */
  readonly mapping?: { readonly nat: string; readonly inside: string; readonly outside: string };
  /** For ICE pair events: the pair concerned, from `agent`'s point of view. */
  readonly pair?: { readonly agent: string; readonly local: string; readonly remote: string; readonly state: string };
  /** Every NAT's mapping table after this step. */
  readonly nats: readonly NatTableSnapshot[];
}
