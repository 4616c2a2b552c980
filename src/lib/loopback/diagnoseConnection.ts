/**
 * Why a connection between the two tabs did not come up, in plain words,
 * from what one tab can observe: its forcing mode and servers, the
 * candidates it gathered and received, `icecandidateerror` events, the
 * pair table and the ICE, DTLS and peer-connection states.
 *
 * The order of the checks follows the order things happen in ICE
 * (RFC 8445 §2): no local candidates, then no remote candidates, then
 * failed checks on every pair (§7.2.5.2), then DTLS over a working pair.
 * Each diagnosis names the article section that explains it.
 */
import type { PairRow } from './candidatePairs.ts';
import type { ForcingMode } from './forcing.ts';

/** An `icecandidateerror` as the lab keeps it. */
export interface CandidateErrorRecord {
  /** STUN error code (RFC 8489 §14.8), or 701 when the server could not be reached. */
  readonly errorCode: number;
  readonly url: string;
}

/** What one tab has observed about its connection. */
export interface ConnectionObservation {
  readonly mode: ForcingMode;
  /** How many `turn:`/`turns:` URLs the peer connection was given. */
  readonly turnUrls: number;
  /** `RTCPeerConnection.connectionState`. */
  readonly connectionState: string;
  /** `RTCPeerConnection.iceConnectionState`. */
  readonly iceConnectionState: string;
  /** `RTCPeerConnection.iceGatheringState`. */
  readonly iceGatheringState: string;
  /** `RTCDtlsTransport.state`, when known. */
  readonly dtlsState: string | null;
  readonly localCandidates: number;
  readonly remoteCandidates: number;
  /** Whether the other tab said end-of-candidates. */
  readonly remoteGatheringDone: boolean;
  readonly candidateErrors: readonly CandidateErrorRecord[];
  readonly pairs: readonly PairRow[];
}

/** Stable codes of a diagnosis (text: `failure.<code>`). */
export type DiagnosisCode =
  | 'relay-without-turn'
  | 'turn-auth-failed'
  | 'server-unreachable'
  | 'no-local-candidates'
  | 'no-remote-candidates'
  | 'relay-checks-failed'
  | 'checks-failed'
  | 'dtls-failed'
  | 'disconnected'
  | 'failed-unknown';

/** Where an explanation lives: an article slug and a heading id in it. */
export interface ExplanationLink {
  readonly slug: 'two-tabs' | 'how-ice-works';
  readonly anchor: string;
}

/** A diagnosis: what went wrong, the values its sentence quotes, and where to read more. */
export interface Diagnosis {
  readonly code: DiagnosisCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** `true` for a hard failure; `false` for a state ICE may still recover from. */
  readonly fatal: boolean;
  readonly explanation: ExplanationLink;
}

/**
 * Says why the connection failed or stalled, or `null` when nothing is
 * wrong (yet). A connection that is still gathering or checking is not
 * judged, except when the outcome is already certain: gathering finished
 * with no candidate on one side.
 *
 * @param o - What this tab observed.
 * @returns The diagnosis, or `null`.
 * @example
 * diagnoseConnection({ mode: 'relay', turnUrls: 0, iceGatheringState: 'complete', localCandidates: 0, … })
 * // → { code: 'relay-without-turn', fatal: true, … }
 */
export function diagnoseConnection(o: ConnectionObservation): Diagnosis | null {
  const failed = o.connectionState === 'failed' || o.iceConnectionState === 'failed';
  const connected = o.connectionState === 'connected';
  if (connected && o.iceConnectionState !== 'disconnected') return null;

  const gatheredNothing = o.iceGatheringState === 'complete' && o.localCandidates === 0;
  if (gatheredNothing || (failed && o.localCandidates === 0)) {
    if (o.mode === 'relay' && o.turnUrls === 0) return fatal('relay-without-turn', {}, 'two-tabs', 'forcing');
    const auth = o.candidateErrors.find((e) => e.errorCode === 401 || e.errorCode === 403 || e.errorCode === 431);
    if (auth !== undefined) return fatal('turn-auth-failed', { url: auth.url, code: auth.errorCode }, 'two-tabs', 'forcing');
    const unreachable = o.candidateErrors.find((e) => e.errorCode === 701);
    if (unreachable !== undefined) return fatal('server-unreachable', { url: unreachable.url, code: 701 }, 'two-tabs', 'forcing');
    return fatal('no-local-candidates', {}, 'how-ice-works', 'gathering-and-exchange');
  }
  if (o.remoteGatheringDone && o.remoteCandidates === 0 && (failed || o.iceGatheringState === 'complete')) {
    return fatal('no-remote-candidates', {}, 'two-tabs', 'forcing');
  }

  if (failed) {
    if (o.dtlsState === 'failed' || (o.iceConnectionState !== 'failed' && o.connectionState === 'failed')) {
      return fatal('dtls-failed', {}, 'two-tabs', 'when-it-fails');
    }
    const tried = o.pairs.length;
    if (tried > 0 && o.pairs.every((p) => p.local.type === 'relay' || p.remote.type === 'relay')) {
      return fatal('relay-checks-failed', { pairs: tried }, 'two-tabs', 'forcing');
    }
    if (tried > 0) return fatal('checks-failed', { pairs: tried }, 'how-ice-works', 'connectivity-checks');
    return fatal('failed-unknown', { state: o.connectionState }, 'two-tabs', 'when-it-fails');
  }

  if (o.iceConnectionState === 'disconnected') {
    return { code: 'disconnected', params: {}, fatal: false, explanation: { slug: 'how-ice-works', anchor: 'consent-freshness' } };
  }
  return null;
}

function fatal(
  code: DiagnosisCode,
  params: Readonly<Record<string, string | number>>,
  slug: ExplanationLink['slug'],
  anchor: string,
): Diagnosis {
  return { code, params, fatal: true, explanation: { slug, anchor } };
}
