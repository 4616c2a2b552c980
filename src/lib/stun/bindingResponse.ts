/**
 * The answer a STUN server gives to a Binding request (RFC 8489 §12,
 * "Basic Server Behavior"), built locally so the explorer can show what a
 * server would send to any address without sending anything anywhere.
 */
import type { Result } from '../result.ts';
import { TRANSACTION_ID_LENGTH } from './constants.ts';
import type { AttributeDescription } from './encode.ts';
import { encodeStun } from './encode.ts';
import type { StunEncodeError } from './errors.ts';

/** What {@link buildBindingResponse} needs. */
export interface BindingResponseOptions {
  /** The client's address as the server sees it: IPv4 or IPv6 text. */
  readonly address: string;
  /** The client's port as the server sees it. */
  readonly port: number;
  /** The request's transaction ID (12 bytes); random when omitted. */
  readonly transactionId?: Uint8Array;
  /** A SOFTWARE attribute to add, e.g. the server's name and version. */
  readonly software?: string;
}

/**
 * Creates 12 random bytes for a transaction ID (RFC 8489 §5: "uniformly
 * and randomly chosen from the interval 0 .. 2**96-1").
 *
 * @returns a new transaction ID
 */
export function randomTransactionId(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(TRANSACTION_ID_LENGTH));
}

/**
 * Builds the Binding success response a STUN server would send to
 * `address`:`port`: SOFTWARE (if given), XOR-MAPPED-ADDRESS and FINGERPRINT,
 * in that order.
 *
 * @param options - address, port, and optionally transaction ID and SOFTWARE text
 * @returns the message bytes, or an error for a bad address, port or transaction ID
 * @example buildBindingResponse({ address: '192.0.2.1', port: 32853 })
 */
export function buildBindingResponse(options: BindingResponseOptions): Result<Uint8Array, StunEncodeError> {
  const attributes: AttributeDescription[] = [];
  if (options.software !== undefined) attributes.push({ type: 'SOFTWARE', text: options.software });
  attributes.push({ type: 'XOR-MAPPED-ADDRESS', address: options.address, port: options.port });
  attributes.push({ type: 'FINGERPRINT' });
  return encodeStun({
    messageClass: 'success-response',
    method: 'Binding',
    transactionId: options.transactionId ?? randomTransactionId(),
    attributes,
  });
}
