/**
 * The shape of a decoded STUN message. Every element carries the span of
 * bytes it came from, so a byte-by-byte explorer can colour each byte by
 * field and link a field to its explanation (see `regions.ts`).
 */
import type { AddressFamily } from './address.ts';
import type { ByteSpan, Field } from './bytes.ts';
import type { AttributeName, StunClass, StunMethodName } from './constants.ts';
import type { StunNote } from './errors.ts';

/**
 * One XOR step of an XOR-…-ADDRESS attribute (RFC 8489 §14.2), laid out
 * for teaching: the bytes on the wire, the key they are XORed with and where
 * that key comes from in the header, and the result.
 */
export interface XorStep {
  /** The bytes as they appear in the message. */
  readonly raw: Uint8Array;
  readonly rawSpan: ByteSpan;
  /**
   * The key: the top 16 bits of the magic cookie for the port, the whole
   * cookie for an IPv4 address, cookie + transaction ID for an IPv6 address.
   */
  readonly key: Uint8Array;
  /** Header spans the key was taken from, in key order (cookie, then transaction ID). */
  readonly keySpans: readonly ByteSpan[];
  /** `raw` XOR `key`: the real port or address bytes. */
  readonly result: Uint8Array;
}

/** A decoded value that was XORed on the wire. */
export interface XorField<T> extends Field<T> {
  readonly xor: XorStep;
}

/** MAPPED-ADDRESS and ALTERNATE-SERVER (RFC 8489 §14.1, §14.15). */
export interface AddressValue {
  readonly kind: 'address';
  /** The first byte, which must be 0. */
  readonly reserved: Field<number>;
  readonly family: Field<AddressFamily>;
  readonly port: Field<number>;
  /** Address text, e.g. `192.0.2.1` or `2001:db8::1`. */
  readonly address: Field<string>;
}

/** XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS, XOR-RELAYED-ADDRESS (RFC 8489 §14.2, RFC 8656 §18.3, §18.5). */
export interface XorAddressValue {
  readonly kind: 'xor-address';
  readonly reserved: Field<number>;
  readonly family: Field<AddressFamily>;
  /** The real port; its span covers the XORed bytes on the wire. */
  readonly port: XorField<number>;
  /** The real address text; its span covers the XORed bytes on the wire. */
  readonly address: XorField<string>;
}

/** USERNAME, REALM, NONCE, SOFTWARE: UTF-8 text. */
export interface TextValue {
  readonly kind: 'text';
  readonly text: Field<string>;
  /** False when the bytes are not valid UTF-8 (they then show U+FFFD in `text`). */
  readonly validUtf8: boolean;
}

/** MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5). */
export interface HmacSha1Value {
  readonly kind: 'hmac-sha1';
  readonly hmac: Field<Uint8Array>;
}

/** MESSAGE-INTEGRITY-SHA256 (HMAC-SHA256, possibly truncated to 16–32 bytes, RFC 8489 §14.6). */
export interface HmacSha256Value {
  readonly kind: 'hmac-sha256';
  readonly hmac: Field<Uint8Array>;
}

/** FINGERPRINT (RFC 8489 §14.7): CRC-32 of the message XOR 0x5354554E. */
export interface FingerprintValue {
  readonly kind: 'fingerprint';
  readonly crc: Field<number>;
}

/** ERROR-CODE (RFC 8489 §14.8). */
export interface ErrorCodeValue {
  readonly kind: 'error-code';
  /** The 21 reserved bits (bytes 0–1 and the top five bits of byte 2); should be 0. */
  readonly reserved: Field<number>;
  /** The hundreds digit, 3–6 (low three bits of byte 2). */
  readonly errorClass: Field<number>;
  /** The code modulo 100, 0–99 (byte 3). */
  readonly errorNumber: Field<number>;
  /** `errorClass × 100 + errorNumber`, e.g. 401. */
  readonly code: number;
  readonly reason: Field<string>;
}

/** UNKNOWN-ATTRIBUTES (RFC 8489 §14.13): the 16-bit types the sender did not understand. */
export interface AttributeListValue {
  readonly kind: 'attribute-list';
  readonly types: readonly Field<number>[];
}

/** PRIORITY (RFC 8445 §16.1) and LIFETIME (RFC 8656 §18.2): one 32-bit number. */
export interface Uint32Value {
  readonly kind: 'uint32';
  readonly number: Field<number>;
}

/** ICE-CONTROLLED / ICE-CONTROLLING (RFC 8445 §16.1): a 64-bit tie-breaker. */
export interface TieBreakerValue {
  readonly kind: 'tie-breaker';
  readonly tieBreaker: Field<bigint>;
}

/** USE-CANDIDATE (RFC 8445 §16.1) and DONT-FRAGMENT (RFC 8656 §18.9): no value at all. */
export interface FlagValue {
  readonly kind: 'flag';
}

/** CHANNEL-NUMBER (RFC 8656 §18.1). */
export interface ChannelNumberValue {
  readonly kind: 'channel-number';
  readonly channel: Field<number>;
  /** The 16 bits after the number, RFFU (reserved for future use), should be 0. */
  readonly reserved: Field<number>;
}

/** REQUESTED-TRANSPORT (RFC 8656 §18.8). */
export interface RequestedTransportValue {
  readonly kind: 'requested-transport';
  /** IP protocol number: 17 for UDP. */
  readonly protocol: Field<number>;
  /** `UDP`, `TCP`, or undefined for another number. */
  readonly protocolName: string | undefined;
  /** The three RFFU bytes, should be 0. */
  readonly reserved: Field<Uint8Array>;
}

/** DATA (RFC 8656 §18.4): opaque application bytes. */
export interface BytesValue {
  readonly kind: 'bytes';
  readonly data: Field<Uint8Array>;
}

/** An attribute this codec does not know; its raw value is kept. */
export interface UnknownValue {
  readonly kind: 'unknown';
}

/** A known attribute whose value does not fit its format; the note says why. */
export interface MalformedValue {
  readonly kind: 'malformed';
  readonly note: StunNote;
}

/** The decoded value of an attribute, by format. */
export type AttributeValue =
  | AddressValue
  | XorAddressValue
  | TextValue
  | HmacSha1Value
  | HmacSha256Value
  | FingerprintValue
  | ErrorCodeValue
  | AttributeListValue
  | Uint32Value
  | TieBreakerValue
  | FlagValue
  | ChannelNumberValue
  | RequestedTransportValue
  | BytesValue
  | UnknownValue
  | MalformedValue;

/** One attribute: type, length, value and padding (RFC 8489 §14). */
export interface StunAttribute {
  /** Zero-based position among the message's attributes. */
  readonly index: number;
  readonly type: Field<number>;
  /** Registry name, or undefined for an attribute this codec does not know. */
  readonly name: AttributeName | undefined;
  /** Id used in field ids: `xor-mapped-address`, or `unknown-0xc057`. */
  readonly slug: string;
  /** True for types 0x0000–0x7FFF: a receiver that does not know it must reject the message. */
  readonly comprehensionRequired: boolean;
  /** The length field: the value's length before padding. */
  readonly length: Field<number>;
  /** The raw value bytes. */
  readonly value: Field<Uint8Array>;
  /** The 0–3 bytes after the value that align the next attribute on 4 bytes. */
  readonly padding: Field<Uint8Array>;
  /** The whole attribute, header to padding. */
  readonly span: ByteSpan;
  readonly decoded: AttributeValue;
}

/** The 20-byte STUN header (RFC 8489 §5). */
export interface StunHeader {
  /** The 16-bit message type: two zero bits, class and method interleaved. */
  readonly type: Field<number>;
  readonly messageClass: StunClass;
  /** The 12-bit method number. */
  readonly method: number;
  /** `Binding`, `Allocate` …, or undefined for a method this codec does not know. */
  readonly methodName: StunMethodName | undefined;
  /** The message length field: bytes after the header. */
  readonly length: Field<number>;
  readonly magicCookie: Field<number>;
  readonly transactionId: Field<Uint8Array>;
}

/** A decoded STUN message. */
export interface StunMessage {
  readonly kind: 'stun';
  /** A copy of the message's bytes. */
  readonly bytes: Uint8Array;
  readonly header: StunHeader;
  readonly attributes: readonly StunAttribute[];
  /** Non-fatal observations: malformed values, unknown comprehension-required attributes, padding. */
  readonly notes: readonly StunNote[];
}
