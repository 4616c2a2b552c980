/**
 * The two-machine test's connection codes: an offer or answer reduced to
 * what ICE and DTLS need — the ICE ufrag and password (RFC 8839 §5.4), the
 * DTLS certificate fingerprint (RFC 8122 §5) and setup role (RFC 8842 §5.1,
 * RFC 4145 §4), and the candidates (RFC 8839 §5.1) — packed in binary,
 * compressed with raw DEFLATE (RFC 1951, `fflate`) and written in base64url
 * (RFC 4648 §5), so that it can be copied, pasted, read aloud or shown as a
 * QR code with no signaling server at all. The other side rebuilds a
 * complete SDP from it with {@link sdpFromCode}.
 *
 * A code is `ifg<version><o|a>.<base64url>`: the version and kind are
 * readable before anything is decoded, so a code from another version of
 * the site, or an answer pasted where an invitation belongs, gets its own
 * message. Inside, a 4-byte SHA-256 check over the payload tells a code
 * that was cut short (`truncated`) from one changed in the middle
 * (`damaged`).
 *
 * Staleness: each invitation carries a random session id and its creation
 * time. The answer echoes the session id; the inviting page accepts an
 * answer only for the invitation it holds now, not yet answered, and at
 * most {@link INVITATION_LIFETIME_S} old by its own clock
 * ({@link checkAnswer}). The invited page refuses an invitation clearly
 * older than that by its clock, with {@link CLOCK_SKEW_S} of tolerance for
 * machines whose clocks disagree ({@link checkInvitationAge}).
 *
 * Codes carry no TURN or STUN credentials and no server URLs; the ICE
 * ufrag and password are made fresh by the browser for every test.
 */
import { deflateSync, inflateSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { CandidateFields, CandidateType, TcpType } from '../ice/parseCandidate.ts';
import { parseCandidate, serializeCandidate } from '../ice/parseCandidate.ts';
import { parseIpv4, parseIpv6, formatIpv6 } from '../ice/address.ts';

/** The format version this site writes and reads. */
export const CODE_VERSION = 1;
/** How long an invitation may be answered, in seconds. */
export const INVITATION_LIFETIME_S = 30 * 60;
/** How far two machines' clocks may disagree before an invitation is judged by its age, in seconds. */
export const CLOCK_SKEW_S = 10 * 60;
/** The longest code accepted, in characters (a code with 64 IPv6 candidates stays far below). */
export const MAX_CODE_LENGTH = 8000;
/** At most this many candidates go into one code. */
export const MAX_CANDIDATES = 64;

/** An invitation (offer) or an answer. */
export type CodeKind = 'offer' | 'answer';
/** DTLS setup roles a description can carry (RFC 8842 §5.1). */
export type SetupRole = 'actpass' | 'active' | 'passive';
/** Fingerprint hash functions (RFC 8122 §5, IANA "Hash Function Textual Names"). */
export type FingerprintAlgorithm = 'sha-1' | 'sha-256' | 'sha-384' | 'sha-512';

/** What a code holds. */
export interface ConnectionCode {
  readonly kind: CodeKind;
  /** 16 hex digits: the invitation's session id (an answer echoes its invitation's). */
  readonly sessionId: string;
  /** When the code was made, in whole seconds since 1970 (the maker's clock). */
  readonly createdAt: number;
  readonly ufrag: string;
  readonly pwd: string;
  readonly fingerprint: { readonly algorithm: FingerprintAlgorithm; readonly value: string };
  readonly setup: SetupRole;
  /** Candidate lines, `candidate:…` (RFC 8839 §5.1), without the `ufrag` extension. */
  readonly candidates: readonly string[];
}

/** Stable codes of {@link CodeError}. */
export type CodeErrorCode =
  | 'empty'
  | 'too-long'
  | 'malformed'
  | 'other-version'
  | 'answer-not-offer'
  | 'offer-not-answer'
  | 'truncated'
  | 'damaged'
  | 'stale'
  | 'sdp-incomplete';

/** Why a stale code is stale. */
export type StaleReason = 'other-invitation' | 'already-answered' | 'expired';

/** Why a code (or a description) cannot be used. */
export interface CodeError extends LibError {
  readonly code: CodeErrorCode;
  /** `other-version`: the version the code names. */
  readonly version?: number;
  /** `stale`: why. */
  readonly staleReason?: StaleReason;
  /** `stale` with `expired`: the code's age in whole minutes. */
  readonly ageMinutes?: number;
  /** `too-long`: the length of the text, in characters. */
  readonly length?: number;
  /** `sdp-incomplete`: what is missing. */
  readonly missing?: string;
}

const PREFIX = /^ifg([0-9]{1,3})([oa])\.([A-Za-z0-9_-]*)$/;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ICE_CHARS = /^[A-Za-z0-9+/]+$/;
const ALGORITHMS: readonly FingerprintAlgorithm[] = ['sha-1', 'sha-256', 'sha-384', 'sha-512'];
const DIGEST_BYTES: Readonly<Record<FingerprintAlgorithm, number>> = { 'sha-1': 20, 'sha-256': 32, 'sha-384': 48, 'sha-512': 64 };
const SETUPS: readonly SetupRole[] = ['actpass', 'active', 'passive'];
const TYPES: readonly CandidateType[] = ['host', 'srflx', 'prflx', 'relay'];
const TCP_TYPES: readonly (TcpType | null)[] = [null, 'active', 'passive', 'so'];
const MDNS_UUID = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\.local$/;
const CHECK_BYTES = 4;

/**
 * Reads what a code needs from a complete local description (after ICE
 * gathering has finished, so the candidates are in it).
 *
 * @param kind - `offer` or `answer`.
 * @param sdp - `RTCPeerConnection.localDescription.sdp`.
 * @param session - The invitation's session id (16 hex digits) and the creation time in seconds.
 * @returns The code's content, or `sdp-incomplete` naming the missing attribute.
 */
export function codeFromSdp(kind: CodeKind, sdp: string, session: { sessionId: string; createdAt: number }): Result<ConnectionCode, CodeError> {
  const lines = sdp.split(/\r?\n/).map((l) => l.trim());
  const attr = (name: string) => lines.find((l) => l.startsWith(`a=${name}:`))?.slice(name.length + 3) ?? null;
  const ufrag = attr('ice-ufrag');
  const pwd = attr('ice-pwd');
  const fingerprint = attr('fingerprint');
  const setup = attr('setup');
  if (ufrag === null) return err(incomplete('a=ice-ufrag'));
  if (pwd === null) return err(incomplete('a=ice-pwd'));
  if (fingerprint === null) return err(incomplete('a=fingerprint'));
  if (setup === null || !SETUPS.includes(setup as SetupRole)) return err(incomplete('a=setup'));
  const [algorithm = '', value = ''] = fingerprint.split(' ');
  const alg = algorithm.toLowerCase();
  if (!ALGORITHMS.includes(alg as FingerprintAlgorithm)) return err(incomplete('a=fingerprint'));
  const candidates = lines.filter((l) => l.startsWith('a=candidate:')).map((l) => l.slice(2)).slice(0, MAX_CANDIDATES);
  return ok({
    kind,
    sessionId: session.sessionId,
    createdAt: session.createdAt,
    ufrag,
    pwd,
    fingerprint: { algorithm: alg as FingerprintAlgorithm, value: value.toUpperCase() },
    setup: setup as SetupRole,
    candidates,
  });
}

/**
 * Writes a code. Candidates that do not parse, and extensions other than
 * `generation`, `network-id` and `network-cost`, are left out.
 *
 * @param code - From {@link codeFromSdp}.
 * @returns `ifg1o.…` or `ifg1a.…`.
 * @example encodeConnectionCode(code) // → 'ifg1o.Y2Fu…'
 */
export function encodeConnectionCode(code: ConnectionCode): string {
  const w = new Writer();
  w.u8(code.kind === 'offer' ? 0 : 1);
  w.bytes(hexToBytes(code.sessionId.padStart(16, '0').slice(0, 16)));
  w.u32(code.createdAt >>> 0);
  w.str(code.ufrag);
  w.str(code.pwd);
  w.u8(ALGORITHMS.indexOf(code.fingerprint.algorithm));
  const digest = hexToBytes(code.fingerprint.value.replace(/:/g, ''));
  w.u8(digest.length);
  w.bytes(digest);
  w.u8(SETUPS.indexOf(code.setup));
  const parsed: CandidateFields[] = [];
  for (const line of code.candidates) {
    const r = parseCandidate(line, { requireRelatedAddress: false });
    if (r.ok && parsed.length < MAX_CANDIDATES) parsed.push(r.value);
  }
  w.u8(parsed.length);
  for (const c of parsed) writeCandidate(w, c);
  const payload = w.result();
  const check = sha256(payload).slice(0, CHECK_BYTES);
  const framed = new Uint8Array(payload.length + CHECK_BYTES);
  framed.set(payload, 0);
  framed.set(check, payload.length);
  return `ifg${CODE_VERSION}${code.kind === 'offer' ? 'o' : 'a'}.${toBase64Url(deflateSync(framed, { level: 9 }))}`;
}

/**
 * Reads a pasted code. Whitespace (line breaks from e-mail or chat) is
 * ignored. Never throws.
 *
 * @param text - What the reader pasted.
 * @param expected - The kind this box takes: `offer` on the invited side, `answer` on the inviting side.
 * @returns The code, or an error saying what is wrong with it and what to do.
 */
export function decodeConnectionCode(text: string, expected: CodeKind): Result<ConnectionCode, CodeError> {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return err(error('empty', 'Nothing was pasted: paste the whole code the other side copied.'));
  if (compact.length > MAX_CODE_LENGTH) {
    return err({ ...error('too-long', `The text is ${compact.length} characters long, more than any code (${MAX_CODE_LENGTH}): paste only the code.`), length: compact.length });
  }
  const match = PREFIX.exec(compact);
  if (match === null) {
    return err(error('malformed', 'This is not a code from this test: a code starts with “ifg1o.” (invitation) or “ifg1a.” (answer). Copy it again with the Copy button.'));
  }
  const version = Number(match[1]);
  if (version !== CODE_VERSION) {
    return err({
      ...error('other-version', `The code was made by version ${version} of this test, and this page reads version ${CODE_VERSION}: open the same version of the site on both sides.`),
      version,
    });
  }
  const kind: CodeKind = match[2] === 'o' ? 'offer' : 'answer';
  if (kind !== expected) {
    return kind === 'answer'
      ? err(error('answer-not-offer', 'This is an answer code, but this box takes an invitation: paste it on the side that created the invitation.'))
      : err(error('offer-not-answer', 'This is an invitation code, but this box takes an answer: paste it on the other side, which makes the answer.'));
  }
  const data = match[3] ?? '';
  const bytes = fromBase64Url(data);
  if (bytes === null) return err(truncated());
  let framed: Uint8Array;
  try {
    framed = inflateSync(bytes);
  } catch {
    return err(truncated());
  }
  if (framed.length <= CHECK_BYTES) return err(truncated());
  const payload = framed.subarray(0, framed.length - CHECK_BYTES);
  const check = framed.subarray(framed.length - CHECK_BYTES);
  const expectedCheck = sha256(payload).subarray(0, CHECK_BYTES);
  if (!check.every((b, i) => b === expectedCheck[i])) {
    return err(error('damaged', 'The code was changed somewhere in the middle (its check does not match): copy it again with the Copy button rather than by hand.'));
  }
  const decoded = readPayload(payload);
  if (decoded === null || decoded.kind !== kind) {
    return err(error('malformed', 'The code’s content does not make sense, although its check matches: it may come from a modified page. Create a new invitation.'));
  }
  return ok(decoded);
}

/**
 * Checks an answer against the invitation this page holds.
 *
 * @param answer - A decoded answer.
 * @param invitation - This page's invitation now, and whether it was already answered.
 * @param nowSeconds - This page's clock, in seconds since 1970.
 * @returns The answer, or `stale` with the reason.
 */
export function checkAnswer(
  answer: ConnectionCode,
  invitation: { readonly sessionId: string; readonly createdAt: number; readonly answered: boolean } | null,
  nowSeconds: number,
): Result<ConnectionCode, CodeError> {
  if (invitation === null || answer.sessionId !== invitation.sessionId) {
    return err({
      ...error('stale', 'This answer belongs to another invitation (this page was reloaded, or a newer invitation was created since): send the current invitation to the other side again and paste its new answer.'),
      staleReason: 'other-invitation',
    });
  }
  if (invitation.answered) {
    return err({
      ...error('stale', 'This invitation has already been answered and used: create a new invitation to test again.'),
      staleReason: 'already-answered',
    });
  }
  const age = nowSeconds - invitation.createdAt;
  if (age > INVITATION_LIFETIME_S) {
    return err({
      ...error('stale', `This invitation was created ${Math.floor(age / 60)} minutes ago and has expired: create a new one and exchange codes again.`),
      staleReason: 'expired',
      ageMinutes: Math.floor(age / 60),
    });
  }
  return ok(answer);
}

/**
 * Checks a pasted invitation's age by this page's clock, allowing for
 * clocks that disagree by up to {@link CLOCK_SKEW_S}.
 *
 * @param offer - A decoded invitation.
 * @param nowSeconds - This page's clock, in seconds since 1970.
 * @returns The invitation, or `stale` with `expired`.
 */
export function checkInvitationAge(offer: ConnectionCode, nowSeconds: number): Result<ConnectionCode, CodeError> {
  const age = nowSeconds - offer.createdAt;
  if (age > INVITATION_LIFETIME_S + CLOCK_SKEW_S) {
    return err({
      ...error('stale', `This invitation was created about ${Math.floor(age / 60)} minutes ago (by this machine’s clock), longer than invitations last: ask the other side for a new one.`),
      staleReason: 'expired',
      ageMinutes: Math.floor(age / 60),
    });
  }
  return ok(offer);
}

/**
 * Rebuilds the SDP the browser needs from a code: one data-channel media
 * section (RFC 8841 §5) with the code's ICE and DTLS attributes, every
 * candidate and `a=end-of-candidates` (RFC 8840 §4.1), so gathering on
 * the other side has nothing to wait for.
 *
 * @param code - A decoded code.
 * @returns An SDP for `setRemoteDescription({ type: code.kind, sdp })`.
 */
export function sdpFromCode(code: ConnectionCode): string {
  const origin = BigInt(`0x${code.sessionId.slice(0, 14) || '0'}`).toString();
  const lines = [
    'v=0',
    `o=- ${origin} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...code.candidates.map((c) => `a=${c}`),
    'a=end-of-candidates',
    `a=ice-ufrag:${code.ufrag}`,
    `a=ice-pwd:${code.pwd}`,
    `a=fingerprint:${code.fingerprint.algorithm} ${code.fingerprint.value}`,
    `a=setup:${code.setup}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A new session id: 8 random bytes as 16 hex digits.
 *
 * @param random - 8 random bytes (`crypto.getRandomValues(new Uint8Array(8))`).
 * @returns The id.
 */
export function sessionIdFromBytes(random: Uint8Array): string {
  return [...random.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('').padEnd(16, '0');
}

// ---- binary layout -------------------------------------------------------

const EXT_GENERATION = 1;
const EXT_NETWORK_ID = 2;
const EXT_NETWORK_COST = 4;

function writeCandidate(w: Writer, c: CandidateFields): void {
  const numericFoundation = /^[0-9]{1,9}$/.test(c.foundation);
  const protocol = c.transport.toLowerCase() === 'tcp' ? 1 : 0;
  const hasRelated = c.relatedAddress !== null && c.relatedPort !== null;
  // flags: type (2 bits) | tcp (1) | tcptype (2) | related (1) | numeric foundation (1)
  w.u8(TYPES.indexOf(c.type) | (protocol << 2) | (TCP_TYPES.indexOf(c.tcpType) << 3) | ((hasRelated ? 1 : 0) << 5) | ((numericFoundation ? 1 : 0) << 6));
  if (numericFoundation) w.varint(Number(c.foundation));
  else w.str(c.foundation);
  w.varint(c.componentId);
  w.u32(c.priority);
  writeAddress(w, c.address);
  w.u16(c.port);
  if (hasRelated) {
    writeAddress(w, c.relatedAddress ?? '');
    w.u16(c.relatedPort ?? 0);
  }
  const ext = (name: string) => {
    const value = c.extensions.find((e) => e.name === name)?.value;
    return value !== undefined && /^[0-9]{1,9}$/.test(value) ? Number(value) : null;
  };
  const generation = ext('generation');
  const networkId = ext('network-id');
  const networkCost = ext('network-cost');
  w.u8((generation !== null ? EXT_GENERATION : 0) | (networkId !== null ? EXT_NETWORK_ID : 0) | (networkCost !== null ? EXT_NETWORK_COST : 0));
  if (generation !== null) w.varint(generation);
  if (networkId !== null) w.varint(networkId);
  if (networkCost !== null) w.varint(networkCost);
}

function writeAddress(w: Writer, address: string): void {
  const v4 = parseIpv4(address);
  if (v4 !== null) {
    w.u8(0);
    w.bytes(Uint8Array.from(v4));
    return;
  }
  const v6 = parseIpv6(address);
  if (v6 !== null) {
    w.u8(1);
    for (const group of v6) w.u16(group);
    return;
  }
  const uuid = MDNS_UUID.exec(address.toLowerCase());
  if (uuid !== null && address === address.toLowerCase()) {
    w.u8(2);
    w.bytes(hexToBytes(uuid.slice(1).join('')));
    return;
  }
  w.u8(3);
  w.str(address);
}

function readPayload(bytes: Uint8Array): ConnectionCode | null {
  const r = new Reader(bytes);
  const kindByte = r.u8();
  const session = r.bytes(8);
  const createdAt = r.u32();
  const ufrag = r.str();
  const pwd = r.str();
  const algIndex = r.u8();
  const digestLength = r.u8();
  const digest = r.bytes(digestLength);
  const setupIndex = r.u8();
  const count = r.u8();
  if (r.failed || kindByte > 1 || ufrag === null || pwd === null || digest === null || session === null) return null;
  const algorithm = ALGORITHMS[algIndex];
  const setup = SETUPS[setupIndex];
  if (algorithm === undefined || setup === undefined || digestLength !== DIGEST_BYTES[algorithm]) return null;
  // RFC 8839 §5.4: ufrag 4–256 and pwd 22–256 ice-chars.
  if (!ICE_CHARS.test(ufrag) || ufrag.length < 4 || !ICE_CHARS.test(pwd) || pwd.length < 22) return null;
  if (count > MAX_CANDIDATES) return null;
  const candidates: string[] = [];
  for (let i = 0; i < count; i++) {
    const line = readCandidate(r);
    if (line === null) return null;
    candidates.push(line);
  }
  if (r.failed || !r.atEnd) return null;
  return {
    kind: kindByte === 0 ? 'offer' : 'answer',
    sessionId: [...session].map((b) => b.toString(16).padStart(2, '0')).join(''),
    createdAt,
    ufrag,
    pwd,
    fingerprint: { algorithm, value: [...digest].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':') },
    setup,
    candidates,
  };
}

function readCandidate(r: Reader): string | null {
  const flags = r.u8();
  const type = TYPES[flags & 3];
  const tcp = ((flags >> 2) & 1) === 1;
  const tcpType = TCP_TYPES[(flags >> 3) & 3];
  const hasRelated = ((flags >> 5) & 1) === 1;
  const foundation = ((flags >> 6) & 1) === 1 ? String(r.varint()) : r.str();
  const componentId = r.varint();
  const priority = r.u32();
  const address = readAddress(r);
  const port = r.u16();
  let relatedAddress: string | null = null;
  let relatedPort: number | null = null;
  if (hasRelated) {
    relatedAddress = readAddress(r);
    relatedPort = r.u16();
  }
  const extFlags = r.u8();
  const extensions: { name: string; value: string }[] = [];
  if (extFlags & EXT_GENERATION) extensions.push({ name: 'generation', value: String(r.varint()) });
  if (extFlags & EXT_NETWORK_ID) extensions.push({ name: 'network-id', value: String(r.varint()) });
  if (extFlags & EXT_NETWORK_COST) extensions.push({ name: 'network-cost', value: String(r.varint()) });
  if (r.failed || type === undefined || tcpType === undefined || foundation === null || address === null || (hasRelated && relatedAddress === null)) return null;
  const line = serializeCandidate(
    { prefix: 'candidate:', foundation, componentId, transport: tcp ? 'tcp' : 'udp', priority, address, port, type, relatedAddress, relatedPort, tcpType: tcp ? tcpType : null, extensions },
  );
  // Only lines the site's own parser accepts go to the browser.
  return parseCandidate(line, { requireRelatedAddress: false }).ok ? line : null;
}

function readAddress(r: Reader): string | null {
  const kind = r.u8();
  if (kind === 0) {
    const b = r.bytes(4);
    return b === null ? null : [...b].join('.');
  }
  if (kind === 1) {
    const groups: number[] = [];
    for (let i = 0; i < 8; i++) groups.push(r.u16());
    return r.failed ? null : formatIpv6(groups);
  }
  if (kind === 2) {
    const b = r.bytes(16);
    if (b === null) return null;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}.local`;
  }
  if (kind === 3) return r.str();
  return null;
}

class Writer {
  #out: number[] = [];
  u8(v: number): void {
    this.#out.push(v & 0xff);
  }
  u16(v: number): void {
    this.#out.push((v >> 8) & 0xff, v & 0xff);
  }
  u32(v: number): void {
    this.#out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  }
  varint(v: number): void {
    let n = Math.max(0, Math.floor(v));
    while (n >= 0x80) {
      this.#out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.#out.push(n);
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.#out.push(x);
  }
  str(s: string): void {
    const b = new TextEncoder().encode(s).subarray(0, 255);
    this.u8(b.length);
    this.bytes(b);
  }
  result(): Uint8Array {
    return Uint8Array.from(this.#out);
  }
}

class Reader {
  readonly #b: Uint8Array;
  #i = 0;
  failed = false;
  constructor(b: Uint8Array) {
    this.#b = b;
  }
  get atEnd(): boolean {
    return this.#i === this.#b.length;
  }
  u8(): number {
    if (this.#i >= this.#b.length) {
      this.failed = true;
      return 0;
    }
    return this.#b[this.#i++] ?? 0;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u32(): number {
    return ((this.u8() << 24) | (this.u8() << 16) | (this.u8() << 8) | this.u8()) >>> 0;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.u8();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
    this.failed = true;
    return 0;
  }
  bytes(n: number): Uint8Array | null {
    if (this.#i + n > this.#b.length) {
      this.failed = true;
      return null;
    }
    const out = this.#b.subarray(this.#i, this.#i + n);
    this.#i += n;
    return out;
  }
  str(): string | null {
    const b = this.bytes(this.u8());
    if (b === null || this.failed) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      this.failed = true;
      return null;
    }
  }
}

function hexToBytes(hex: string): Uint8Array {
  const clean = hex.length % 2 === 0 ? hex : `0${hex}`;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16) || 0;
  return out;
}

/**
 * base64url without padding (RFC 4648 §5).
 *
 * @param bytes - Any bytes.
 * @returns The text.
 */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64URL[(n >> 18) & 63]! + B64URL[(n >> 12) & 63]!;
    if (b !== undefined) out += B64URL[(n >> 6) & 63]!;
    if (c !== undefined) out += B64URL[n & 63]!;
  }
  return out;
}

/**
 * Reads base64url without padding.
 *
 * @param text - base64url characters only.
 * @returns The bytes, or `null` when the length cannot be base64 (one character over a group of four).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = B64URL.indexOf(ch);
    if (v < 0) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function error(code: CodeErrorCode, message: string): CodeError {
  return { code, message };
}

function truncated(): CodeError {
  return error('truncated', 'The code ends too early: part of it was lost when it was copied (a chat client or e-mail may have cut it). Copy it again with the Copy button.');
}

function incomplete(missing: string): CodeError {
  return { code: 'sdp-incomplete', message: `The browser's description has no ${missing} line, so no code can be made from it.`, missing };
}
