/**
 * Numbers and names of STUN (RFC 8489), TURN (RFC 8656) and the ICE
 * attributes (RFC 8445 §16.1): the message classes and methods, the
 * attribute registry, and the error response codes.
 */

/** The fixed value of header bytes 4–7 (RFC 8489 §5). */
export const MAGIC_COOKIE = 0x2112a442;

/** Size of the STUN header in bytes (RFC 8489 §5). */
export const HEADER_LENGTH = 20;

/** Size of the transaction ID in bytes (RFC 8489 §5). */
export const TRANSACTION_ID_LENGTH = 12;

/** Constant XORed into the CRC-32 of FINGERPRINT, "STUN" in ASCII (RFC 8489 §14.7). */
export const FINGERPRINT_XOR = 0x5354554e;

/** The longest text value a receiver must accept, for compatibility with RFC 5389 (RFC 8489 §14.3). */
export const MAX_TEXT_BYTES_RECEIVED = 763;

/** Size of the ChannelData header in bytes (RFC 8656 §12.4). */
export const CHANNEL_DATA_HEADER_LENGTH = 4;

/** Lowest and highest channel numbers a client may bind (RFC 8656 §12). */
export const CHANNEL_NUMBER_MIN = 0x4000;
export const CHANNEL_NUMBER_MAX = 0x4fff;

/** The four message classes (RFC 8489 §5), in the order of their two bits C1C0. */
export type StunClass = 'request' | 'indication' | 'success-response' | 'error-response';

/** Message classes indexed by their bits C1C0 (0b00 request … 0b11 error response). */
export const STUN_CLASSES: readonly StunClass[] = ['request', 'indication', 'success-response', 'error-response'];

/** Names of the methods this codec knows. */
export type StunMethodName = 'Binding' | 'Allocate' | 'Refresh' | 'Send' | 'Data' | 'CreatePermission' | 'ChannelBind';

/** A method: its 12-bit number, its name, an id for explanations, and where it is defined. */
export interface StunMethodInfo {
  readonly value: number;
  readonly name: StunMethodName;
  readonly slug: string;
  readonly rfc: string;
}

/** The methods of STUN (RFC 8489) and TURN (RFC 8656 §17). */
export const STUN_METHODS: readonly StunMethodInfo[] = [
  { value: 0x001, name: 'Binding', slug: 'binding', rfc: 'RFC 8489 §5' },
  { value: 0x003, name: 'Allocate', slug: 'allocate', rfc: 'RFC 8656 §7' },
  { value: 0x004, name: 'Refresh', slug: 'refresh', rfc: 'RFC 8656 §8' },
  { value: 0x006, name: 'Send', slug: 'send', rfc: 'RFC 8656 §11' },
  { value: 0x007, name: 'Data', slug: 'data', rfc: 'RFC 8656 §11' },
  { value: 0x008, name: 'CreatePermission', slug: 'create-permission', rfc: 'RFC 8656 §10' },
  { value: 0x009, name: 'ChannelBind', slug: 'channel-bind', rfc: 'RFC 8656 §12' },
];

/**
 * Looks a method up by number.
 *
 * @param value - the 12-bit method number
 * @returns its entry, or undefined for a method this codec does not know
 */
export function methodByValue(value: number): StunMethodInfo | undefined {
  return STUN_METHODS.find((m) => m.value === value);
}

/**
 * Looks a method up by name.
 *
 * @param name - e.g. `'Allocate'`
 * @returns its entry, or undefined
 */
export function methodByName(name: string): StunMethodInfo | undefined {
  return STUN_METHODS.find((m) => m.name === name);
}

/**
 * How an attribute's value is laid out; decides how it is decoded, encoded
 * and split into byte regions.
 */
export type AttributeFormat =
  | 'address'
  | 'xor-address'
  | 'text'
  | 'hmac-sha1'
  | 'hmac-sha256'
  | 'fingerprint'
  | 'error-code'
  | 'attribute-list'
  | 'uint32'
  | 'tie-breaker'
  | 'flag'
  | 'channel-number'
  | 'requested-transport'
  | 'bytes';

/** Names of the attributes this codec decodes. */
export type AttributeName =
  | 'MAPPED-ADDRESS'
  | 'XOR-MAPPED-ADDRESS'
  | 'USERNAME'
  | 'MESSAGE-INTEGRITY'
  | 'MESSAGE-INTEGRITY-SHA256'
  | 'FINGERPRINT'
  | 'ERROR-CODE'
  | 'REALM'
  | 'NONCE'
  | 'SOFTWARE'
  | 'UNKNOWN-ATTRIBUTES'
  | 'ALTERNATE-SERVER'
  | 'PRIORITY'
  | 'USE-CANDIDATE'
  | 'ICE-CONTROLLED'
  | 'ICE-CONTROLLING'
  | 'CHANNEL-NUMBER'
  | 'LIFETIME'
  | 'XOR-PEER-ADDRESS'
  | 'DATA'
  | 'XOR-RELAYED-ADDRESS'
  | 'REQUESTED-TRANSPORT'
  | 'DONT-FRAGMENT';

/** One row of the attribute registry. */
export interface AttributeInfo {
  /** The 16-bit attribute type. */
  readonly type: number;
  readonly name: AttributeName;
  /** Lower-case id used in field ids and explanation ids, e.g. `xor-mapped-address`. */
  readonly slug: string;
  readonly format: AttributeFormat;
  /** Where the attribute is defined. */
  readonly rfc: string;
  /**
   * For text attributes: the most bytes a sender may put in the value
   * (RFC 8489 §14.3: USERNAME fewer than 509 bytes; §14.9, §14.10, §14.14:
   * fewer than 128 characters, up to 509 bytes). Receivers accept up to
   * {@link MAX_TEXT_BYTES_RECEIVED}.
   */
  readonly maxBytes?: number;
}

/**
 * The attributes this codec understands. Types 0x0000–0x7FFF are
 * comprehension-required, 0x8000–0xFFFF comprehension-optional (RFC 8489 §14).
 */
export const ATTRIBUTES: readonly AttributeInfo[] = [
  { type: 0x0001, name: 'MAPPED-ADDRESS', slug: 'mapped-address', format: 'address', rfc: 'RFC 8489 §14.1' },
  { type: 0x0006, name: 'USERNAME', slug: 'username', format: 'text', rfc: 'RFC 8489 §14.3', maxBytes: 508 },
  { type: 0x0008, name: 'MESSAGE-INTEGRITY', slug: 'message-integrity', format: 'hmac-sha1', rfc: 'RFC 8489 §14.5' },
  { type: 0x0009, name: 'ERROR-CODE', slug: 'error-code', format: 'error-code', rfc: 'RFC 8489 §14.8' },
  {
    type: 0x000a,
    name: 'UNKNOWN-ATTRIBUTES',
    slug: 'unknown-attributes',
    format: 'attribute-list',
    rfc: 'RFC 8489 §14.13',
  },
  { type: 0x000c, name: 'CHANNEL-NUMBER', slug: 'channel-number', format: 'channel-number', rfc: 'RFC 8656 §18.1' },
  { type: 0x000d, name: 'LIFETIME', slug: 'lifetime', format: 'uint32', rfc: 'RFC 8656 §18.2' },
  { type: 0x0012, name: 'XOR-PEER-ADDRESS', slug: 'xor-peer-address', format: 'xor-address', rfc: 'RFC 8656 §18.3' },
  { type: 0x0013, name: 'DATA', slug: 'data', format: 'bytes', rfc: 'RFC 8656 §18.4' },
  { type: 0x0014, name: 'REALM', slug: 'realm', format: 'text', rfc: 'RFC 8489 §14.9', maxBytes: 509 },
  { type: 0x0015, name: 'NONCE', slug: 'nonce', format: 'text', rfc: 'RFC 8489 §14.10', maxBytes: 509 },
  {
    type: 0x0016,
    name: 'XOR-RELAYED-ADDRESS',
    slug: 'xor-relayed-address',
    format: 'xor-address',
    rfc: 'RFC 8656 §18.5',
  },
  {
    type: 0x0019,
    name: 'REQUESTED-TRANSPORT',
    slug: 'requested-transport',
    format: 'requested-transport',
    rfc: 'RFC 8656 §18.8',
  },
  { type: 0x001a, name: 'DONT-FRAGMENT', slug: 'dont-fragment', format: 'flag', rfc: 'RFC 8656 §18.9' },
  {
    type: 0x001c,
    name: 'MESSAGE-INTEGRITY-SHA256',
    slug: 'message-integrity-sha256',
    format: 'hmac-sha256',
    rfc: 'RFC 8489 §14.6',
  },
  {
    type: 0x0020,
    name: 'XOR-MAPPED-ADDRESS',
    slug: 'xor-mapped-address',
    format: 'xor-address',
    rfc: 'RFC 8489 §14.2',
  },
  { type: 0x0024, name: 'PRIORITY', slug: 'priority', format: 'uint32', rfc: 'RFC 8445 §16.1' },
  { type: 0x0025, name: 'USE-CANDIDATE', slug: 'use-candidate', format: 'flag', rfc: 'RFC 8445 §16.1' },
  { type: 0x8022, name: 'SOFTWARE', slug: 'software', format: 'text', rfc: 'RFC 8489 §14.14', maxBytes: 509 },
  { type: 0x8023, name: 'ALTERNATE-SERVER', slug: 'alternate-server', format: 'address', rfc: 'RFC 8489 §14.15' },
  { type: 0x8028, name: 'FINGERPRINT', slug: 'fingerprint', format: 'fingerprint', rfc: 'RFC 8489 §14.7' },
  { type: 0x8029, name: 'ICE-CONTROLLED', slug: 'ice-controlled', format: 'tie-breaker', rfc: 'RFC 8445 §16.1' },
  { type: 0x802a, name: 'ICE-CONTROLLING', slug: 'ice-controlling', format: 'tie-breaker', rfc: 'RFC 8445 §16.1' },
];

const attributesByType = new Map(ATTRIBUTES.map((a) => [a.type, a]));
const attributesByName = new Map(ATTRIBUTES.map((a) => [a.name as string, a]));

/**
 * Looks an attribute up by type.
 *
 * @param type - the 16-bit attribute type
 * @returns its registry entry, or undefined for an attribute this codec does not know
 */
export function attributeByType(type: number): AttributeInfo | undefined {
  return attributesByType.get(type);
}

/**
 * Looks an attribute up by name.
 *
 * @param name - e.g. `'XOR-MAPPED-ADDRESS'`
 * @returns its registry entry, or undefined
 */
export function attributeByName(name: string): AttributeInfo | undefined {
  return attributesByName.get(name);
}

/**
 * Whether a receiver that does not know this attribute type must reject the
 * message: types 0x0000–0x7FFF are comprehension-required (RFC 8489 §14).
 *
 * @param type - the 16-bit attribute type
 * @returns true for 0x0000–0x7FFF
 */
export function isComprehensionRequired(type: number): boolean {
  return type < 0x8000;
}

/**
 * The id used for an attribute in field ids: the registry slug, or
 * `unknown-0x` + four hex digits for an attribute this codec does not know.
 *
 * @param type - the 16-bit attribute type
 * @returns e.g. `xor-mapped-address` or `unknown-0xc057`
 */
export function attributeSlug(type: number): string {
  return attributeByType(type)?.slug ?? `unknown-0x${type.toString(16).padStart(4, '0')}`;
}

/** An error response code with its reason phrase and where it is defined. */
export interface ErrorCodeInfo {
  readonly code: number;
  readonly reason: string;
  readonly rfc: string;
}

/**
 * Error codes of STUN (RFC 8489 §14.8), TURN (RFC 8656 §19) and ICE
 * (RFC 8445 §16.2), with their recommended reason phrases.
 */
export const ERROR_CODES: readonly ErrorCodeInfo[] = [
  { code: 300, reason: 'Try Alternate', rfc: 'RFC 8489 §14.8' },
  { code: 400, reason: 'Bad Request', rfc: 'RFC 8489 §14.8' },
  { code: 401, reason: 'Unauthenticated', rfc: 'RFC 8489 §14.8' },
  { code: 403, reason: 'Forbidden', rfc: 'RFC 8656 §19' },
  { code: 420, reason: 'Unknown Attribute', rfc: 'RFC 8489 §14.8' },
  { code: 437, reason: 'Allocation Mismatch', rfc: 'RFC 8656 §19' },
  { code: 438, reason: 'Stale Nonce', rfc: 'RFC 8489 §14.8' },
  { code: 440, reason: 'Address Family not Supported', rfc: 'RFC 8656 §19' },
  { code: 441, reason: 'Wrong Credentials', rfc: 'RFC 8656 §19' },
  { code: 442, reason: 'Unsupported Transport Protocol', rfc: 'RFC 8656 §19' },
  { code: 443, reason: 'Peer Address Family Mismatch', rfc: 'RFC 8656 §19' },
  { code: 486, reason: 'Allocation Quota Reached', rfc: 'RFC 8656 §19' },
  { code: 487, reason: 'Role Conflict', rfc: 'RFC 8445 §16.2' },
  { code: 500, reason: 'Server Error', rfc: 'RFC 8489 §14.8' },
  { code: 508, reason: 'Insufficient Capacity', rfc: 'RFC 8656 §19' },
];

/**
 * Looks an error response code up.
 *
 * @param code - e.g. 401
 * @returns its entry, or undefined for a code not registered here
 */
export function errorCodeInfo(code: number): ErrorCodeInfo | undefined {
  return ERROR_CODES.find((e) => e.code === code);
}

/** IP protocol numbers REQUESTED-TRANSPORT can carry (RFC 8656 §18.8; TCP from RFC 6062). */
export const TRANSPORT_PROTOCOLS: Readonly<Record<number, string>> = { 6: 'TCP', 17: 'UDP' };
