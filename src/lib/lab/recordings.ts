/**
 * Types of the lab's recordings (`src/data/lab/*.json`) and small helpers
 * that turn them into table rows for articles.
 *
 * Flow: `scripts/lab/*` runs real Chromium behind real Linux NATs and writes
 * a recording per scenario kind; pages import the JSON and pass it through
 * {@link readRecording} and the summary helpers here; the unit tests compare
 * the matrix recording with the simulator.
 *
 * Candidate types are those of RFC 8445 §5.1.1 (host, srflx, prflx, relay);
 * "selected pair" is the pair ICE nominated (RFC 8445 §8.1.1), as each
 * browser reports it in `RTCIceTransport` stats.
 */
import { err, ok, type LibError, type Result } from '../result.ts';
import type { LabFiltering, LabMapping, LabNatMode } from './labModes.ts';
import { translator } from '../../i18n/dictionary.ts';
import { labText } from './messages.ts';

/**
 * Versions of everything that shapes a recording: written by
 * `scripts/lab/preflight.ts` (`readEnvironment`), shown by the lab pages.
 */
export interface LabEnvironment {
  readonly os: string;
  readonly kernel: string;
  readonly node: string;
  readonly iproute2: string;
  readonly nftables: string;
  readonly coturn: string;
  readonly chromium: string;
}

/**
 * Packets the safety guard dropped, in total and per counter that dropped
 * any, keyed `role/family/counter` (e.g. `inet/bridge/dropped_ipv6`).
 */
export interface GuardReport {
  readonly droppedPackets: number;
  readonly byCounter: Readonly<Record<string, number>>;
}

/** Fields every recording has. */
export interface RecordingBase {
  readonly schemaVersion: 1;
  /** Day of the run, `YYYY-MM-DD`. */
  readonly recordedOn: string;
  /** The command line that produced it, e.g. `npm run lab -- matrix`. */
  readonly command: string;
  readonly environment: LabEnvironment;
  /** Guard drops summed over the whole run; 0 means nothing tried to leave the lab. */
  readonly guard: GuardReport;
}

/** RFC 8445 §5.1.1 candidate types. */
export type CandidateKind = 'host' | 'srflx' | 'prflx' | 'relay';

/** One candidate as `getStats()` describes it. */
export interface CandidateInfo {
  readonly type: CandidateKind;
  readonly address: string;
  readonly port: number;
  readonly protocol: string;
}

/** The selected candidate pair as seen from one side. */
export interface SelectedPair {
  readonly local: CandidateInfo;
  readonly remote: CandidateInfo;
}

/** One candidate pair's connectivity checks (RFC 8445 §7.2), as `getStats()` counts them. */
export interface CheckReport {
  /** `type address:port` of the local candidate. */
  readonly local: string;
  readonly remote: string;
  /** `RTCStatsIceCandidatePairState`: frozen, waiting, in-progress, succeeded, failed. */
  readonly state: string;
  readonly nominated: boolean;
  readonly requestsSent: number;
  readonly responsesReceived: number;
  readonly requestsReceived: number;
  readonly responsesSent: number;
}

/** A failed gathering attempt reported by `icecandidateerror`. */
export interface CandidateErrorReport {
  readonly url: string;
  readonly errorCode: number;
  readonly errorText: string;
}

/** What one browser saw in an attempt. */
export interface SideReport {
  /** The `a=candidate` values of its local description, in order. */
  readonly candidates: readonly string[];
  readonly candidateErrors: readonly CandidateErrorReport[];
  readonly selected: SelectedPair | null;
  readonly iceConnectionState: string;
  /** Every candidate pair's checks; present where the recording keeps the detail. */
  readonly checks?: readonly CheckReport[];
}

/** One connection attempt between two browsers; side `a` made the offer. */
export interface AttemptReport {
  readonly connected: boolean;
  /** From the offerer applying the answer to the first data-channel echo coming back; null when not connected. */
  readonly timeToRoundTripMs: number | null;
  /** One data-channel round trip after the channel opened. */
  readonly roundTripMs: number | null;
  readonly a: SideReport;
  readonly b: SideReport;
}

/** Which ICE servers and policy an attempt used. */
export type IceConfig = 'none' | 'stun' | 'turn' | 'relay';

/** Packets on the public bridge of one attempt, split by path. */
export interface BridgeCounts {
  /** Between the two sides' public addresses, not touching the server. */
  readonly direct: number;
  /** To or from the STUN/TURN server. */
  readonly viaServer: number;
}

/** A NAT mode measured with `turnutils_natdiscovery` (RFC 5780 §4). */
export interface ClassificationEntry {
  readonly mode: LabNatMode;
  readonly intended: { readonly mapping: LabMapping; readonly filtering: LabFiltering };
  readonly measured: {
    readonly mapping: LabMapping | null;
    readonly filtering: LabFiltering | null;
    readonly hairpinning: boolean | null;
    /** Whether the first mapping kept the internal port (RFC 4787 §4.2.1). */
    readonly portPreservation: boolean | null;
  };
  readonly matchesIntent: boolean;
  /** Mapped addresses seen during the mapping test, `ip:port`, in order. */
  readonly mappingSamples: readonly string[];
  readonly verdicts: readonly string[];
}

/** `classification.json`. */
export interface ClassificationRecording extends RecordingBase {
  readonly kind: 'classification';
  readonly server: { readonly primary: string; readonly alternate: string; readonly port: number; readonly alternatePort: number };
  readonly entries: readonly ClassificationEntry[];
}

/** One cell of the matrix: LAN A's router in mode `a`, LAN B's in mode `b`. */
export interface MatrixCell {
  readonly a: LabNatMode;
  readonly b: LabNatMode;
  readonly ice: Exclude<IceConfig, 'none'>;
  readonly result: AttemptReport;
  readonly bridge: BridgeCounts;
}

/** `matrix.json`. */
export interface MatrixRecording extends RecordingBase {
  readonly kind: 'matrix';
  readonly modes: readonly LabNatMode[];
  readonly iceConfigs: readonly Exclude<IceConfig, 'none'>[];
  /** Time box of each attempt. */
  readonly attemptTimeoutMs: number;
  /** Whether routers had their firewall rules (`firewalled`) or only translation rules (`bare`). */
  readonly routers: 'firewalled' | 'bare';
  readonly cells: readonly MatrixCell[];
  /** Smaller runs under changed conditions, where run (`--variants`). */
  readonly variants: readonly MatrixVariant[];
}

/**
 * A part of the matrix repeated under one changed condition:
 * `bare-routers`: routers with only their translation rules, no firewall;
 * `server-without-upstream`: the STUN/TURN server has no route for private
 * addresses, as in a closed network without a default route.
 */
export interface MatrixVariant {
  readonly id: 'bare-routers' | 'server-without-upstream';
  readonly modes: readonly LabNatMode[];
  readonly iceConfigs: readonly Exclude<IceConfig, 'none'>[];
  /** Attempts per cell; the outcome of these conditions is a race, so each cell is tried several times. */
  readonly repeats: number;
  /** `repeats` attempts per (a, b, ice), in row-major order. */
  readonly cells: readonly MatrixCell[];
}

/** How often one cell of a variant connected. */
export interface VariantRow {
  readonly a: LabNatMode;
  readonly b: LabNatMode;
  readonly ice: MatrixCell['ice'];
  readonly attempts: number;
  readonly connected: number;
}

/**
 * Counts, per cell of a variant, how many of its attempts connected.
 *
 * @param variant - a matrix variant
 * @returns one row per (a, b, ice), in the variant's order
 * @example variantRows(recording.variants[0])[0] // { a: 'full-cone', b: 'full-cone', ice: 'stun', attempts: 4, connected: 4 }
 */
export function variantRows(variant: MatrixVariant): VariantRow[] {
  const rows: VariantRow[] = [];
  for (const cell of variant.cells) {
    const i = rows.findIndex((r) => r.a === cell.a && r.b === cell.b && r.ice === cell.ice);
    const row = rows[i];
    const add = cell.result.connected ? 1 : 0;
    if (row && i >= 0) rows[i] = { ...row, attempts: row.attempts + 1, connected: row.connected + add };
    else rows.push({ a: cell.a, b: cell.b, ice: cell.ice, attempts: 1, connected: add });
  }
  return rows;
}

/** Where the STUN/TURN server of the closed network sits. */
export type ServerPlacement = 'offer-segment' | 'answer-segment';

/** Packets counted for one UDP flow (one direction) on a switch, as `nft -j` reports a dynamic set's element. */
export interface UdpFlow {
  readonly source: string;
  readonly sourcePort: number;
  readonly destination: string;
  readonly destinationPort: number;
  readonly packets: number;
  readonly bytes: number;
}

/** One experiment in the closed network. */
export interface ClosedNetworkCase {
  readonly server: ServerPlacement;
  readonly ice: IceConfig;
  /** Whether Chromium hid host addresses behind mDNS names (its default). */
  readonly mdns: boolean;
  readonly result: AttemptReport;
  /** Packets per UDP flow on both segments. */
  readonly flows: readonly LabelledFlow[];
  /** The translating router's NAT table after the attempt. */
  readonly conntrack: readonly ConntrackEntry[];
}

/** `closed-network.json`. */
export interface ClosedNetworkRecording extends RecordingBase {
  readonly kind: 'closed-network';
  readonly attemptTimeoutMs: number;
  readonly addresses: {
    readonly offerHost: string;
    readonly answerHost: string;
    readonly routedRouter: { readonly offerSide: string; readonly answerSide: string };
    readonly natRouter: { readonly offerSide: string; readonly answerSide: string };
    readonly server: Readonly<Record<ServerPlacement, string>>;
  };
  readonly cases: readonly ClosedNetworkCase[];
}

/** A UDP flow with the switch it crossed and what it was. */
export interface LabelledFlow extends UdpFlow {
  readonly segment: string;
  readonly path: 'direct' | 'via-server';
}

/** One router's NAT table entry (conntrack), as read after an attempt. */
export interface ConntrackEntry {
  readonly router: string;
  /**
   * `source`: an outgoing flow whose source was translated; `destination`:
   * an inbound flow forwarded by a cone map; `none`: nothing translated (a
   * routed flow, or a packet addressed to the router itself).
   */
  readonly translation: 'source' | 'destination' | 'none';
  /** Inside address and port (for `none`: the flow's source). */
  readonly inside: string;
  /** Address and port after translation, as the other side sees it (for `none`: the same as `inside`). */
  readonly outside: string;
  /** The remote address and port (for `none`: the flow's destination). */
  readonly remote: string;
  readonly replied: boolean;
}

/** `flows.json`: one scenario's packets on the public bridge. */
export interface FlowsRecording extends RecordingBase {
  readonly kind: 'flows';
  readonly scenario: {
    readonly a: LabNatMode;
    readonly b: LabNatMode;
    readonly ice: IceConfig;
    /** A second router in front of one side, or null. */
    readonly carrier: { readonly side: 'a' | 'b'; readonly mode: LabNatMode } | null;
    readonly bareRouters: boolean;
    readonly mdns: boolean;
  };
  readonly result: AttemptReport;
  readonly flows: readonly LabelledFlow[];
  readonly conntrack: readonly ConntrackEntry[];
}

/** One mode's gathered candidates. */
export interface GatherEntry {
  readonly mode: LabNatMode;
  readonly ice: IceConfig;
  readonly candidates: readonly string[];
  readonly candidateErrors: readonly CandidateErrorReport[];
}

/** `gather.json`. */
export interface GatherRecording extends RecordingBase {
  readonly kind: 'gather';
  readonly entries: readonly GatherEntry[];
}

/** Any recording. */
export type LabRecording = ClassificationRecording | MatrixRecording | ClosedNetworkRecording | FlowsRecording | GatherRecording;

/** Error for JSON that is not a lab recording. */
export interface RecordingError extends LibError {
  readonly code: 'recording-invalid';
  /** What was expected, e.g. `kind "matrix"`. */
  readonly expected: string;
}

const recordingKinds = ['classification', 'matrix', 'closed-network', 'flows', 'gather'] as const;

/**
 * Checks the outer shape of imported JSON and narrows it to a recording kind.
 * It checks the fields every page relies on, not every nested value.
 *
 * @param json - the imported JSON
 * @param kind - the expected `kind`
 * @returns the recording, or `recording-invalid` naming what was missing
 * @example readRecording(matrixJson, 'matrix') // ok(MatrixRecording)
 */
export function readRecording<K extends LabRecording['kind']>(json: unknown, kind: K): Result<Extract<LabRecording, { kind: K }>, RecordingError> {
  const fail = (expected: string): { ok: false; error: RecordingError } =>
    err({ code: 'recording-invalid', expected, message: translator('en', labText)('error.recording-invalid', { expected: `kind "${kind}" with ${expected}` }) });
  if (typeof json !== 'object' || json === null) return fail('an object');
  const r = json as Record<string, unknown>;
  if (!(recordingKinds as readonly string[]).includes(String(r['kind'])) || r['kind'] !== kind) return fail(`kind "${kind}"`);
  if (r['schemaVersion'] !== 1) return fail('schemaVersion 1');
  if (typeof r['environment'] !== 'object' || r['environment'] === null) return fail('an environment');
  const listField: Record<LabRecording['kind'], string> = { classification: 'entries', matrix: 'cells', 'closed-network': 'cases', flows: 'flows', gather: 'entries' };
  if (!Array.isArray(r[listField[kind]])) return fail(`an array "${listField[kind]}"`);
  return ok(json as Extract<LabRecording, { kind: K }>);
}

/**
 * Finds one cell of the matrix.
 *
 * @param recording - the matrix recording
 * @param a - mode of LAN A's router (the offerer's side)
 * @param b - mode of LAN B's router
 * @param ice - ICE configuration
 * @returns the cell, or `undefined` when it was not recorded
 */
export function matrixCell(recording: MatrixRecording, a: LabNatMode, b: LabNatMode, ice: MatrixCell['ice']): MatrixCell | undefined {
  return recording.cells.find((c) => c.a === a && c.b === b && c.ice === ice);
}

/** How an attempt ended, in the terms the tables use. */
export interface OutcomeSummary {
  readonly connected: boolean;
  /** `relay` when a relay candidate is at either end of either side's selected pair, else `direct`. */
  readonly path: 'direct' | 'relay' | 'none';
  /** `local→remote` candidate types as side A saw its selected pair, e.g. `srflx→prflx`. */
  readonly aPair: string | null;
  readonly bPair: string | null;
  /**
   * Which sides have a peer-reflexive candidate (RFC 8445 §7.2.5.3.1 local,
   * §7.3.1.3 remote) at either end of their selected pair.
   */
  readonly peerReflexive: readonly ('a' | 'b')[];
  /** Which sides sent through their own relay candidate. */
  readonly relayed: readonly ('a' | 'b')[];
  readonly timeToRoundTripMs: number | null;
}

function pairText(pair: SelectedPair | null): string | null {
  return pair ? `${pair.local.type}→${pair.remote.type}` : null;
}

/**
 * Summarises an attempt: whether it connected, through a relay or not, and
 * which side used a peer-reflexive (RFC 8445 §7.2.5.3.1) or relay candidate.
 *
 * @param result - an attempt report
 * @returns the summary
 * @example summariseAttempt(cell.result).aPair // 'srflx→srflx'
 */
export function summariseAttempt(result: AttemptReport): OutcomeSummary {
  const sides = [
    ['a', result.a.selected],
    ['b', result.b.selected],
  ] as const;
  const connected = result.connected;
  const relayed = sides.filter(([, p]) => p?.local.type === 'relay').map(([s]) => s);
  const anyRelay = sides.some(([, p]) => p?.local.type === 'relay' || p?.remote.type === 'relay');
  const peerReflexive = sides.filter(([, p]) => p?.local.type === 'prflx' || p?.remote.type === 'prflx').map(([s]) => s);
  return {
    connected,
    path: !connected ? 'none' : anyRelay ? 'relay' : 'direct',
    aPair: pairText(result.a.selected),
    bPair: pairText(result.b.selected),
    peerReflexive,
    relayed,
    timeToRoundTripMs: result.timeToRoundTripMs,
  };
}

/** One row of a matrix table: mode `a` against every mode in the recording. */
export interface MatrixRow {
  readonly a: LabNatMode;
  readonly cells: readonly { readonly b: LabNatMode; readonly summary: OutcomeSummary | null }[];
}

/**
 * Lays out the matrix for one ICE configuration as rows (LAN A's mode) and
 * columns (LAN B's mode).
 *
 * @param recording - the matrix recording
 * @param ice - which configuration's cells to show
 * @returns one row per mode, cells in the recording's mode order
 */
export function matrixRows(recording: MatrixRecording, ice: MatrixCell['ice']): MatrixRow[] {
  return recording.modes.map((a) => ({
    a,
    cells: recording.modes.map((b) => {
      const cell = matrixCell(recording, a, b, ice);
      return { b, summary: cell ? summariseAttempt(cell.result) : null };
    }),
  }));
}

/**
 * Short text for a table cell: `✓ srflx↔srflx`, `✓ relay`, `✗`.
 *
 * @param summary - an outcome summary, or null for a cell that was not recorded
 * @returns the text; `–` for a missing cell
 */
export function outcomeCellText(summary: OutcomeSummary | null): string {
  if (!summary) return '–';
  if (!summary.connected) return '✗';
  if (summary.path === 'relay') return '✓ relay';
  const a = summary.aPair?.split('→') ?? [];
  return `✓ ${a[0] ?? '?'}↔${a[1] ?? '?'}`;
}

/** One row of a classification table; `null` where a test gave no reading. */
export interface ClassificationRow {
  readonly mode: LabNatMode;
  /** RFC 4787 mapping, `none` without NAT, `?` when unread. */
  readonly mapping: string;
  /** RFC 4787 filtering, `?` when unread. */
  readonly filtering: string;
  readonly hairpinning: boolean | null;
  readonly portPreservation: boolean | null;
  readonly matchesIntent: boolean;
}

/**
 * Turns the classification recording into table rows; pages word the
 * booleans with `translator(lang, labText)` (`yes`, `no`, `unknown`).
 *
 * @param recording - the classification recording
 * @returns one row per mode
 */
export function classificationRows(recording: ClassificationRecording): ClassificationRow[] {
  return recording.entries.map((e) => ({
    mode: e.mode,
    mapping: e.measured.mapping ?? '?',
    filtering: e.measured.filtering ?? '?',
    hairpinning: e.measured.hairpinning,
    portPreservation: e.measured.portPreservation,
    matchesIntent: e.matchesIntent,
  }));
}

/**
 * Counts the cells that connected, per ICE configuration.
 *
 * @param recording - the matrix recording
 * @returns connected and total cells for each configuration
 */
export function connectedCounts(recording: MatrixRecording): Record<MatrixCell['ice'], { connected: number; total: number }> {
  const out = { stun: { connected: 0, total: 0 }, turn: { connected: 0, total: 0 }, relay: { connected: 0, total: 0 } };
  for (const c of recording.cells) {
    out[c.ice].total += 1;
    if (c.result.connected) out[c.ice].connected += 1;
  }
  return out;
}
