/**
 * Room and tab identifiers of the two-tab loopback lab, and the election of
 * the perfect-negotiation roles from them.
 *
 * A room id names the BroadcastChannel both tabs join and travels in the
 * URL fragment (`#two-tabs?room=<id>`); a tab id is drawn afresh on every
 * page load and is never written anywhere. Neither comes from an RFC: they
 * are this site's own signaling protocol, which WebRTC leaves to the
 * application (RFC 9429 §3.1).
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import { loopbackText } from './messages.ts';

/**
 * 32 symbols, so one random byte's low five bits pick one without bias;
 * no `0`, `1`, `l` or `o`, which are easy to misread in a link.
 */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Characters in a new room id (50 bits: collisions between readers are not a concern). */
export const ROOM_ID_LENGTH = 10;
/** Characters in a new tab id (60 bits). */
export const TAB_ID_LENGTH = 12;

/** What a room id from a link may look like: 4–32 lower-case letters and digits. */
const ROOM_ID = /^[a-z0-9]{4,32}$/;
/** What a tab id may look like: 8–32 lower-case letters and digits. */
const TAB_ID = /^[a-z0-9]{8,32}$/;

/** Stable codes of {@link RoomIdError}. */
export type RoomIdErrorCode = 'room-id-missing' | 'room-id-invalid';

/** Why a room id from a link cannot be used. */
export interface RoomIdError extends LibError {
  readonly code: RoomIdErrorCode;
  /** The text found in the link (`''` when there was none). */
  readonly value: string;
}

/**
 * Turns random bytes into an identifier over {@link ALPHABET}.
 *
 * @param bytes - Random bytes, one per character (e.g. from `crypto.getRandomValues`).
 * @returns The identifier, as long as `bytes`.
 * @example idFromBytes(new Uint8Array([0, 1, 31])) // → 'ab9'
 */
export function idFromBytes(bytes: Uint8Array): string {
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/**
 * Checks a room id taken from the URL fragment.
 *
 * @param value - The `room` parameter, or `null` when the link has none.
 * @returns The room id, or an error saying what is wrong with it.
 * @example validateRoomId('k3x9p2mwq4') // → ok 'k3x9p2mwq4'
 */
export function validateRoomId(value: string | null): Result<string, RoomIdError> {
  const t = translator('en', loopbackText);
  if (value === null || value === '') {
    return err({ code: 'room-id-missing', value: '', message: t('roomIdError.room-id-missing') });
  }
  if (!ROOM_ID.test(value)) {
    return err({ code: 'room-id-invalid', value, message: t('roomIdError.room-id-invalid', { value }) });
  }
  return ok(value);
}

/**
 * Whether a value is a well-formed tab id.
 *
 * @param value - Anything.
 * @returns `true` for 8–32 lower-case letters and digits.
 */
export function isTabId(value: unknown): value is string {
  return typeof value === 'string' && TAB_ID.test(value);
}

/**
 * Whether a value is a well-formed room id.
 *
 * @param value - Anything.
 * @returns `true` for 4–32 lower-case letters and digits.
 */
export function isRoomId(value: unknown): value is string {
  return typeof value === 'string' && ROOM_ID.test(value);
}

/**
 * The two roles of the W3C "perfect negotiation" pattern (WebRTC 1.0,
 * Perfect Negotiation Example): when both tabs send an offer at once, the
 * polite tab rolls its own back and answers (a JSEP rollback, RFC 9429),
 * and the impolite tab ignores the colliding offer.
 */
export type NegotiationRole = 'polite' | 'impolite';

/**
 * Elects this tab's role from the two random tab ids: the tab whose id sorts
 * first is polite. Both tabs compute the same answer without a message, and
 * because ids are random, either tab may get either role.
 *
 * @param self - This tab's id.
 * @param peer - The other tab's id (must differ from `self`).
 * @returns This tab's role.
 * @example electRole('aaaa2222bbbb', 'zzzz9999yyyy') // → 'polite'
 */
export function electRole(self: string, peer: string): NegotiationRole {
  return self < peer ? 'polite' : 'impolite';
}
