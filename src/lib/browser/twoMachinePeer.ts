/**
 * One side's RTCPeerConnection in the two-machine test (W3C WebRTC 1.0 §4),
 * negotiated without any signaling server: the inviting side gathers
 * completely and hands its whole offer over as a code; the invited side
 * applies it, gathers completely and hands back its answer (no trickle,
 * RFC 8838 is not needed when every candidate is in the description).
 *
 * Both sides open the same pre-negotiated data channel (`negotiated: true,
 * id: 0`), so no DCEP handshake (RFC 8832) is needed; the data test sends
 * text control messages and binary chunks on it.
 *
 * Thin: it reports what the browser does and leaves every decision and
 * explanation to `src/lib/twomachine` and `src/lib/loopback`. Browser only.
 */
import type { PeerConfiguration } from '../loopback/forcing.ts';
import type { StatsEntry } from '../loopback/candidatePairs.ts';
import { closeQuietly, reportStates, statsEntries } from './peerConnection.ts';
import type { TimelineMachine } from '../loopback/timeline.ts';

/** What the peer connection reports. */
export interface TwoMachinePeerEvents {
  state(machine: TimelineMachine, state: string): void;
  localCandidate(line: string): void;
  candidateError(errorCode: number, url: string): void;
  message(data: string | ArrayBuffer): void;
}

/** The label and id of the test's data channel, the same on both sides. */
export const TEST_CHANNEL = { label: 'field-guide-two-machine', id: 0 } as const;

/** How long complete gathering may take before the description is used as it is. */
export const GATHER_TIMEOUT_MS = 20_000;

/** A running peer connection. */
export class TwoMachinePeer {
  readonly #pc: RTCPeerConnection;
  readonly #channel: RTCDataChannel;
  #closed = false;
  /** Starts following the DTLS transport if it is new (see `reportStates`). */
  readonly #watchDtls: () => void;

  /**
   * @param configuration - From `peerConfiguration`.
   * @param events - Where to report.
   */
  constructor(configuration: PeerConfiguration, events: TwoMachinePeerEvents) {
    this.#pc = new RTCPeerConnection({
      iceServers: configuration.iceServers.map((s) => ({ ...s, urls: typeof s.urls === 'string' ? s.urls : [...s.urls] })),
      iceTransportPolicy: configuration.iceTransportPolicy,
    });
    const pc = this.#pc;
    pc.onicecandidate = ({ candidate }) => {
      if (!this.#closed && candidate !== null && candidate.candidate !== '') events.localCandidate(candidate.candidate);
    };
    pc.onicecandidateerror = (event) => {
      const e = event as RTCPeerConnectionIceErrorEvent;
      if (!this.#closed) events.candidateError(e.errorCode, e.url ?? '');
    };
    this.#watchDtls = reportStates(pc, (machine, state) => events.state(machine, state));
    const channel = pc.createDataChannel(TEST_CHANNEL.label, { negotiated: true, id: TEST_CHANNEL.id });
    channel.binaryType = 'arraybuffer';
    channel.bufferedAmountLowThreshold = 1 << 20;
    this.#channel = channel;
    events.state('channel', channel.readyState);
    channel.onopen = () => events.state('channel', channel.readyState);
    channel.onclosing = () => events.state('channel', channel.readyState);
    channel.onclose = () => events.state('channel', channel.readyState);
    channel.onmessage = (event: MessageEvent<string | ArrayBuffer>) => events.message(event.data);
  }

  /**
   * Makes the offer and waits until gathering is complete.
   *
   * @returns The complete offer SDP.
   */
  async createOffer(): Promise<string> {
    await this.#pc.setLocalDescription();
    return this.#completeDescription();
  }

  /**
   * Applies the other side's offer, makes the answer and waits until gathering is complete.
   *
   * @param sdp - The offer rebuilt from the invitation code.
   * @returns The complete answer SDP.
   */
  async answer(sdp: string): Promise<string> {
    await this.#pc.setRemoteDescription({ type: 'offer', sdp });
    this.#watchDtls();
    await this.#pc.setLocalDescription();
    return this.#completeDescription();
  }

  /**
   * Applies the other side's answer; the checks start.
   *
   * @param sdp - The answer rebuilt from the answer code.
   */
  async acceptAnswer(sdp: string): Promise<void> {
    await this.#pc.setRemoteDescription({ type: 'answer', sdp });
    this.#watchDtls();
  }

  /** Whether the data channel is open. */
  get open(): boolean {
    return this.#channel.readyState === 'open';
  }

  /** Bytes queued in the data channel and not yet sent. */
  get bufferedAmount(): number {
    return this.#channel.bufferedAmount;
  }

  /**
   * Sends on the data channel.
   *
   * @param data - Text or bytes.
   * @returns `false` when the channel is not open.
   */
  send(data: string | ArrayBuffer): boolean {
    if (this.#channel.readyState !== 'open') return false;
    if (typeof data === 'string') this.#channel.send(data);
    else this.#channel.send(data);
    return true;
  }

  /**
   * Resolves when the channel's queue has drained below its low threshold.
   *
   * @returns A promise that resolves at once when the queue is already short.
   */
  drained(): Promise<void> {
    const channel = this.#channel;
    if (channel.bufferedAmount <= channel.bufferedAmountLowThreshold) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        channel.removeEventListener('bufferedamountlow', done);
        channel.removeEventListener('close', done);
        resolve();
      };
      channel.addEventListener('bufferedamountlow', done);
      channel.addEventListener('close', done);
    });
  }

  /**
   * The current statistics, as plain entries.
   *
   * @returns Every entry of `getStats()`; empty once closed.
   */
  async stats(): Promise<StatsEntry[]> {
    return this.#closed ? [] : statsEntries(this.#pc);
  }

  /** Closes the channel and the connection; no more events are reported. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeQuietly(this.#pc, this.#channel);
  }

  async #completeDescription(): Promise<string> {
    const pc = this.#pc;
    if (pc.iceGatheringState !== 'complete') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(finish, GATHER_TIMEOUT_MS);
        function finish(): void {
          clearTimeout(timer);
          pc.removeEventListener('icegatheringstatechange', check);
          resolve();
        }
        function check(): void {
          if (pc.iceGatheringState === 'complete') finish();
        }
        pc.addEventListener('icegatheringstatechange', check);
      });
    }
    return pc.localDescription?.sdp ?? '';
  }
}
