/**
 * TURN REST credentials, as coturn checks them with `use-auth-secret` and
 * `static-auth-secret` (coturn `turnserver(1)`, "TURN REST API"; the
 * draft-uberti-behave-turn-rest-00 scheme): the username is
 * `<expiry>:<user id>` — the expiry a Unix time in seconds, the separator
 * coturn's `rest-api-separator` (default `:`) — and the password is
 * `base64(HMAC-SHA1(key = shared secret, message = username))`. The result
 * is an ordinary long-term credential (RFC 8489 §9.2) for the browser.
 *
 * Pure: runs in the browser and in Node (WebCrypto `crypto.subtle`). The
 * secret is only an argument here; nothing is stored or sent.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** Stable codes of {@link RestCredentialError}. */
export type RestCredentialErrorCode =
  | 'empty-secret'
  | 'bad-lifetime'
  | 'bad-separator'
  | 'user-has-separator'
  | 'username-too-long'
  | 'no-webcrypto'
  | 'empty-username'
  | 'bad-expiry';

/** Why credentials could not be made, or a username not decoded. */
export interface RestCredentialError extends LibError {
  readonly code: RestCredentialErrorCode;
}

/** What {@link mintRestCredentials} needs. */
export interface RestCredentialInput {
  /** coturn's `static-auth-secret`, exactly as configured. */
  readonly secret: string;
  /** The user id after the separator; may be empty (then the username is the expiry alone). */
  readonly user: string;
  /** Seconds from `nowSeconds` until the credentials expire (1 s … 30 days); `0` or less makes already-expired credentials only when `allowExpired` is set. */
  readonly lifetimeSeconds: number;
  /** The current Unix time in seconds. */
  readonly nowSeconds: number;
  /** coturn's `rest-api-separator`; default `:`. */
  readonly separator?: string;
  /** Accept a lifetime ≤ 0, to show what an expired username gets. */
  readonly allowExpired?: boolean;
}

/** Credentials ready for `RTCIceServer.username` / `credential`. */
export interface RestCredentials {
  readonly username: string;
  readonly password: string;
  /** Unix time in seconds after which coturn answers 401. */
  readonly expiry: number;
}

/** A decoded REST username. */
export interface DecodedRestUsername {
  readonly expiry: number;
  /** The user id, or `null` when the username is the expiry alone. */
  readonly user: string | null;
}

/** Longest lifetime accepted: 30 days. Longer-lived REST credentials defeat their purpose. */
export const MAX_LIFETIME_SECONDS = 30 * 24 * 3600;
/** RFC 8489 §14.3: USERNAME is at most 513 bytes (UTF-8); the browser allows 508 for TURN. */
const MAX_USERNAME_BYTES = 508;

const encoder = new TextEncoder();

/**
 * The coturn REST username for a user id and an expiry.
 *
 * @param expiry - Unix time in seconds.
 * @param user - The user id; empty for the expiry alone.
 * @param separator - coturn's `rest-api-separator` (default `:`).
 * @returns `1767225600:alice`, or `1767225600` when `user` is empty.
 */
export function restUsername(expiry: number, user: string, separator = ':'): string {
  return user === '' ? String(expiry) : `${expiry}${separator}${user}`;
}

/**
 * HMAC-SHA1 of a message with a key, base64-encoded (RFC 2104, RFC 4648 §4),
 * through WebCrypto.
 *
 * @param secret - The key (UTF-8).
 * @param message - The message (UTF-8).
 * @returns The base64 text, or `null` when WebCrypto is missing (e.g. a page served over plain HTTP to a non-local host).
 */
export async function hmacSha1Base64(secret: string, message: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', key, encoder.encode(message)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Mints REST credentials as coturn with `use-auth-secret` expects them.
 * Never throws.
 *
 * @param input - Secret, user id, lifetime, clock and separator.
 * @returns The username, password and expiry, or what was wrong.
 * @example await mintRestCredentials({ secret: 'north', user: 'alice', lifetimeSeconds: 3600, nowSeconds: 1767222000 })
 *   // → { ok: true, value: { username: '1767225600:alice', password: '…', expiry: 1767225600 } }
 */
export async function mintRestCredentials(input: RestCredentialInput): Promise<Result<RestCredentials, RestCredentialError>> {
  const separator = input.separator ?? ':';
  if (input.secret === '') return err(problem('empty-secret', 'The shared secret is empty: enter the value of static-auth-secret from turnserver.conf.'));
  if (separator.length !== 1 || /[\s0-9]/.test(separator)) {
    return err(problem('bad-separator', 'The separator must be one character that is not a digit or white space (coturn’s rest-api-separator, ":" by default).'));
  }
  const lifetime = input.lifetimeSeconds;
  const lifetimeOk = Number.isInteger(lifetime) && lifetime <= MAX_LIFETIME_SECONDS && (lifetime > 0 || input.allowExpired === true);
  if (!lifetimeOk) {
    return err(problem('bad-lifetime', `The lifetime must be a whole number of seconds from 1 to ${MAX_LIFETIME_SECONDS} (30 days).`));
  }
  if (input.user.includes(separator)) {
    return err(problem('user-has-separator', `The user id contains the separator "${separator}"; coturn would read the part before it as the expiry. Remove it.`));
  }
  const expiry = Math.floor(input.nowSeconds) + lifetime;
  const username = restUsername(expiry, input.user, separator);
  if (encoder.encode(username).length > MAX_USERNAME_BYTES) {
    return err(problem('username-too-long', `The username would be longer than ${MAX_USERNAME_BYTES} bytes; use a shorter user id.`));
  }
  const password = await hmacSha1Base64(input.secret, username);
  if (password === null) {
    return err(problem('no-webcrypto', 'This browser offers no WebCrypto (crypto.subtle), which is needed to compute the HMAC. Open the page over HTTPS or from localhost.'));
  }
  return ok({ username, password, expiry });
}

/**
 * Reads the expiry (and user id) from a REST username: everything before the
 * first separator must be a Unix time in seconds (coturn reads it the same way).
 *
 * @param username - A username such as `1767225600:alice`; white space around it is ignored.
 * @param separator - coturn's `rest-api-separator` (default `:`).
 * @returns The expiry and user id, or why this is not a REST username.
 */
export function decodeRestUsername(username: string, separator = ':'): Result<DecodedRestUsername, RestCredentialError> {
  const text = username.trim();
  if (text === '') return err(problem('empty-username', 'The username is empty: paste a REST username such as 1767225600:alice.'));
  const at = text.indexOf(separator);
  const head = at === -1 ? text : text.slice(0, at);
  if (!/^[0-9]{1,12}$/.test(head)) {
    return err(
      problem(
        'bad-expiry',
        `"${head.slice(0, 40)}" is not a Unix time in seconds, so this is not a TURN REST username (expected "expiry${separator}user", e.g. 1767225600${separator}alice).`,
      ),
    );
  }
  return ok({ expiry: Number(head), user: at === -1 ? null : text.slice(at + 1) });
}

/** Whether a REST username is still valid on a given clock. */
export type ExpiryStatus = 'valid' | 'expired';

/**
 * Whether an expiry has passed on a given clock (coturn refuses a username
 * whose timestamp is earlier than its own clock).
 *
 * @param expiry - Unix time in seconds from the username.
 * @param nowSeconds - This clock.
 * @returns `expired` when `expiry < nowSeconds`, else `valid`.
 */
export function expiryStatus(expiry: number, nowSeconds: number): ExpiryStatus {
  return expiry < nowSeconds ? 'expired' : 'valid';
}

/** What a 401 for REST credentials means, as far as the evidence goes. */
export type RestRejectionReading = 'expired' | 'wrong-secret-or-skew' | 'unknown';

/**
 * Reads a 401 for REST credentials. If the username had expired on this
 * machine's clock, `expired`. If it was still valid here and the password was
 * computed here from the secret the reader typed, the server either has a
 * different secret, a clock ahead of ours by more than the remaining
 * lifetime, or no `use-auth-secret` at all: `wrong-secret-or-skew`. When the
 * password was typed rather than derived, nothing tells which: `unknown`.
 *
 * @param expiry - Expiry from the username, or `null` when it is no REST username.
 * @param nowSeconds - This machine's clock at the time of the check.
 * @param derivedHere - Whether the password was computed here from a secret.
 * @returns The reading.
 */
export function readRestRejection(expiry: number | null, nowSeconds: number, derivedHere: boolean): RestRejectionReading {
  if (expiry === null) return 'unknown';
  if (expiryStatus(expiry, nowSeconds) === 'expired') return 'expired';
  return derivedHere ? 'wrong-secret-or-skew' : 'unknown';
}

function problem(code: RestCredentialErrorCode, message: string): RestCredentialError {
  return { code, message };
}
