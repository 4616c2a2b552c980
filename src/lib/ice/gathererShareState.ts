/**
 * The part of the candidate gatherer's setup that a share link carries:
 * the server URLs, the transport policy and the time limit — never a
 * username or credential, and never a gathered address. Written into the
 * URL fragment (`#gatherer?server=…&policy=relay&timeout=10`) by
 * `src/lib/browser/hashState.ts`.
 *
 * `iceTransportPolicy` values are those of W3C WebRTC 1.0 (RTCConfiguration).
 */

/** The shareable setup. */
export interface GathererShareState {
  /** One entry per server row; each holds that row's URLs in order. */
  readonly servers: readonly (readonly string[])[];
  readonly policy: 'all' | 'relay';
  readonly timeoutSeconds: number;
}

/** Limits that keep a crafted link from filling the page. */
export const SHARE_LIMITS = { servers: 10, urlsPerServer: 5, urlLength: 256 } as const;
/** Time limit bounds and default, in seconds. */
export const TIMEOUT_SECONDS = { min: 1, max: 60, default: 10 } as const;

/**
 * Writes the shareable setup as URL parameters: `server` once per row (its
 * URLs joined by commas), `policy`, `timeout`. Credentials cannot be passed in.
 *
 * @param state - Server URLs and options.
 * @returns The parameters, in a stable order.
 * @example gathererStateToParams({ servers: [['stun:stun.example.org']], policy: 'all', timeoutSeconds: 10 }).toString()
 * // → 'server=stun%3Astun.example.org&policy=all&timeout=10'
 */
export function gathererStateToParams(state: GathererShareState): URLSearchParams {
  const params = new URLSearchParams();
  for (const urls of state.servers) {
    const kept = urls.filter((u) => u !== '');
    if (kept.length > 0) params.append('server', kept.join(','));
  }
  params.set('policy', state.policy);
  params.set('timeout', String(clampTimeout(state.timeoutSeconds)));
  return params;
}

/**
 * Reads a shareable setup from URL parameters. Unknown parameters —
 * including any `username` or `credential` someone adds by hand — are
 * ignored; bad values fall back to defaults; the limits of
 * {@link SHARE_LIMITS} apply. Never throws.
 *
 * @param params - Parameters from the URL fragment.
 * @returns The setup.
 */
export function gathererStateFromParams(params: URLSearchParams): GathererShareState {
  const servers = params
    .getAll('server')
    .slice(0, SHARE_LIMITS.servers)
    .map((value) =>
      value
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== '' && u.length <= SHARE_LIMITS.urlLength)
        .slice(0, SHARE_LIMITS.urlsPerServer),
    )
    .filter((urls) => urls.length > 0);
  const policy = params.get('policy') === 'relay' ? 'relay' : 'all';
  const timeout = Number(params.get('timeout'));
  return { servers, policy, timeoutSeconds: params.has('timeout') && Number.isFinite(timeout) ? clampTimeout(timeout) : TIMEOUT_SECONDS.default };
}

/**
 * Keeps a time limit within {@link TIMEOUT_SECONDS}, rounded to whole seconds.
 *
 * @param seconds - Any number.
 * @returns A whole number of seconds from 1 to 60 (the default for NaN).
 */
export function clampTimeout(seconds: number): number {
  if (!Number.isFinite(seconds)) return TIMEOUT_SECONDS.default;
  return Math.min(TIMEOUT_SECONDS.max, Math.max(TIMEOUT_SECONDS.min, Math.round(seconds)));
}
