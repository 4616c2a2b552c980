/**
 * The candidate-pair table of the lab, read from `RTCPeerConnection.getStats()`
 * (W3C WebRTC Statistics: `candidate-pair`, `local-candidate`,
 * `remote-candidate` and `transport` entries), and the reasons the
 * selected pair won, in words.
 *
 * Pair priorities are recomputed exactly with {@link pairPriority}
 * (RFC 8445 §6.1.2.3): browsers report them as JavaScript numbers, which
 * cannot hold 64-bit values exactly. The formula needs to know which
 * candidate belongs to the controlling agent, which the transport's
 * `iceRole` says.
 */
import type { CandidateType } from '../ice/parseCandidate.ts';
import { pairPriority } from '../ice/priority.ts';

/** One entry of an `RTCStatsReport`, as plain data. */
export interface StatsEntry {
  readonly id: string;
  readonly type: string;
  readonly [field: string]: unknown;
}

/** Candidate-pair states of RFC 8445 §6.1.2.6, as `RTCStatsIceCandidatePairState`. */
export type PairState = 'frozen' | 'waiting' | 'in-progress' | 'failed' | 'succeeded';

/** One end of a pair. */
export interface PairEnd {
  readonly type: CandidateType | null;
  readonly address: string | null;
  readonly port: number | null;
  /** `udp` or `tcp`. */
  readonly protocol: string | null;
  /** For a relayed local candidate: how this tab reaches the TURN server. */
  readonly relayProtocol: string | null;
  readonly priority: number | null;
  /** For a local srflx/relay candidate: the STUN/TURN server it came from. */
  readonly url: string | null;
}

/** A row of the pair table. */
export interface PairRow {
  readonly id: string;
  readonly local: PairEnd;
  readonly remote: PairEnd;
  readonly state: PairState | null;
  readonly nominated: boolean;
  /** Exact pair priority in decimal, or `null` when a candidate priority is missing. */
  readonly priority: string | null;
  /** Latest round-trip time of a check on this pair, in ms. */
  readonly rttMs: number | null;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly requestsSent: number;
  readonly responsesReceived: number;
  readonly requestsReceived: number;
  /** Whether the transport sends on this pair now. */
  readonly selected: boolean;
  /**
   * `true` when the browser no longer reports this pair (it prunes pairs
   * after they fail, and all of them once ICE fails or closes): the row
   * shows its last known state.
   */
  readonly gone: boolean;
}

/** The whole table, with what the transport says about it. */
export interface PairTable {
  /** Rows by descending pair priority (the order of the checklist, RFC 8445 §6.1.2.3). */
  readonly rows: readonly PairRow[];
  readonly selectedId: string | null;
  readonly iceRole: 'controlling' | 'controlled' | null;
  /** The transport's `iceState` and `dtlsState`. */
  readonly iceState: string | null;
  readonly dtlsState: string | null;
}

const TYPES: readonly string[] = ['host', 'srflx', 'prflx', 'relay'];
const STATES: readonly string[] = ['frozen', 'waiting', 'in-progress', 'failed', 'succeeded'];

/**
 * Builds the pair table from a stats report. Entries of other types are
 * ignored; missing fields become `null` or 0. Never throws.
 *
 * @param entries - `[...report.values()]` of `RTCPeerConnection.getStats()`.
 * @returns The rows (highest priority first) and the transport's view.
 */
export function readCandidatePairs(entries: Iterable<StatsEntry>): PairTable {
  const byId = new Map<string, StatsEntry>();
  for (const entry of entries) byId.set(entry.id, entry);
  const transports = [...byId.values()].filter((e) => e.type === 'transport');
  // A data-only connection has one transport (BUNDLE); take the one that has a selected pair.
  const transport = transports.find((t) => typeof t['selectedCandidatePairId'] === 'string') ?? transports[0];
  const selectedId = text(transport?.['selectedCandidatePairId']);
  const role = transport?.['iceRole'];
  const iceRole = role === 'controlling' || role === 'controlled' ? role : null;

  const rows: (PairRow & { readonly order: bigint })[] = [];
  for (const entry of byId.values()) {
    if (entry.type !== 'candidate-pair') continue;
    const local = readEnd(byId.get(text(entry['localCandidateId']) ?? ''));
    const remote = readEnd(byId.get(text(entry['remoteCandidateId']) ?? ''));
    const exact = exactPriority(local.priority, remote.priority, iceRole);
    const state = text(entry['state']);
    const rtt = entry['currentRoundTripTime'];
    rows.push({
      id: entry.id,
      local,
      remote,
      state: state !== null && STATES.includes(state) ? (state as PairState) : null,
      nominated: entry['nominated'] === true,
      priority: exact === null ? null : exact.toString(),
      rttMs: typeof rtt === 'number' && Number.isFinite(rtt) ? Math.round(rtt * 10000) / 10 : null,
      bytesSent: count(entry['bytesSent']),
      bytesReceived: count(entry['bytesReceived']),
      requestsSent: count(entry['requestsSent']),
      responsesReceived: count(entry['responsesReceived']),
      requestsReceived: count(entry['requestsReceived']),
      selected: entry.id === selectedId,
      gone: false,
      order: exact ?? -1n,
    });
  }
  rows.sort((a, b) => (a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order > b.order ? -1 : 1));
  return {
    rows: rows.map(({ order: _order, ...row }) => row),
    selectedId: rows.some((r) => r.selected) ? selectedId : null,
    iceRole,
    iceState: text(transport?.['iceState']),
    dtlsState: text(transport?.['dtlsState']),
  };
}

/**
 * Keeps every pair ever seen: the rows of a new reading, plus the rows of
 * the previous table that the browser has stopped reporting, marked
 * `gone` with their last known state. Chromium prunes failed pairs and,
 * once ICE has failed or the connection is closed, reports none at all;
 * without this the table would empty itself exactly when the reader needs
 * it. A pair that is gone is never `selected`.
 *
 * @param previous - The table shown so far, or `null`.
 * @param next - From {@link readCandidatePairs}.
 * @returns The merged table: `next`'s transport view, rows in priority order.
 */
export function mergePairTables(previous: PairTable | null, next: PairTable): PairTable {
  if (previous === null) return next;
  const seen = new Set(next.rows.map((r) => r.id));
  const kept = previous.rows.filter((r) => !seen.has(r.id)).map((r) => ({ ...r, gone: true, selected: false }));
  if (kept.length === 0) return next;
  const rows = [...next.rows, ...kept].sort((a, b) => compareDecimal(b.priority, a.priority) || (a.id < b.id ? -1 : 1));
  return {
    rows,
    selectedId: next.selectedId,
    iceRole: next.iceRole ?? previous.iceRole,
    iceState: next.iceState ?? previous.iceState,
    dtlsState: next.dtlsState ?? previous.dtlsState,
  };
}

/** Codes of the reasons {@link explainSelectedPair} gives (text: `pairReason.<code>`). */
export type PairReasonCode =
  | 'checks-succeeded'
  | 'checks-succeeded-inbound'
  | 'nominated-by-this-tab'
  | 'nominated-by-other-tab'
  | 'not-nominated'
  | 'highest-priority'
  | 'only-succeeded'
  | 'only-pair'
  | 'not-highest'
  | 'path-host'
  | 'path-relay'
  | 'path-srflx'
  | 'prflx-remote'
  | 'prflx-local'
  | 'type-preference';

/** One reason, with the values its sentence quotes. */
export interface PairReason {
  readonly code: PairReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Why the selected pair carries the data, as reasons in a fixed order:
 * its checks (RFC 8445 §7.2.5), its nomination (§8.1.1), its priority among
 * the pairs that succeeded (§6.1.2.3), and what its candidate types mean
 * for the path (§5.1.1, §5.1.2.2, peer-reflexive §7.2.5.3.1 / §7.3.1.3).
 *
 * @param table - From {@link readCandidatePairs}.
 * @returns The reasons; empty when no pair is selected yet.
 */
export function explainSelectedPair(table: PairTable): PairReason[] {
  const pair = table.rows.find((r) => r.selected);
  if (pair === undefined) return [];
  const reasons: PairReason[] = [];

  if (pair.responsesReceived > 0) {
    reasons.push({ code: 'checks-succeeded', params: { requests: pair.requestsSent, responses: pair.responsesReceived } });
  } else if (pair.requestsReceived > 0) {
    reasons.push({ code: 'checks-succeeded-inbound', params: { received: pair.requestsReceived } });
  }

  if (!pair.nominated) reasons.push({ code: 'not-nominated', params: {} });
  else if (table.iceRole === 'controlling') reasons.push({ code: 'nominated-by-this-tab', params: {} });
  else if (table.iceRole === 'controlled') reasons.push({ code: 'nominated-by-other-tab', params: {} });

  const succeeded = table.rows.filter((r) => r.state === 'succeeded');
  if (table.rows.length === 1) {
    reasons.push({ code: 'only-pair', params: {} });
  } else if (succeeded.length <= 1) {
    reasons.push({ code: 'only-succeeded', params: { others: table.rows.length - 1 } });
  } else {
    const higher = succeeded.filter((r) => r !== pair && compareDecimal(r.priority, pair.priority) > 0).length;
    if (higher === 0) reasons.push({ code: 'highest-priority', params: { count: succeeded.length, priority: pair.priority ?? '?' } });
    else reasons.push({ code: 'not-highest', params: { higher } });
  }

  const ends = [pair.local, pair.remote];
  if (ends.every((e) => e.type === 'host')) reasons.push({ code: 'path-host', params: {} });
  const relay = ends.find((e) => e.type === 'relay');
  if (relay !== undefined) reasons.push({ code: 'path-relay', params: { address: endpoint(relay) } });
  const srflx = ends.find((e) => e.type === 'srflx');
  if (srflx !== undefined && relay === undefined) reasons.push({ code: 'path-srflx', params: { address: endpoint(srflx) } });
  if (pair.remote.type === 'prflx') reasons.push({ code: 'prflx-remote', params: {} });
  if (pair.local.type === 'prflx') reasons.push({ code: 'prflx-local', params: {} });

  const kinds = new Set(table.rows.map((r) => `${r.local.type}/${r.remote.type}`));
  if (kinds.size > 1) reasons.push({ code: 'type-preference', params: {} });
  return reasons;
}

/**
 * `address:port` of a pair end, with brackets around IPv6 addresses.
 *
 * @param end - A pair end.
 * @returns e.g. `192.0.2.7:50000` or `[2001:db8::7]:50000`; `?` for unknown parts.
 */
export function endpoint(end: PairEnd): string {
  const address = end.address ?? '?';
  const host = address.includes(':') ? `[${address}]` : address;
  return `${host}:${end.port ?? '?'}`;
}

function readEnd(entry: StatsEntry | undefined): PairEnd {
  const type = text(entry?.['candidateType']);
  const port = entry?.['port'];
  const priority = entry?.['priority'];
  return {
    type: type !== null && TYPES.includes(type) ? (type as CandidateType) : null,
    address: text(entry?.['address']) ?? text(entry?.['ip']),
    port: typeof port === 'number' ? port : null,
    protocol: text(entry?.['protocol']),
    relayProtocol: text(entry?.['relayProtocol']),
    priority: typeof priority === 'number' ? priority : null,
    url: text(entry?.['url']),
  };
}

function exactPriority(local: number | null, remote: number | null, role: 'controlling' | 'controlled' | null): bigint | null {
  if (local === null || remote === null || role === null) return null;
  const result = role === 'controlling' ? pairPriority(local, remote) : pairPriority(remote, local);
  return result.ok ? result.value.value : null;
}

function compareDecimal(a: string | null, b: string | null): number {
  const x = a === null ? -1n : BigInt(a);
  const y = b === null ? -1n : BigInt(b);
  return x === y ? 0 : x > y ? 1 : -1;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
