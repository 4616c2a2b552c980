/**
 * Candidate priorities (RFC 8445 §5.1.2) and candidate-pair priorities
 * (RFC 8445 §6.1.2.3): decode a priority into its three parts, build one,
 * and say what a type preference means for the browser that wrote it.
 *
 * Used by the candidate inspector (priority breakdown) and the loopback lab
 * (pair ordering).
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { translator, type KeyOf } from '../../i18n/dictionary.ts';
import { iceText } from './messages.ts';
import type { CandidateProtocol } from './parseCandidate.ts';
import {
  MAX_CANDIDATE_PRIORITY,
  RECOMMENDED_TYPE_PREFERENCES,
  candidatePriority,
  pairPriority as rfcPairPriority,
  splitPriority,
  type CandidateType,
} from '../net/candidate.ts';

/** A key of the ICE texts (`./messages.ts`). */
type MessageKey = KeyOf<typeof iceText>;

export { MAX_CANDIDATE_PRIORITY, RECOMMENDED_TYPE_PREFERENCES } from '../net/candidate.ts';

/** A priority split into the three parts of RFC 8445 §5.1.2.1. */
export interface DecodedPriority {
  readonly priority: number;
  /** Top 8 bits, 0–126 by the RFC (127 can be decoded but is not allowed). */
  readonly typePreference: number;
  /** Middle 16 bits, 0–65535. */
  readonly localPreference: number;
  /** 256 minus the low 8 bits, 1–256. */
  readonly componentId: number;
  /** `false` when the type preference is 127, outside RFC 8445's 0–126. */
  readonly typePreferenceInRange: boolean;
}

/** Stable codes of {@link PriorityError}. */
export type PriorityErrorCode =
  | 'not-an-integer'
  | 'priority-out-of-range'
  | 'type-preference-out-of-range'
  | 'local-preference-out-of-range'
  | 'component-out-of-range';

/** Why a priority could not be decoded or built. */
export interface PriorityError extends LibError {
  readonly code: PriorityErrorCode;
  /** The offending argument. */
  readonly value: number;
}

/**
 * Splits a candidate priority into type preference, local preference and
 * component ID (RFC 8445 §5.1.2.1):
 * `priority = 2^24·type + 2^8·local + (256 − component)`.
 *
 * @param priority - A candidate priority, 1 … 2^31 − 1.
 * @returns The parts, or an error for a non-integer or out-of-range value.
 * @example decodePriority(2122260223) // → ok { typePreference: 126, localPreference: 32542, componentId: 1 }
 */
export function decodePriority(priority: number): Result<DecodedPriority, PriorityError> {
  const bad = checkPriority(priority);
  if (bad !== null) return err(bad);
  const { typePreference, localPreference, componentId } = splitPriority(priority);
  return ok({ priority, typePreference, localPreference, componentId, typePreferenceInRange: typePreference <= 126 });
}

/**
 * Builds a candidate priority (RFC 8445 §5.1.2.1).
 *
 * @param typePreference - 0–126.
 * @param localPreference - 0–65535.
 * @param componentId - 1–256.
 * @returns The priority, or an error naming the argument out of range.
 * @example computePriority(100, 30, 1) // → ok 1677729535
 */
export function computePriority(
  typePreference: number,
  localPreference: number,
  componentId: number,
): Result<number, PriorityError> {
  if (!isIntegerIn(typePreference, 0, 126)) return err(priorityError('type-preference-out-of-range', typePreference));
  if (!isIntegerIn(localPreference, 0, 65535)) {
    return err(priorityError('local-preference-out-of-range', localPreference));
  }
  if (!isIntegerIn(componentId, 1, 256)) return err(priorityError('component-out-of-range', componentId));
  const priority = candidatePriority({ typePreference, localPreference, componentId });
  // typePreference 0, localPreference 0, component 256 gives 0, which is not a priority.
  if (priority < 1) return err(priorityError('priority-out-of-range', priority));
  return ok(priority);
}

/**
 * Whether a type preference is the one RFC 8445 §5.1.2.2 recommends for the
 * candidate's type. Browsers often differ (see {@link libwebrtcTypePreferenceMeaning}).
 *
 * @param type - The candidate type.
 * @param typePreference - The decoded type preference.
 * @returns `true` when it equals {@link RECOMMENDED_TYPE_PREFERENCES}`[type]`.
 */
export function matchesRecommendedTypePreference(type: CandidateType, typePreference: number): boolean {
  return RECOMMENDED_TYPE_PREFERENCES[type] === typePreference;
}

/**
 * What a type preference means in libwebrtc (Chrome, Edge, Safari), from its
 * `IcePriorityValue` table (p2p/base/p2p_constants.h) and TURN port code.
 * libwebrtc encodes the protocol used to reach a TURN server in the *type*
 * preference of relay candidates (TLS 0, TCP 1, UDP 2); recent versions
 * added DTLS, moving UDP to 3, so 2 reads "UDP or DTLS". TCP host and
 * peer-reflexive candidates get 90 and 80 so that UDP is tried first.
 */
export type LibwebrtcTypePreferenceMeaning =
  | 'host'
  | 'host-tcp'
  | 'srflx'
  | 'prflx'
  | 'prflx-tcp'
  | 'relay-tls'
  | 'relay-tcp'
  | 'relay-udp-or-dtls'
  | 'relay-udp';

/**
 * Reads a type preference the way libwebrtc assigns them.
 *
 * @param type - The candidate type from the line.
 * @param protocol - The candidate's transport.
 * @param typePreference - The decoded type preference.
 * @returns The meaning, or `null` when libwebrtc would not produce this value
 *   for this type (e.g. Firefox lines).
 * @example libwebrtcTypePreferenceMeaning('relay', 'udp', 1) // → 'relay-tcp'
 */
export function libwebrtcTypePreferenceMeaning(
  type: CandidateType,
  protocol: CandidateProtocol,
  typePreference: number,
): LibwebrtcTypePreferenceMeaning | null {
  switch (type) {
    case 'host':
      if (typePreference === 126 && protocol === 'udp') return 'host';
      return typePreference === 90 && protocol === 'tcp' ? 'host-tcp' : null;
    case 'srflx':
      return typePreference === 100 ? 'srflx' : null;
    case 'prflx':
      if (typePreference === 110 && protocol === 'udp') return 'prflx';
      return typePreference === 80 && protocol === 'tcp' ? 'prflx-tcp' : null;
    case 'relay':
      return (['relay-tls', 'relay-tcp', 'relay-udp-or-dtls', 'relay-udp'] as const)[typePreference] ?? null;
  }
}

/** A message key and its parameters, for the UI to render in either language. */
export interface PriorityRemark {
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What the inspector shows about one candidate's priority. */
export interface PriorityReading {
  readonly decoded: DecodedPriority;
  readonly recommendedTypePreference: number;
  readonly matchesRecommendation: boolean;
  readonly libwebrtc: LibwebrtcTypePreferenceMeaning | null;
  /** `false` when the low byte disagrees with the line's component ID. */
  readonly componentMatches: boolean;
  /** Explanations, in display order. */
  readonly remarks: readonly PriorityRemark[];
}

/**
 * Reads a candidate's priority against its own type, transport and component
 * (RFC 8445 §5.1.2.1, §5.1.2.2) and against libwebrtc's values.
 *
 * @param candidate - At least `priority`, `type`, `protocol` and `componentId`.
 * @returns The reading, or the decoding error.
 * @example readCandidatePriority({ priority: 41885439, type: 'relay', protocol: 'udp', componentId: 1 })
 * // → ok { libwebrtc: 'relay-udp-or-dtls', matchesRecommendation: false, … }
 */
export function readCandidatePriority(candidate: {
  readonly priority: number;
  readonly type: CandidateType;
  readonly protocol: CandidateProtocol;
  readonly componentId: number;
}): Result<PriorityReading, PriorityError> {
  const decoded = decodePriority(candidate.priority);
  if (!decoded.ok) return decoded;
  const { typePreference } = decoded.value;
  const recommended = RECOMMENDED_TYPE_PREFERENCES[candidate.type];
  const matches = recommended === typePreference;
  const libwebrtc = libwebrtcTypePreferenceMeaning(candidate.type, candidate.protocol, typePreference);
  const params = { value: typePreference, type: candidate.type, recommended };
  const remarks: PriorityRemark[] = [
    { messageKey: matches ? 'typePreference.recommended' : 'typePreference.not-recommended', params },
  ];
  if (libwebrtc !== null) remarks.push({ messageKey: `typePreference.libwebrtc.${libwebrtc}`, params });
  return ok({
    decoded: decoded.value,
    recommendedTypePreference: recommended,
    matchesRecommendation: matches,
    libwebrtc,
    componentMatches: decoded.value.componentId === candidate.componentId,
    remarks,
  });
}

/** A candidate-pair priority, exact: it exceeds 2^53 (RFC 8445 §6.1.2.3). */
export interface PairPriority {
  readonly value: bigint;
  /** The same number in decimal, for display and JSON. */
  readonly decimal: string;
}

/**
 * Computes a candidate-pair priority (RFC 8445 §6.1.2.3):
 * `2^32·MIN(G,D) + 2·MAX(G,D) + (G > D ? 1 : 0)`, where G is the priority of
 * the controlling agent's candidate and D the controlled agent's.
 *
 * @param controlling - G, the controlling agent's candidate priority.
 * @param controlled - D, the controlled agent's candidate priority.
 * @returns The pair priority as a bigint and a decimal string.
 * @example pairPriority(2122260223, 1686052607) // → ok { decimal: '7241540810645061119' }
 */
export function pairPriority(controlling: number, controlled: number): Result<PairPriority, PriorityError> {
  const bad = checkPriority(controlling) ?? checkPriority(controlled);
  if (bad !== null) return err(bad);
  const value = rfcPairPriority(controlling, controlled);
  return ok({ value, decimal: value.toString() });
}

function checkPriority(priority: number): PriorityError | null {
  if (!Number.isInteger(priority)) return priorityError('not-an-integer', priority);
  if (priority < 1 || priority > MAX_CANDIDATE_PRIORITY) return priorityError('priority-out-of-range', priority);
  return null;
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function priorityError(code: PriorityErrorCode, value: number): PriorityError {
  const t = translator('en', iceText);
  return { code, value, message: t(`priorityError.${code}`, { value: String(value) }) };
}
