/**
 * Verdicts of the TURN server check: for each TURN URL × transport, did the
 * allocation work (a relay candidate came back, RFC 8656 §7), did data flow
 * between two relay-only peers through it (allocation, permission and
 * relaying together, RFC 8656 §9–§12), and what to change in
 * `turnserver.conf` when not. Pure logic over what the browser reported.
 *
 * Error codes: 401, 403, 437, 438, 442, 486, 508 (RFC 8656 §6.4, §7.2,
 * §18; RFC 8489 §14.8) and 701 (W3C WebRTC 1.0, RTCPeerConnectionIceErrorEvent).
 */
import { classifyAddress, type AddressClass } from '../ice/address.ts';
import type { IceCandidateErrorInfo } from '../ice/gatheringVerdict.ts';
import type { IceServerUrl } from '../ice/parseIceServerUrl.ts';
import { parseIceServerUrl } from '../ice/parseIceServerUrl.ts';
import { readRestRejection, type RestRejectionReading } from './restCredentials.ts';

/** The transport a TURN client uses to reach the server. */
export type TurnTransport = 'udp' | 'tcp' | 'tls';

/** Where the reader's peers are, which decides whether a relay address is usable. */
export type PeerLocation = 'this-machine' | 'same-network' | 'other-networks';

/** Every {@link PeerLocation}, in display order. */
export const PEER_LOCATIONS: readonly PeerLocation[] = ['other-networks', 'same-network', 'this-machine'];

/** In which step of the check an `icecandidateerror` came. */
export type CheckPhase = 'allocation' | 'data-test';

/** One `icecandidateerror` with the step it came in. */
export interface PhasedError extends IceCandidateErrorInfo {
  readonly phase: CheckPhase;
  /** Milliseconds since the step started. */
  readonly ms: number;
}

/** What the allocation step saw for one URL. */
export interface AllocationEvidence {
  /** The first relay candidate: address, port and the time it took. */
  readonly relay: { readonly address: string; readonly port: number; readonly ms: number } | null;
  readonly errors: readonly PhasedError[];
  /** `complete`: the browser finished gathering; `timed-out`: our time limit; `failed`: the browser refused. */
  readonly end: 'complete' | 'timed-out' | 'failed';
}

/** What the relay data test saw for one URL. */
export interface DataEvidence {
  readonly outcome: 'passed' | 'ice-failed' | 'timed-out' | 'channel-failed';
  readonly rttMs: number | null;
  /** Megabytes (10^6 bytes) per second, one way. */
  readonly throughputMBps: number | null;
  readonly bytes: number;
  /** The candidate pair that carried the data, as the sender's getStats reported it. */
  readonly pair: { readonly local: string; readonly remote: string; readonly localType: string; readonly remoteType: string } | null;
  readonly errors: readonly PhasedError[];
}

/** How the credentials of a check were made. */
export type CredentialSource =
  | { readonly kind: 'static' }
  | { readonly kind: 'rest'; readonly expiry: number | null; readonly derivedHere: boolean };

/** The allocation verdict codes. */
export type AllocationCode =
  | 'ok'
  | 'auth-failed'
  | 'forbidden'
  | 'quota'
  | 'capacity'
  | 'mismatch'
  | 'stale-nonce'
  | 'unsupported-transport'
  | 'server-error'
  | 'unreachable'
  | 'no-response'
  | 'browser-refused';

/** The data verdict codes. */
export type DataCode = 'ok' | 'failed' | 'not-run';

/** A warning about a relay address that works here but not for the reader's peers. */
export type RelayAddressWarning = 'loopback-relay' | 'private-relay' | null;

/** What to change, as a key with parameters (the widget words it). */
export interface Advice {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One row of the verdict table. */
export interface TurnCheckVerdict {
  readonly url: string;
  readonly transport: TurnTransport;
  readonly allocation: AllocationCode;
  readonly data: DataCode;
  readonly relayAddress: string | null;
  readonly relayClass: AddressClass | null;
  readonly warning: RelayAddressWarning;
  /** For a 401 with REST credentials: expired, or wrong secret / clock skew, or unknown. */
  readonly rest: RestRejectionReading | null;
  /** Advice, most important first; empty when everything worked. */
  readonly advice: readonly Advice[];
  /** `ok` only when allocation and data both worked and no warning applies. */
  readonly overall: 'ok' | 'warning' | 'failed';
}

/**
 * The transport a TURN URL uses: `turns:` is TLS (over TCP), `turn:` is
 * UDP unless `?transport=tcp` (RFC 7065 §3).
 *
 * @param url - A parsed TURN URL.
 * @returns `udp`, `tcp` or `tls`.
 */
export function turnTransport(url: IceServerUrl): TurnTransport {
  if (url.secure) return 'tls';
  return url.transport === 'tcp' ? 'tcp' : 'udp';
}

/**
 * The three URLs that test one TURN server over each transport:
 * `turn:host:port?transport=udp`, `turn:host:port?transport=tcp` and
 * `turns:host:443?transport=tcp` (RFC 7065 §3; 443 because it is the port
 * locked-down networks leave open).
 *
 * @param url - Any `turn:`/`turns:` URL of the server.
 * @returns The three URLs, or `null` when `url` is no TURN URL.
 */
export function transportVariants(url: string): string[] | null {
  const parsed = parseIceServerUrl(url);
  if (!parsed.ok || parsed.value.kind !== 'turn') return null;
  const { host, hostKind } = parsed.value;
  const port = parsed.value.secure ? 3478 : parsed.value.port;
  const h = hostKind === 'ipv6' ? `[${host}]` : host;
  return [`turn:${h}:${port}?transport=udp`, `turn:${h}:${port}?transport=tcp`, `turns:${h}:443?transport=tcp`];
}

const ERROR_CODES: readonly (readonly [readonly number[], AllocationCode])[] = [
  [[401, 441], 'auth-failed'],
  [[403], 'forbidden'],
  [[486], 'quota'],
  [[508], 'capacity'],
  [[437], 'mismatch'],
  [[438], 'stale-nonce'],
  [[442], 'unsupported-transport'],
];

/**
 * The allocation verdict: `ok` when a relay candidate came back (whatever
 * errors came beside it); otherwise the most telling error code
 * (401 → 403 → 486 → 508 → 437 → 438 → 442), any other code
 * `server-error`, 701 `unreachable`, nothing at all `no-response`.
 *
 * @param evidence - What the allocation step saw.
 * @returns The code.
 */
export function allocationVerdict(evidence: AllocationEvidence): AllocationCode {
  if (evidence.relay !== null) return 'ok';
  if (evidence.end === 'failed') return 'browser-refused';
  const codes = new Set(evidence.errors.filter((e) => e.phase === 'allocation').map((e) => e.errorCode));
  for (const [list, code] of ERROR_CODES) if (list.some((c) => codes.has(c))) return code;
  if ([...codes].some((c) => c !== 701)) return 'server-error';
  if (codes.has(701)) return 'unreachable';
  return 'no-response';
}

/**
 * Whether a relay address suits where the peers are. Only the address class
 * is evidence: a loopback relay address (127/8, ::1) is reachable only from
 * the server's own machine, so it is flagged unless the peers are on this
 * machine; a private, CGNAT, link-local, unique-local or documentation
 * address (RFC 1918, RFC 6598, RFC 3927, RFC 4193, RFC 5737) is flagged
 * when the peers are on other networks — peers there cannot send to it
 * unless something routes it, which this check cannot see. Public
 * addresses and peers on the same network are never flagged.
 *
 * @param address - The relay candidate's address.
 * @param peers - Where the reader says the peers are.
 * @returns The warning, or `null`.
 */
export function relayAddressWarning(address: string, peers: PeerLocation): RelayAddressWarning {
  const cls = classifyAddress(address);
  if (cls === 'loopback') return peers === 'this-machine' ? null : 'loopback-relay';
  const nonRoutable: readonly AddressClass[] = ['private', 'cgnat', 'link-local', 'unique-local', 'documentation'];
  if (nonRoutable.includes(cls) && peers === 'other-networks') return 'private-relay';
  return null;
}

/**
 * One row of the verdict table from both steps' evidence.
 *
 * @param input - URL, evidence, where the peers are, how credentials were made, and this clock (Unix seconds).
 * @returns The verdict with advice for `turnserver.conf`.
 */
export function turnCheckVerdict(input: {
  readonly url: IceServerUrl;
  readonly allocation: AllocationEvidence;
  readonly data: DataEvidence | null;
  readonly peers: PeerLocation;
  readonly credentials: CredentialSource;
  readonly nowSeconds: number;
}): TurnCheckVerdict {
  const transport = turnTransport(input.url);
  const allocation = allocationVerdict(input.allocation);
  const relay = input.allocation.relay;
  const data: DataCode = input.data === null ? 'not-run' : input.data.outcome === 'passed' ? 'ok' : 'failed';
  const warning = relay === null ? null : relayAddressWarning(relay.address, input.peers);
  const rest =
    allocation === 'auth-failed' && input.credentials.kind === 'rest'
      ? readRestRejection(input.credentials.expiry, input.nowSeconds, input.credentials.derivedHere)
      : null;
  const advice: Advice[] = [];
  const p = { url: input.url.url, host: input.url.host, port: input.url.port, address: relay?.address ?? '' };
  if (allocation === 'auth-failed') {
    if (rest === 'expired') advice.push({ key: 'advice.rest-expired', params: p });
    else if (rest !== null) advice.push({ key: `advice.rest-${rest}`, params: p });
    else advice.push({ key: 'advice.auth-failed', params: p });
  } else if (allocation === 'unreachable' || allocation === 'no-response') {
    advice.push({ key: `advice.unreachable.${transport}`, params: p });
  } else if (allocation !== 'ok') {
    advice.push({ key: `advice.${allocation}`, params: p });
  }
  if (warning !== null) advice.push({ key: `advice.${warning}`, params: p });
  if (allocation === 'ok' && data === 'failed') advice.push({ key: 'advice.data-failed', params: p });
  const overall = allocation !== 'ok' || data === 'failed' ? 'failed' : warning !== null || data === 'not-run' ? 'warning' : 'ok';
  return {
    url: input.url.url,
    transport,
    allocation,
    data,
    relayAddress: relay?.address ?? null,
    relayClass: relay === null ? null : classifyAddress(relay.address),
    warning,
    rest,
    advice,
    overall,
  };
}
