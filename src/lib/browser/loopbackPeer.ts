/**
 * One tab's RTCPeerConnection in the two-tab lab (W3C WebRTC 1.0 §4),
 * negotiated with the perfect negotiation pattern: either tab may offer at
 * any time (an ICE restart, say), and `decideOnDescription`
 * (`src/lib/loopback/perfectNegotiation.ts`) settles every collision.
 *
 * Both tabs use the same pre-negotiated data channel (`negotiated: true,
 * id: 0`, so the DCEP handshake of RFC 8832 is not needed). The impolite
 * tab creates it at once and so makes the first offer; the polite tab
 * creates it once that offer is applied. The first negotiation therefore
 * never collides. That is deliberate: in Chromium 156, rolling back a
 * local offer while its candidates are still being gathered leaves the
 * connection unable to gather for the answer (measured: 3 runs in 4 stall,
 * and an ICE restart does not recover). Later collisions still roll back;
 * if gathering then stalls, the `stalled` note says so.
 *
 * Thin: it reports what the browser does (outgoing signals, state changes,
 * candidates, errors, data-channel messages) and leaves every decision and
 * every explanation to `src/lib/loopback`. Browser only.
 */
import type { NegotiationRole } from '../loopback/ids.ts';
import type { PeerConfiguration } from '../loopback/forcing.ts';
import type { SignalingState } from '../loopback/perfectNegotiation.ts';
import { decideOnDescription } from '../loopback/perfectNegotiation.ts';
import type { AddressedMessage } from '../loopback/signalingMessage.ts';
import type { StatsEntry } from '../loopback/candidatePairs.ts';
import { closeQuietly, reportStates, statsEntries } from './peerConnection.ts';
import type { TimelineMachine } from '../loopback/timeline.ts';

/** A negotiation message for the other tab, before it is addressed. */
export type OutgoingSignal =
  | { readonly type: 'offer' | 'answer'; readonly sdp: string }
  | {
      readonly type: 'candidate';
      readonly candidate: string;
      readonly sdpMid: string | null;
      readonly sdpMLineIndex: number | null;
      readonly usernameFragment: string | null;
    }
  | { readonly type: 'end-of-candidates'; readonly usernameFragment: string | null };

/** What perfect negotiation did with a received description, when it is worth showing. */
export type NegotiationNote = 'ignored-offer' | 'rolled-back' | 'ignored-answer' | 'gathering-stalled';

/** What the peer connection reports. */
export interface LoopbackPeerEvents {
  signal(signal: OutgoingSignal): void;
  state(machine: TimelineMachine, state: string): void;
  note(note: NegotiationNote): void;
  localCandidate(line: string): void;
  remoteCandidate(line: string): void;
  remoteEndOfCandidates(): void;
  candidateError(errorCode: number, url: string): void;
  channelMessage(data: unknown): void;
  /** Something the browser refused that should not happen; `detail` is its message. */
  failure(step: string, detail: string): void;
}

/** The label and id of the lab's data channel, the same in both tabs. */
export const DATA_CHANNEL = { label: 'field-guide-lab', id: 0 } as const;

/** How long gathering may produce nothing after a rollback before it counts as stalled. */
export const STALL_AFTER_ROLLBACK_MS = 3000;

/**
 * Makes this tab's DTLS certificate ahead of time (ECDSA P-256, what
 * browsers use by default), off the main thread, while the tabs are still
 * finding each other. Nothing is sent anywhere.
 *
 * @returns The certificate, or `null` if the browser refuses.
 */
export async function prepareCertificate(): Promise<RTCCertificate | null> {
  try {
    return await RTCPeerConnection.generateCertificate({ name: 'ECDSA', namedCurve: 'P-256' } as EcKeyGenParams);
  } catch {
    return null;
  }
}

/** A running peer connection. */
export class LoopbackPeer {
  readonly #pc: RTCPeerConnection;
  #channel: RTCDataChannel | null = null;
  readonly #events: LoopbackPeerEvents;
  readonly #role: NegotiationRole;
  #makingOffer = false;
  #settingRemoteAnswer = false;
  #ignoreOffer = false;
  #closed = false;
  #lastUfrag: string | null = null;
  /** Received messages are handled one at a time, in order. */
  #queue: Promise<void> = Promise.resolve();
  /** Starts following the DTLS transport if it is new (see `reportStates`). */
  readonly #watchDtls: () => void;
  #localCandidates = 0;
  #stallTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Creates the peer connection and the data channel; negotiation starts by
   * itself (`negotiationneeded`).
   *
   * @param role - This tab's perfect-negotiation role.
   * @param configuration - From `peerConfiguration`.
   * @param events - Where to report.
   * @param certificate - A DTLS certificate made in advance with
   *   {@link prepareCertificate}, so the constructor need not make one.
   */
  constructor(role: NegotiationRole, configuration: PeerConfiguration, events: LoopbackPeerEvents, certificate: RTCCertificate | null = null) {
    this.#role = role;
    this.#events = events;
    this.#pc = new RTCPeerConnection({
      iceServers: configuration.iceServers.map((s) => ({ ...s, urls: typeof s.urls === 'string' ? s.urls : [...s.urls] })),
      iceTransportPolicy: configuration.iceTransportPolicy,
      ...(certificate === null ? {} : { certificates: [certificate] }),
    });
    const pc = this.#pc;
    pc.onnegotiationneeded = () => void this.#offer();
    pc.onicecandidate = ({ candidate }) => this.#onLocalCandidate(candidate);
    pc.onicecandidateerror = (event) => {
      const e = event as RTCPeerConnectionIceErrorEvent;
      events.candidateError(e.errorCode, e.url ?? '');
    };
    this.#watchDtls = reportStates(pc, (machine, state) => events.state(machine, state));

    if (role === 'impolite') {
      this.#openChannel();
      // Start the offer now rather than when `negotiationneeded` fires a task
      // later: the page re-renders in between, and the offer would wait for it.
      // The event that follows finds the channel being negotiated and is a no-op.
      void this.#offer();
    }
  }

  /** Whether the data channel is open. */
  get channelOpen(): boolean {
    return this.#channel?.readyState === 'open';
  }

  /**
   * Hands a negotiation message from the other tab to the connection.
   *
   * @param message - An offer, answer, candidate or end-of-candidates from the partner.
   */
  receive(message: AddressedMessage): void {
    this.#queue = this.#queue.then(() => this.#handle(message));
  }

  /**
   * Sends text on the data channel.
   *
   * @param text - The message.
   * @returns `false` when the channel is not open.
   */
  send(text: string): boolean {
    if (this.#channel?.readyState !== 'open') return false;
    this.#channel.send(text);
    return true;
  }

  /** Starts an ICE restart (RFC 8445 §9): new credentials, new gathering, new checks. */
  restartIce(): void {
    if (!this.#closed) this.#pc.restartIce();
  }

  /**
   * The current statistics, as plain entries.
   *
   * @returns Every entry of `getStats()`; empty once closed.
   */
  async stats(): Promise<StatsEntry[]> {
    return this.#closed ? [] : statsEntries(this.#pc);
  }

  /** Closes the data channel and the connection; no more events are reported. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#stallTimer);
    closeQuietly(this.#pc, this.#channel);
  }

  /** Creates the data channel (both tabs use the same negotiated id). */
  #openChannel(): void {
    if (this.#channel !== null || this.#closed) return;
    const channel = this.#pc.createDataChannel(DATA_CHANNEL.label, { negotiated: true, id: DATA_CHANNEL.id });
    this.#channel = channel;
    const events = this.#events;
    events.state('channel', channel.readyState);
    channel.onopen = () => events.state('channel', channel.readyState);
    channel.onclosing = () => events.state('channel', channel.readyState);
    channel.onclose = () => events.state('channel', channel.readyState);
    channel.onmessage = (event: MessageEvent<unknown>) => events.channelMessage(event.data);
  }

  /** After a rollback: report if gathering produces nothing for a while. */
  #watchForStall(): void {
    clearTimeout(this.#stallTimer);
    const seen = this.#localCandidates;
    this.#stallTimer = setTimeout(() => {
      if (!this.#closed && this.#localCandidates === seen && this.#pc.iceGatheringState === 'gathering') this.#events.note('gathering-stalled');
    }, STALL_AFTER_ROLLBACK_MS);
  }

  async #offer(): Promise<void> {
    // A `negotiationneeded` that arrives while the first offer is under way.
    if (this.#closed || this.#makingOffer) return;
    try {
      this.#makingOffer = true;
      await this.#pc.setLocalDescription();
      const sdp = this.#pc.localDescription?.sdp;
      if (!this.#closed && sdp !== undefined) this.#events.signal({ type: 'offer', sdp });
    } catch (error) {
      if (!this.#closed) this.#events.failure('setLocalDescription(offer)', messageOf(error));
    } finally {
      this.#makingOffer = false;
    }
  }

  async #handle(message: AddressedMessage): Promise<void> {
    if (this.#closed) return;
    const pc = this.#pc;
    try {
      if (message.type === 'offer' || message.type === 'answer') {
        const decision = decideOnDescription(message.type, {
          role: this.#role,
          makingOffer: this.#makingOffer,
          signalingState: pc.signalingState as SignalingState,
          settingRemoteAnswer: this.#settingRemoteAnswer,
        });
        this.#ignoreOffer = decision.ignoreCandidateErrors;
        if (decision.action === 'ignore-offer' || decision.action === 'ignore-answer') {
          this.#events.note(decision.action === 'ignore-offer' ? 'ignored-offer' : 'ignored-answer');
          return;
        }
        if (decision.action === 'apply-over-own-offer') this.#events.note('rolled-back');
        this.#settingRemoteAnswer = message.type === 'answer';
        await pc.setRemoteDescription({ type: message.type, sdp: message.sdp });
        this.#settingRemoteAnswer = false;
        this.#watchDtls();
        if (message.type === 'offer') {
          // The polite tab's channel joins the SCTP association the offer brings.
          this.#openChannel();
          if (decision.action === 'apply-over-own-offer') this.#watchForStall();
          await pc.setLocalDescription();
          const sdp = pc.localDescription?.sdp;
          if (!this.#closed && sdp !== undefined) this.#events.signal({ type: 'answer', sdp });
        }
      } else if (message.type === 'candidate') {
        this.#events.remoteCandidate(message.candidate);
        try {
          await pc.addIceCandidate({
            candidate: message.candidate,
            sdpMid: message.sdpMid,
            sdpMLineIndex: message.sdpMLineIndex,
            usernameFragment: message.usernameFragment,
          });
        } catch (error) {
          if (!this.#ignoreOffer) throw error;
        }
      } else {
        this.#events.remoteEndOfCandidates();
        try {
          await pc.addIceCandidate();
        } catch (error) {
          if (!this.#ignoreOffer) throw error;
        }
      }
    } catch (error) {
      this.#settingRemoteAnswer = false;
      if (!this.#closed) this.#events.failure(message.type, messageOf(error));
    }
  }

  #onLocalCandidate(candidate: RTCIceCandidate | null): void {
    if (this.#closed) return;
    if (candidate === null || candidate.candidate === '') {
      this.#events.signal({ type: 'end-of-candidates', usernameFragment: candidate?.usernameFragment ?? this.#lastUfrag });
      return;
    }
    this.#lastUfrag = candidate.usernameFragment;
    this.#localCandidates += 1;
    this.#events.localCandidate(candidate.candidate);
    this.#events.signal({
      type: 'candidate',
      candidate: candidate.candidate,
      sdpMid: candidate.sdpMid,
      sdpMLineIndex: candidate.sdpMLineIndex,
      usernameFragment: candidate.usernameFragment,
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
