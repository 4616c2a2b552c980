/**
 * The NAT mapping hint: with two STUN servers at different IP addresses,
 * compare the server-reflexive addresses one socket gets from each
 * (RFC 4787 §4.1, the test RFC 5780 §4.3 describes). The same mapping for
 * both destinations means endpoint-independent mapping is likely; a
 * different one means address- or address-and-port-dependent mapping.
 * Filtering (RFC 4787 §5) cannot be tested from a browser: it would need
 * the server to answer from another address (CHANGE-REQUEST, RFC 5780 §7.2),
 * which `RTCPeerConnection` never sends.
 *
 * How the evidence is gathered (browser adapter): one round with each
 * server alone (does it answer at all?) and one round with both, where the
 * browser sends to both servers from the same socket. Chromium keeps only
 * the first of two identical srflx candidates, so "same mapping" shows up
 * as one srflx candidate in the joint round while both solo rounds
 * answered; Firefox may show two equal ones. Both read as the same mapping.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { canonicalAddress, isHiddenRelatedAddressText } from './addressHelpers.ts';
import type { IceServerUrl, IceServerUrlError } from '../ice/parseIceServerUrl.ts';
import { parseIceServerUrl } from '../ice/parseIceServerUrl.ts';
import { iceServerUrlErrorText } from '../ice/localizeError.ts';
import type { Lang } from '../../i18n/locales.ts';

/** Stable codes of {@link MappingServersError}. */
export type MappingServersErrorCode = 'invalid-url' | 'not-stun' | 'same-address' | 'mixed-families';

/** Why two server URLs cannot be compared. */
export interface MappingServersError extends LibError {
  readonly code: MappingServersErrorCode;
  /** 0 or 1: which URL is at fault, or `null` for the pair. */
  readonly index: 0 | 1 | null;
  /** For `invalid-url`: the parser's own error, so a widget can say it in the page's language. */
  readonly urlError?: IceServerUrlError;
}

/** Two checked STUN servers. */
export interface MappingServers {
  readonly a: IceServerUrl;
  readonly b: IceServerUrl;
  /** `names`: at least one is a host name, which may resolve to the other's address. */
  readonly warning: 'names' | null;
}

/**
 * Checks the two STUN URLs: both must be `stun:` URLs, not the same literal
 * IP address (ports do not matter: the mapping test needs a different
 * destination address), and not one IPv4 and one IPv6 (each family has its
 * own socket, so nothing would be compared). Names are accepted with a
 * warning, because the browser resolves them and they may be one address.
 *
 * @param urlA - First URL.
 * @param urlB - Second URL.
 * @returns The parsed pair, or the first problem.
 */
export function checkMappingServers(urlA: string, urlB: string): Result<MappingServers, MappingServersError> {
  const parsed: IceServerUrl[] = [];
  for (const [i, url] of [urlA, urlB].entries()) {
    const index = i as 0 | 1;
    const result = parseIceServerUrl(url.trim());
    if (!result.ok) return err({ code: 'invalid-url', index, message: result.error.message, urlError: result.error });
    if (result.value.kind !== 'stun' || result.value.secure) {
      return err({ code: 'not-stun', index, message: `"${url.trim()}" is not a stun: URL; the mapping hint needs two plain STUN servers (stun:host:port).` });
    }
    parsed.push(result.value);
  }
  const [a, b] = parsed as [IceServerUrl, IceServerUrl];
  if (a.hostKind !== 'name' && b.hostKind !== 'name') {
    if (canonicalAddress(a.host) === canonicalAddress(b.host)) {
      return err({
        code: 'same-address',
        index: 1,
        message: `Both servers are at ${a.host}. A mapping can only change with the destination address, so the second server must have a different IP address (a second address on the same machine will do).`,
      });
    }
    if (a.hostKind !== b.hostKind) {
      return err({ code: 'mixed-families', index: 1, message: 'One server is IPv4 and the other IPv6; the browser uses a separate socket for each, so there is nothing to compare. Use two of the same family.' });
    }
  }
  return ok({ a, b, warning: a.hostKind === 'name' || b.hostKind === 'name' ? 'names' : null });
}

/** One server-reflexive candidate as evidence. */
export interface SrflxEvidence {
  readonly address: string;
  readonly port: number;
  /** `raddr`/`rport`: the local socket; `0.0.0.0:0` when the browser hides it. */
  readonly relatedAddress: string | null;
  readonly relatedPort: number | null;
  /** The server the browser said it came from, normalised; `null` if not said. */
  readonly server: 'a' | 'b' | null;
}

/** One `icecandidateerror` of the joint round (W3C WebRTC 1.0 §4.8.2, RTCPeerConnectionIceErrorEvent). */
export interface RoundError {
  readonly errorCode: number;
  readonly errorText: string;
  readonly url: string | null;
  /** The local address the failing request left from (Chrome may mask it). */
  readonly address: string | null;
  /** The server the error names, normalised; `null` if the browser did not say. */
  readonly server: 'a' | 'b' | null;
}

/** What the three rounds saw. */
export interface MappingEvidence {
  /** UDP srflx candidates of the round with server A alone. */
  readonly soloA: readonly SrflxEvidence[];
  readonly soloB: readonly SrflxEvidence[];
  /** UDP srflx candidates of the round with both servers. */
  readonly joint: readonly SrflxEvidence[];
  /** Every `icecandidateerror` of the joint round. */
  readonly jointErrors: readonly RoundError[];
  /**
   * Whether the joint round's gathering reached `complete` in time. Chromium
   * keeps one of two equal srflx candidates, so a single joint candidate is
   * only proof of the same mapping when gathering completed: only then has
   * every binding request to both servers ended (an unanswered one ends in
   * an `icecandidateerror`).
   */
  readonly jointComplete: boolean;
}

/** The hint's conclusion. */
export type MappingHintCode = 'same-mapping' | 'different-mapping' | 'indeterminate';

/** Why the hint is indeterminate. */
export type IndeterminateReason = 'a-no-answer' | 'b-no-answer' | 'joint-no-answer' | 'joint-error' | 'joint-incomplete' | 'several-sockets' | 'unattributed' | null;

/** {@link classifyMapping}'s result. */
export interface MappingHint {
  readonly code: MappingHintCode;
  readonly reason: IndeterminateReason;
  /** The mapping(s) seen in the joint round as `address:port`, A's first. */
  readonly mappings: readonly string[];
  /** Whether the joint round's mappings kept the local port (port preservation, RFC 4787 §4.2.1), when raddr was visible. */
  readonly portPreserved: boolean | null;
}

/**
 * The placeholders of the widget's sentence for a refused pair of URLs
 * (`map.error.<code>`), in the page's language: which server is at fault,
 * the URL parser's own reason (its `message` is English, for logs), and
 * server A's host (for `same-address`).
 *
 * @param lang - the page's language
 * @param error - from {@link checkMappingServers}
 * @param urlA - server A's URL as typed
 * @returns `{ which, detail, host }`
 */
export function mappingServersErrorParams(lang: Lang, error: MappingServersError, urlA: string): { which: 'A' | 'B'; detail: string; host: string } {
  const parsedA = parseIceServerUrl(urlA.trim());
  return {
    which: error.index === 0 ? 'A' : 'B',
    detail: error.urlError === undefined ? error.message : iceServerUrlErrorText(lang, error.urlError),
    host: parsedA.ok ? parsedA.value.host : '',
  };
}

/**
 * Classifies the evidence. Indeterminate when either server gave no srflx
 * candidate on its own (unreachable, or it saw the host address itself and
 * the browser dropped the duplicate — this cannot tell which), when the
 * joint round gave none, when the joint round reported an
 * `icecandidateerror` (a server that failed there proves nothing about the
 * shared socket's mapping toward it), when the joint round did not complete
 * and lacks a candidate from one of the servers (that server may not have
 * answered this time: the one candidate seen is not evidence for both), or
 * when the joint round shows several local
 * sockets whose candidates cannot be told apart (hidden raddr). Different
 * when the joint round has candidates from A and from B from one socket
 * with different address or port. Same when the joint round has exactly
 * one mapping per socket and both solo rounds answered.
 *
 * @param evidence - Candidates of the three rounds.
 * @returns The hint.
 */
export function classifyMapping(evidence: MappingEvidence): MappingHint {
  const none = (reason: IndeterminateReason): MappingHint => ({ code: 'indeterminate', reason, mappings: mappingsOf(evidence.joint), portPreserved: null });
  if (evidence.soloA.length === 0) return none('a-no-answer');
  if (evidence.soloB.length === 0) return none('b-no-answer');
  if (evidence.jointErrors.length > 0) return none('joint-error');
  if (evidence.joint.length === 0) return none('joint-no-answer');
  const answered = new Set(evidence.joint.map((c) => c.server));
  if (!evidence.jointComplete && !(answered.has('a') && answered.has('b'))) return none('joint-incomplete');
  const hidden = evidence.joint.some((c) => isHiddenRelatedAddressText(c.relatedAddress, c.relatedPort));
  // Group by local socket when the browser shows it; otherwise all candidates are one group.
  const groups = new Map<string, SrflxEvidence[]>();
  for (const c of evidence.joint) {
    const key = hidden ? '*' : `${canonicalAddress(c.relatedAddress ?? '') ?? c.relatedAddress}|${c.relatedPort}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let different = false;
  for (const group of groups.values()) {
    const distinct = new Set(group.map(endpoint));
    if (distinct.size === 1) continue;
    const fromA = group.filter((c) => c.server === 'a').map(endpoint);
    const fromB = group.filter((c) => c.server === 'b').map(endpoint);
    if (hidden && (group.length !== 2 || fromA.length !== 1 || fromB.length !== 1)) return none('several-sockets');
    if (fromA.length === 0 || fromB.length === 0) return none('unattributed');
    if (fromA.some((x) => !fromB.includes(x))) different = true;
  }
  const preserved = hidden ? null : evidence.joint.every((c) => c.port === c.relatedPort);
  return { code: different ? 'different-mapping' : 'same-mapping', reason: null, mappings: mappingsOf(evidence.joint), portPreserved: preserved };
}

function endpoint(c: SrflxEvidence): string {
  const address = canonicalAddress(c.address) ?? c.address;
  return address.includes(':') ? `[${address}]:${c.port}` : `${address}:${c.port}`;
}

function mappingsOf(joint: readonly SrflxEvidence[]): string[] {
  const order = (c: SrflxEvidence) => (c.server === 'a' ? 0 : c.server === 'b' ? 1 : 2);
  return [...new Set([...joint].sort((x, y) => order(x) - order(y)).map(endpoint))];
}
