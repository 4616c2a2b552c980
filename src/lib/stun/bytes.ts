/**
 * Small byte helpers shared by the STUN codec: big-endian reads and writes,
 * concatenation, comparison and UTF-8.
 *
 * All multi-byte STUN fields are in network byte order (RFC 8489 §5,
 * "all fields … are transmitted most significant bit first").
 */

/** A run of bytes inside a message: where it starts and how many bytes it has. */
export interface ByteSpan {
  /** Offset of the first byte, counted from the first byte of the message. */
  readonly offset: number;
  /** Number of bytes (may be 0 for an empty field). */
  readonly length: number;
}

/** A decoded value together with the bytes it came from. */
export interface Field<T> {
  readonly value: T;
  readonly span: ByteSpan;
}

/**
 * Builds a {@link ByteSpan}.
 *
 * @param offset - offset of the first byte
 * @param length - number of bytes
 * @returns the span
 */
export function span(offset: number, length: number): ByteSpan {
  return { offset, length };
}

/**
 * Reads an unsigned 16-bit big-endian integer. Bytes past the end read as 0.
 *
 * @param bytes - the buffer
 * @param offset - offset of the high byte
 * @returns the value, 0–65535
 */
export function readUint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

/**
 * Reads an unsigned 32-bit big-endian integer. Bytes past the end read as 0.
 *
 * @param bytes - the buffer
 * @param offset - offset of the most significant byte
 * @returns the value, 0–4294967295
 */
export function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] ?? 0) << 24) |
      ((bytes[offset + 1] ?? 0) << 16) |
      ((bytes[offset + 2] ?? 0) << 8) |
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

/**
 * Writes an unsigned 16-bit big-endian integer.
 *
 * @param bytes - the buffer to write into
 * @param offset - offset of the high byte
 * @param value - the value (only the low 16 bits are used)
 */
export function writeUint16(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = (value >>> 8) & 0xff;
  bytes[offset + 1] = value & 0xff;
}

/**
 * Writes an unsigned 32-bit big-endian integer.
 *
 * @param bytes - the buffer to write into
 * @param offset - offset of the most significant byte
 * @param value - the value (only the low 32 bits are used)
 */
export function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = (value >>> 24) & 0xff;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}

/**
 * Joins byte arrays into one new array.
 *
 * @param parts - the arrays, in order
 * @returns a new array holding all their bytes
 */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Compares two byte arrays.
 *
 * @param a - first array
 * @param b - second array
 * @returns true when both have the same length and the same bytes
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Number of padding bytes that bring `length` up to a multiple of four
 * (RFC 8489 §14: attributes are aligned on 32-bit boundaries).
 *
 * @param length - an unpadded value length
 * @returns 0, 1, 2 or 3
 * @example paddingFor(9) // 3
 */
export function paddingFor(length: number): number {
  return (4 - (length % 4)) % 4;
}

const utf8Encoder = new TextEncoder();
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8Decoder = new TextDecoder('utf-8');

/**
 * Encodes a string as UTF-8.
 *
 * @param text - the string
 * @returns its UTF-8 bytes
 */
export function utf8Encode(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/**
 * Decodes UTF-8, reporting whether the bytes were valid. Invalid sequences
 * become U+FFFD in the returned text.
 *
 * @param bytes - the bytes to decode
 * @returns the text and whether the bytes were valid UTF-8
 */
export function utf8Decode(bytes: Uint8Array): { readonly text: string; readonly valid: boolean } {
  try {
    return { text: strictUtf8Decoder.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8Decoder.decode(bytes), valid: false };
  }
}

/**
 * Formats a number as `0x` followed by upper-case hex digits.
 *
 * @param value - a non-negative integer
 * @param digits - minimum number of digits (zero-padded)
 * @returns e.g. `0x2112A442`
 * @example hexNumber(0x8028, 4) // '0x8028'
 */
export function hexNumber(value: number, digits: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}
