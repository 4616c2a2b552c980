/**
 * One entry point for whatever the reader pastes: a STUN message or a TURN
 * ChannelData message, told apart by the first byte as a TURN client does
 * (RFC 8656 §12; the ranges are those of RFC 7983 §7).
 */
import type { Result } from '../result.ts';
import { err } from '../result.ts';
import { hexNumber } from './bytes.ts';
import type { ChannelDataMessage } from './channelData.ts';
import { decodeChannelData, encodeChannelData } from './channelData.ts';
import { decodeStun } from './decode.ts';
import { encodeStun } from './encode.ts';
import type { StunDecodeError, StunEncodeError } from './errors.ts';
import { decodeError } from './errors.ts';
import type { StunMessage } from './types.ts';

/** A decoded packet: STUN or ChannelData. */
export type StunPacket = StunMessage | ChannelDataMessage;

/**
 * What else might be on a WebRTC port, by first byte (RFC 7983 §7): used
 * only to make the error for a packet that is neither STUN nor ChannelData
 * more helpful.
 */
function guessProtocol(firstByte: number): string | undefined {
  if (firstByte >= 16 && firstByte <= 19) return 'ZRTP';
  if (firstByte >= 20 && firstByte <= 63) return 'DTLS';
  if (firstByte >= 128 && firstByte <= 191) return 'RTP/RTCP';
  return undefined;
}

/**
 * Decodes a STUN message (first byte 0–3, in fact 0–15 with the top two bits
 * 00) or a ChannelData message (top two bits 01).
 *
 * @param bytes - one UDP datagram's payload, or one message from a stream
 * @returns the decoded packet, or an error with the byte offset of the problem
 * @example
 * const r = decodePacket(bytes);
 * if (r.ok && r.value.kind === 'channel-data') r.value.channelNumber.value; // 0x4000
 */
export function decodePacket(bytes: Uint8Array): Result<StunPacket, StunDecodeError> {
  const firstByte = bytes[0];
  if (firstByte === undefined) return err(decodeError('packet-empty', 0));
  if (firstByte < 16) return decodeStun(bytes);
  if (firstByte >= 64 && firstByte < 128) return decodeChannelData(bytes);
  const guess = guessProtocol(firstByte);
  const shown = hexNumber(firstByte, 2);
  if (guess) return err(decodeError('packet-other-protocol', 0, { firstByte: shown, guess }));
  return err(decodeError('packet-unrecognised', 0, { firstByte: shown }));
}

/**
 * Encodes a decoded packet back to its bytes (`encodePacket(decodePacket(x))`
 * equals `x`).
 *
 * @param packet - a decoded STUN or ChannelData message
 * @returns the bytes, or an error
 */
export function encodePacket(packet: StunPacket): Result<Uint8Array, StunEncodeError> {
  return packet.kind === 'stun' ? encodeStun(packet) : encodeChannelData(packet);
}
