/**
 * Verdicts on one round of candidate gathering: did each STUN/TURN server
 * work, and what does the set of candidates mean for a call between two
 * different networks? Pure logic over what the browser reported, so the
 * candidate gatherer widget stays a thin shell around `RTCPeerConnection`.
 *
 * Sources: candidate types (RFC 8445 §5.1.1), STUN/TURN error codes
 * (RFC 8489 §14.8, RFC 8656), the `icecandidateerror` event and its
 * code 701 (W3C WebRTC 1.0, RTCPeerConnectionIceErrorEvent), and
 * `iceTransportPolicy` (W3C WebRTC 1.0, RTCConfiguration).
 */
import type { iceText } from './messages.ts';
import type { KeyOf } from '../../i18n/dictionary.ts';
import { canonicalAddress } from './address.ts';
import type { Candidate } from './parseCandidate.ts';
import { isHiddenRelatedAddress } from './parseCandidate.ts';
import type { IceServerUrl } from './parseIceServerUrl.ts';
import { parseIceServerUrl, sameIceServerUrl } from './parseIceServerUrl.ts';

/** A key of the ICE texts (`./messages.ts`). */
type MessageKey = KeyOf<typeof iceText>;

/** A gathered candidate and the server URL the browser said it came from. */
export interface GatheredCandidate {
  readonly candidate: Candidate;
  /** `RTCIceCandidate.url` or `RTCPeerConnectionIceEvent.url`, when reported. */
  readonly url?: string | null;
}

/** The fields of an `icecandidateerror` event (RTCPeerConnectionIceErrorEvent). */
export interface IceCandidateErrorInfo {
  readonly errorCode: number;
  readonly errorText?: string;
  readonly url?: string | null;
  /** The local address the failing request was sent from (may be hidden). */
  readonly address?: string | null;
  readonly port?: number | null;
}

/** How gathering ended: `icegatheringstatechange` to complete, our timer, or not yet. */
export type GatheringCompletion = 'complete' | 'timed-out' | 'in-progress';

/** Everything {@link evaluateGathering} looks at. */
export interface GatheringInput {
  /** `RTCConfiguration.iceServers` as configured (validated here). */
  readonly iceServers: readonly unknown[];
  readonly candidates: readonly GatheredCandidate[];
  readonly errors: readonly IceCandidateErrorInfo[];
  readonly completion: GatheringCompletion;
  readonly iceTransportPolicy?: 'all' | 'relay';
  /** The gatherer's time limit, quoted by the `gathering-timed-out` reading. */
  readonly timeoutSeconds?: number;
}

/** Verdict codes for one configured server URL. */
export type ServerVerdictCode =
  | 'works'
  | 'unreachable'
  | 'no-response'
  | 'auth-failed'
  | 'forbidden'
  | 'allocation-quota'
  | 'insufficient-capacity'
  | 'allocation-mismatch'
  | 'stale-nonce'
  | 'unsupported-transport'
  | 'try-alternate'
  | 'server-error'
  | 'not-used'
  | 'pending'
  | 'indeterminate'
  | 'invalid-url'
  | 'missing-credentials';

/** The verdict on one configured URL, with the evidence behind it. */
export interface ServerVerdict {
  /** The URL as configured. */
  readonly url: string;
  readonly parsed: IceServerUrl | null;
  readonly kind: 'stun' | 'turn' | null;
  readonly code: ServerVerdictCode;
  /** srflx (STUN) or relay (TURN) candidates attributed to this URL. */
  readonly candidates: readonly Candidate[];
  /** `icecandidateerror` events attributed to this URL. */
  readonly errors: readonly IceCandidateErrorInfo[];
  /** `url`: the browser named this server; `only-server`: it was the only one that could have. */
  readonly attribution: 'url' | 'only-server' | null;
  /** Key into `messages` for the explanation, with its parameters. */
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Codes of the overall readings. */
export type GatheringReadingCode =
  | 'nothing-gathered'
  | 'gathering-in-progress'
  | 'relay-only-policy-no-relay'
  | 'relay-ok'
  | 'srflx-ok'
  | 'host-only'
  | 'mdns-only'
  | 'srflx-equals-host'
  | 'srflx-translated'
  | 'srflx-translated-raddr-hidden'
  | 'srflx-hosts-hidden'
  | 'no-host'
  | 'turn-configured-no-relay'
  | 'gathering-timed-out';

/** One reading of the whole gathering result. */
export interface GatheringReading {
  readonly code: GatheringReadingCode;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** `icecandidateerror` codes that have their own explanation. */
export type IceErrorReadingCode = '300' | '401' | '403' | '437' | '438' | '442' | '486' | '508' | '701' | 'other';

/** What an `icecandidateerror` means and what to try. */
export interface IceErrorReading {
  readonly error: IceCandidateErrorInfo;
  readonly code: IceErrorReadingCode;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Candidate counts by type; `mdns` counts host candidates with `.local` names. */
export interface CandidateCounts {
  readonly total: number;
  readonly host: number;
  readonly mdns: number;
  readonly srflx: number;
  readonly prflx: number;
  readonly relay: number;
}

/** The result of {@link evaluateGathering}. */
export interface GatheringReport {
  /** The most important reading (the first of `readings`). */
  readonly overall: GatheringReading;
  readonly readings: readonly GatheringReading[];
  /** One verdict per configured URL, in configuration order. */
  readonly servers: readonly ServerVerdict[];
  /** One reading per `icecandidateerror`, in the order given. */
  readonly errorReadings: readonly IceErrorReading[];
  readonly counts: CandidateCounts;
  /** srflx/relay candidates no server could be matched to. */
  readonly unattributedCandidates: readonly Candidate[];
  readonly unattributedErrors: readonly IceCandidateErrorInfo[];
}

interface ServerSlot {
  readonly url: string;
  readonly parsed: IceServerUrl | null;
  readonly hasCredentials: boolean;
  readonly candidates: Candidate[];
  readonly errors: IceCandidateErrorInfo[];
  attribution: 'url' | 'only-server' | null;
}

/** Error codes in order of how much they say: the first found decides a verdict. */
const ERROR_VERDICTS: readonly (readonly [readonly number[], ServerVerdictCode])[] = [
  [[401, 441], 'auth-failed'],
  [[403], 'forbidden'],
  [[486], 'allocation-quota'],
  [[508], 'insufficient-capacity'],
  [[437], 'allocation-mismatch'],
  [[438], 'stale-nonce'],
  [[442], 'unsupported-transport'],
  [[300], 'try-alternate'],
];

const EXPLAINED_ERRORS: ReadonlySet<number> = new Set([300, 401, 403, 437, 438, 442, 486, 508, 701]);

/**
 * Judges one gathering round: a verdict per configured server URL, overall
 * readings (most important first) and a reading of each `icecandidateerror`.
 *
 * STUN URLs: `works` when a srflx candidate came from them, `unreachable` on
 * 701 without one, else `no-response`. TURN URLs: `works` when a relay
 * candidate came from them; 401 → `auth-failed`, 403 → `forbidden`,
 * 486 → `allocation-quota`, 508 → `insufficient-capacity`,
 * 437 → `allocation-mismatch`, 438 → `stale-nonce`, 442 →
 * `unsupported-transport`, 300 → `try-alternate`, 701 → `unreachable`.
 * A candidate counts for a server when its `url` names it, or when no URL
 * was reported and that server is the only one that could have produced it.
 * A 701 next to a working candidate does not spoil the verdict: it usually
 * comes from another interface or address family.
 *
 * @param input - Servers, candidates, errors, completion and policy.
 * @returns The report; never throws.
 */
export function evaluateGathering(input: GatheringInput): GatheringReport {
  const policy = input.iceTransportPolicy ?? 'all';
  const gathered = input.candidates ?? [];
  const errors = input.errors ?? [];
  const slots = serverSlots(input.iceServers ?? []);
  // A TURN URL without credentials makes the browser reject the configuration; it cannot produce anything.
  const usable = slots.filter((s) => s.parsed !== null && (s.parsed.kind === 'stun' || s.hasCredentials));

  const unattributedCandidates: Candidate[] = [];
  // Unattributed because the browser named no server and several could have sent them.
  const ambiguous: Candidate[] = [];
  for (const { candidate, url } of gathered) {
    if (candidate.type !== 'srflx' && candidate.type !== 'relay') continue;
    const eligible = usable.filter((s) => candidate.type === 'srflx' || s.parsed?.kind === 'turn');
    const byUrl = typeof url === 'string' && url !== '' ? eligible.filter((s) => sameIceServerUrl(s.url, url)) : [];
    const matches = byUrl.length > 0 ? byUrl : url ? [] : eligible.length === 1 ? eligible : [];
    for (const slot of matches) {
      slot.candidates.push(candidate);
      slot.attribution ??= byUrl.length > 0 ? 'url' : 'only-server';
    }
    if (matches.length === 0) {
      unattributedCandidates.push(candidate);
      if (!url) ambiguous.push(candidate);
    }
  }

  const unattributedErrors: IceCandidateErrorInfo[] = [];
  for (const error of errors) {
    const url = error.url;
    const matches =
      typeof url === 'string' && url !== ''
        ? usable.filter((s) => sameIceServerUrl(s.url, url))
        : usable.length === 1
          ? usable
          : [];
    for (const slot of matches) slot.errors.push(error);
    if (matches.length === 0) unattributedErrors.push(error);
  }

  const context: VerdictContext = {
    hostsShown: gathered.some((g) => g.candidate.type === 'host' && (g.candidate.addressKind === 'ipv4' || g.candidate.addressKind === 'ipv6')),
    stunUrls: usable.filter((s) => s.parsed?.kind === 'stun').length,
  };
  const servers = slots.map((slot) => judgeServer(slot, policy, input.completion, ambiguous, context));
  const counts = countCandidates(gathered.map((g) => g.candidate));
  const readings = readGathering(gathered, counts, slots, policy, input);
  const errorReadings = errors.map(readIceCandidateError);
  const overall = readings[0] ?? reading('nothing-gathered', {});
  return { overall, readings, servers, errorReadings, counts, unattributedCandidates, unattributedErrors };
}

/**
 * Explains one `icecandidateerror`: 701 (server not reached, W3C WebRTC 1.0),
 * STUN/TURN codes 300, 401, 403, 437, 438, 442, 486, 508 (RFC 8489 §14.8,
 * RFC 8656), or any other code.
 *
 * @param error - The event's fields.
 * @returns The reading, with the message key and its parameters.
 */
export function readIceCandidateError(error: IceCandidateErrorInfo): IceErrorReading {
  const code: IceErrorReadingCode = EXPLAINED_ERRORS.has(error.errorCode)
    ? (String(error.errorCode) as IceErrorReadingCode)
    : 'other';
  const text = (error.errorText ?? '').trim();
  let messageKey: MessageKey = `iceError.${code}`;
  // Chrome reports the local address as 0.0.0.x while it hides local addresses.
  if (code === '701' && errorAddressVisibility(error.address) === 'hidden') messageKey = 'iceError.701.hidden-address';
  // RFC 8489 §14.8 names 401 "Unauthenticated"; servers still send RFC 5389's "Unauthorized".
  if (code === '401' && text !== '' && text.toLowerCase() !== 'unauthenticated') messageKey = 'iceError.401.other-phrase';
  return {
    error,
    code,
    messageKey,
    params: {
      code: error.errorCode,
      text: error.errorText ?? '',
      url: error.url ?? '',
      address: error.address ?? '',
      port: error.port ?? '',
    },
  };
}

/**
 * How much of the local address of an `icecandidateerror` the browser
 * shows. Chrome masks it — `0.0.0.x` while local addresses are hidden, or
 * the last part only (`192.168.1.x`) — and an empty or unspecified address
 * shows nothing either.
 *
 * @param address - `RTCPeerConnectionIceErrorEvent.address`.
 * @returns `hidden`, `partly-hidden` or `shown`.
 * @example errorAddressVisibility('0.0.0.x') // → 'hidden'
 */
export function errorAddressVisibility(address: string | null | undefined): 'hidden' | 'partly-hidden' | 'shown' {
  const a = (address ?? '').trim().toLowerCase();
  if (a === '' || a === '0.0.0.0' || a === '::' || a === '0.0.0.x' || /^::?x?$/.test(a) || /^[0:]+:x$/.test(a)) return 'hidden';
  return a.includes('x') ? 'partly-hidden' : 'shown';
}

function serverSlots(iceServers: readonly unknown[]): ServerSlot[] {
  const slots: ServerSlot[] = [];
  for (const entry of Array.isArray(iceServers) ? iceServers : []) {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const urls = record['urls'];
    const list = typeof urls === 'string' ? [urls] : Array.isArray(urls) ? urls : [];
    const hasCredentials = typeof record['username'] === 'string' && typeof record['credential'] === 'string';
    for (const url of list) {
      if (typeof url !== 'string') continue;
      const parsed = parseIceServerUrl(url);
      slots.push({
        url,
        parsed: parsed.ok ? parsed.value : null,
        hasCredentials,
        candidates: [],
        errors: [],
        attribution: null,
      });
    }
  }
  return slots;
}

/** What a STUN verdict's wording depends on beyond its own server. */
interface VerdictContext {
  /** Host candidates carry IP addresses (mDNS hiding off, or media permission granted). */
  readonly hostsShown: boolean;
  /** How many usable STUN URLs were configured. */
  readonly stunUrls: number;
}

/**
 * The explanation of a STUN URL that gave neither a srflx nor an error. Its
 * caveats apply only when they can: libwebrtc drops a srflx equal to a host
 * address it shows (so only when hosts are shown), and keeps one srflx per
 * address (so only with several STUN URLs).
 */
function stunNoResponseKey(context: VerdictContext): MessageKey {
  if (context.hostsShown && context.stunUrls > 1) return 'serverVerdict.stun.no-response.hosts-shown-several';
  if (context.hostsShown) return 'serverVerdict.stun.no-response.hosts-shown';
  if (context.stunUrls > 1) return 'serverVerdict.stun.no-response.several';
  return 'serverVerdict.stun.no-response';
}

function judgeServer(
  slot: ServerSlot,
  policy: 'all' | 'relay',
  completion: GatheringCompletion,
  ambiguous: readonly Candidate[],
  context: VerdictContext,
): ServerVerdict {
  const parsed = slot.parsed;
  const kind = parsed?.kind ?? null;
  const verdict = (code: ServerVerdictCode): ServerVerdict => {
    const perKind = code === 'works' || code === 'no-response' || code === 'unreachable';
    const messageKey: MessageKey =
      code === 'no-response' && kind === 'stun'
        ? stunNoResponseKey(context)
        : perKind
          ? `serverVerdict.${kind ?? 'stun'}.${code}`
          : `serverVerdict.${code}`;
    return {
      url: slot.url,
      parsed,
      kind,
      code,
      candidates: slot.candidates,
      errors: slot.errors,
      attribution: slot.attribution,
      messageKey,
      params: { url: slot.url, count: slot.candidates.length, errorCodes: slot.errors.map((e) => e.errorCode).join(', ') },
    };
  };
  if (parsed === null) return verdict('invalid-url');
  if (parsed.kind === 'turn' && !slot.hasCredentials) return verdict('missing-credentials');
  const wanted = parsed.kind === 'stun' ? 'srflx' : 'relay';
  if (slot.candidates.some((c) => c.type === wanted)) return verdict('works');
  if (parsed.kind === 'stun' && policy === 'relay') return verdict('not-used');
  const codes = new Set(slot.errors.map((e) => e.errorCode));
  for (const [errorCodes, code] of ERROR_VERDICTS) {
    if (errorCodes.some((c) => codes.has(c))) return verdict(code);
  }
  if ([...codes].some((c) => c !== 701)) return verdict('server-error');
  if (codes.has(701)) return verdict('unreachable');
  if (completion === 'in-progress') return verdict('pending');
  if (ambiguous.some((c) => c.type === wanted)) return verdict('indeterminate');
  return verdict('no-response');
}

function countCandidates(candidates: readonly Candidate[]): CandidateCounts {
  const count = (predicate: (c: Candidate) => boolean) => candidates.filter(predicate).length;
  return {
    total: candidates.length,
    host: count((c) => c.type === 'host'),
    mdns: count((c) => c.type === 'host' && c.addressKind === 'mdns'),
    srflx: count((c) => c.type === 'srflx'),
    prflx: count((c) => c.type === 'prflx'),
    relay: count((c) => c.type === 'relay'),
  };
}

/**
 * The overall readings, failures first: a TURN server that gave no relay,
 * a round with no host candidate, only-host results and a timeout come
 * before what worked, so the headline is the thing to fix.
 */
function readGathering(
  gathered: readonly GatheredCandidate[],
  counts: CandidateCounts,
  slots: readonly ServerSlot[],
  policy: 'all' | 'relay',
  input: GatheringInput,
): GatheringReading[] {
  const failures: GatheringReading[] = [];
  const findings: GatheringReading[] = [];
  const done = input.completion !== 'in-progress';
  const candidates = gathered.map((g) => g.candidate);
  if (policy === 'relay' && counts.relay === 0 && done) {
    failures.push(reading('relay-only-policy-no-relay', {}));
  } else if (counts.total === 0) {
    failures.push(reading(done ? 'nothing-gathered' : 'gathering-in-progress', {}));
  } else {
    const turnConfigured = slots.some((s) => s.parsed?.kind === 'turn' && s.hasCredentials);
    if (turnConfigured && counts.relay === 0 && policy === 'all' && done) {
      failures.push(reading('turn-configured-no-relay', {}));
    }
    // Measured in this project's NAT lab: Chromium on a machine with no
    // default route gathered no host candidates at all.
    if (policy === 'all' && counts.host === 0 && done) failures.push(reading('no-host', {}));
    if (counts.relay === 0 && counts.srflx === 0 && counts.host > 0) {
      const allMdns = counts.mdns === counts.host;
      failures.push(reading(allMdns ? 'mdns-only' : 'host-only', { count: counts.host }));
    }
    if (counts.relay > 0) findings.push(reading('relay-ok', { count: counts.relay }));
    const srflx = candidates.find((c) => c.type === 'srflx');
    if (srflx !== undefined) {
      findings.push(reading('srflx-ok', { count: counts.srflx, address: srflx.address }));
      findings.push(readSrflxAgainstHosts(candidates, srflx));
    }
  }
  if (input.completion === 'timed-out') {
    failures.push(reading('gathering-timed-out', { seconds: input.timeoutSeconds ?? '' }));
  }
  return [...failures, ...findings];
}

/**
 * What a srflx candidate proves, judged against the host candidates. The
 * robust proof that a translation lies between this machine and the STUN
 * server is a srflx address that differs from every host address; `raddr`
 * names the translated local address only when the browser shows it (Chrome
 * sends `raddr 0.0.0.0 rport 0` while it hides local addresses behind mDNS
 * names, i.e. without media permission).
 */
function readSrflxAgainstHosts(candidates: readonly Candidate[], srflx: Candidate): GatheringReading {
  const same = srflxEqualToHost(candidates);
  if (same !== null) return reading('srflx-equals-host', { address: same });
  const ipHosts = candidates.filter((c) => c.type === 'host' && (c.addressKind === 'ipv4' || c.addressKind === 'ipv6'));
  const raddrHidden = srflx.relatedAddress === null || isHiddenRelatedAddress(srflx.relatedAddress, srflx.relatedPort ?? 0);
  if (ipHosts.length === 0) return reading('srflx-hosts-hidden', { address: srflx.address });
  if (raddrHidden) return reading('srflx-translated-raddr-hidden', { address: srflx.address });
  return reading('srflx-translated', { address: srflx.address, raddr: srflx.relatedAddress ?? '' });
}

/**
 * Finds a srflx address that is also a local address: no NAT between this
 * device and the STUN server. Compares with host candidates and with the
 * srflx candidate's own `raddr`.
 */
function srflxEqualToHost(candidates: readonly Candidate[]): string | null {
  const local = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'host' || (c.addressKind !== 'ipv4' && c.addressKind !== 'ipv6')) continue;
    const address = canonicalAddress(c.address);
    if (address !== null) local.add(address);
  }
  for (const c of candidates) {
    if (c.type !== 'srflx') continue;
    const address = canonicalAddress(c.address);
    if (address === null) continue;
    const related = c.relatedAddress === null ? null : canonicalAddress(c.relatedAddress);
    if (local.has(address) || related === address) return c.address;
  }
  return null;
}

function reading(code: GatheringReadingCode, params: Record<string, string | number>): GatheringReading {
  return { code, messageKey: `reading.${code}`, params };
}
