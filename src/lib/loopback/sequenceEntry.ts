/**
 * Entries of the lab's live sequence diagram: each signaling message this
 * tab sent or received, in order, with a short summary and the full text
 * (SDP or candidate line) the reader can expand.
 *
 * Repeated hellos are heartbeats and would drown the diagram, so only the
 * first hello from each side and hellos that change the named partner
 * are kept ({@link isWorthShowing}).
 */
import type { CandidateProtocol, CandidateType } from '../ice/parseCandidate.ts';
import { parseCandidate } from '../ice/parseCandidate.ts';
import type { ByeReason, SignalingMessage, SignalingType } from './signalingMessage.ts';

/** Whether this tab sent the message or received it. */
export type Direction = 'sent' | 'received';

/** The few facts of an SDP that matter for ICE and DTLS (RFC 8839 §5.4, RFC 8842 §5). */
export interface SdpSummary {
  /** `a=ice-ufrag` of the first media section: changes on every ICE restart. */
  readonly ufrag: string | null;
  /** `a=setup`: `actpass` in an offer; `active` or `passive` in an answer decides the DTLS roles. */
  readonly setup: string | null;
  /** Hash function of `a=fingerprint`, e.g. `sha-256`. */
  readonly fingerprintHash: string | null;
  /** Media kinds of the `m=` lines, e.g. `['application']` for a data channel. */
  readonly media: readonly string[];
  /** `a=candidate` lines already inside the SDP (none with trickle ICE at first). */
  readonly candidates: number;
}

/** The one-line summary of a message, as data for the view to word. */
export type SequenceSummary =
  | { readonly type: 'hello'; readonly names: 'nobody' | 'receiver' | 'sender' | 'another-tab' }
  | { readonly type: 'offer' | 'answer'; readonly sdp: SdpSummary }
  | {
      readonly type: 'candidate';
      readonly candidateType: CandidateType | null;
      readonly protocol: CandidateProtocol | null;
      readonly address: string | null;
      readonly port: number | null;
    }
  | { readonly type: 'end-of-candidates' }
  | { readonly type: 'bye'; readonly reason: ByeReason };

/** One arrow of the diagram. */
export interface SequenceEntry {
  /** Position in the session, from 1. */
  readonly n: number;
  /** Milliseconds since the session started. */
  readonly at: number;
  readonly direction: Direction;
  readonly type: SignalingType;
  readonly summary: SequenceSummary;
  /** The SDP or the candidate line, for the expanded view; `null` for the others. */
  readonly detail: string | null;
}

/**
 * Summarises an SDP: ICE credentials (RFC 8839 §5.4), the DTLS setup role
 * and fingerprint (RFC 8842 §5), the media sections and any candidates.
 * Never throws; missing attributes are `null`.
 *
 * @param sdp - An offer or answer.
 * @returns The summary.
 * @example summarizeSdp('v=0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=ice-ufrag:Ab12\r\na=setup:actpass\r\n').setup // → 'actpass'
 */
export function summarizeSdp(sdp: string): SdpSummary {
  let ufrag: string | null = null;
  let setup: string | null = null;
  let fingerprintHash: string | null = null;
  const media: string[] = [];
  let candidates = 0;
  for (const raw of sdp.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('m=')) media.push(line.slice(2).split(' ')[0] ?? '');
    else if (line.startsWith('a=ice-ufrag:')) ufrag ??= line.slice('a=ice-ufrag:'.length);
    else if (line.startsWith('a=setup:')) setup ??= line.slice('a=setup:'.length);
    else if (line.startsWith('a=fingerprint:')) fingerprintHash ??= line.slice('a=fingerprint:'.length).split(' ')[0]?.toLowerCase() ?? null;
    else if (line.startsWith('a=candidate:')) candidates += 1;
  }
  return { ufrag, setup, fingerprintHash, media, candidates };
}

/**
 * Builds the diagram entry for a message.
 *
 * @param message - A validated message this tab sent or received.
 * @param direction - `sent` or `received`.
 * @param self - This tab's id (to tell who a hello names).
 * @param n - Position in the session.
 * @param at - Milliseconds since the session started.
 * @returns The entry.
 */
export function sequenceEntry(message: SignalingMessage, direction: Direction, self: string, n: number, at: number): SequenceEntry {
  const base = { n, at, direction, type: message.type };
  switch (message.type) {
    case 'hello': {
      const names =
        message.peer === null ? 'nobody' : direction === 'sent' ? 'receiver' : message.peer === self ? 'receiver' : 'another-tab';
      return { ...base, summary: { type: 'hello', names }, detail: null };
    }
    case 'offer':
    case 'answer':
      return { ...base, summary: { type: message.type, sdp: summarizeSdp(message.sdp) }, detail: message.sdp };
    case 'candidate': {
      const parsed = parseCandidate(message.candidate, { requireRelatedAddress: false });
      const c = parsed.ok ? parsed.value : null;
      return {
        ...base,
        summary: { type: 'candidate', candidateType: c?.type ?? null, protocol: c?.protocol ?? null, address: c?.address ?? null, port: c?.port ?? null },
        detail: message.candidate,
      };
    }
    case 'end-of-candidates':
      return { ...base, summary: { type: 'end-of-candidates' }, detail: null };
    case 'bye':
      return { ...base, summary: { type: 'bye', reason: message.reason }, detail: null };
  }
}

/**
 * Whether a message belongs in the diagram: everything except heartbeat
 * hellos, i.e. hellos that name the same partner as the sender's previous
 * hello.
 *
 * @param message - The message.
 * @param previousPeer - What the sender's previous hello named: a tab id,
 *   `null` for nobody, `undefined` when this is its first hello.
 * @returns `true` to show it.
 */
export function isWorthShowing(message: SignalingMessage, previousPeer: string | null | undefined): boolean {
  if (message.type !== 'hello') return true;
  return previousPeer === undefined || previousPeer !== message.peer;
}
