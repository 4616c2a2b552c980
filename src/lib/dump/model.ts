/**
 * What one peer connection in a webrtc-internals dump did, built from its
 * `updateLog` (API calls and events, with times) and its `stats` series
 * (getStats polled about once a second while webrtc-internals was open).
 *
 * Candidates are parsed with the project's candidate parser (RFC 8839 §5.1);
 * pair states are those of RFC 8445 §6.1.2.6 as W3C webrtc-stats reports them;
 * `icecandidateerror` readings are the gatherer's (W3C WebRTC 1.0 §4.8.2,
 * RFC 8489 §14.8, RFC 8656 §19).
 */
import { readIceCandidateError, type IceErrorReading } from '../ice/gatheringVerdict.ts';
import { isMdnsName } from '../ice/address.ts';
import { parseCandidate, type CandidateType } from '../ice/parseCandidate.ts';
import type { RawConnection, RawDump, RawSeries } from './readDump.ts';

/** The four state machines webrtc-internals logs. */
export type StateMachine = 'signaling' | 'gathering' | 'ice' | 'connection';

/** One state change, with its time (ms since the epoch). */
export interface TimelineEntry {
  readonly time: number;
  readonly machine: StateMachine;
  readonly state: string;
}

/** A candidate as signalled (local: onicecandidate; remote: addIceCandidate or the remote SDP). */
export interface SignalledCandidate {
  readonly time: number;
  readonly line: string;
  readonly type: CandidateType | null;
  readonly protocol: string;
  readonly address: string;
  readonly port: number;
  readonly mdns: boolean;
  readonly tcpType: string | null;
  /** The ICE server URL Chromium names for a srflx/relay candidate (local only). */
  readonly url: string | null;
  readonly source: 'onicecandidate' | 'addIceCandidate' | 'remote-description' | 'local-description';
  /** `false` when the candidate parser refused the line. */
  readonly parsed: boolean;
}

/** One `icecandidateerror` event with the gatherer's plain reading. */
export interface CandidateErrorEntry {
  readonly time: number;
  readonly url: string;
  readonly errorCode: number;
  readonly errorText: string;
  readonly address: string;
  readonly port: string;
  readonly reading: IceErrorReading;
  /** The event as logged. */
  readonly raw: string;
}

/** A candidate as getStats reported it. */
export interface StatsCandidate {
  readonly id: string;
  readonly type: string;
  readonly address: string;
  readonly port: number;
  readonly protocol: string;
  readonly relayProtocol: string | null;
  readonly url: string | null;
  readonly isRemote: boolean;
}

/** A candidate pair's history in the stats. */
export interface PairEntry {
  readonly id: string;
  readonly local: StatsCandidate | null;
  readonly remote: StatsCandidate | null;
  /** The state in the last sample. */
  readonly state: string;
  /** Every state the samples showed, in order of first appearance. */
  readonly statesSeen: readonly string[];
  readonly nominated: boolean;
  /** Whether the transport ever named this pair as selected. */
  readonly everSelected: boolean;
  /** Last `currentRoundTripTime`, seconds. */
  readonly currentRoundTripTime: number | null;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly requestsSent: number;
  readonly responsesReceived: number;
  readonly requestsReceived: number;
  readonly responsesSent: number;
  /** First and last sample times. */
  readonly firstTime: number | null;
  readonly lastTime: number | null;
}

/** A change of the selected pair as the samples show it (to within one polling interval). */
export interface SelectedChange {
  readonly time: number;
  readonly pairId: string;
}

/** A failed API call (…OnFailure, …Failed). */
export interface FailureEntry {
  readonly time: number;
  readonly type: string;
  readonly value: string;
  /** Whether the remote description had been applied when this happened. */
  readonly beforeRemoteDescription: boolean;
}

/** An ICE restart: a local description with new ICE credentials, or a `restartIce()` call. */
export interface IceRestart {
  readonly time: number;
  readonly via: 'restartIce' | 'new-ufrag';
}

/** The configuration without credentials (webrtc-internals does not log them; anything like one is dropped). */
export interface ConnectionConfig {
  readonly iceServers: readonly { readonly urls: readonly string[] }[];
  readonly iceTransportPolicy: string;
  readonly bundlePolicy: string;
  readonly rtcpMuxPolicy: string;
  /** The logged configuration was unreadable. */
  readonly unreadable: boolean;
}

/** Everything the doctor knows about one peer connection. */
export interface ConnectionModel {
  readonly id: string;
  readonly url: string;
  readonly config: ConnectionConfig;
  readonly timeline: readonly TimelineEntry[];
  readonly localCandidates: readonly SignalledCandidate[];
  readonly remoteCandidates: readonly SignalledCandidate[];
  readonly candidateErrors: readonly CandidateErrorEntry[];
  readonly pairs: readonly PairEntry[];
  /** Local and remote candidates only getStats knows (e.g. peer-reflexive ones). */
  readonly statsCandidates: readonly StatsCandidate[];
  readonly selectedChanges: readonly SelectedChange[];
  readonly failures: readonly FailureEntry[];
  readonly iceRestarts: readonly IceRestart[];
  /** Number of stats series; 0 means the dump cannot tell about pairs. */
  readonly statsSeries: number;
  /** Time of the first remote description applied, if any. */
  readonly remoteDescriptionTime: number | null;
  readonly firstTime: number | null;
  readonly lastTime: number | null;
  /** `close()` was called. */
  readonly closed: boolean;
  /** The events, for evidence lines. */
  readonly events: RawConnection['events'];
}

/** The whole dump. */
export interface DumpModel {
  readonly compressed: boolean;
  readonly userAgent: string;
  readonly timestamp: number | null;
  readonly getUserMediaCalls: number;
  readonly connections: readonly ConnectionModel[];
}

const stateEvents: Readonly<Record<string, StateMachine>> = {
  onsignalingstatechange: 'signaling',
  signalingStateChange: 'signaling',
  onicegatheringstatechange: 'gathering',
  iceGatheringStateChange: 'gathering',
  oniceconnectionstatechange: 'ice',
  iceConnectionStateChange: 'ice',
  onconnectionstatechange: 'connection',
  connectionStateChange: 'connection',
};

function unquote(value: string): string {
  const t = value.trim();
  if (t.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(t);
      if (typeof v === 'string') return v;
    } catch {
      // fall through
    }
  }
  return t;
}

function jsonObject(value: string): Record<string, unknown> | null {
  const t = value.trim();
  if (!t.startsWith('{')) return null;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `key: value` lines, as Chromium logs icecandidateerror (and older versions log candidates). */
function keyValueLines(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of value.split(/\r?\n|, (?=[a-zA-Z_]+: )/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

function signalled(time: number, line: string, source: SignalledCandidate['source'], url: string | null): SignalledCandidate {
  const r = parseCandidate(line, { requireRelatedAddress: false });
  if (!r.ok) {
    const m = / typ (\w+)/.exec(line);
    const t = m?.[1];
    return {
      time,
      line,
      type: t === 'host' || t === 'srflx' || t === 'prflx' || t === 'relay' ? t : null,
      protocol: '',
      address: '',
      port: 0,
      mdns: /\.local\b/.test(line),
      tcpType: null,
      url,
      source,
      parsed: false,
    };
  }
  const c = r.value;
  return { time, line, type: c.type, protocol: c.protocol, address: c.address, port: c.port, mdns: isMdnsName(c.address), tcpType: c.tcpType, url, source, parsed: true };
}

function candidatesInSdp(sdp: string, time: number, source: SignalledCandidate['source']): SignalledCandidate[] {
  const out: SignalledCandidate[] = [];
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('a=candidate:')) out.push(signalled(time, line.slice(2), source, null));
  }
  return out;
}

function ufragOf(sdp: string): string | null {
  const m = /a=ice-ufrag:(\S+)/.exec(sdp);
  return m?.[1] ?? null;
}

function readConfig(text: string): ConnectionConfig {
  const o = jsonObject(text);
  if (o === null) {
    return { iceServers: [], iceTransportPolicy: 'all', bundlePolicy: 'balanced', rtcpMuxPolicy: 'require', unreadable: text.trim() !== '' };
  }
  const servers: { urls: string[] }[] = [];
  const list = Array.isArray(o['iceServers']) ? (o['iceServers'] as unknown[]) : [];
  for (const s of list) {
    if (typeof s !== 'object' || s === null) continue;
    const u = (s as Record<string, unknown>)['urls'] ?? (s as Record<string, unknown>)['url'];
    const urls = (typeof u === 'string' ? [u] : Array.isArray(u) ? u : []).filter((x): x is string => typeof x === 'string');
    // Drop anything that looks like a credential in the URL itself (turn:user:pass@host is not valid, but people write it).
    servers.push({ urls: urls.map((x) => x.replace(/^(turns?:|stuns?:)[^@/?]*@/i, '$1')) });
  }
  const s = (k: string, d: string): string => (typeof o[k] === 'string' ? (o[k] as string) : d);
  return { iceServers: servers, iceTransportPolicy: s('iceTransportPolicy', 'all'), bundlePolicy: s('bundlePolicy', 'balanced'), rtcpMuxPolicy: s('rtcpMuxPolicy', 'require'), unreadable: false };
}

/** Decodes one stats series' values (JSON-encoded array); `[]` when unreadable. */
export function seriesValues(series: RawSeries | undefined): unknown[] {
  if (!series) return [];
  try {
    const v: unknown = JSON.parse(series.values);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

const wantedTypes = new Set(['candidate-pair', 'local-candidate', 'remote-candidate', 'transport']);

/** Stats grouped by id, only the types the doctor reads. */
function groupStats(stats: Readonly<Record<string, RawSeries>>): Map<string, { type: string; series: Map<string, RawSeries> }> {
  const out = new Map<string, { type: string; series: Map<string, RawSeries> }>();
  for (const [key, s] of Object.entries(stats)) {
    if (!wantedTypes.has(s.statsType)) continue;
    const dash = key.lastIndexOf('-');
    if (dash <= 0) continue;
    const id = key.slice(0, dash);
    const name = key.slice(dash + 1);
    let g = out.get(id);
    if (!g) {
      g = { type: s.statsType, series: new Map() };
      out.set(id, g);
    }
    g.series.set(name, s);
  }
  return out;
}

function last(values: unknown[]): unknown {
  return values.length ? values[values.length - 1] : undefined;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function statsCandidate(id: string, series: Map<string, RawSeries>, type: string): StatsCandidate {
  const get = (n: string): unknown => last(seriesValues(series.get(n)));
  const address = get('address') ?? get('ip');
  const relayProtocol = get('relayProtocol');
  const url = get('url');
  return {
    id,
    type: String(get('candidateType') ?? ''),
    address: typeof address === 'string' ? address : '',
    port: num(get('port')),
    protocol: String(get('protocol') ?? ''),
    relayProtocol: typeof relayProtocol === 'string' ? relayProtocol : null,
    url: typeof url === 'string' ? url : null,
    isRemote: type === 'remote-candidate',
  };
}

/**
 * Builds the model of one peer connection.
 *
 * @param raw - the connection as read from the dump
 * @returns its timeline, candidates, errors, pairs and failures
 */
export function buildConnection(raw: RawConnection): ConnectionModel {
  const timeline: TimelineEntry[] = [];
  const local: SignalledCandidate[] = [];
  const remote: SignalledCandidate[] = [];
  const errors: CandidateErrorEntry[] = [];
  const failures: FailureEntry[] = [];
  const restarts: IceRestart[] = [];
  let remoteDescriptionTime: number | null = null;
  let closed = false;
  let lastUfrag: string | null = null;
  let pendingRestartIce = false;
  for (const e of raw.events) {
    const machine = stateEvents[e.type];
    if (machine) {
      timeline.push({ time: e.time, machine, state: unquote(e.value) });
      continue;
    }
    switch (e.type) {
      case 'onicecandidate':
      case 'icecandidate': {
        const o = jsonObject(e.value);
        const line = o ? o['candidate'] : keyValueLines(e.value)['candidate'];
        const url = o && typeof o['url'] === 'string' ? (o['url'] as string) : null;
        if (typeof line === 'string' && line !== '') local.push(signalled(e.time, line, 'onicecandidate', url));
        break;
      }
      case 'addIceCandidate': {
        const o = jsonObject(e.value);
        const line = o ? o['candidate'] : keyValueLines(e.value)['candidate'];
        if (typeof line === 'string' && line !== '') remote.push(signalled(e.time, line, 'addIceCandidate', null));
        break;
      }
      case 'setRemoteDescription': {
        const o = jsonObject(e.value);
        const sdp = o && typeof o['sdp'] === 'string' ? (o['sdp'] as string) : keyValueLines(e.value)['sdp'] ?? '';
        remote.push(...candidatesInSdp(sdp, e.time, 'remote-description'));
        break;
      }
      case 'setRemoteDescriptionOnSuccess':
        remoteDescriptionTime ??= e.time;
        break;
      case 'setLocalDescriptionOnSuccess': {
        const o = jsonObject(e.value);
        const sdp = o && typeof o['sdp'] === 'string' ? (o['sdp'] as string) : '';
        const ufrag = ufragOf(sdp);
        // A restartIce() call is followed by a description with new credentials: count the restart once.
        if (ufrag !== null && lastUfrag !== null && ufrag !== lastUfrag) {
          if (pendingRestartIce) pendingRestartIce = false;
          else restarts.push({ time: e.time, via: 'new-ufrag' });
        }
        if (ufrag !== null) lastUfrag = ufrag;
        break;
      }
      case 'restartIce':
        restarts.push({ time: e.time, via: 'restartIce' });
        pendingRestartIce = true;
        break;
      case 'icecandidateerror':
      case 'onicecandidateerror': {
        const o = jsonObject(e.value);
        const kv = o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])) : keyValueLines(e.value);
        const code = Number(kv['error_code'] ?? kv['errorCode'] ?? 0);
        const info = {
          url: kv['url'] ?? '',
          errorCode: code,
          errorText: kv['error_text'] ?? kv['errorText'] ?? '',
          address: kv['address'] ?? '',
          port: kv['port'] ?? '',
        };
        errors.push({
          time: e.time,
          ...info,
          reading: readIceCandidateError({ url: info.url, errorCode: code, errorText: info.errorText, address: info.address, port: info.port === '' ? null : Number(info.port) }),
          raw: e.value,
        });
        break;
      }
      case 'close':
        closed = true;
        break;
      default:
        if (/OnFailure$|Failed$|Failure$/.test(e.type)) failures.push({ time: e.time, type: e.type, value: e.value, beforeRemoteDescription: remoteDescriptionTime === null });
    }
  }

  const groups = groupStats(raw.stats);
  const candidates = new Map<string, StatsCandidate>();
  for (const [id, g] of groups) {
    if (g.type === 'local-candidate' || g.type === 'remote-candidate') candidates.set(id, statsCandidate(id, g.series, g.type));
  }
  const everSelected = new Set<string>();
  const selectedChanges: SelectedChange[] = [];
  for (const g of groups.values()) {
    if (g.type !== 'transport') continue;
    const ids = seriesValues(g.series.get('selectedCandidatePairId'));
    const times = seriesValues(g.series.get('timestamp'));
    let previous: string | null = null;
    ids.forEach((v, i) => {
      if (typeof v !== 'string' || v === '') return;
      everSelected.add(v);
      if (v !== previous) selectedChanges.push({ time: num(times[i]) || Date.parse(g.series.get('selectedCandidatePairId')?.startTime ?? '') || 0, pairId: v });
      previous = v;
    });
  }
  const pairs: PairEntry[] = [];
  for (const [id, g] of groups) {
    if (g.type !== 'candidate-pair') continue;
    const v = (n: string): unknown[] => seriesValues(g.series.get(n));
    const states = v('state').filter((x): x is string => typeof x === 'string');
    const times = v('timestamp');
    const rtt = last(v('currentRoundTripTime'));
    pairs.push({
      id,
      local: candidates.get(String(last(v('localCandidateId')) ?? '')) ?? null,
      remote: candidates.get(String(last(v('remoteCandidateId')) ?? '')) ?? null,
      state: states[states.length - 1] ?? '',
      statesSeen: [...new Set(states)],
      nominated: v('nominated').some((x) => x === true),
      everSelected: everSelected.has(id),
      currentRoundTripTime: typeof rtt === 'number' ? rtt : null,
      bytesSent: num(last(v('bytesSent'))),
      bytesReceived: num(last(v('bytesReceived'))),
      requestsSent: num(last(v('requestsSent'))),
      responsesReceived: num(last(v('responsesReceived'))),
      requestsReceived: num(last(v('requestsReceived'))),
      responsesSent: num(last(v('responsesSent'))),
      firstTime: times.length ? num(times[0]) : null,
      lastTime: times.length ? num(last(times)) : null,
    });
  }
  pairs.sort((a, b) => Number(b.everSelected) - Number(a.everSelected) || a.id.localeCompare(b.id));
  const times = raw.events.map((e) => e.time).filter((t) => Number.isFinite(t));
  return {
    id: raw.id,
    url: raw.url,
    config: readConfig(raw.rtcConfiguration),
    timeline,
    localCandidates: local,
    remoteCandidates: remote,
    candidateErrors: errors,
    pairs,
    statsCandidates: [...candidates.values()],
    selectedChanges,
    failures,
    iceRestarts: restarts,
    statsSeries: Object.keys(raw.stats).length,
    remoteDescriptionTime,
    firstTime: times.length ? Math.min(...times) : null,
    lastTime: times.length ? Math.max(...times) : null,
    closed,
    events: raw.events,
  };
}

/**
 * Builds the model of every peer connection in a dump.
 *
 * @param dump - the checked dump
 * @returns the model
 */
export function buildModel(dump: RawDump): DumpModel {
  return {
    compressed: dump.compressed,
    userAgent: dump.userAgent,
    timestamp: dump.timestamp,
    getUserMediaCalls: dump.getUserMediaCalls,
    connections: dump.connections.map(buildConnection),
  };
}
