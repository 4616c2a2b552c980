/**
 * A page-wide hand-off of the reader's server-reflexive candidate, so that a
 * widget that learns it (the candidate gatherer) can offer it to another on
 * the same page (the STUN explorer's "build a response for my address").
 *
 * The hand-off is a `CustomEvent` named {@link SRFLX_EVENT} on `window`,
 * with `detail: { address, port }` (or `detail: null` when the candidate is
 * gone). Widgets that import this module also get the last value announced
 * before they hydrated. Nothing here leaves the page: never put the value in
 * a URL.
 */

/** Name of the window event that carries a server-reflexive candidate. */
export const SRFLX_EVENT = 'ice-field-guide:srflx';

/** A server-reflexive transport address as the STUN server saw it. */
export interface SrflxCandidate {
  readonly address: string;
  readonly port: number;
}

let latest: SrflxCandidate | null = null;

function isSrflx(value: unknown): value is SrflxCandidate {
  if (typeof value !== 'object' || value === null) return false;
  const { address, port } = value as Record<string, unknown>;
  return typeof address === 'string' && typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536;
}

/**
 * Tells every widget on the page about the reader's server-reflexive
 * candidate (or that there is none any more). Browser only.
 *
 * @param candidate - address and port from a `typ srflx` candidate, or null
 * @example announceSrflx({ address: '203.0.113.5', port: 50342 })
 */
export function announceSrflx(candidate: SrflxCandidate | null): void {
  latest = candidate;
  globalThis.dispatchEvent(new CustomEvent(SRFLX_EVENT, { detail: candidate }));
}

/**
 * The candidate announced last through {@link announceSrflx}, if any.
 *
 * @returns the candidate, or null
 */
export function latestSrflx(): SrflxCandidate | null {
  return latest;
}

/**
 * Calls `callback` whenever a candidate is announced, by this module or by
 * any script that dispatches the event itself. Browser only.
 *
 * @param callback - receives the candidate, or null when it is withdrawn
 * @returns a function that stops listening
 */
export function onSrflx(callback: (candidate: SrflxCandidate | null) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    const candidate = isSrflx(detail) ? detail : null;
    latest = candidate;
    callback(candidate);
  };
  globalThis.addEventListener(SRFLX_EVENT, listener);
  return () => globalThis.removeEventListener(SRFLX_EVENT, listener);
}
