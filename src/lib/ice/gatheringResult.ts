/**
 * One gathering round as data: the rows the candidate gatherer shows, and
 * the same round exported as a Markdown report or JSON, with addresses
 * redacted by default (see `redactCandidate.ts`). Verdicts and readings are
 * those of `evaluateGathering`; this module only arranges and writes them.
 *
 * Field meanings: RFC 8839 §5.1 (candidate grammar), RFC 8445 §5.1.2.1
 * (priority), W3C WebRTC 1.0 (`RTCIceCandidate.url`, `relayProtocol`,
 * `icecandidateerror`).
 */
import type { GatheringCompletion, GatheringReport } from './gatheringVerdict.ts';
import { evaluateGathering } from './gatheringVerdict.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { iceText } from './messages.ts';
import type { Candidate } from './parseCandidate.ts';
import { parseCandidate } from './parseCandidate.ts';
import type { DecodedPriority } from './priority.ts';
import { decodePriority, libwebrtcTypePreferenceMeaning } from './priority.ts';
import type { Redactor } from './redactCandidate.ts';
import { createRedactor } from './redactCandidate.ts';
import { addressKind } from './address.ts';
import { parseIceServerUrl } from './parseIceServerUrl.ts';
import type { KeyOf } from '../../i18n/dictionary.ts';
import { gatheringResultText } from './gatheringResultMessages.ts';

/** A candidate as the browser reported it, with the time since Start. */
export interface GatheredCandidateRecord {
  readonly ms: number;
  readonly line: string;
  readonly url: string | null;
  readonly relayProtocol: string | null;
}

/** An `icecandidateerror` as the browser reported it, with the time since Start. */
export interface GatheringErrorRecord {
  readonly ms: number;
  readonly errorCode: number;
  readonly errorText: string;
  readonly url: string | null;
  readonly address: string | null;
  readonly port: number | null;
}

/** Everything about one round. `iceServers` may hold credentials; they are never exported. */
export interface GatheringRecord {
  readonly iceServers: readonly RTCIceServerLike[];
  readonly iceTransportPolicy: 'all' | 'relay';
  readonly timeoutSeconds: number;
  readonly candidates: readonly GatheredCandidateRecord[];
  readonly errors: readonly GatheringErrorRecord[];
  readonly completion: GatheringCompletion;
  /** Milliseconds from Start to the end, or `null` while running. */
  readonly durationMs: number | null;
}

/** The shape of `RTCIceServer` this module reads (only `urls` is exported). */
export interface RTCIceServerLike {
  readonly urls: string | readonly string[];
  readonly username?: string;
  readonly credential?: string;
}

/** Relay transports between the browser and the TURN server. */
export type RelayProtocol = 'udp' | 'tcp' | 'tls';

/** A gathered candidate, parsed and ready to show. */
export interface CandidateRow {
  readonly record: GatheredCandidateRecord;
  /** `null` when the browser's line did not parse (never seen in practice). */
  readonly candidate: Candidate | null;
  readonly priority: DecodedPriority | null;
  /** `relayProtocol` as reported, else read from the priority (libwebrtc), else `null`. */
  readonly relayProtocol: RelayProtocol | null;
  /** `true` when `relayProtocol` was read from the priority, not reported. */
  readonly relayProtocolInferred: boolean;
}

/**
 * The transport a relay candidate uses to reach its TURN server: as the
 * browser reports it (`RTCIceCandidate.relayProtocol`), or, when the browser
 * leaves it empty (Chrome does for UDP), as libwebrtc encodes it in the type
 * preference (TLS 0, TCP 1, UDP 2 or 3; see `priority.ts`).
 *
 * @param candidate - A parsed candidate.
 * @param reported - `RTCIceCandidate.relayProtocol`, if any.
 * @returns The protocol and whether it was inferred, or `null` for non-relay candidates.
 * @example relayProtocolOf(relayUdp, null) // → { protocol: 'udp', inferred: true }
 */
export function relayProtocolOf(
  candidate: Candidate,
  reported: string | null,
): { readonly protocol: RelayProtocol; readonly inferred: boolean } | null {
  if (candidate.type !== 'relay') return null;
  const lower = reported?.toLowerCase();
  if (lower === 'udp' || lower === 'tcp' || lower === 'tls') return { protocol: lower, inferred: false };
  const decoded = decodePriority(candidate.priority);
  if (!decoded.ok) return null;
  const meaning = libwebrtcTypePreferenceMeaning('relay', candidate.protocol, decoded.value.typePreference);
  if (meaning === 'relay-tls') return { protocol: 'tls', inferred: true };
  if (meaning === 'relay-tcp') return { protocol: 'tcp', inferred: true };
  if (meaning === 'relay-udp' || meaning === 'relay-udp-or-dtls') return { protocol: 'udp', inferred: true };
  return null;
}

/** Rows already made, so each gathered line is parsed once (rows, verdicts and exports share them). */
const rows = new WeakMap<GatheredCandidateRecord, CandidateRow>();

/**
 * Parses a gathered candidate for display, once per record: the same
 * record object gives the same row every time.
 *
 * @param record - The candidate as reported.
 * @returns The row.
 */
export function candidateRow(record: GatheredCandidateRecord): CandidateRow {
  const known = rows.get(record);
  if (known !== undefined) return known;
  const row = makeRow(record);
  rows.set(record, row);
  return row;
}

function makeRow(record: GatheredCandidateRecord): CandidateRow {
  const parsed = parseCandidate(record.line, { requireRelatedAddress: false });
  const candidate = parsed.ok ? parsed.value : null;
  const priority = candidate === null ? null : decodePriority(candidate.priority);
  const relay = candidate === null ? null : relayProtocolOf(candidate, record.relayProtocol);
  return {
    record,
    candidate,
    priority: priority !== null && priority.ok ? priority.value : null,
    relayProtocol: relay?.protocol ?? null,
    relayProtocolInferred: relay?.inferred ?? false,
  };
}

/**
 * Judges a round with `evaluateGathering` (verdict per server, readings,
 * error readings).
 *
 * @param record - The round.
 * @returns The report.
 */
export function reportOf(record: GatheringRecord): GatheringReport {
  const candidates = record.candidates.flatMap((c) => {
    const { candidate } = candidateRow(c);
    return candidate === null ? [] : [{ candidate, url: c.url }];
  });
  return evaluateGathering({
    iceServers: record.iceServers,
    candidates,
    errors: record.errors,
    completion: record.completion,
    iceTransportPolicy: record.iceTransportPolicy,
    timeoutSeconds: record.timeoutSeconds,
  });
}

/** Options of the exports. */
export interface ExportOptions {
  readonly lang: Lang;
  /** Replace addresses — host, srflx, relay and raddr — with placeholders (the default). */
  readonly redact?: boolean;
  /** Replace the host of every STUN/TURN server URL with a placeholder (the default). */
  readonly redactServers?: boolean;
}

/** Maps each server URL to what an export shows. */
type UrlRedactor = (url: string | null) => string | null;

/**
 * A redactor for STUN/TURN server URLs: the host becomes a placeholder, and
 * scheme, port and `?transport=` stay (they say how the server was reached,
 * not where it is). An IP host gets the same placeholder as the same address
 * among the candidates (a relay address on the TURN server's own address
 * stays recognisable); a DNS name becomes `server-<n>.invalid` (RFC 6761
 * §6.4); a URL that does not parse becomes `<invalid-url-n>`.
 */
function createUrlRedactor(addresses: Redactor): UrlRedactor {
  const names = new Map<string, string>();
  const invalid = new Map<string, string>();
  return (url) => {
    if (url === null) return null;
    const parsed = parseIceServerUrl(url);
    if (!parsed.ok) {
      const known = invalid.get(url) ?? `<invalid-url-${invalid.size + 1}>`;
      invalid.set(url, known);
      return known;
    }
    const u = parsed.value;
    let host: string;
    if (u.hostKind === 'name') {
      host = names.get(u.host) ?? `server-${names.size + 1}.invalid`;
      names.set(u.host, host);
    } else {
      host = addresses.redactAddress(u.host);
      if (u.hostKind === 'ipv6') host = `[${host}]`;
    }
    return `${u.scheme}:${host}${u.portExplicit ? `:${u.port}` : ''}${u.transport === null ? '' : `?transport=${u.transport}`}`;
  };
}

/** The two redactors of one export, sharing one address mapping. */
interface ExportRedaction {
  readonly addresses: Redactor | null;
  readonly url: UrlRedactor;
}

function exportRedaction(options: ExportOptions): ExportRedaction {
  const shared = createRedactor();
  return {
    addresses: options.redact === false ? null : shared,
    url: options.redactServers === false ? (u) => u : createUrlRedactor(shared),
  };
}

interface ExportCandidate {
  readonly ms: number;
  readonly line: string | null;
  readonly type: string | null;
  readonly protocol: string | null;
  readonly address: string | null;
  readonly port: number | null;
  readonly relatedAddress: string | null;
  readonly relatedPort: number | null;
  readonly tcpType: string | null;
  readonly relayProtocol: RelayProtocol | null;
  readonly url: string | null;
  readonly priority: number | null;
  readonly typePreference: number | null;
  readonly localPreference: number | null;
  readonly componentId: number | null;
}

function exportCandidates(record: GatheringRecord, redactor: Redactor | null, redactUrl: UrlRedactor): ExportCandidate[] {
  return record.candidates.map((c) => {
    const row = candidateRow(c);
    const source = row.candidate;
    if (source === null) {
      return {
        ms: c.ms, line: redactor === null ? c.line : null, type: null, protocol: null, address: null, port: null,
        relatedAddress: null, relatedPort: null, tcpType: null, relayProtocol: null, url: redactUrl(c.url),
        priority: null, typePreference: null, localPreference: null, componentId: null,
      };
    }
    const shown = redactor === null ? { line: c.line, candidate: source } : redactor.redactCandidate(source);
    const cand = shown.candidate ?? source;
    return {
      ms: c.ms,
      line: shown.line,
      type: cand.type,
      protocol: cand.protocol,
      address: cand.address,
      port: cand.port,
      relatedAddress: cand.relatedAddress,
      relatedPort: cand.relatedPort,
      tcpType: cand.tcpType,
      relayProtocol: row.relayProtocol,
      url: redactUrl(c.url),
      priority: cand.priority,
      typePreference: row.priority?.typePreference ?? null,
      localPreference: row.priority?.localPreference ?? null,
      componentId: row.priority?.componentId ?? null,
    };
  });
}

/**
 * Redacts an address quoted by an error or a reading. Only real addresses
 * and mDNS names are replaced; what the browser already masked (Chrome
 * reports `0.0.0.x`) is kept as it is.
 */
function exportErrorAddress(address: string | null, redactor: Redactor | null): string | null {
  if (address === null || redactor === null) return address;
  const kind = addressKind(address);
  return kind === 'ipv4' || kind === 'ipv6' || kind === 'mdns' ? redactor.redactAddress(address) : address;
}

/**
 * Message parameters with every address (`address`, `raddr`) and server
 * `url` redacted, so explanations do not leak what the tables hide.
 */
function redactParams(
  params: Readonly<Record<string, string | number>>,
  redaction: ExportRedaction,
): Readonly<Record<string, string | number>> {
  const out: Record<string, string | number> = { ...params };
  for (const key of ['address', 'raddr'] as const) {
    const value = params[key];
    if (typeof value === 'string') out[key] = exportErrorAddress(value, redaction.addresses) ?? '';
  }
  const url = params['url'];
  if (typeof url === 'string' && url !== '') out['url'] = redaction.url(url) ?? '';
  return out;
}

/**
 * Writes a round as pretty-printed JSON: options, verdict per server URL,
 * readings, candidates with their fields and decoded priority, and errors
 * with their explanation. Usernames and credentials are never included;
 * addresses are redacted unless `redact` is `false`.
 *
 * @param record - The round.
 * @param options - Language of the explanations, and redaction.
 * @returns JSON text.
 */
export function gatheringResultToJson(record: GatheringRecord, options: ExportOptions): string {
  const t = translator(options.lang, iceText);
  const redaction = exportRedaction(options);
  const redactor = redaction.addresses;
  const report = reportOf(record);
  const candidates = exportCandidates(record, redactor, redaction.url);
  const value = {
    redacted: redactor !== null,
    serversRedacted: options.redactServers !== false,
    iceTransportPolicy: record.iceTransportPolicy,
    timeoutSeconds: record.timeoutSeconds,
    completion: record.completion,
    durationMs: record.durationMs,
    servers: report.servers.map((v) => ({
      url: redaction.url(v.url),
      verdict: v.code,
      explanation: t(v.messageKey, redactParams(v.params, redaction)),
    })),
    readings: report.readings.map((r) => ({ code: r.code, text: t(r.messageKey, redactParams(r.params, redaction)) })),
    candidates,
    errors: record.errors.map((e, i) => {
      const reading = report.errorReadings[i];
      const address = exportErrorAddress(e.address, redactor);
      return {
        ms: e.ms,
        errorCode: e.errorCode,
        errorText: e.errorText,
        url: redaction.url(e.url),
        address,
        port: e.port,
        explanation: reading === undefined ? '' : t(reading.messageKey, { ...redactParams(reading.params, redaction), address: address ?? '' }),
      };
    }),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes a round as a Markdown report for an issue or a chat: options,
 * verdicts, readings, a table of candidates and a table of errors.
 * Usernames and credentials are never included; addresses are redacted
 * unless `redact` is `false`.
 *
 * @param record - The round.
 * @param options - Language, and redaction.
 * @returns Markdown text.
 */
export function gatheringResultToMarkdown(record: GatheringRecord, options: ExportOptions): string {
  const t = translator(options.lang, iceText, gatheringResultText);
  const redaction = exportRedaction(options);
  const redactor = redaction.addresses;
  const report = reportOf(record);
  const candidates = exportCandidates(record, redactor, redaction.url);
  const out: string[] = [];
  out.push(`## ${t('title')}`, '');
  out.push(`- ${t('policy')}: \`${record.iceTransportPolicy}\``);
  out.push(`- ${t('timeout')}: ${record.timeoutSeconds} s`);
  out.push(`- ${t('completion')}: ${t(`completion.${record.completion}`)}${record.durationMs === null ? '' : ` (${t('duration')} ${Math.round(record.durationMs)} ms)`}`);
  out.push(`- ${redactor === null ? t('notRedacted') : t('redacted')}`);
  out.push(`- ${options.redactServers === false ? t('serversNotRedacted') : t('serversRedacted')}`, '');

  out.push(`### ${t('servers')}`, '');
  if (report.servers.length === 0) out.push(t('noServers'));
  for (const v of report.servers) {
    out.push(`- ${code(redaction.url(v.url))} — **${v.code}**: ${cell(t(v.messageKey, redactParams(v.params, redaction)))}`);
  }
  out.push('', `### ${t('reading')}`, '');
  for (const r of report.readings) out.push(`- ${t(r.messageKey, redactParams(r.params, redaction))}`);

  out.push('', `### ${t('candidates')}`, '');
  if (candidates.length === 0) out.push(t('noCandidates'));
  else {
    const cols: KeyOf<typeof gatheringResultText>[] = ['col.ms', 'col.type', 'col.protocol', 'col.address', 'col.port', 'col.raddr', 'col.rport', 'col.tcptype', 'col.relayProtocol', 'col.server', 'col.priority'];
    out.push(`| ${cols.map((key) => t(key)).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
    for (const c of candidates) {
      if (c.type === null) {
        out.push(`| ${Math.round(c.ms)} | ${cell(c.line ?? t('withheld'))} |${' |'.repeat(cols.length - 2)}`);
        continue;
      }
      const prio = c.priority === null ? '' : `${c.priority} (${c.typePreference} / ${c.localPreference} / ${c.componentId})`;
      out.push(
        `| ${[
          String(Math.round(c.ms)), c.type, c.protocol ?? '', code(c.address), c.port === null ? '' : String(c.port),
          code(c.relatedAddress), c.relatedPort === null ? '' : String(c.relatedPort), c.tcpType ?? '', c.relayProtocol ?? '',
          code(c.url), prio,
        ].join(' | ')} |`,
      );
    }
  }

  if (record.errors.length > 0) {
    out.push('', `### ${t('errors')}`, '');
    const cols: KeyOf<typeof gatheringResultText>[] = ['col.ms', 'col.code', 'col.text', 'col.server', 'col.from', 'col.meaning'];
    out.push(`| ${cols.map((key) => t(key)).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
    report.errorReadings.forEach((r, i) => {
      const e = record.errors[i];
      if (e === undefined) return;
      const address = exportErrorAddress(e.address, redactor);
      const from = address === null ? '' : `${address}${e.port === null ? '' : `:${e.port}`}`;
      const meaning = t(r.messageKey, { ...redactParams(r.params, redaction), address: address ?? '' });
      out.push(`| ${[String(Math.round(e.ms)), String(e.errorCode), cell(e.errorText), code(redaction.url(e.url)), code(from), cell(meaning)].join(' | ')} |`);
    });
  }
  return `${out.join('\n')}\n`;
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Writes a value as inline code, or nothing for an empty value. */
function code(text: string | null): string {
  if (text === null || text === '') return '';
  return `\`${text.replace(/`/g, '').replace(/\|/g, '\\|')}\``;
}
