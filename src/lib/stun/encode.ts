/**
 * Structured description → STUN message bytes (RFC 8489 §5, §14), and
 * decoded message → description, so that `encodeStun(decodeStun(x))` gives
 * back `x` byte for byte.
 *
 * The encoder computes the header length and attribute padding, and — when
 * a MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 or FINGERPRINT description
 * has no value — computes it over the bytes before it (RFC 8489 §14.5–14.7).
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { ADDRESS_FAMILY_BYTES } from './address.ts';
import { parseIpAddress } from '../net/address.ts';
import { bytesEqual, concatBytes, hexNumber, paddingFor, utf8Encode, writeUint16, writeUint32 } from './bytes.ts';
import type { AttributeInfo, StunClass, StunMethodName } from './constants.ts';
import {
  HEADER_LENGTH,
  MAGIC_COOKIE,
  STUN_CLASSES,
  TRANSACTION_ID_LENGTH,
  attributeByName,
  attributeByType,
  methodByName,
} from './constants.ts';
import type { StunEncodeError } from './errors.ts';
import { encodeError } from './errors.ts';
import type { StunCredentials } from './integrity.ts';
import { computeFingerprint, computeIntegrity, integrityKey, signedBytes } from './integrity.ts';
import { composeMessageType } from './messageType.ts';
import type { StunAttribute, StunMessage } from './types.ts';

/** Every attribute description may give its padding bytes; by default they are zeros. */
interface PaddingOption {
  /** Exactly as many bytes as the value needs to reach a multiple of 4 (RFC 5769 pads with spaces). */
  readonly padding?: Uint8Array;
}

/** MAPPED-ADDRESS, ALTERNATE-SERVER: plain address and port. */
export interface AddressDescription extends PaddingOption {
  readonly type: 'MAPPED-ADDRESS' | 'ALTERNATE-SERVER';
  /** IPv4 or IPv6 text. */
  readonly address: string;
  readonly port: number;
}

/** XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS, XOR-RELAYED-ADDRESS: the encoder does the XOR. */
export interface XorAddressDescription extends PaddingOption {
  readonly type: 'XOR-MAPPED-ADDRESS' | 'XOR-PEER-ADDRESS' | 'XOR-RELAYED-ADDRESS';
  readonly address: string;
  readonly port: number;
}

/** USERNAME, REALM, NONCE, SOFTWARE: UTF-8 text. */
export interface TextDescription extends PaddingOption {
  readonly type: 'USERNAME' | 'REALM' | 'NONCE' | 'SOFTWARE';
  readonly text: string;
}

/** MESSAGE-INTEGRITY: computed from the encode options' credentials unless `hmac` is given. */
export interface IntegrityDescription extends PaddingOption {
  readonly type: 'MESSAGE-INTEGRITY';
  /** 20 bytes to write as they are. */
  readonly hmac?: Uint8Array;
}

/** MESSAGE-INTEGRITY-SHA256: computed unless `hmac` is given. */
export interface IntegritySha256Description extends PaddingOption {
  readonly type: 'MESSAGE-INTEGRITY-SHA256';
  /** 16–32 bytes (a multiple of 4) to write as they are. */
  readonly hmac?: Uint8Array;
  /** When computing: keep this many bytes of the HMAC, 16–32 in steps of 4; default 32. */
  readonly length?: number;
}

/** FINGERPRINT: computed unless `crc` is given. */
export interface FingerprintDescription extends PaddingOption {
  readonly type: 'FINGERPRINT';
  /** The 32-bit value to write as it is (already XORed with 0x5354554E). */
  readonly crc?: number;
}

/** ERROR-CODE: a code 300–699 and a reason phrase. */
export interface ErrorCodeDescription extends PaddingOption {
  readonly type: 'ERROR-CODE';
  readonly code: number;
  readonly reason: string;
}

/** UNKNOWN-ATTRIBUTES: the attribute types that were not understood. */
export interface UnknownAttributesDescription extends PaddingOption {
  readonly type: 'UNKNOWN-ATTRIBUTES';
  readonly types: readonly number[];
}

/** PRIORITY, LIFETIME: one unsigned 32-bit number. */
export interface Uint32Description extends PaddingOption {
  readonly type: 'PRIORITY' | 'LIFETIME';
  readonly value: number;
}

/** ICE-CONTROLLED, ICE-CONTROLLING: a 64-bit tie-breaker. */
export interface TieBreakerDescription extends PaddingOption {
  readonly type: 'ICE-CONTROLLED' | 'ICE-CONTROLLING';
  readonly tieBreaker: bigint;
}

/** USE-CANDIDATE, DONT-FRAGMENT: no value. */
export interface FlagDescription extends PaddingOption {
  readonly type: 'USE-CANDIDATE' | 'DONT-FRAGMENT';
}

/** CHANNEL-NUMBER: 0x4000–0x4FFF. */
export interface ChannelNumberDescription extends PaddingOption {
  readonly type: 'CHANNEL-NUMBER';
  readonly channel: number;
}

/** REQUESTED-TRANSPORT: an IP protocol number, 17 for UDP. */
export interface RequestedTransportDescription extends PaddingOption {
  readonly type: 'REQUESTED-TRANSPORT';
  readonly protocol: number;
}

/** DATA: application bytes. */
export interface DataDescription extends PaddingOption {
  readonly type: 'DATA';
  readonly data: Uint8Array;
}

/** Any attribute, known or not, given as its type number and raw value. */
export interface RawAttributeDescription extends PaddingOption {
  readonly type: number;
  readonly value: Uint8Array;
}

/** One attribute to encode. */
export type AttributeDescription =
  | AddressDescription
  | XorAddressDescription
  | TextDescription
  | IntegrityDescription
  | IntegritySha256Description
  | FingerprintDescription
  | ErrorCodeDescription
  | UnknownAttributesDescription
  | Uint32Description
  | TieBreakerDescription
  | FlagDescription
  | ChannelNumberDescription
  | RequestedTransportDescription
  | DataDescription
  | RawAttributeDescription;

/** A message to encode. */
export interface StunMessageDescription {
  readonly messageClass: StunClass;
  /** A method name, or a 12-bit method number. */
  readonly method: StunMethodName | number;
  /** 12 bytes. */
  readonly transactionId: Uint8Array;
  /** In order; MESSAGE-INTEGRITY and FINGERPRINT go last (RFC 8489 §14.5, §14.7). */
  readonly attributes: readonly AttributeDescription[];
}

/** Options for {@link encodeStun}. */
export interface EncodeOptions {
  /** Needed when a MESSAGE-INTEGRITY(-SHA256) description has no value to copy. */
  readonly credentials?: StunCredentials;
}

const MAX_UINT32 = 0xffffffff;
const MAX_UINT64 = (1n << 64n) - 1n;

function isUint(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

function resolveMethod(method: StunMethodName | number): Result<number, StunEncodeError> {
  if (typeof method === 'number') {
    return isUint(method, 0xfff)
      ? ok(method)
      : err(encodeError('encode-method-out-of-range', undefined, { method: String(method) }));
  }
  const info = methodByName(method);
  return info ? ok(info.value) : err(encodeError('encode-unknown-method', undefined, { method: String(method) }));
}

function addressBytes(
  description: AddressDescription | XorAddressDescription,
  index: number,
  transactionId: Uint8Array,
  xor: boolean,
): Result<Uint8Array, StunEncodeError> {
  const parsed = typeof description.address === 'string' ? parseIpAddress(description.address) : null;
  if (!parsed) return err(encodeError('encode-bad-address', index, { address: String(description.address) }));
  if (!isUint(description.port, 0xffff)) {
    return err(encodeError('encode-bad-port', index, { port: String(description.port) }));
  }
  const out = new Uint8Array(4 + parsed.bytes.length);
  out[1] = ADDRESS_FAMILY_BYTES[parsed.family];
  writeUint16(out, 2, xor ? description.port ^ (MAGIC_COOKIE >>> 16) : description.port);
  const key = new Uint8Array(16);
  writeUint32(key, 0, MAGIC_COOKIE);
  key.set(transactionId, 4);
  parsed.bytes.forEach((b, i) => {
    out[4 + i] = xor ? b ^ (key[i] ?? 0) : b;
  });
  return ok(out);
}

/**
 * Encodes the value of one attribute description (not its header or padding).
 * MESSAGE-INTEGRITY(-SHA256) and FINGERPRINT descriptions must carry their value here.
 */
function valueBytes(
  description: AttributeDescription,
  info: AttributeInfo | undefined,
  index: number,
  transactionId: Uint8Array,
): Result<Uint8Array, StunEncodeError> {
  if (typeof description.type === 'number') return ok((description as RawAttributeDescription).value);
  const named = description as Exclude<AttributeDescription, RawAttributeDescription>;
  switch (named.type) {
    case 'MAPPED-ADDRESS':
    case 'ALTERNATE-SERVER':
      return addressBytes(named, index, transactionId, false);
    case 'XOR-MAPPED-ADDRESS':
    case 'XOR-PEER-ADDRESS':
    case 'XOR-RELAYED-ADDRESS':
      return addressBytes(named, index, transactionId, true);
    case 'USERNAME':
    case 'REALM':
    case 'NONCE':
    case 'SOFTWARE': {
      const bytes = utf8Encode(String(named.text));
      const maxBytes = info?.maxBytes ?? 0xffff;
      if (bytes.length > maxBytes) {
        return err(
          encodeError('encode-value-too-long', index, { attribute: named.type, length: bytes.length, maxBytes }),
        );
      }
      return ok(bytes);
    }
    case 'MESSAGE-INTEGRITY':
    case 'MESSAGE-INTEGRITY-SHA256':
      return ok(named.hmac ?? new Uint8Array(0));
    case 'FINGERPRINT': {
      const out = new Uint8Array(4);
      writeUint32(out, 0, named.crc ?? 0);
      return ok(out);
    }
    case 'ERROR-CODE': {
      if (!isUint(named.code, 699) || named.code < 300) {
        return err(encodeError('encode-bad-error-code', index, { code: String(named.code) }));
      }
      const reason = utf8Encode(named.reason);
      if (reason.length > 509) {
        return err(
          encodeError('encode-value-too-long', index, { attribute: named.type, length: reason.length, maxBytes: 509 }),
        );
      }
      const out = new Uint8Array(4 + reason.length);
      out[2] = Math.floor(named.code / 100);
      out[3] = named.code % 100;
      out.set(reason, 4);
      return ok(out);
    }
    case 'UNKNOWN-ATTRIBUTES': {
      const out = new Uint8Array(named.types.length * 2);
      for (const [i, type] of named.types.entries()) {
        if (!isUint(type, 0xffff)) return err(encodeError('encode-bad-attribute-type', index, { type: String(type) }));
        writeUint16(out, 2 * i, type);
      }
      return ok(out);
    }
    case 'PRIORITY':
    case 'LIFETIME': {
      if (!isUint(named.value, MAX_UINT32)) {
        return err(encodeError('encode-bad-number', index, { attribute: named.type, value: String(named.value) }));
      }
      const out = new Uint8Array(4);
      writeUint32(out, 0, named.value);
      return ok(out);
    }
    case 'ICE-CONTROLLED':
    case 'ICE-CONTROLLING': {
      if (typeof named.tieBreaker !== 'bigint' || named.tieBreaker < 0n || named.tieBreaker > MAX_UINT64) {
        return err(encodeError('encode-bad-number', index, { attribute: named.type, value: String(named.tieBreaker) }));
      }
      const out = new Uint8Array(8);
      writeUint32(out, 0, Number(named.tieBreaker >> 32n));
      writeUint32(out, 4, Number(named.tieBreaker & 0xffffffffn));
      return ok(out);
    }
    case 'USE-CANDIDATE':
    case 'DONT-FRAGMENT':
      return ok(new Uint8Array(0));
    case 'CHANNEL-NUMBER': {
      if (!isUint(named.channel, 0x4fff) || named.channel < 0x4000) {
        return err(encodeError('encode-bad-channel-number', index, { channel: String(named.channel) }));
      }
      const out = new Uint8Array(4);
      writeUint16(out, 0, named.channel);
      return ok(out);
    }
    case 'REQUESTED-TRANSPORT': {
      if (!isUint(named.protocol, 0xff)) {
        return err(encodeError('encode-bad-number', index, { attribute: named.type, value: String(named.protocol) }));
      }
      return ok(Uint8Array.of(named.protocol, 0, 0, 0));
    }
    case 'DATA':
      return ok(named.data);
  }
}

function resolveAttribute(
  description: AttributeDescription,
  index: number,
): Result<AttributeInfo | number, StunEncodeError> {
  if (typeof description.type === 'number') {
    return isUint(description.type, 0xffff)
      ? ok(attributeByType(description.type) ?? description.type)
      : err(encodeError('encode-bad-attribute-type', index, { type: String(description.type) }));
  }
  const info = attributeByName(description.type);
  return info ? ok(info) : err(encodeError('encode-bad-attribute-type', index, { type: String(description.type) }));
}

/**
 * Encodes a STUN message. Computes the header length, pads every value to
 * 4 bytes, XORs the XOR-…-ADDRESS values, and computes MESSAGE-INTEGRITY,
 * MESSAGE-INTEGRITY-SHA256 and FINGERPRINT when their descriptions carry no
 * value (RFC 8489 §5, §14, §14.5–14.7).
 *
 * A decoded {@link StunMessage} may be passed directly: it is re-encoded
 * through {@link describeStun}, giving back the original bytes.
 *
 * @param input - a description, or a decoded message
 * @param options - credentials for computed integrity attributes
 * @returns the message bytes, or an error naming the attribute at fault
 * @example
 * encodeStun({
 *   messageClass: 'request', method: 'Binding', transactionId,
 *   attributes: [{ type: 'SOFTWARE', text: 'demo' }, { type: 'FINGERPRINT' }],
 * });
 */
export function encodeStun(
  input: StunMessageDescription | StunMessage,
  options: EncodeOptions = {},
): Result<Uint8Array, StunEncodeError> {
  const description = 'kind' in input ? describeStun(input) : input;
  if (
    !(description.transactionId instanceof Uint8Array) ||
    description.transactionId.length !== TRANSACTION_ID_LENGTH
  ) {
    return err(encodeError('encode-bad-transaction-id', undefined, { length: description.transactionId?.length ?? 0 }));
  }
  if (!STUN_CLASSES.includes(description.messageClass)) {
    return err(encodeError('encode-bad-class', undefined, { messageClass: String(description.messageClass) }));
  }
  const method = resolveMethod(description.method);
  if (!method.ok) return method;
  const transactionId = description.transactionId;

  const header = new Uint8Array(HEADER_LENGTH);
  writeUint16(header, 0, composeMessageType(description.messageClass, method.value));
  writeUint32(header, 4, MAGIC_COOKIE);
  header.set(transactionId, 8);

  const parts: Uint8Array[] = [header];
  let bodyLength = 0;
  let key: Uint8Array | undefined;
  for (const [index, attribute] of description.attributes.entries()) {
    const resolved = resolveAttribute(attribute, index);
    if (!resolved.ok) return resolved;
    const info = typeof resolved.value === 'number' ? undefined : resolved.value;
    const type = typeof resolved.value === 'number' ? resolved.value : resolved.value.type;
    const offset = HEADER_LENGTH + bodyLength;

    let value: Uint8Array;
    if (
      typeof attribute.type === 'string' &&
      (attribute.type === 'MESSAGE-INTEGRITY' || attribute.type === 'MESSAGE-INTEGRITY-SHA256')
    ) {
      const integrity = attribute as IntegrityDescription | IntegritySha256Description;
      const sha1 = integrity.type === 'MESSAGE-INTEGRITY';
      const wanted = sha1 ? 20 : ((integrity as IntegritySha256Description).length ?? 32);
      const given = integrity.hmac;
      const length = given?.length ?? wanted;
      const lengthOk = sha1 ? length === 20 : length >= 16 && length <= 32 && length % 4 === 0;
      if (!lengthOk)
        return err(encodeError('encode-bad-integrity-length', index, { attribute: integrity.type, length }));
      if (given) {
        value = given;
      } else {
        if (!options.credentials)
          return err(encodeError('encode-missing-credentials', index, { attribute: integrity.type }));
        key ??= integrityKey(options.credentials);
        const signed = signedBytes(concatBytes(...parts), offset, 4 + length);
        value = computeIntegrity(sha1 ? 'sha1' : 'sha256', key, signed, length);
      }
    } else if (attribute.type === 'FINGERPRINT' && (attribute as FingerprintDescription).crc === undefined) {
      value = new Uint8Array(4);
      writeUint32(value, 0, computeFingerprint(signedBytes(concatBytes(...parts), offset, 8)));
    } else {
      const encoded = valueBytes(attribute, info, index, transactionId);
      if (!encoded.ok) return encoded;
      value = encoded.value;
    }

    if (value.length > 0xffff) {
      return err(
        encodeError('encode-value-too-long', index, {
          attribute: info?.name ?? hexNumber(type, 4),
          length: value.length,
          maxBytes: 0xffff,
        }),
      );
    }
    const paddingLength = paddingFor(value.length);
    const padding = attribute.padding ?? new Uint8Array(paddingLength);
    if (padding.length !== paddingLength) {
      return err(encodeError('encode-bad-padding', index, { expected: paddingLength, found: padding.length }));
    }
    const attributeHeader = new Uint8Array(4);
    writeUint16(attributeHeader, 0, type);
    writeUint16(attributeHeader, 2, value.length);
    parts.push(attributeHeader, value, padding);
    bodyLength += 4 + value.length + paddingLength;
    if (bodyLength > 0xffff) return err(encodeError('encode-message-too-long', index, { length: bodyLength }));
    // Keep the header's length current: integrity and fingerprint values
    // computed later read the header as it stands when they are reached.
    writeUint16(header, 2, bodyLength);
  }
  return ok(concatBytes(...parts));
}

/** The structured description of a decoded attribute, or undefined for unknown and malformed values. */
function structuredDescription(attribute: StunAttribute): AttributeDescription | undefined {
  const decoded = attribute.decoded;
  const name = attribute.name;
  switch (decoded.kind) {
    case 'address':
      return { type: name as AddressDescription['type'], address: decoded.address.value, port: decoded.port.value };
    case 'xor-address':
      return { type: name as XorAddressDescription['type'], address: decoded.address.value, port: decoded.port.value };
    case 'text':
      return { type: name as TextDescription['type'], text: decoded.text.value };
    case 'hmac-sha1':
      return { type: 'MESSAGE-INTEGRITY', hmac: decoded.hmac.value };
    case 'hmac-sha256':
      return { type: 'MESSAGE-INTEGRITY-SHA256', hmac: decoded.hmac.value };
    case 'fingerprint':
      return { type: 'FINGERPRINT', crc: decoded.crc.value };
    case 'error-code':
      return { type: 'ERROR-CODE', code: decoded.code, reason: decoded.reason.value };
    case 'attribute-list':
      return { type: 'UNKNOWN-ATTRIBUTES', types: decoded.types.map((t) => t.value) };
    case 'uint32':
      return { type: name as Uint32Description['type'], value: decoded.number.value };
    case 'tie-breaker':
      return { type: name as TieBreakerDescription['type'], tieBreaker: decoded.tieBreaker.value };
    case 'flag':
      return { type: name as FlagDescription['type'] };
    case 'channel-number':
      return { type: 'CHANNEL-NUMBER', channel: decoded.channel.value };
    case 'requested-transport':
      return { type: 'REQUESTED-TRANSPORT', protocol: decoded.protocol.value };
    case 'bytes':
      return { type: 'DATA', data: decoded.data.value };
    case 'unknown':
    case 'malformed':
      return undefined;
  }
}

/**
 * Turns a decoded message into a description that {@link encodeStun}
 * encodes back to the same bytes. Each attribute is described by its
 * fields (editable in a UI) when those fields re-encode to the very same
 * value bytes; otherwise — unknown attributes, malformed values, non-zero
 * reserved bits, invalid UTF-8 — by its type number and raw value. Integrity
 * and fingerprint values are copied, not recomputed; non-zero padding is kept.
 *
 * @param message - a decoded message
 * @returns its description
 */
export function describeStun(message: StunMessage): StunMessageDescription {
  const { header } = message;
  const transactionId = header.transactionId.value;
  const attributes = message.attributes.map((attribute): AttributeDescription => {
    const padding = attribute.padding.value.some((b) => b !== 0) ? { padding: attribute.padding.value } : {};
    const structured = structuredDescription(attribute);
    if (structured) {
      const info = attributeByType(attribute.type.value);
      const encoded = valueBytes(structured, info, attribute.index, transactionId);
      if (encoded.ok && bytesEqual(encoded.value, attribute.value.value)) return { ...structured, ...padding };
    }
    return { type: attribute.type.value, value: attribute.value.value, ...padding };
  });
  return { messageClass: header.messageClass, method: header.methodName ?? header.method, transactionId, attributes };
}
