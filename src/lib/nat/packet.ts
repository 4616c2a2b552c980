/**
 * The UDP datagrams that move through the simulated network. Payloads are
 * abstract (no byte encoding): a STUN message is represented by the fields
 * that matter for NAT traversal, e.g. the transaction id and the
 * XOR-MAPPED-ADDRESS value (RFC 8489 §14.2).
 */
import type { TransportAddress } from './address.ts';

/** Every kind of datagram the simulator sends. */
export const packetKinds = [
  'stun-binding-request',
  'stun-binding-response',
  'turn-allocate-request',
  'turn-allocate-response',
  'turn-create-permission-request',
  'turn-create-permission-response',
  'turn-send-indication',
  'turn-data-indication',
  'check',
  'check-response',
  'data',
] as const;

/** A datagram kind, e.g. `check` for an ICE connectivity check. */
export type PacketKind = (typeof packetKinds)[number];

/** ICE connectivity check: a STUN Binding request between peers (RFC 8445 §7.2.4). */
export interface CheckPayload {
  readonly kind: 'check';
  readonly transactionId: string;
  /** PRIORITY attribute: the sender's local candidate as if peer-reflexive (RFC 8445 §7.1.1). */
  readonly priority: number;
  /** USE-CANDIDATE attribute (RFC 8445 §7.1.2). */
  readonly useCandidate: boolean;
  /** ICE-CONTROLLING or ICE-CONTROLLED (RFC 8445 §7.1.3). */
  readonly role: 'controlling' | 'controlled';
}

/** Success response to a check, carrying XOR-MAPPED-ADDRESS (RFC 8445 §7.3.1.2). */
export interface CheckResponsePayload {
  readonly kind: 'check-response';
  readonly transactionId: string;
  readonly mapped: TransportAddress;
}

/** Application data. */
export interface DataPayload {
  readonly kind: 'data';
  readonly text: string;
}

/** What a TURN Send or Data indication carries (RFC 8656 §11). */
export type RelayedPayload = CheckPayload | CheckResponsePayload | DataPayload;

/** The content of a datagram. */
export type PacketPayload =
  | { readonly kind: 'stun-binding-request'; readonly transactionId: string }
  | { readonly kind: 'stun-binding-response'; readonly transactionId: string; readonly mapped: TransportAddress }
  | { readonly kind: 'turn-allocate-request'; readonly transactionId: string }
  | {
      readonly kind: 'turn-allocate-response';
      readonly transactionId: string;
      readonly relayed: TransportAddress;
      readonly mapped: TransportAddress;
    }
  | { readonly kind: 'turn-create-permission-request'; readonly transactionId: string; readonly peerIps: readonly string[] }
  | { readonly kind: 'turn-create-permission-response'; readonly transactionId: string }
  | { readonly kind: 'turn-send-indication'; readonly peer: TransportAddress; readonly inner: RelayedPayload }
  | { readonly kind: 'turn-data-indication'; readonly peer: TransportAddress; readonly inner: RelayedPayload }
  | RelayedPayload;

/** A datagram on the wire: header addresses change as NATs translate it. */
export interface Packet {
  /** Unique per simulation; a translated packet keeps its id. */
  readonly id: number;
  readonly src: TransportAddress;
  readonly dst: TransportAddress;
  readonly payload: PacketPayload;
  /** For a datagram a TURN server relays, the id of the packet it came from. */
  readonly relayOf?: number;
}
