/**
 * The dump doctor's whole analysis in one call, redaction of addresses and
 * URLs for display and sharing, and the Markdown ticket report.
 */
import { createRedactor, type Redactor } from '../ice/redactCandidate.ts';
import { parseIpAddress } from '../net/address.ts';
import { analyseConnection, finalSelectedPair, type Finding } from './findings.ts';
import { dumpText } from './messages.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { buildModel, type ConnectionModel, type DumpModel } from './model.ts';
import { readDump, type DumpReadError } from './readDump.ts';
import type { Result } from '../result.ts';

/** One connection with its findings. */
export interface ConnectionAnalysis {
  readonly model: ConnectionModel;
  readonly findings: readonly Finding[];
}

/** The analysis of a whole dump. */
export interface DumpAnalysis {
  readonly model: DumpModel;
  readonly connections: readonly ConnectionAnalysis[];
}

/**
 * Reads, models and analyses a dump.
 *
 * @param input - the file's bytes or pasted text
 * @returns the analysis, or the read error
 */
export function analyseDump(input: Uint8Array | string): Result<DumpAnalysis, DumpReadError> {
  const raw = readDump(input);
  if (!raw.ok) return raw;
  const model = buildModel(raw.value);
  return { ok: true, value: { model, connections: model.connections.map((m) => ({ model: m, findings: analyseConnection(m) })) } };
}

const ipv4 = /(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.])/g;
const ipv6 = /(?<![\w:.])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?![\w:])|(?<![\w:.])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/gi;
const mdns = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.local\b/gi;

/** Replaces addresses and mDNS names in any text with a redactor's stable placeholders. */
export interface TextRedactor {
  text(s: string): string;
  /** A page URL shown as its scheme and a placeholder host, without path or query. */
  pageUrl(url: string): string;
  readonly redactor: Redactor;
}

/**
 * Makes a text redactor (placeholders such as `private-v4-1.invalid`, the same
 * address always getting the same placeholder).
 *
 * @returns the redactor
 */
export function createTextRedactor(): TextRedactor {
  const redactor = createRedactor();
  const hosts = new Map<string, string>();
  const serverNames = new Map<string, string>();
  return {
    redactor,
    text(s) {
      return s
        // ICE server URLs given by name (stun:turn.corp.example): the name is
        // as telling as an address. IP literals are left to the passes below.
        .replace(/\b(stuns?|turns?):([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)/g, (m, scheme: string, host: string) => {
          if (parseIpAddress(host) !== null || host.endsWith('.invalid') || host.endsWith('.local')) return m;
          let label = serverNames.get(host.toLowerCase());
          if (label === undefined) {
            label = `server-${serverNames.size + 1}.invalid`;
            serverNames.set(host.toLowerCase(), label);
          }
          return `${scheme}:${label}`;
        })
        .replace(mdns, (m) => redactor.redactAddress(m))
        .replace(ipv4, (m) => (m === '0.0.0.0' || parseIpAddress(m) === null ? m : redactor.redactAddress(m)))
        // Only what parses as an IPv6 address (RFC 4291 §2.2) and is not a clock
        // time or a certificate fingerprint (two hex digits per group).
        .replace(ipv6, (m) => (parseIpAddress(m) === null || /^\d{1,2}(:\d{2}){1,2}$/.test(m) || /^([0-9a-f]{2}:){3,}/i.test(m) ? m : redactor.redactAddress(m)));
    },
    pageUrl(url) {
      const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
      if (!m) return url === '' ? '' : '[page]';
      const host = m[2] ?? '';
      let label = hosts.get(host);
      if (label === undefined) {
        label = `site-${hosts.size + 1}.invalid`;
        hosts.set(host, label);
      }
      return `${m[1]}${label}/…`;
    },
  };
}

/** No redaction: the identity. */
export const plainText: TextRedactor = {
  redactor: createRedactor(),
  text: (s) => s,
  pageUrl: (u) => u,
};

/**
 * Formats a time from the dump as `HH:MM:SS.mmm` UTC.
 *
 * @param ms - ms since the epoch
 * @returns the time, or an empty string when unknown
 */
export function clock(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms <= 0) return '';
  return new Date(ms).toISOString().slice(11, 23);
}

/** Options of {@link ticketReport}. */
export interface ReportOptions {
  readonly lang: Lang;
  readonly redact: boolean;
  /** Turns a finding's anchor into a link, e.g. `https://guide.example/en/articles/how-ice-works/#consent-freshness`. */
  readonly link: (slug: string, id: string) => string;
}

/**
 * Writes the ticket report: Markdown with the findings, their evidence and
 * the timeline of each peer connection, redacted by default.
 *
 * @param analysis - the analysis
 * @param options - language, redaction, link builder
 * @returns Markdown text
 */
export function ticketReport(analysis: DumpAnalysis, options: ReportOptions): string {
  const lookup = translator(options.lang, dumpText);
  const t = (k: string, p: Record<string, string | number> = {}): string => (lookup.has(k) ? lookup(k, p) : k);
  const r = options.redact ? createTextRedactor() : plainText;
  const lines: string[] = [`# ${t('report.title')}`, '', t('report.source', { redaction: t(options.redact ? 'report.redacted' : 'report.not-redacted') }), ''];
  if (analysis.model.userAgent) lines.push(`- ${analysis.model.userAgent}`, '');
  for (const c of analysis.connections) {
    const m = c.model;
    lines.push(`## ${t('report.connection', { id: m.id })}`, '');
    lines.push(`- ${t('report.page')}: ${r.pageUrl(m.url) || '—'}`);
    const urls = m.config.iceServers.flatMap((s) => s.urls).map((u) => r.text(u));
    lines.push(`- ${t('report.servers')}: ${urls.length ? urls.join(', ') : t('report.none')}; iceTransportPolicy ${m.config.iceTransportPolicy}, bundlePolicy ${m.config.bundlePolicy}`);
    const sel = finalSelectedPair(m);
    if (sel) lines.push(`- ${t('report.selected')}: ${sel.local?.type ?? '?'} ${r.text(sel.local?.address ?? '')}:${sel.local?.port ?? ''} ↔ ${sel.remote?.type ?? '?'} ${r.text(sel.remote?.address ?? '')}:${sel.remote?.port ?? ''}`);
    const count = (list: readonly { type: string | null }[]): string => {
      const by = new Map<string, number>();
      for (const x of list) if (x.type) by.set(x.type, (by.get(x.type) ?? 0) + 1);
      return [...by].map(([k, v]) => `${v} ${k}`).join(', ') || '0';
    };
    lines.push(`- ${t('report.candidates')}: ${count(m.localCandidates)} / ${count(m.remoteCandidates)}`, '');
    lines.push(`### ${t('report.findings')}`, '');
    if (c.findings.length === 0) lines.push(t('report.noFindings'), '');
    for (const f of c.findings) {
      const mark = f.severity === 'problem' ? '✗' : f.severity === 'ok' ? '✓' : '•';
      lines.push(`- ${mark} ${r.text(t(f.messageKey, f.params))}`);
      lines.push(`  - ${t('report.explained')}: ${options.link(f.anchor.slug, f.anchor.id)}`);
      for (const e of f.evidence) lines.push(`  - \`${clock(e.time)}${e.time ? ' ' : ''}${r.text(e.text).replace(/`/g, "'")}\``);
    }
    lines.push('', `### ${t('report.timeline')}`, '', '```');
    for (const e of m.timeline) lines.push(`${clock(e.time)}  ${e.machine.padEnd(10)} ${e.state}`);
    lines.push('```', '');
  }
  return lines.join('\n');
}
