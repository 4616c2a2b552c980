/**
 * Per-tab forcing of candidate types in the lab, as the `RTCConfiguration`
 * a tab's peer connection is created with (W3C WebRTC 1.0 §4.2.1):
 *
 * - `all`: every candidate type the configured servers allow;
 * - `host`: host candidates only (RFC 8445 §5.1.1.1), by giving the
 *   browser no STUN or TURN server at all;
 * - `relay`: relayed candidates only (`iceTransportPolicy: 'relay'`,
 *   RFC 8445 §5.1.1.2 and RFC 8656), so every packet goes through TURN.
 *
 * Peer-reflexive candidates (RFC 8445 §7.2.5.3.1) can still appear in any
 * mode: they are discovered by the checks themselves, not gathered.
 */

/** The lab's forcing modes. */
export type ForcingMode = 'all' | 'host' | 'relay';

/** The forcing modes in the order the lab offers them. */
export const FORCING_MODES: readonly ForcingMode[] = ['all', 'host', 'relay'];

/** An ICE server as `RTCIceServer` (kept local so this module needs no DOM types). */
export interface IceServerEntry {
  readonly urls: string | readonly string[];
  readonly username?: string;
  readonly credential?: string;
}

/** The part of `RTCConfiguration` the lab sets. */
export interface PeerConfiguration {
  readonly iceServers: readonly IceServerEntry[];
  readonly iceTransportPolicy: 'all' | 'relay';
}

/**
 * The configuration for a forcing mode.
 *
 * @param mode - `all`, `host` or `relay`.
 * @param servers - The reader's ICE servers (already validated).
 * @returns What to pass to `new RTCPeerConnection()`.
 * @example peerConfiguration('host', [{ urls: 'stun:192.0.2.1' }]) // → { iceServers: [], iceTransportPolicy: 'all' }
 */
export function peerConfiguration(mode: ForcingMode, servers: readonly IceServerEntry[]): PeerConfiguration {
  switch (mode) {
    case 'all':
      return { iceServers: servers, iceTransportPolicy: 'all' };
    case 'host':
      return { iceServers: [], iceTransportPolicy: 'all' };
    case 'relay':
      return { iceServers: servers, iceTransportPolicy: 'relay' };
  }
}

/**
 * How many TURN URLs (`turn:` and `turns:`, RFC 7065 §3.1) a configuration
 * holds: with `relay`, none means no candidates at all.
 *
 * @param configuration - From {@link peerConfiguration}.
 * @returns The number of TURN URLs.
 */
export function countTurnUrls(configuration: PeerConfiguration): number {
  let count = 0;
  for (const server of configuration.iceServers) {
    const urls = typeof server.urls === 'string' ? [server.urls] : server.urls;
    for (const url of urls) if (/^turns?:/i.test(url)) count += 1;
  }
  return count;
}
