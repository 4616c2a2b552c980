/**
 * Helpers shared by the STUN unit tests: the RFC 5769 vectors as bytes and
 * decoded messages, and assertions that unwrap results.
 */
import assert from 'node:assert/strict';
import type { LibError, Result } from '../../../src/lib/result.ts';
import { decodeStun } from '../../../src/lib/stun/decode.ts';
import { parseHex, toHex } from '../../../src/lib/stun/hex.ts';
import { RFC5769_VECTORS } from '../../../src/lib/stun/rfc5769.ts';
import type { Rfc5769Vector } from '../../../src/lib/stun/rfc5769.ts';
import type { StunMessage } from '../../../src/lib/stun/types.ts';

/** Unwraps a successful result, failing the test with the error otherwise. */
export function unwrap<T>(result: Result<T, LibError>): T {
  if (!result.ok) assert.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Unwraps a failed result, failing the test if it succeeded. */
export function unwrapError<T, E extends LibError>(result: Result<T, E>): E {
  if (result.ok) assert.fail('expected an error, got success');
  return result.error;
}

/** The RFC 5769 vector of a section ('2.1' … '2.4'). */
export function vector(section: string): Rfc5769Vector {
  const found = RFC5769_VECTORS.find((v) => v.section === section);
  assert.ok(found, `no RFC 5769 vector for §${section}`);
  return found;
}

/** A fresh copy of an RFC 5769 vector's bytes. */
export function vectorBytes(section: string): Uint8Array {
  return unwrap(parseHex(vector(section).hex));
}

/** An RFC 5769 vector, decoded. */
export function decodedVector(section: string): StunMessage {
  return unwrap(decodeStun(vectorBytes(section)));
}

/** Bytes from compact hex, for expected values. */
export function hex(text: string): Uint8Array {
  return unwrap(parseHex(text));
}

/** Asserts two byte arrays are equal, showing both as hex when they are not. */
export function assertBytes(actual: Uint8Array, expected: Uint8Array): void {
  assert.equal(toHex(actual), toHex(expected));
}
