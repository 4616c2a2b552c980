/**
 * TURN ChannelData messages (RFC 8656 §12.4): once a channel is bound, a
 * client and its TURN server swap application data with a 4-byte header
 * instead of a 36-byte-or-more Send/Data indication.
 *
 * ```
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Channel Number        |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                       Application Data                        /
 * +-------------------------------+-------------------------------+
 * ```
 *
 * The channel number's top two bits are 0b01, which tells ChannelData from
 * STUN (0b00) on the same port. The length does not count padding; padding
 * to 4 bytes is required over TCP and optional over UDP (RFC 8656 §12.5).
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { Field } from './bytes.ts';
import { concatBytes, hexNumber, paddingFor, readUint16, span, writeUint16 } from './bytes.ts';
import { CHANNEL_DATA_HEADER_LENGTH, CHANNEL_NUMBER_MAX, CHANNEL_NUMBER_MIN } from './constants.ts';
import type { StunDecodeError, StunEncodeError } from './errors.ts';
import { decodeError, encodeError } from './errors.ts';

/** A decoded ChannelData message. */
export interface ChannelDataMessage {
  readonly kind: 'channel-data';
  /** A copy of the message's bytes, padding included. */
  readonly bytes: Uint8Array;
  readonly channelNumber: Field<number>;
  /** The length field: application data bytes, padding not counted. */
  readonly length: Field<number>;
  readonly data: Field<Uint8Array>;
  /** 0–3 bytes after the data; empty when the sender did not pad (allowed over UDP). */
  readonly padding: Field<Uint8Array>;
}

/** A ChannelData message to encode. */
export interface ChannelDataDescription {
  /** 0x4000–0x4FFF. */
  readonly channelNumber: number;
  readonly data: Uint8Array;
  /**
   * `true` (default): pad with zeros to a multiple of 4, as TCP requires;
   * `false`: no padding, allowed over UDP; or the exact padding bytes.
   */
  readonly padding?: boolean | Uint8Array;
}

/**
 * Decodes one ChannelData message (RFC 8656 §12.4). The input must hold
 * exactly one message, with or without its padding.
 *
 * @param input - the bytes (not modified)
 * @returns the message, or an error with the byte offset of the problem
 * @example decodeChannelData(Uint8Array.of(0x40, 0x00, 0x00, 0x01, 0xff, 0, 0, 0)) // channel 0x4000, 1 data byte, 3 padding bytes
 */
export function decodeChannelData(input: Uint8Array): Result<ChannelDataMessage, StunDecodeError> {
  const bytes = input.slice();
  if (bytes.length > 0 && (bytes[0] ?? 0) >> 6 !== 0b01) {
    return err(decodeError('channel-data-not-channel-data', 0, { firstByte: hexNumber(bytes[0] ?? 0, 2) }));
  }
  if (bytes.length < CHANNEL_DATA_HEADER_LENGTH) {
    return err(decodeError('channel-data-truncated-header', bytes.length, { available: bytes.length }));
  }
  const channelNumber = readUint16(bytes, 0);
  if (channelNumber > CHANNEL_NUMBER_MAX) {
    return err(decodeError('channel-data-reserved-channel-number', 0, { channel: hexNumber(channelNumber, 4) }));
  }
  const length = readUint16(bytes, 2);
  const available = bytes.length - CHANNEL_DATA_HEADER_LENGTH;
  if (length > available) {
    return err(decodeError('channel-data-length-exceeds-data', 2, { length, available }));
  }
  const extra = available - length;
  const paddingLength = paddingFor(length);
  const dataEnd = CHANNEL_DATA_HEADER_LENGTH + length;
  if (extra !== 0 && extra !== paddingLength) {
    const offset = extra > paddingLength ? dataEnd + paddingLength : dataEnd;
    return err(decodeError('channel-data-trailing-bytes', offset, { length, extra, padding: paddingLength }));
  }
  return ok({
    kind: 'channel-data',
    bytes,
    channelNumber: { value: channelNumber, span: span(0, 2) },
    length: { value: length, span: span(2, 2) },
    data: { value: bytes.slice(CHANNEL_DATA_HEADER_LENGTH, dataEnd), span: span(CHANNEL_DATA_HEADER_LENGTH, length) },
    padding: { value: bytes.slice(dataEnd), span: span(dataEnd, extra) },
  });
}

/**
 * Encodes a ChannelData message (RFC 8656 §12.4). A decoded message may be
 * passed directly and gives back its original bytes.
 *
 * @param input - a description, or a decoded message
 * @returns the bytes, or an error
 * @example encodeChannelData({ channelNumber: 0x4000, data: utf8Encode('hello') }) // 12 bytes: header, 5 data, 3 padding
 */
export function encodeChannelData(
  input: ChannelDataDescription | ChannelDataMessage,
): Result<Uint8Array, StunEncodeError> {
  const description: ChannelDataDescription =
    'kind' in input
      ? { channelNumber: input.channelNumber.value, data: input.data.value, padding: input.padding.value }
      : input;
  const { channelNumber, data, padding = true } = description;
  if (!Number.isInteger(channelNumber) || channelNumber < CHANNEL_NUMBER_MIN || channelNumber > CHANNEL_NUMBER_MAX) {
    return err(encodeError('encode-bad-channel-number', undefined, { channel: String(channelNumber) }));
  }
  if (data.length > 0xffff) {
    return err(
      encodeError('encode-value-too-long', undefined, {
        attribute: 'ChannelData',
        length: data.length,
        maxBytes: 0xffff,
      }),
    );
  }
  const needed = paddingFor(data.length);
  let paddingBytes: Uint8Array;
  if (padding instanceof Uint8Array) {
    if (padding.length !== needed && padding.length !== 0) {
      return err(encodeError('encode-bad-padding', undefined, { expected: needed, found: padding.length }));
    }
    paddingBytes = padding;
  } else {
    paddingBytes = new Uint8Array(padding ? needed : 0);
  }
  const header = new Uint8Array(CHANNEL_DATA_HEADER_LENGTH);
  writeUint16(header, 0, channelNumber);
  writeUint16(header, 2, data.length);
  return ok(concatBytes(header, data, paddingBytes));
}
