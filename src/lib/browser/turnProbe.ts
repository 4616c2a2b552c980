/**
 * Browser adapter of the TURN server check: one relay-only gathering round
 * per TURN URL (does the allocation work? RFC 8656 §7), and a relay data
 * test — two `RTCPeerConnection`s in this page, both with
 * `iceTransportPolicy: 'relay'` through the same server, moving data over a
 * data channel, which needs allocation, permissions (RFC 8656 §9) and
 * relaying (§11–§12) to work. Reports raw evidence; `src/lib/turn` judges it.
 *
 * Browser only. Nothing is sent before these functions are called.
 */
import { startGathering } from './gather.ts';
import { parseCandidate } from '../ice/parseCandidate.ts';
import type { AllocationEvidence, DataEvidence, PhasedError } from '../turn/turnCheckVerdict.ts';

/**
 * Gathers relay candidates from one TURN server and stops at the first one
 * (its time is the time to the relay candidate) or when gathering ends.
 *
 * @param server - One `RTCIceServer` with one TURN URL and credentials.
 * @param timeoutMs - Time limit.
 * @returns The first relay address and time, every `icecandidateerror`, and how it ended.
 */
export function probeAllocation(server: RTCIceServer, timeoutMs: number): Promise<AllocationEvidence> {
  return new Promise((resolve) => {
    const errors: PhasedError[] = [];
    let relay: AllocationEvidence['relay'] = null;
    let stop = () => {};
    const started = startGathering(
      { iceServers: [server], iceTransportPolicy: 'relay', timeoutMs },
      {
        onCandidate: (c) => {
          const parsed = parseCandidate(c.line);
          if (relay === null && parsed.ok && parsed.value.type === 'relay') {
            relay = { address: parsed.value.address, port: parsed.value.port, ms: c.ms };
            stop();
          }
        },
        onError: (e) => errors.push({ ...e, phase: 'allocation' }),
        onEnd: (end) => resolve({ relay, errors, end: end === 'failed' ? 'failed' : end === 'timed-out' ? 'timed-out' : 'complete' }),
      },
    );
    if (!started.ok) resolve({ relay: null, errors, end: 'failed' });
    else stop = started.stop;
  });
}

/** Options of {@link relayDataTest}. */
export interface RelayDataTestOptions {
  /** Bytes to send one way (default 4 MB). */
  readonly bytes?: number;
  /** Ping-pong round trips for the RTT (default 10). */
  readonly pings?: number;
  /** Give up after this long (default 20 s). */
  readonly timeoutMs?: number;
  /** Progress of the transfer, 0…1. */
  readonly onProgress?: (fraction: number) => void;
}

const CHUNK = 16 * 1024;
const HIGH_WATER = 4 * 1024 * 1024;

/**
 * Connects two relay-only peer connections in this page through one TURN
 * server and measures the data channel: median ping RTT and one-way
 * throughput (first byte sent → receiver confirms the last one).
 *
 * @param server - One `RTCIceServer` with one TURN URL and credentials.
 * @param options - Size, pings, time limit, progress callback.
 * @returns What happened, with the candidate pair that carried the data.
 */
export async function relayDataTest(server: RTCIceServer, options: RelayDataTestOptions = {}): Promise<DataEvidence> {
  const total = options.bytes ?? 4_000_000;
  const pings = options.pings ?? 10;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const t0 = performance.now();
  const errors: PhasedError[] = [];
  const config: RTCConfiguration = { iceServers: [server], iceTransportPolicy: 'relay' };
  const a = new RTCPeerConnection(config);
  const b = new RTCPeerConnection(config);
  const fail = (outcome: DataEvidence['outcome']): DataEvidence => ({ outcome, rttMs: null, throughputMBps: null, bytes: 0, pair: null, errors });
  for (const [pc, other] of [[a, b], [b, a]] as const) {
    pc.onicecandidate = (e) => {
      if (e.candidate !== null && e.candidate.candidate !== '') other.addIceCandidate(e.candidate).catch(() => {});
    };
    pc.onicecandidateerror = (event) => {
      const e = event as RTCPeerConnectionIceErrorEvent;
      errors.push({ errorCode: e.errorCode, errorText: e.errorText ?? '', url: e.url || null, address: e.address ?? null, port: e.port ?? null, phase: 'data-test', ms: Math.round(performance.now() - t0) });
    };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  try {
    const send = a.createDataChannel('relay-test', { ordered: true });
    send.binaryType = 'arraybuffer';
    const received = new Promise<RTCDataChannel>((resolve) => {
      b.ondatachannel = (e) => resolve(e.channel);
    });
    const failed = new Promise<'ice-failed'>((resolve) => {
      a.oniceconnectionstatechange = () => {
        if (a.iceConnectionState === 'failed') resolve('ice-failed');
      };
    });
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription as RTCSessionDescriptionInit);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription as RTCSessionDescriptionInit);
    const opened = new Promise<'open'>((resolve) => {
      if (send.readyState === 'open') resolve('open');
      else send.onopen = () => resolve('open');
    });
    const first = await Promise.race([opened, failed, deadline]);
    if (first !== 'open') return fail(first);
    const rx = await Promise.race([received, deadline]);
    if (rx === 'timed-out') return fail('timed-out');
    rx.binaryType = 'arraybuffer';

    // Ping-pong: b echoes text messages; bytes are counted.
    let got = 0;
    let pong: ((t: number) => void) | null = null;
    let done: (() => void) | null = null;
    rx.onmessage = (e) => {
      if (typeof e.data === 'string') {
        rx.send(e.data);
        return;
      }
      got += (e.data as ArrayBuffer).byteLength;
      if (got >= total) rx.send('done');
    };
    send.onmessage = (e) => {
      if (e.data === 'done') done?.();
      else pong?.(performance.now());
    };
    const rtts: number[] = [];
    for (let i = 0; i < pings; i++) {
      const sent = performance.now();
      const back = await Promise.race([new Promise<number>((resolve) => { pong = resolve; send.send(`ping ${i}`); }), deadline]);
      if (back === 'timed-out') return fail('timed-out');
      rtts.push(back - sent);
    }
    rtts.sort((x, y) => x - y);
    const rttMs = Math.round((rtts[Math.floor(rtts.length / 2)] ?? 0) * 100) / 100;

    const chunk = new Uint8Array(CHUNK);
    const start = performance.now();
    const finished = new Promise<'done'>((resolve) => { done = () => resolve('done'); });
    send.bufferedAmountLowThreshold = HIGH_WATER / 4;
    let sentBytes = 0;
    const pump = async () => {
      while (sentBytes < total) {
        if (send.readyState !== 'open') return;
        if (send.bufferedAmount > HIGH_WATER) {
          await new Promise<void>((resolve) => { send.onbufferedamountlow = () => resolve(); });
          continue;
        }
        const n = Math.min(CHUNK, total - sentBytes);
        send.send(n === CHUNK ? chunk : chunk.subarray(0, n));
        sentBytes += n;
        options.onProgress?.(sentBytes / total);
      }
    };
    void pump();
    const end = await Promise.race([finished, failed, deadline]);
    if (end !== 'done') return { ...fail(end === 'ice-failed' ? 'ice-failed' : 'timed-out'), rttMs };
    const seconds = (performance.now() - start) / 1000;
    const throughputMBps = Math.round((total / 1e6 / seconds) * 100) / 100;
    return { outcome: 'passed', rttMs, throughputMBps, bytes: total, pair: await selectedPair(a), errors };
  } catch {
    return fail('channel-failed');
  } finally {
    clearTimeout(timer);
    a.close();
    b.close();
  }
}

/** The selected candidate pair of a connection, from `getStats` (W3C webrtc-stats: transport, candidate-pair, local/remote-candidate). */
async function selectedPair(pc: RTCPeerConnection): Promise<DataEvidence['pair']> {
  const stats = await pc.getStats();
  const byId = new Map<string, Record<string, unknown>>();
  stats.forEach((s: Record<string, unknown>) => byId.set(String(s['id']), s));
  let pairId: string | undefined;
  for (const s of byId.values()) {
    if (s['type'] === 'transport' && typeof s['selectedCandidatePairId'] === 'string') pairId = s['selectedCandidatePairId'];
  }
  if (pairId === undefined) {
    for (const s of byId.values()) if (s['type'] === 'candidate-pair' && s['nominated'] === true && s['state'] === 'succeeded') pairId = String(s['id']);
  }
  const pair = pairId === undefined ? undefined : byId.get(pairId);
  if (pair === undefined) return null;
  const local = byId.get(String(pair['localCandidateId']));
  const remote = byId.get(String(pair['remoteCandidateId']));
  if (local === undefined || remote === undefined) return null;
  const describe = (c: Record<string, unknown>) => `${String(c['address'] ?? c['ip'] ?? '?')}:${String(c['port'] ?? '?')} ${String(c['protocol'] ?? '')}`.trim();
  return { local: describe(local), remote: describe(remote), localType: String(local['candidateType'] ?? ''), remoteType: String(remote['candidateType'] ?? '') };
}
