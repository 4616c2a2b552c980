/**
 * MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT: computing
 * them (for encode.ts) and checking them in a decoded message, with a
 * report that says exactly which check failed, where and why.
 *
 * Keys (RFC 8489 §9.1.1, §9.2.2):
 * - short-term (ICE connectivity checks): key = the password;
 * - long-term (TURN): key = MD5(username ":" realm ":" password).
 * Both pass the password through {@link minimalSaslPrep} first.
 */
import { bytesEqual, hexNumber, utf8Encode, writeUint16 } from './bytes.ts';
import { FINGERPRINT_XOR, HEADER_LENGTH } from './constants.ts';
import { crc32, hmac, md5, sha1, sha256 } from './crypto.ts';
import type { MessageDetails, VerificationCode } from './errors.ts';
import { toHex } from './hex.ts';
import { translator } from '../../i18n/dictionary.ts';
import { stunErrorText } from './errorText.ts';
import { minimalSaslPrep } from './saslPrep.ts';
import type { StunAttribute, StunMessage } from './types.ts';

/** Attribute types the checks look for. */
const MESSAGE_INTEGRITY = 0x0008;
const MESSAGE_INTEGRITY_SHA256 = 0x001c;
const FINGERPRINT = 0x8028;

/**
 * What the HMAC key is made from:
 * - `short-term`: the password alone (RFC 8489 §9.1; ICE uses the remote
 *   peer's ice-pwd, RFC 8445 §7.2.2);
 * - `long-term`: username, realm and password (RFC 8489 §9.2; TURN);
 * - `key`: the key bytes themselves.
 */
export type StunCredentials =
  | { readonly mechanism: 'short-term'; readonly password: string }
  | { readonly mechanism: 'long-term'; readonly username: string; readonly realm: string; readonly password: string }
  | { readonly mechanism: 'key'; readonly key: Uint8Array };

/**
 * Derives the HMAC key for MESSAGE-INTEGRITY and MESSAGE-INTEGRITY-SHA256.
 *
 * - short-term: UTF-8 of the prepared password (RFC 8489 §9.1.1);
 * - long-term: MD5(username ":" realm ":" password), realm and password
 *   prepared, username as given (RFC 8489 §9.2.2).
 *
 * "Prepared" means {@link minimalSaslPrep}: RFC 5389 required SASLprep and
 * RFC 8489 requires the OpaqueString profile (RFC 8265); the two agree on the
 * ASCII passwords used in practice but not on every string — see that
 * function's notes. The username is expected to be the exact bytes the
 * sender put in USERNAME.
 *
 * @param credentials - password, or username + realm + password, or the key itself
 * @returns the key bytes (16 bytes for long-term credentials)
 * @example integrityKey({ mechanism: 'short-term', password: 'VOkJxbRl1RmTxUk/WvJxBt' })
 */
export function integrityKey(credentials: StunCredentials): Uint8Array {
  switch (credentials.mechanism) {
    case 'short-term':
      return utf8Encode(minimalSaslPrep(credentials.password));
    case 'long-term': {
      const { username, realm, password } = credentials;
      return md5(utf8Encode(`${username}:${minimalSaslPrep(realm)}:${minimalSaslPrep(password)}`));
    }
    case 'key':
      return credentials.key.slice();
  }
}

/**
 * The exact bytes an integrity attribute or FINGERPRINT is computed over:
 * the message up to the attribute, with the header's length field rewritten
 * to end just after that attribute (RFC 8489 §14.5–14.7), so that the value
 * is the same whatever attributes are appended later.
 *
 * @param messageBytes - the message (or the part built so far)
 * @param attributeOffset - offset of the attribute's type field
 * @param attributeSize - the attribute's whole size: 4 + value length (24 for MESSAGE-INTEGRITY, 8 for FINGERPRINT)
 * @returns a new array of `attributeOffset` bytes
 */
export function signedBytes(messageBytes: Uint8Array, attributeOffset: number, attributeSize: number): Uint8Array {
  const out = messageBytes.slice(0, attributeOffset);
  writeUint16(out, 2, attributeOffset + attributeSize - HEADER_LENGTH);
  return out;
}

/**
 * Computes a MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) or
 * MESSAGE-INTEGRITY-SHA256 (HMAC-SHA256, §14.6) value.
 *
 * @param algorithm - `sha1` or `sha256`
 * @param key - from {@link integrityKey}
 * @param signed - from {@link signedBytes}
 * @param length - bytes to keep (20 for SHA-1; 16–32 for SHA-256, default 32)
 * @returns the HMAC, truncated to `length`
 */
export function computeIntegrity(
  algorithm: 'sha1' | 'sha256',
  key: Uint8Array,
  signed: Uint8Array,
  length: number = algorithm === 'sha1' ? 20 : 32,
): Uint8Array {
  return hmac(algorithm === 'sha1' ? sha1 : sha256, key, signed).slice(0, length);
}

/**
 * Computes a FINGERPRINT value: CRC-32 of the signed bytes XOR 0x5354554E
 * (RFC 8489 §14.7).
 *
 * @param signed - from {@link signedBytes} with attributeSize 8
 * @returns the 32-bit value to put in FINGERPRINT
 */
export function computeFingerprint(signed: Uint8Array): number {
  return (crc32(signed) ^ FINGERPRINT_XOR) >>> 0;
}

/**
 * Outcome of one check:
 * `valid`, `invalid`, `absent` (the attribute is not in the message) or
 * `unchecked` (present, but no credentials were given to check it).
 */
export type CheckStatus = 'valid' | 'invalid' | 'absent' | 'unchecked';

/** One check in a {@link StunVerification}. */
export interface VerificationCheck {
  readonly status: CheckStatus;
  readonly code: VerificationCode;
  /** English sentence; `translator(lang, stunErrorText)(code, details)` gives it in the page language. */
  readonly message: string;
  readonly details: MessageDetails;
  /** Zero-based index of the attribute checked, or of the attribute at fault. */
  readonly attributeIndex: number | undefined;
  /** Byte offset of the value checked, or of the attribute at fault. */
  readonly offset: number | undefined;
  /** The bytes the HMAC or CRC was computed over (length field rewritten). */
  readonly signedBytes: Uint8Array | undefined;
  /** The value this codec computed. */
  readonly expected: Uint8Array | undefined;
  /** The value found in the message. */
  readonly actual: Uint8Array | undefined;
}

/** Everything {@link verifyStun} found. */
export interface StunVerification {
  /** True when no check is `invalid` (absent and unchecked attributes do not fail). */
  readonly passed: boolean;
  readonly messageIntegrity: VerificationCheck;
  readonly messageIntegritySha256: VerificationCheck;
  readonly fingerprint: VerificationCheck;
  /** Whether anything but the allowed attributes follows an integrity attribute (RFC 8489 §9). */
  readonly order: VerificationCheck;
  /** The invalid checks, in byte order. */
  readonly failures: readonly VerificationCheck[];
  /** The HMAC key used, when credentials were given. */
  readonly key: Uint8Array | undefined;
}

interface CheckParts {
  readonly attributeIndex?: number;
  readonly offset?: number;
  readonly signedBytes?: Uint8Array;
  readonly expected?: Uint8Array;
  readonly actual?: Uint8Array;
}

function check(
  status: CheckStatus,
  code: VerificationCode,
  details: MessageDetails,
  parts: CheckParts,
): VerificationCheck {
  return {
    status,
    code,
    message: translator('en', stunErrorText)(code, details),
    details,
    attributeIndex: parts.attributeIndex,
    offset: parts.offset,
    signedBytes: parts.signedBytes,
    expected: parts.expected,
    actual: parts.actual,
  };
}

function checkIntegrity(
  message: StunMessage,
  attribute: StunAttribute | undefined,
  algorithm: 'sha1' | 'sha256',
  key: Uint8Array | undefined,
): VerificationCheck {
  const prefix = algorithm === 'sha1' ? 'integrity' : 'integrity-sha256';
  if (!attribute) return check('absent', `${prefix}-absent`, {}, {});
  const actual = attribute.value.value;
  const valueOffset = attribute.value.span.offset;
  const base = { attributeIndex: attribute.index, offset: valueOffset, actual };
  const lengthOk =
    algorithm === 'sha1' ? actual.length === 20 : actual.length >= 16 && actual.length <= 32 && actual.length % 4 === 0;
  if (!lengthOk) {
    return check('invalid', `${prefix}-bad-length`, { offset: valueOffset, length: actual.length }, base);
  }
  const signed = signedBytes(message.bytes, attribute.span.offset, 4 + actual.length);
  if (!key) {
    return check('unchecked', `${prefix}-not-checked`, { offset: valueOffset }, { ...base, signedBytes: signed });
  }
  const expected = computeIntegrity(algorithm, key, signed, actual.length);
  const parts = { ...base, signedBytes: signed, expected };
  if (bytesEqual(expected, actual)) return check('valid', `${prefix}-valid`, { offset: valueOffset }, parts);
  return check(
    'invalid',
    `${prefix}-mismatch`,
    { offset: valueOffset, expected: toHex(expected, { separator: '' }), actual: toHex(actual, { separator: '' }) },
    parts,
  );
}

function checkFingerprint(message: StunMessage, attribute: StunAttribute | undefined): VerificationCheck {
  if (!attribute) return check('absent', 'fingerprint-absent', {}, {});
  const actual = attribute.value.value;
  const valueOffset = attribute.value.span.offset;
  const base = { attributeIndex: attribute.index, offset: valueOffset, actual };
  if (actual.length !== 4) {
    return check('invalid', 'fingerprint-bad-length', { offset: valueOffset, length: actual.length }, base);
  }
  const signed = signedBytes(message.bytes, attribute.span.offset, 8);
  const value = computeFingerprint(signed);
  const expected = Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
  const parts = { ...base, signedBytes: signed, expected };
  const next = message.attributes[attribute.index + 1];
  if (next) {
    return check(
      'invalid',
      'fingerprint-not-last',
      { offset: next.span.offset, attribute: next.name ?? hexNumber(next.type.value, 4) },
      { ...parts, offset: next.span.offset, attributeIndex: next.index },
    );
  }
  if (bytesEqual(expected, actual)) return check('valid', 'fingerprint-valid', { offset: valueOffset }, parts);
  return check(
    'invalid',
    'fingerprint-mismatch',
    { offset: valueOffset, expected: toHex(expected, { separator: '' }), actual: toHex(actual, { separator: '' }) },
    parts,
  );
}

/**
 * RFC 8489 §9: after MESSAGE-INTEGRITY only MESSAGE-INTEGRITY-SHA256 and
 * FINGERPRINT may follow, after MESSAGE-INTEGRITY-SHA256 only FINGERPRINT;
 * a receiver ignores anything else, so a sender must not put it there.
 */
function checkOrder(message: StunMessage): VerificationCheck {
  const rules: readonly { after: number; allowed: readonly number[]; code: VerificationCode }[] = [
    { after: MESSAGE_INTEGRITY, allowed: [MESSAGE_INTEGRITY_SHA256, FINGERPRINT], code: 'attribute-after-integrity' },
    { after: MESSAGE_INTEGRITY_SHA256, allowed: [FINGERPRINT], code: 'attribute-after-integrity-sha256' },
  ];
  for (const rule of rules) {
    const start = message.attributes.findIndex((a) => a.type.value === rule.after);
    if (start < 0) continue;
    const offender = message.attributes.slice(start + 1).find((a) => !rule.allowed.includes(a.type.value));
    if (offender) {
      return check(
        'invalid',
        rule.code,
        { offset: offender.span.offset, attribute: offender.name ?? hexNumber(offender.type.value, 4) },
        { attributeIndex: offender.index, offset: offender.span.offset },
      );
    }
  }
  return check('valid', 'order-valid', {}, {});
}

/**
 * Checks MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT, and
 * the order of the attributes after them (RFC 8489 §9, §14.5–14.7). Only
 * the first of each attribute is checked; a second one is reported as an
 * attribute out of order.
 *
 * @param message - a decoded message
 * @param credentials - to check the integrity attributes; without them they are `unchecked`
 * @returns one result per check, and the failures in byte order
 * @example
 * const report = verifyStun(message, { mechanism: 'short-term', password: 'VOkJxbRl1RmTxUk/WvJxBt' });
 * report.passed; // true
 * report.fingerprint.status; // 'valid'
 */
export function verifyStun(message: StunMessage, credentials?: StunCredentials): StunVerification {
  const key = credentials ? integrityKey(credentials) : undefined;
  const first = (type: number) => message.attributes.find((a) => a.type.value === type);
  const messageIntegrity = checkIntegrity(message, first(MESSAGE_INTEGRITY), 'sha1', key);
  const messageIntegritySha256 = checkIntegrity(message, first(MESSAGE_INTEGRITY_SHA256), 'sha256', key);
  const fingerprint = checkFingerprint(message, first(FINGERPRINT));
  const order = checkOrder(message);
  const failures = [messageIntegrity, messageIntegritySha256, fingerprint, order]
    .filter((c) => c.status === 'invalid')
    .sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  return {
    passed: failures.length === 0,
    messageIntegrity,
    messageIntegritySha256,
    fingerprint,
    order,
    failures,
    key,
  };
}
