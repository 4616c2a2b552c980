/**
 * A thin adapter around `RTCPeerConnection` for candidate gathering
 * (W3C WebRTC 1.0 §4.4 "Peer-to-peer connections", RFC 8445 §5.1.1): create
 * a connection with the given ICE servers, add one data channel so there is
 * something to gather for, set a local offer, and report every candidate,
 * every `icecandidateerror` and the end of gathering, with times measured
 * from the start. Nothing here interprets the results; `src/lib/ice` does.
 *
 * Browser only. No request leaves the browser before {@link startGathering}.
 */

import type { GatheredCandidateRecord, GatheringErrorRecord } from '../ice/gatheringResult.ts';

/** One candidate as the browser reported it: the record type of `src/lib/ice/gatheringResult.ts`. */
export type GatheredEvent = GatheredCandidateRecord;

/** One `icecandidateerror` event (RTCPeerConnectionIceErrorEvent), as `src/lib/ice` records it. */
export type GatheringErrorEvent = GatheringErrorRecord;

/** How a gathering round ended. */
export type GatheringEnd = 'complete' | 'timed-out' | 'stopped' | 'failed';

/** What {@link startGathering} reports, as it happens. */
export interface GatheringHandlers {
  onCandidate(event: GatheredEvent): void;
  onError(event: GatheringErrorEvent): void;
  /** Called exactly once. `detail` is the browser's message when `end` is `failed`. */
  onEnd(end: GatheringEnd, ms: number, detail?: string): void;
  /**
   * Called once the local description is set, i.e. when gathering is under
   * way (usually before the first candidate, which the browser finds on its
   * network thread). A UI should do its rendering here rather than at
   * Start: main-thread work before `setLocalDescription` delays gathering.
   */
  onStarted?(): void;
}

/** Options of one gathering round. */
export interface GatheringOptions {
  readonly iceServers: RTCIceServer[];
  readonly iceTransportPolicy: RTCIceTransportPolicy;
  /** Give up after this many milliseconds (the browser alone may wait ~40 s for an unreachable server). */
  readonly timeoutMs: number;
}

/** A running round: stop it at any time (closing the connection frees TURN allocations). */
export interface GatheringRun {
  /** `performance.now()` at the start, so a UI can show the elapsed time on the same clock. */
  readonly startedAt: number;
  stop(): void;
}

/** Why gathering could not start at all. */
export type GatheringUnavailable =
  | { readonly ok: false; readonly reason: 'missing'; readonly detail: string }
  | { readonly ok: false; readonly reason: 'blocked'; readonly detail: string };

/**
 * Whether this browser exposes `RTCPeerConnection` at all (it can be missing
 * in old browsers, some embedded web views, or removed by privacy extensions).
 *
 * @returns `true` when the constructor exists.
 */
export function hasRtcPeerConnection(): boolean {
  return typeof globalThis.RTCPeerConnection === 'function';
}

/**
 * Starts gathering candidates. Never throws: a missing or refusing
 * `RTCPeerConnection` comes back as a {@link GatheringUnavailable}, and an
 * error after the start ends the round with `failed`.
 *
 * @param options - ICE servers (already validated), transport policy, time limit.
 * @param handlers - Called for every candidate and error, and once at the end.
 * @returns The running round, or why it could not start.
 */
export function startGathering(
  options: GatheringOptions,
  handlers: GatheringHandlers,
): ({ readonly ok: true } & GatheringRun) | GatheringUnavailable {
  if (!hasRtcPeerConnection()) {
    return { ok: false, reason: 'missing', detail: 'RTCPeerConnection is not defined' };
  }
  const startedAt = performance.now();
  const since = () => Math.round((performance.now() - startedAt) * 10) / 10;
  let pc: RTCPeerConnection;
  try {
    pc = new RTCPeerConnection({ iceServers: options.iceServers, iceTransportPolicy: options.iceTransportPolicy });
  } catch (error) {
    return { ok: false, reason: 'blocked', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }

  let ended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (how: GatheringEnd, detail?: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    const ms = since();
    pc.onicecandidate = null;
    pc.onicecandidateerror = null;
    pc.onicegatheringstatechange = null;
    if (detail === undefined) handlers.onEnd(how, ms);
    else handlers.onEnd(how, ms, detail);
    // Closing (which releases TURN allocations) can wait until the UI has shown the end.
    setTimeout(() => pc.close(), 0);
  };

  pc.onicecandidate = (event) => {
    const candidate = event.candidate;
    if (candidate === null || candidate.candidate === '') {
      end('complete');
      return;
    }
    // `RTCIceCandidate.url` is the current spelling; older Chrome put it on the event.
    const url = (candidate as { url?: string | null }).url || (event as { url?: string | null }).url || null;
    handlers.onCandidate({ ms: since(), line: candidate.candidate, url, relayProtocol: (candidate as { relayProtocol?: string | null }).relayProtocol ?? null });
  };
  pc.onicecandidateerror = (event) => {
    const e = event as RTCPeerConnectionIceErrorEvent;
    handlers.onError({
      ms: since(),
      errorCode: e.errorCode,
      errorText: e.errorText ?? '',
      url: e.url || null,
      address: e.address ?? null,
      port: e.port ?? null,
    });
  };
  pc.onicegatheringstatechange = () => {
    if (pc.iceGatheringState === 'complete') end('complete');
  };
  timer = setTimeout(() => end('timed-out'), options.timeoutMs);

  try {
    pc.createDataChannel('gather');
    pc.createOffer()
      .then((offer) => pc.setLocalDescription(offer))
      .then(() => {
        if (!ended) handlers.onStarted?.();
      })
      .catch((error: unknown) => end('failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  } catch (error) {
    end('failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }

  return { ok: true, startedAt, stop: () => end('stopped') };
}
