/**
 * Why a connection did not come up, in plain words tied to the evidence,
 * from what one side can observe: its forcing mode and servers, the
 * candidates both sides offered, `icecandidateerror` events, the pair
 * table (every pair's last known state) and the ICE, DTLS and
 * peer-connection states it went through. Shared by the two-tab lab and
 * the two-machine test.
 *
 * Two layers:
 *
 * - the **diagnosis** names the step that failed, from the states actually
 *   observed, in the order things happen in ICE (RFC 8445 §2): no local
 *   candidates, no remote candidates, every pair failed its checks
 *   (§7.2.5.2, ICE state `failed`), or ICE found a pair and the DTLS
 *   handshake over it failed (ICE `connected`/`completed` or a pair
 *   `succeeded`, then the connection `failed`);
 * - **findings** say, for failed checks, what the candidates and pair
 *   states show about why: only host candidates in different subnets,
 *   `.local` names that cannot be resolved across routers, srflx pairs
 *   that failed (address-dependent filtering), relay pairs that failed
 *   (the TURN server cannot reach the other relay), loopback relays that
 *   coturn refuses without `allow-loopback-peers` — and `cannot-tell` when
 *   the evidence does not say.
 */
import type { PairRow } from './candidatePairs.ts';
import type { ForcingMode } from './forcing.ts';
import type { Candidate, CandidateType } from '../ice/parseCandidate.ts';
import { parseCandidate } from '../ice/parseCandidate.ts';
import { classifyAddress, parseIpv4, parseIpv6 } from '../ice/address.ts';

/** An `icecandidateerror` as the lab keeps it. */
export interface CandidateErrorRecord {
  /** STUN error code (RFC 8489 §14.8), or 701 when the server could not be reached. */
  readonly errorCode: number;
  readonly url: string;
}

/** What one side has observed about its connection. */
export interface ConnectionObservation {
  readonly mode: ForcingMode;
  /** How many `turn:`/`turns:` URLs the peer connection was given. */
  readonly turnUrls: number;
  /** `RTCPeerConnection.connectionState`. */
  readonly connectionState: string;
  /** `RTCPeerConnection.iceConnectionState`. */
  readonly iceConnectionState: string;
  /** Whether `iceConnectionState` was ever `connected` or `completed` in this session. */
  readonly iceWasConnected: boolean;
  /** `RTCPeerConnection.iceGatheringState`. */
  readonly iceGatheringState: string;
  /** `RTCDtlsTransport.state`, when known. */
  readonly dtlsState: string | null;
  /** This side's candidate lines (`candidate:…`), as gathered. */
  readonly localCandidates: readonly string[];
  /** The other side's candidate lines, as received. */
  readonly remoteCandidates: readonly string[];
  /** Whether the other side said end-of-candidates. */
  readonly remoteGatheringDone: boolean;
  readonly candidateErrors: readonly CandidateErrorRecord[];
  /** Every pair seen, with its last known state (failed pairs stay). */
  readonly pairs: readonly PairRow[];
}

/** Stable codes of a diagnosis (text: `failure.<code>`). */
export type DiagnosisCode =
  | 'relay-without-turn'
  | 'turn-auth-failed'
  | 'server-unreachable'
  | 'no-local-candidates'
  | 'no-remote-candidates'
  | 'checks-failed'
  | 'checks-failed-unseen'
  | 'dtls-failed'
  | 'path-lost'
  | 'disconnected'
  | 'failed-unknown';

/** Stable codes of a finding (text: `finding.<code>`). */
export type FindingCode =
  | 'mdns-unresolved'
  | 'mdns-only'
  | 'hosts-different-subnets'
  | 'hosts-same-subnet'
  | 'address-families-differ'
  | 'srflx-pairs-failed'
  | 'relay-loopback-peer'
  | 'relay-pairs-failed'
  | 'no-relay'
  | 'cannot-tell';

/** One observation about why checks failed, with the values its sentence quotes. */
export interface Finding {
  readonly code: FindingCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Where an explanation lives: an article slug and a heading id in it. */
export interface ExplanationLink {
  readonly slug: 'two-tabs' | 'how-ice-works' | 'test-the-real-network';
  readonly anchor: string;
}

/** A diagnosis: what went wrong, the values its sentence quotes, and where to read more. */
export interface Diagnosis {
  readonly code: DiagnosisCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** `true` for a hard failure; `false` for a state ICE may still recover from. */
  readonly fatal: boolean;
  readonly explanation: ExplanationLink;
  /** For failed checks: what the candidates and pair states show (never empty then). */
  readonly findings: readonly Finding[];
}

/**
 * Says why the connection failed or stalled, or `null` when nothing is
 * wrong (yet). A connection that is still gathering or checking is not
 * judged, except when the outcome is already certain: gathering finished
 * with no candidate on one side.
 *
 * @param o - What this side observed.
 * @returns The diagnosis, or `null`.
 * @example
 * diagnoseConnection({ mode: 'relay', turnUrls: 0, iceGatheringState: 'complete', localCandidates: [], … })
 * // → { code: 'relay-without-turn', fatal: true, … }
 */
export function diagnoseConnection(o: ConnectionObservation): Diagnosis | null {
  const iceFailed = o.iceConnectionState === 'failed';
  const failed = o.connectionState === 'failed' || iceFailed;
  if (o.connectionState === 'connected' && o.iceConnectionState !== 'disconnected') return null;

  const gatheredNothing = o.iceGatheringState === 'complete' && o.localCandidates.length === 0;
  if (gatheredNothing || (failed && o.localCandidates.length === 0)) {
    if (o.mode === 'relay' && o.turnUrls === 0) return fatal('relay-without-turn', {}, 'two-tabs', 'forcing');
    const auth = o.candidateErrors.find((e) => e.errorCode === 401 || e.errorCode === 403 || e.errorCode === 431);
    if (auth !== undefined) return fatal('turn-auth-failed', { url: auth.url, code: auth.errorCode }, 'two-tabs', 'forcing');
    const unreachable = o.candidateErrors.find((e) => e.errorCode === 701);
    if (unreachable !== undefined) return fatal('server-unreachable', { url: unreachable.url, code: 701 }, 'two-tabs', 'forcing');
    return fatal('no-local-candidates', {}, 'how-ice-works', 'gathering-and-exchange');
  }
  if (o.remoteGatheringDone && o.remoteCandidates.length === 0 && (failed || o.iceGatheringState === 'complete')) {
    return fatal('no-remote-candidates', {}, 'two-tabs', 'forcing');
  }

  if (failed) {
    // ICE found a path when its state reached connected/completed or a pair succeeded;
    // a failure after that is the DTLS handshake (or DTLS itself said so).
    const icePathFound = o.iceWasConnected || o.pairs.some((p) => p.state === 'succeeded');
    if (o.dtlsState === 'failed' || (!iceFailed && icePathFound)) {
      return fatal('dtls-failed', {}, 'two-tabs', 'when-it-fails');
    }
    // ICE had a working pair and then lost it: consent checks went unanswered (RFC 7675 §5.1).
    if (iceFailed && o.iceWasConnected) return fatal('path-lost', {}, 'how-ice-works', 'consent-freshness');
    if (iceFailed || !icePathFound) {
      const tried = o.pairs.length;
      if (tried === 0 && o.remoteCandidates.length === 0) return fatal('failed-unknown', { state: o.connectionState }, 'two-tabs', 'when-it-fails');
      const implied = tried === 0 ? impliedPairs(o.localCandidates, o.remoteCandidates) : null;
      return {
        code: tried === 0 ? 'checks-failed-unseen' : 'checks-failed',
        params: implied === null ? { pairs: tried, tried: describePairs(o.pairs) } : { pairs: implied.count, tried: implied.text },
        fatal: true,
        explanation: { slug: 'two-tabs', anchor: 'when-it-fails' },
        findings: findFailureEvidence(o),
      };
    }
    return fatal('failed-unknown', { state: o.connectionState }, 'two-tabs', 'when-it-fails');
  }

  if (o.iceConnectionState === 'disconnected') {
    return { code: 'disconnected', params: {}, fatal: false, explanation: { slug: 'how-ice-works', anchor: 'consent-freshness' }, findings: [] };
  }
  return null;
}

/**
 * The pairs tried, by candidate types (local→remote) with how many there
 * were, e.g. `relay→relay ×4, host→host ×2`; `none` when no pair formed.
 *
 * @param pairs - The pair table's rows.
 * @returns A short, language-neutral list.
 */
export function describePairs(pairs: readonly PairRow[]): string {
  if (pairs.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const key = `${p.local.type ?? '?'}→${p.remote.type ?? '?'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ');
}

/**
 * The pairs the candidates imply when the browser reported none: each local
 * host or relayed candidate with each remote candidate of the same address
 * family (RFC 8445 §6.1.2.2; a local srflx candidate is pruned in favour of
 * its base, §6.1.2.4). Remote `.local` names are left out: they pair only
 * once resolved.
 *
 * @param localLines - This side's candidate lines.
 * @param remoteLines - The other side's candidate lines.
 * @returns How many, and the same short list as {@link describePairs}.
 */
export function impliedPairs(localLines: readonly string[], remoteLines: readonly string[]): { count: number; text: string } {
  const local = side(localLines).candidates.filter((c) => c.type === 'host' || c.type === 'relay');
  const remote = side(remoteLines).candidates.filter((c) => c.addressKind === 'ipv4' || c.addressKind === 'ipv6');
  const counts = new Map<string, number>();
  let count = 0;
  for (const l of local) {
    for (const r of remote) {
      if (l.addressKind !== r.addressKind) continue;
      const key = `${l.type}→${r.type}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      count += 1;
    }
  }
  return { count, text: count === 0 ? 'none' : [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ') };
}

interface Side {
  readonly candidates: readonly Candidate[];
  readonly types: ReadonlySet<CandidateType>;
}

function side(lines: readonly string[]): Side {
  const candidates: Candidate[] = [];
  for (const line of lines) {
    const parsed = parseCandidate(line, { requireRelatedAddress: false });
    if (parsed.ok) candidates.push(parsed.value);
  }
  return { candidates, types: new Set(candidates.map((c) => c.type)) };
}

/**
 * What the candidates of both sides and the final pair states show about
 * failed checks. Each rule quotes its evidence; when none applies, the
 * single finding is `cannot-tell`.
 *
 * @param o - What this side observed.
 * @returns At least one finding.
 */
export function findFailureEvidence(o: ConnectionObservation): Finding[] {
  const local = side(o.localCandidates);
  const remote = side(o.remoteCandidates);
  const findings: Finding[] = [];
  const hostOnly = (s: Side) => s.candidates.length > 0 && [...s.types].every((t) => t === 'host');

  // mDNS: `.local` host names resolve by multicast on one link only (RFC 6762 §3).
  const remoteMdns = remote.candidates.filter((c) => c.type === 'host' && c.addressKind === 'mdns');
  const remoteHostPairs = o.pairs.filter((p) => p.remote.type === 'host');
  if (remoteMdns.length > 0 && remoteHostPairs.length === 0) {
    findings.push({ code: 'mdns-unresolved', params: { count: remoteMdns.length } });
  }
  const mdnsOnly = (s: Side) => hostOnly(s) && s.candidates.every((c) => c.addressKind === 'mdns');
  if (mdnsOnly(local) || mdnsOnly(remote)) {
    findings.push({ code: 'mdns-only', params: { sides: mdnsOnly(local) && mdnsOnly(remote) ? 'both' : mdnsOnly(local) ? 'local' : 'remote' } });
  }

  // Host candidates only, with literal addresses on both sides: compare their subnets.
  if (hostOnly(local) && hostOnly(remote)) {
    const a = ipAddresses(local);
    const b = ipAddresses(remote);
    if (a.length > 0 && b.length > 0) {
      const famA = new Set(a.map(family));
      const famB = new Set(b.map(family));
      if (![...famA].some((f) => famB.has(f))) {
        findings.push({ code: 'address-families-differ', params: { local: a.join(', '), remote: b.join(', ') } });
      } else if (!a.some((x) => b.some((y) => sameSubnet(x, y)))) {
        findings.push({ code: 'hosts-different-subnets', params: { local: a.join(', '), remote: b.join(', ') } });
      } else {
        findings.push({ code: 'hosts-same-subnet', params: { local: a.join(', '), remote: b.join(', ') } });
      }
    }
  }

  // A pair the browser dropped before it succeeded counts as failed: Chromium prunes failed pairs.
  const failedPairs = o.pairs.filter(didNotSucceed);
  const allFailed = failedPairs.length === o.pairs.length;
  const srflxPairs = o.pairs.filter((p) => p.local.type === 'srflx' || p.remote.type === 'srflx');
  if (srflxPairs.length > 0 && srflxPairs.every(didNotSucceed)) {
    findings.push({ code: 'srflx-pairs-failed', params: { pairs: srflxPairs.length } });
  }

  const relayPairs = o.pairs.filter((p) => p.local.type === 'relay' || p.remote.type === 'relay');
  const localRelays = local.candidates.filter((c) => c.type === 'relay');
  const remoteRelays = remote.candidates.filter((c) => c.type === 'relay');
  if (relayPairs.every(didNotSucceed) && localRelays.length > 0 && (remoteRelays.length > 0 || relayPairs.length > 0)) {
    // coturn refuses permissions for loopback peers unless it runs with allow-loopback-peers.
    const loopback = [...localRelays, ...remoteRelays].filter((c) => classifyAddress(c.address) === 'loopback');
    if (loopback.length > 0) {
      findings.push({ code: 'relay-loopback-peer', params: { address: loopback[0]?.address ?? '' } });
    } else if (remoteRelays.length > 0) {
      findings.push({ code: 'relay-pairs-failed', params: { pairs: relayPairs.length } });
    }
  }

  if (allFailed && !local.types.has('relay') && !remote.types.has('relay')) {
    findings.push({ code: 'no-relay', params: {} });
  }
  if (findings.length === 0) findings.push({ code: 'cannot-tell', params: { pairs: o.pairs.length, failed: failedPairs.length } });
  return findings;
}

function didNotSucceed(p: PairRow): boolean {
  return p.state === 'failed' || (p.gone && p.state !== 'succeeded');
}

function ipAddresses(s: Side): string[] {
  return [...new Set(s.candidates.filter((c) => c.addressKind === 'ipv4' || c.addressKind === 'ipv6').map((c) => c.address))];
}

function family(address: string): 'v4' | 'v6' {
  return parseIpv4(address) !== null ? 'v4' : 'v6';
}

/** Same /24 (IPv4) or /64 (IPv6): the prefixes most LANs use; the masks themselves are not in candidates. */
function sameSubnet(a: string, b: string): boolean {
  const a4 = parseIpv4(a);
  const b4 = parseIpv4(b);
  if (a4 !== null && b4 !== null) return a4[0] === b4[0] && a4[1] === b4[1] && a4[2] === b4[2];
  const a6 = parseIpv6(a);
  const b6 = parseIpv6(b);
  if (a6 !== null && b6 !== null) return a6.slice(0, 4).every((g, i) => g === b6[i]);
  return false;
}

function fatal(
  code: DiagnosisCode,
  params: Readonly<Record<string, string | number>>,
  slug: ExplanationLink['slug'],
  anchor: string,
): Diagnosis {
  return { code, params, fatal: true, explanation: { slug, anchor }, findings: [] };
}
