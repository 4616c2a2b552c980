/**
 * The lab's signaling messages and their validation.
 *
 * WebRTC leaves signaling to the application (RFC 9429 §3.1): something
 * must carry the offer, the answer and the trickled candidates (Trickle ICE,
 * RFC 8838) between the peers before they can reach each other. Here that is a
 * BroadcastChannel between two tabs of one browser, so every message below
 * stays inside the browser. Each message is a plain object (structured
 * clone, no JSON needed); every message received is checked by
 * {@link validateSignalingMessage} before anything acts on it, because any
 * other tab of this site could post to the channel.
 *
 * Flow: `src/lib/browser/signaling.ts` receives → validate → `roomState.ts`
 * decides whether it is for this tab → `src/lib/browser/loopbackPeer.ts`
 * hands offers, answers and candidates to the RTCPeerConnection.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { parseCandidate } from '../ice/parseCandidate.ts';
import { isRoomId, isTabId } from './ids.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { loopbackText } from './messages.ts';

/** Version of this message format; a tab ignores other versions. */
export const SIGNALING_VERSION = 1;

/** The kinds of message, in the order a session usually sends them. */
export const SIGNALING_TYPES = ['hello', 'offer', 'answer', 'candidate', 'end-of-candidates', 'bye'] as const;

/** One of {@link SIGNALING_TYPES}. */
export type SignalingType = (typeof SIGNALING_TYPES)[number];

/** Longest SDP accepted (a data-only offer is about 1 kB; this leaves room for many candidates). */
export const MAX_SDP_LENGTH = 65_536;
/** Longest candidate line accepted. */
export const MAX_CANDIDATE_LENGTH = 1024;

/** Why a tab says goodbye. */
export type ByeReason = 'closed' | 'reconnecting' | 'new-room';

const BYE_REASONS: readonly ByeReason[] = ['closed', 'reconnecting', 'new-room'];

/** Fields every message carries. */
interface Envelope {
  readonly v: typeof SIGNALING_VERSION;
  /** The room the sender is in. */
  readonly room: string;
  /** The sender's tab id. */
  readonly from: string;
}

/**
 * "I am here": sent on joining, whenever the sender's choice of partner
 * changes, and every second as a heartbeat. `peer` is the tab the sender
 * has chosen as its partner, or `null` while it has none.
 */
export interface HelloMessage extends Envelope {
  readonly type: 'hello';
  readonly peer: string | null;
}

/** An SDP offer for one tab (RFC 9429 §5.2). */
export interface OfferMessage extends Envelope {
  readonly type: 'offer';
  readonly to: string;
  readonly sdp: string;
}

/** An SDP answer for one tab (RFC 9429 §5.3). */
export interface AnswerMessage extends Envelope {
  readonly type: 'answer';
  readonly to: string;
  readonly sdp: string;
}

/** One trickled candidate (Trickle ICE, RFC 8838), as `RTCIceCandidate.toJSON()` gives it. */
export interface CandidateMessage extends Envelope {
  readonly type: 'candidate';
  readonly to: string;
  /** The `candidate:` line (RFC 8839 §5.1). */
  readonly candidate: string;
  readonly sdpMid: string | null;
  readonly sdpMLineIndex: number | null;
  readonly usernameFragment: string | null;
}

/** The sender has gathered all its candidates for this ICE generation (the end-of-candidates indication of RFC 8838). */
export interface EndOfCandidatesMessage extends Envelope {
  readonly type: 'end-of-candidates';
  readonly to: string;
  readonly usernameFragment: string | null;
}

/** The sender is leaving the room: its page is closing, or it starts over. */
export interface ByeMessage extends Envelope {
  readonly type: 'bye';
  readonly reason: ByeReason;
}

/** Any signaling message. */
export type SignalingMessage =
  | HelloMessage
  | OfferMessage
  | AnswerMessage
  | CandidateMessage
  | EndOfCandidatesMessage
  | ByeMessage;

/** The messages addressed to one tab (everything but hello and bye). */
export type AddressedMessage = OfferMessage | AnswerMessage | CandidateMessage | EndOfCandidatesMessage;

/** A message without its envelope, as code that sends one writes it. */
export type SignalingBody =
  | Omit<HelloMessage, keyof Envelope>
  | Omit<OfferMessage, keyof Envelope>
  | Omit<AnswerMessage, keyof Envelope>
  | Omit<CandidateMessage, keyof Envelope>
  | Omit<EndOfCandidatesMessage, keyof Envelope>
  | Omit<ByeMessage, keyof Envelope>;

/** Stable codes of {@link SignalingMessageError}. */
export type SignalingErrorCode =
  | 'not-an-object'
  | 'wrong-version'
  | 'unknown-type'
  | 'missing-field'
  | 'wrong-field-type'
  | 'bad-tab-id'
  | 'bad-room-id'
  | 'addressed-to-sender'
  | 'not-sdp'
  | 'sdp-too-long'
  | 'bad-candidate'
  | 'bad-bye-reason';

/** What a field of the wrong type should have held. */
export type ExpectedValue = 'string' | 'string-or-null' | 'index-or-null';

/** Why a received message was refused. */
export interface SignalingMessageError extends LibError {
  readonly code: SignalingErrorCode;
  /** The message's `type`, when it had a known one. */
  readonly messageType: SignalingType | null;
  /** The field at fault, e.g. `sdp`. */
  readonly field: string | null;
  /** A short rendering of the offending value, for the reader. */
  readonly value: string | null;
  /** For `wrong-field-type`: what the field should hold. */
  readonly expected: ExpectedValue | null;
  /** For `bad-candidate`: the candidate parser's error code. */
  readonly cause: string | null;
}

/**
 * Wraps a message body in the envelope every message carries.
 *
 * @param room - The sender's room id.
 * @param from - The sender's tab id.
 * @param body - The message without envelope.
 * @returns The complete message.
 * @example signalingMessage('k3x9p2mwq4', 'aaaa2222bbbb', { type: 'hello', peer: null })
 */
export function signalingMessage(room: string, from: string, body: SignalingBody): SignalingMessage {
  return { v: SIGNALING_VERSION, room, from, ...body } as SignalingMessage;
}

/**
 * Whether a message is addressed to one tab (and so has a `to` field).
 *
 * @param message - A validated message.
 * @returns `true` for offer, answer, candidate and end-of-candidates.
 */
export function isAddressed(message: SignalingMessage): message is AddressedMessage {
  return 'to' in message;
}

/**
 * Checks a value received from the BroadcastChannel against the message
 * format above. The checks follow what each field will be used for: tab
 * and room ids must be well-formed, SDPs must start with `v=0` (RFC 8866
 * §5.1), candidate lines must parse (RFC 8839 §5.1). Never throws.
 *
 * @param data - `MessageEvent.data` as received.
 * @returns The typed message, or an error naming the field and what was wrong.
 * @example
 * validateSignalingMessage({ v: 1, room: 'k3x9p2mwq4', from: 'aaaa2222bbbb', type: 'hello', peer: null })
 * // → ok { type: 'hello', … }
 */
export function validateSignalingMessage(data: unknown): Result<SignalingMessage, SignalingMessageError> {
  if (!isRecord(data)) return fail('not-an-object', null, null, describe(data));
  const typeField = data['type'];
  if (typeField === undefined) return fail('missing-field', null, 'type', null);
  if (typeof typeField !== 'string' || !(SIGNALING_TYPES as readonly string[]).includes(typeField)) {
    return fail('unknown-type', null, 'type', describe(typeField));
  }
  const type = typeField as SignalingType;
  if (data['v'] !== SIGNALING_VERSION) return fail('wrong-version', type, 'v', describe(data['v']));

  const room = data['room'];
  if (room === undefined) return fail('missing-field', type, 'room', null);
  if (!isRoomId(room)) return fail('bad-room-id', type, 'room', describe(room));
  const from = data['from'];
  if (from === undefined) return fail('missing-field', type, 'from', null);
  if (!isTabId(from)) return fail('bad-tab-id', type, 'from', describe(from));

  let to: string | null = null;
  if (type !== 'hello' && type !== 'bye') {
    const value = data['to'];
    if (value === undefined) return fail('missing-field', type, 'to', null);
    if (!isTabId(value)) return fail('bad-tab-id', type, 'to', describe(value));
    if (value === from) return fail('addressed-to-sender', type, 'to', value);
    to = value;
  }
  const envelope = { v: SIGNALING_VERSION, room, from } as const;

  switch (type) {
    case 'hello': {
      const peer = data['peer'];
      if (peer === undefined) return fail('missing-field', type, 'peer', null);
      if (peer !== null && !isTabId(peer)) return fail('bad-tab-id', type, 'peer', describe(peer));
      return ok({ ...envelope, type, peer });
    }
    case 'offer':
    case 'answer': {
      const sdp = data['sdp'];
      if (sdp === undefined) return fail('missing-field', type, 'sdp', null);
      if (typeof sdp !== 'string') return fail('wrong-field-type', type, 'sdp', describe(sdp), 'string');
      if (sdp.length > MAX_SDP_LENGTH) return fail('sdp-too-long', type, 'sdp', String(sdp.length));
      if (!sdp.startsWith('v=0')) return fail('not-sdp', type, 'sdp', describe(sdp));
      return ok({ ...envelope, type, to: to!, sdp });
    }
    case 'candidate': {
      const candidate = data['candidate'];
      if (candidate === undefined) return fail('missing-field', type, 'candidate', null);
      if (typeof candidate !== 'string') return fail('wrong-field-type', type, 'candidate', describe(candidate), 'string');
      if (candidate.length > MAX_CANDIDATE_LENGTH) return fail('bad-candidate', type, 'candidate', describe(candidate), null, 'too-long');
      const parsed = parseCandidate(candidate, { requireRelatedAddress: false });
      if (!parsed.ok) return fail('bad-candidate', type, 'candidate', describe(candidate), null, parsed.error.code);
      const sdpMid = data['sdpMid'] ?? null;
      if (sdpMid !== null && typeof sdpMid !== 'string') return fail('wrong-field-type', type, 'sdpMid', describe(sdpMid), 'string-or-null');
      const sdpMLineIndex = data['sdpMLineIndex'] ?? null;
      if (sdpMLineIndex !== null && !(Number.isInteger(sdpMLineIndex) && (sdpMLineIndex as number) >= 0 && (sdpMLineIndex as number) <= 65535)) {
        return fail('wrong-field-type', type, 'sdpMLineIndex', describe(sdpMLineIndex), 'index-or-null');
      }
      const usernameFragment = data['usernameFragment'] ?? null;
      if (usernameFragment !== null && typeof usernameFragment !== 'string') {
        return fail('wrong-field-type', type, 'usernameFragment', describe(usernameFragment), 'string-or-null');
      }
      return ok({ ...envelope, type, to: to!, candidate, sdpMid, sdpMLineIndex: sdpMLineIndex as number | null, usernameFragment });
    }
    case 'end-of-candidates': {
      const usernameFragment = data['usernameFragment'] ?? null;
      if (usernameFragment !== null && typeof usernameFragment !== 'string') {
        return fail('wrong-field-type', type, 'usernameFragment', describe(usernameFragment), 'string-or-null');
      }
      return ok({ ...envelope, type, to: to!, usernameFragment });
    }
    case 'bye': {
      const reason = data['reason'];
      if (reason === undefined) return fail('missing-field', type, 'reason', null);
      if (typeof reason !== 'string' || !(BYE_REASONS as readonly string[]).includes(reason)) {
        return fail('bad-bye-reason', type, 'reason', describe(reason));
      }
      return ok({ ...envelope, type, reason: reason as ByeReason });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of any value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

function fail(
  code: SignalingErrorCode,
  messageType: SignalingType | null,
  field: string | null,
  value: string | null,
  expected: ExpectedValue | null = null,
  cause: string | null = null,
): { readonly ok: false; readonly error: SignalingMessageError } {
  const error = { code, messageType, field, value, expected, cause, message: '' };
  return err({ ...error, message: signalingErrorText('en', error) });
}

/**
 * A refused message's explanation in the page language.
 *
 * @param lang - `en` or `ja`.
 * @param error - The error from {@link validateSignalingMessage}.
 * @returns One sentence saying what was wrong.
 */
export function signalingErrorText(lang: Lang, error: SignalingMessageError): string {
  const t = translator(lang, loopbackText);
  return t(`signalingError.${error.code}`, {
    type: error.messageType ?? '',
    field: error.field ?? '',
    value: error.value ?? '',
    expected: error.expected === null ? '' : t(`expected.${error.expected}`),
    cause: error.cause ?? '',
  });
}
