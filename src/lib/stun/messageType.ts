/**
 * The 16-bit STUN message type and its interleaved bits (RFC 8489 §5):
 *
 * ```
 *   15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *  | 0| 0|M11|M10|M9|M8|M7|C1|M6|M5|M4|C0|M3|M2|M1|M0|
 * ```
 *
 * Two class bits (C1 C0) sit among the twelve method bits, so that the
 * types of RFC 3489 keep their values.
 */
import type { StunClass } from './constants.ts';
import { STUN_CLASSES } from './constants.ts';

/**
 * Splits a message type into its class and method.
 *
 * @param type - the 16-bit message type (the top two bits are ignored)
 * @returns the class and the 12-bit method number
 * @example splitMessageType(0x0101) // { messageClass: 'success-response', method: 1 }
 */
export function splitMessageType(type: number): { readonly messageClass: StunClass; readonly method: number } {
  const classBits = ((type >> 7) & 0b10) | ((type >> 4) & 0b01);
  const method = ((type >> 2) & 0xf80) | ((type >> 1) & 0x070) | (type & 0x00f);
  return { messageClass: STUN_CLASSES[classBits] ?? 'request', method };
}

/**
 * Builds a message type from a class and a method.
 *
 * @param messageClass - request, indication, success response or error response
 * @param method - the 12-bit method number (0x000–0xFFF)
 * @returns the 16-bit message type
 * @example composeMessageType('error-response', 0x003) // 0x0113 (Allocate error response)
 */
export function composeMessageType(messageClass: StunClass, method: number): number {
  const classBits = STUN_CLASSES.indexOf(messageClass);
  return (
    ((method & 0xf80) << 2) |
    ((method & 0x070) << 1) |
    (method & 0x00f) |
    ((classBits & 0b10) << 7) |
    ((classBits & 0b01) << 4)
  );
}

/** What one bit of the message type is. */
export interface MessageTypeBit {
  /** Bit number, 15 (most significant, sent first) down to 0. */
  readonly bit: number;
  readonly value: 0 | 1;
  /** `zero`: one of the two leading bits that must be 0; otherwise a method or class bit. */
  readonly role: 'zero' | 'method' | 'class';
  /** RFC 8489 §5 figure label: `0`, `M0`…`M11`, `C0`, `C1`. */
  readonly label: string;
}

/**
 * Lists the sixteen bits of a message type, most significant first, saying
 * which are method bits and which are class bits — for drawing the RFC 8489
 * §5 figure with the reader's own message.
 *
 * @param type - the 16-bit message type
 * @returns sixteen entries, bit 15 first
 */
export function messageTypeBits(type: number): readonly MessageTypeBit[] {
  const labels = ['0', '0', 'M11', 'M10', 'M9', 'M8', 'M7', 'C1', 'M6', 'M5', 'M4', 'C0', 'M3', 'M2', 'M1', 'M0'];
  return labels.map((label, index) => {
    const bit = 15 - index;
    const role = label === '0' ? 'zero' : label.startsWith('C') ? 'class' : 'method';
    return { bit, value: ((type >> bit) & 1) as 0 | 1, role, label };
  });
}
