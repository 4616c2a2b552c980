/**
 * STUN (RFC 8489) and TURN (RFC 8656) codec for the STUN explorer.
 *
 * Typical flow in a widget:
 *
 * ```ts
 * const bytes = parseHex(text);                  // hex.ts
 * const packet = decodePacket(bytes.value);      // packet.ts → decode.ts / channelData.ts
 * const regions = byteRegions(packet.value, lang); // regions.ts: colour every byte
 * const report = verifyStun(message, credentials); // integrity.ts
 * explainField(lang, region.explanationId);      // messages.ts
 * ```
 */
export type { AddressFamily } from './address.ts';
export type { IpAddress } from '../net/address.ts';
export { formatIpAddress, parseIpAddress } from '../net/address.ts';
export type { BindingResponseOptions } from './bindingResponse.ts';
export { buildBindingResponse, randomTransactionId } from './bindingResponse.ts';
export type { ByteSpan, Field } from './bytes.ts';
export type { ChannelDataDescription, ChannelDataMessage } from './channelData.ts';
export { decodeChannelData, encodeChannelData } from './channelData.ts';
export type {
  AttributeFormat,
  AttributeInfo,
  AttributeName,
  ErrorCodeInfo,
  StunClass,
  StunMethodInfo,
  StunMethodName,
} from './constants.ts';
export {
  ATTRIBUTES,
  CHANNEL_NUMBER_MAX,
  CHANNEL_NUMBER_MIN,
  ERROR_CODES,
  FINGERPRINT_XOR,
  HEADER_LENGTH,
  MAGIC_COOKIE,
  STUN_CLASSES,
  STUN_METHODS,
  attributeByName,
  attributeByType,
  attributeSlug,
  errorCodeInfo,
  isComprehensionRequired,
  methodByName,
  methodByValue,
} from './constants.ts';
export type { HashFunction } from './crypto.ts';
export { crc32, hmac, md5, sha1, sha256 } from './crypto.ts';
export { decodeStun } from './decode.ts';
export type { AttributeDescription, EncodeOptions, StunMessageDescription } from './encode.ts';
export { describeStun, encodeStun } from './encode.ts';
export type {
  DecodeErrorCode,
  EncodeErrorCode,
  HexErrorCode,
  HexParseError,
  MessageCode,
  MessageDetails,
  NoteCode,
  StunDecodeError,
  StunEncodeError,
  StunNote,
  VerificationCode,
} from './errors.ts';
export type { ToHexOptions } from './hex.ts';
export { parseHex, toHex, toHexDump } from './hex.ts';
export type { CheckStatus, StunCredentials, StunVerification, VerificationCheck } from './integrity.ts';
export { computeFingerprint, computeIntegrity, integrityKey, signedBytes, verifyStun } from './integrity.ts';
export type { FieldExplanation, FieldExplanationId, RegionPart } from './messages.ts';
export { stunErrorText } from './errorText.ts';
export {
  explainField,
  fieldReferences,
  isFieldExplanationId,
  stunFieldText,
} from './messages.ts';
export type { MessageTypeBit } from './messageType.ts';
export { composeMessageType, messageTypeBits, splitMessageType } from './messageType.ts';
export type { StunPacket } from './packet.ts';
export { decodePacket, encodePacket } from './packet.ts';
export type { ByteRegion } from './regions.ts';
export { attributeExplanationId, byteRegions } from './regions.ts';
export type { Rfc5769Vector } from './rfc5769.ts';
export { RFC5769_VECTORS } from './rfc5769.ts';
export { minimalSaslPrep } from './saslPrep.ts';
export type { StunSample, StunSampleId } from './samples.ts';
export { STUN_SAMPLES, sampleById, sampleTextParams, stunSampleText } from './samples.ts';
export type * from './types.ts';
