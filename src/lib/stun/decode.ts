/**
 * Bytes → {@link StunMessage} (RFC 8489 §5, §14; attribute formats from
 * RFC 8489 §14, RFC 8656 §18 and RFC 8445 §16.1).
 *
 * Flow: `parseHex` (hex.ts) → {@link decodeStun} → `byteRegions` (regions.ts)
 * to colour bytes, `verifyStun` (integrity.ts) to check MESSAGE-INTEGRITY and
 * FINGERPRINT, `encodeStun` (encode.ts) to write it back.
 *
 * The structure must be sound for decoding to succeed (header, lengths,
 * attributes within the message); a malformed attribute *value* does not stop
 * decoding, it becomes a `malformed` value with a note, so the reader still
 * sees every other field.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { AddressFamily } from './address.ts';
import { formatIpAddress } from '../net/address.ts';
import type { ByteSpan, Field } from './bytes.ts';
import { hexNumber, paddingFor, readUint16, readUint32, span, utf8Decode } from './bytes.ts';
import type { AttributeInfo } from './constants.ts';
import {
  HEADER_LENGTH,
  MAGIC_COOKIE,
  MAX_TEXT_BYTES_RECEIVED,
  TRANSACTION_ID_LENGTH,
  TRANSPORT_PROTOCOLS,
  attributeByType,
  attributeSlug,
  isComprehensionRequired,
  methodByValue,
} from './constants.ts';
import type { StunDecodeError, StunNote } from './errors.ts';
import { decodeError, note } from './errors.ts';
import { splitMessageType } from './messageType.ts';
import type { AttributeValue, StunAttribute, StunHeader, StunMessage, XorField } from './types.ts';

function field<T>(value: T, offset: number, length: number): Field<T> {
  return { value, span: span(offset, length) };
}

/**
 * Decodes one STUN message. The input must hold exactly one message, as a
 * UDP datagram does.
 *
 * Checks, in order (RFC 8489 §6.3): the top two bits are zero (0b01 means a
 * TURN ChannelData message, RFC 8656 §12.4); at least 20 header bytes; the
 * magic cookie (another value with zero top bits looks like RFC 3489 STUN);
 * the length is a multiple of four and matches the data; every attribute
 * lies inside the message.
 *
 * @param input - the message bytes (not modified; the result holds a copy)
 * @returns the decoded message, or an error with the byte offset of the problem
 * @example
 * const r = decodeStun(bytes);
 * if (r.ok) r.value.header.methodName; // 'Binding'
 * else r.error.offset; // e.g. 4 for a wrong magic cookie
 */
export function decodeStun(input: Uint8Array): Result<StunMessage, StunDecodeError> {
  const bytes = input.slice();
  if (bytes.length > 0) {
    const firstByte = bytes[0] ?? 0;
    const topBits = firstByte >> 6;
    if (topBits === 0b01) {
      return err(decodeError('stun-looks-like-channel-data', 0, { firstByte: hexNumber(firstByte, 2) }));
    }
    if (topBits !== 0) {
      return err(decodeError('stun-top-bits-not-zero', 0, { firstByte: hexNumber(firstByte, 2) }));
    }
  }
  if (bytes.length < HEADER_LENGTH) {
    return err(decodeError('stun-truncated-header', bytes.length, { available: bytes.length }));
  }
  const cookie = readUint32(bytes, 4);
  if (cookie !== MAGIC_COOKIE) {
    return err(decodeError('stun-bad-magic-cookie', 4, { found: hexNumber(cookie, 8) }));
  }
  const length = readUint16(bytes, 2);
  if (length % 4 !== 0) {
    return err(decodeError('stun-length-not-multiple-of-four', 2, { length }));
  }
  const available = bytes.length - HEADER_LENGTH;
  if (length > available) {
    return err(decodeError('stun-length-exceeds-data', 2, { length, available }));
  }
  if (length < available) {
    return err(decodeError('stun-trailing-bytes', HEADER_LENGTH + length, { length, extra: available - length }));
  }

  const type = readUint16(bytes, 0);
  const { messageClass, method } = splitMessageType(type);
  const header: StunHeader = {
    type: field(type, 0, 2),
    messageClass,
    method,
    methodName: methodByValue(method)?.name,
    length: field(length, 2, 2),
    magicCookie: field(cookie, 4, 4),
    transactionId: field(bytes.slice(8, 8 + TRANSACTION_ID_LENGTH), 8, TRANSACTION_ID_LENGTH),
  };

  const attributes: StunAttribute[] = [];
  const notes: StunNote[] = [];
  const end = HEADER_LENGTH + length;
  // Each attribute starts on a 4-byte boundary and the body length is a
  // multiple of 4, so at least 4 bytes (a whole attribute header) remain here.
  for (let offset = HEADER_LENGTH; offset < end;) {
    const index = attributes.length;
    const attributeType = readUint16(bytes, offset);
    const valueLength = readUint16(bytes, offset + 2);
    const paddingLength = paddingFor(valueLength);
    const valueOffset = offset + 4;
    const info = attributeByType(attributeType);
    if (valueOffset + valueLength + paddingLength > end) {
      return err(
        decodeError('stun-attribute-overrun', offset + 2, {
          attributeNumber: index + 1,
          attribute: info?.name ?? hexNumber(attributeType, 4),
          attributeOffset: offset,
          valueLength,
          needed: valueLength + paddingLength,
          remaining: end - valueOffset,
        }),
      );
    }
    const paddingOffset = valueOffset + valueLength;
    const padding = bytes.slice(paddingOffset, paddingOffset + paddingLength);
    const comprehensionRequired = isComprehensionRequired(attributeType);
    const decoded: AttributeValue = info
      ? decodeValue(bytes, info, valueOffset, valueLength, index, notes)
      : { kind: 'unknown' };
    if (!info && comprehensionRequired) {
      notes.push(note('unknown-comprehension-required', offset, index, { attributeType: hexNumber(attributeType, 4) }));
    }
    if (padding.some((b) => b !== 0)) {
      notes.push(
        note('padding-not-zero', paddingOffset, index, { attribute: info?.name ?? hexNumber(attributeType, 4) }),
      );
    }
    attributes.push({
      index,
      type: field(attributeType, offset, 2),
      name: info?.name,
      slug: attributeSlug(attributeType),
      comprehensionRequired,
      length: field(valueLength, offset + 2, 2),
      value: field(bytes.slice(valueOffset, paddingOffset), valueOffset, valueLength),
      padding: field(padding, paddingOffset, paddingLength),
      span: span(offset, 4 + valueLength + paddingLength),
      decoded,
    });
    offset = paddingOffset + paddingLength;
  }
  return ok({ kind: 'stun', bytes, header, attributes, notes });
}

/** Records a note for a malformed value and returns the `malformed` value that carries it. */
function malformed(notes: StunNote[], found: StunNote): AttributeValue {
  notes.push(found);
  return { kind: 'malformed', note: found };
}

function lengthNote(
  notes: StunNote[],
  info: AttributeInfo,
  valueOffset: number,
  index: number,
  length: number,
  expected: string,
): AttributeValue {
  return malformed(
    notes,
    note('attribute-length-invalid', valueOffset - 2, index, { attribute: info.name, length, expected }),
  );
}

function decodeValue(
  bytes: Uint8Array,
  info: AttributeInfo,
  valueOffset: number,
  length: number,
  index: number,
  notes: StunNote[],
): AttributeValue {
  const at = valueOffset;
  switch (info.format) {
    case 'address':
    case 'xor-address': {
      if (length < 4) return lengthNote(notes, info, at, index, length, '8, 20');
      const familyByte = bytes[at + 1] ?? 0;
      const family: AddressFamily | undefined = familyByte === 1 ? 'IPv4' : familyByte === 2 ? 'IPv6' : undefined;
      if (!family) {
        return malformed(
          notes,
          note('address-family-unknown', at + 1, index, { attribute: info.name, family: hexNumber(familyByte, 2) }),
        );
      }
      const addressLength = family === 'IPv4' ? 4 : 16;
      if (length !== 4 + addressLength) {
        return lengthNote(notes, info, at, index, length, String(4 + addressLength));
      }
      const reserved = field(bytes[at] ?? 0, at, 1);
      const familyField = field(family, at + 1, 1);
      const rawPort = bytes.slice(at + 2, at + 4);
      const rawAddress = bytes.slice(at + 4, at + 4 + addressLength);
      if (info.format === 'address') {
        return {
          kind: 'address',
          reserved,
          family: familyField,
          port: field(readUint16(rawPort, 0), at + 2, 2),
          address: field(formatIpAddress(rawAddress), at + 4, addressLength),
        };
      }
      const port = xorField(rawPort, span(at + 2, 2), bytes.slice(4, 6), [span(4, 2)], (r) => readUint16(r, 0));
      const addressKeySpans: ByteSpan[] = family === 'IPv4' ? [span(4, 4)] : [span(4, 4), span(8, 12)];
      const address = xorField(
        rawAddress,
        span(at + 4, addressLength),
        bytes.slice(4, 4 + addressLength),
        addressKeySpans,
        formatIpAddress,
      );
      return { kind: 'xor-address', reserved, family: familyField, port, address };
    }
    case 'text': {
      const { text, valid } = utf8Decode(bytes.subarray(at, at + length));
      if (!valid) notes.push(note('text-not-utf8', at, index, { attribute: info.name }));
      if (length > MAX_TEXT_BYTES_RECEIVED) {
        notes.push(
          note('text-too-long', at - 2, index, { attribute: info.name, length, maxBytes: MAX_TEXT_BYTES_RECEIVED }),
        );
      }
      return { kind: 'text', text: field(text, at, length), validUtf8: valid };
    }
    case 'hmac-sha1':
      if (length !== 20) return lengthNote(notes, info, at, index, length, '20');
      return { kind: 'hmac-sha1', hmac: field(bytes.slice(at, at + 20), at, 20) };
    case 'hmac-sha256':
      if (length < 16 || length > 32 || length % 4 !== 0) {
        return lengthNote(notes, info, at, index, length, '16, 20, 24, 28, 32');
      }
      return { kind: 'hmac-sha256', hmac: field(bytes.slice(at, at + length), at, length) };
    case 'fingerprint':
      if (length !== 4) return lengthNote(notes, info, at, index, length, '4');
      return { kind: 'fingerprint', crc: field(readUint32(bytes, at), at, 4) };
    case 'error-code': {
      if (length < 4) return lengthNote(notes, info, at, index, length, '≥ 4');
      const classByte = bytes[at + 2] ?? 0;
      const errorClass = classByte & 0b111;
      const errorNumber = bytes[at + 3] ?? 0;
      const reasonText = utf8Decode(bytes.subarray(at + 4, at + length));
      if (!reasonText.valid) notes.push(note('text-not-utf8', at + 4, index, { attribute: info.name }));
      if (errorClass < 3 || errorClass > 6 || errorNumber > 99) {
        notes.push(
          note('error-code-out-of-range', at + 2, index, {
            errorClass,
            errorNumber,
            code: errorClass * 100 + errorNumber,
          }),
        );
      }
      return {
        kind: 'error-code',
        reserved: field((readUint16(bytes, at) << 5) | (classByte >> 3), at, 2),
        errorClass: field(errorClass, at + 2, 1),
        errorNumber: field(errorNumber, at + 3, 1),
        code: errorClass * 100 + errorNumber,
        reason: field(reasonText.text, at + 4, length - 4),
      };
    }
    case 'attribute-list': {
      if (length % 2 !== 0) {
        return malformed(notes, note('unknown-attributes-odd-length', at - 2, index, { length }));
      }
      const types: Field<number>[] = [];
      for (let i = 0; i < length; i += 2) types.push(field(readUint16(bytes, at + i), at + i, 2));
      return { kind: 'attribute-list', types };
    }
    case 'uint32':
      if (length !== 4) return lengthNote(notes, info, at, index, length, '4');
      return { kind: 'uint32', number: field(readUint32(bytes, at), at, 4) };
    case 'tie-breaker': {
      if (length !== 8) return lengthNote(notes, info, at, index, length, '8');
      const value = (BigInt(readUint32(bytes, at)) << 32n) | BigInt(readUint32(bytes, at + 4));
      return { kind: 'tie-breaker', tieBreaker: field(value, at, 8) };
    }
    case 'flag':
      if (length !== 0) return lengthNote(notes, info, at, index, length, '0');
      return { kind: 'flag' };
    case 'channel-number':
      if (length !== 4) return lengthNote(notes, info, at, index, length, '4');
      return {
        kind: 'channel-number',
        channel: field(readUint16(bytes, at), at, 2),
        reserved: field(readUint16(bytes, at + 2), at + 2, 2),
      };
    case 'requested-transport': {
      if (length !== 4) return lengthNote(notes, info, at, index, length, '4');
      const protocol = bytes[at] ?? 0;
      return {
        kind: 'requested-transport',
        protocol: field(protocol, at, 1),
        protocolName: TRANSPORT_PROTOCOLS[protocol],
        reserved: field(bytes.slice(at + 1, at + 4), at + 1, 3),
      };
    }
    case 'bytes':
      return { kind: 'bytes', data: field(bytes.slice(at, at + length), at, length) };
  }
}

/** XORs `raw` with `key` and keeps every step for the explorer. */
function xorField<T>(
  raw: Uint8Array,
  rawSpan: ByteSpan,
  key: Uint8Array,
  keySpans: readonly ByteSpan[],
  read: (result: Uint8Array) => T,
): XorField<T> {
  const result = raw.map((b, i) => b ^ (key[i] ?? 0));
  return { value: read(result), span: rawSpan, xor: { raw, rawSpan, key, keySpans, result } };
}
