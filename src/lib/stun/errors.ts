/**
 * Error and note shapes of the STUN codec, and the codes they use.
 *
 * Every code has an English and a Japanese sentence in `messages.ts`; the
 * `message` on each object is the English one, filled in with the object's
 * `details`, so a widget can show `translator(lang, stunErrorText)(error.code, error.details)`.
 */
import type { LibError } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import { stunErrorText } from './errorText.ts';

const english = translator('en', stunErrorText);

/** Codes of {@link HexParseError}. */
export type HexErrorCode =
  | 'hex-empty'
  | 'hex-invalid-character'
  | 'hex-odd-digit-count'
  | 'hex-dump-squeezed'
  | 'hex-dump-missing-offset'
  | 'hex-dump-bad-offset'
  | 'hex-dump-short-line';

/** Codes of {@link StunDecodeError}: why bytes could not be read as a message. */
export type DecodeErrorCode =
  | 'stun-truncated-header'
  | 'stun-top-bits-not-zero'
  | 'stun-looks-like-channel-data'
  | 'stun-bad-magic-cookie'
  | 'stun-length-not-multiple-of-four'
  | 'stun-length-exceeds-data'
  | 'stun-trailing-bytes'
  | 'stun-attribute-overrun'
  | 'channel-data-truncated-header'
  | 'channel-data-not-channel-data'
  | 'channel-data-reserved-channel-number'
  | 'channel-data-length-exceeds-data'
  | 'channel-data-trailing-bytes'
  | 'packet-empty'
  | 'packet-unrecognised'
  | 'packet-other-protocol';

/**
 * Codes of {@link StunNote}: things worth showing about a message that did
 * decode — a malformed attribute value, an attribute the receiver must
 * understand but we do not know, padding that is not zero.
 */
export type NoteCode =
  | 'attribute-length-invalid'
  | 'unknown-attributes-odd-length'
  | 'address-family-unknown'
  | 'text-not-utf8'
  | 'text-too-long'
  | 'error-code-out-of-range'
  | 'padding-not-zero'
  | 'unknown-comprehension-required';

/** Codes of {@link StunEncodeError}: why a description could not be encoded. */
export type EncodeErrorCode =
  | 'encode-bad-transaction-id'
  | 'encode-bad-class'
  | 'encode-unknown-method'
  | 'encode-method-out-of-range'
  | 'encode-bad-attribute-type'
  | 'encode-bad-address'
  | 'encode-bad-port'
  | 'encode-bad-number'
  | 'encode-bad-error-code'
  | 'encode-bad-channel-number'
  | 'encode-bad-padding'
  | 'encode-bad-integrity-length'
  | 'encode-missing-credentials'
  | 'encode-value-too-long'
  | 'encode-message-too-long';

/** Codes of the checks in a verification report (see `integrity.ts`). */
export type VerificationCode =
  | 'integrity-valid'
  | 'integrity-mismatch'
  | 'integrity-not-checked'
  | 'integrity-absent'
  | 'integrity-bad-length'
  | 'integrity-sha256-valid'
  | 'integrity-sha256-mismatch'
  | 'integrity-sha256-not-checked'
  | 'integrity-sha256-absent'
  | 'integrity-sha256-bad-length'
  | 'fingerprint-valid'
  | 'fingerprint-mismatch'
  | 'fingerprint-absent'
  | 'fingerprint-bad-length'
  | 'fingerprint-not-last'
  | 'attribute-after-integrity'
  | 'attribute-after-integrity-sha256'
  | 'order-valid';

/** Every code that has a sentence in `errorText.ts`. */
export type MessageCode = HexErrorCode | DecodeErrorCode | NoteCode | EncodeErrorCode | VerificationCode;

type TextCode = keyof typeof stunErrorText.texts.en;
// Checked both ways by the compiler: every code has a sentence (and, by
// defineDictionary, a Japanese one), and every sentence belongs to a code.
({}) as Record<TextCode, string> satisfies Record<MessageCode, string>;
({}) as Record<MessageCode, string> satisfies Record<TextCode, string>;

/** Values substituted into a message's `{placeholders}`. */
export type MessageDetails = Readonly<Record<string, string | number>>;

/** Why `parseHex` rejected its input. */
export interface HexParseError extends LibError {
  readonly code: HexErrorCode;
  /** Zero-based index of the offending character in the input text. */
  readonly position: number;
  /** One-based line of that character. */
  readonly line: number;
  /** One-based column of that character. */
  readonly column: number;
  /** The offending character ('' when the problem is the end of the text). */
  readonly character: string;
  readonly details: MessageDetails;
}

/** Why bytes could not be decoded as a STUN or ChannelData message. */
export interface StunDecodeError extends LibError {
  readonly code: DecodeErrorCode;
  /** Byte offset where the problem is (the field that is wrong, or where data ran out). */
  readonly offset: number;
  readonly details: MessageDetails;
}

/** A non-fatal observation about a decoded message. */
export interface StunNote {
  readonly code: NoteCode;
  readonly message: string;
  /** Byte offset the note is about. */
  readonly offset: number;
  /** Zero-based index of the attribute concerned. */
  readonly attributeIndex: number;
  readonly details: MessageDetails;
}

/** Why a message description could not be encoded. */
export interface StunEncodeError extends LibError {
  readonly code: EncodeErrorCode;
  /** Zero-based index of the attribute description at fault, or undefined for the header. */
  readonly attributeIndex: number | undefined;
  readonly details: MessageDetails;
}

/**
 * Builds a {@link StunDecodeError} with its English message.
 *
 * @param code - the error code
 * @param offset - byte offset of the problem
 * @param details - values for the message placeholders
 * @returns the error
 */
export function decodeError(code: DecodeErrorCode, offset: number, details: MessageDetails = {}): StunDecodeError {
  const all = { offset, ...details };
  return { code, message: english(code, all), offset, details: all };
}

/**
 * Builds a {@link StunNote} with its English message.
 *
 * @param code - the note code
 * @param offset - byte offset the note is about
 * @param attributeIndex - zero-based index of the attribute concerned
 * @param details - values for the message placeholders
 * @returns the note
 */
export function note(code: NoteCode, offset: number, attributeIndex: number, details: MessageDetails = {}): StunNote {
  const all = { offset, ...details };
  return { code, message: english(code, all), offset, attributeIndex, details: all };
}

/**
 * Builds a {@link StunEncodeError} with its English message.
 *
 * @param code - the error code
 * @param attributeIndex - zero-based index of the attribute description, or undefined
 * @param details - values for the message placeholders
 * @returns the error
 */
export function encodeError(
  code: EncodeErrorCode,
  attributeIndex: number | undefined,
  details: MessageDetails = {},
): StunEncodeError {
  const all = attributeIndex === undefined ? details : { attributeNumber: attributeIndex + 1, ...details };
  return { code, message: english(code, all), attributeIndex, details: all };
}
