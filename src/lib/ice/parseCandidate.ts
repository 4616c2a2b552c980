/**
 * ICE candidate lines (RFC 8839 §5.1), parsed into fields with the exact
 * character span each field came from, and written back.
 *
 * Flow: a widget hands a pasted line to {@link parseCandidate}; the inspector
 * underlines `spans`, explains each field (messages.ts) and lists `notes`;
 * {@link serializeCandidate} writes the line back, e.g. after redaction.
 *
 * Grammar (RFC 8839 §5.1, with `tcptype` from RFC 6544 §4.5):
 *
 * ```
 * candidate-attribute = "candidate" ":" foundation SP component-id SP
 *                       transport SP priority SP connection-address SP port
 *                       SP cand-type [SP rel-addr] [SP rel-port]
 *                       *(SP cand-extension)
 * ```
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { AddressKind } from './address.ts';
import { addressKind, parseIpv4, parseIpv6 } from './address.ts';
import { CANDIDATE_TYPES, type CandidateType } from '../net/candidate.ts';
import { translator } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import { iceText } from './messages.ts';

/** A half-open character range `[start, end)` in the line given to the parser. */
export type Span = readonly [start: number, end: number];

export { CANDIDATE_TYPES, type CandidateType } from '../net/candidate.ts';

/** Transport protocols browsers use in candidates (RFC 8839 §5.1, RFC 6544). */
export type CandidateProtocol = 'udp' | 'tcp';

/** TCP candidate roles of RFC 6544 §4.5 (`so` = simultaneous open). */
export type TcpType = 'active' | 'passive' | 'so';

/** Names of the fields a line is made of, used in errors and spans. */
export type CandidateField =
  | 'prefix'
  | 'foundation'
  | 'componentId'
  | 'transport'
  | 'priority'
  | 'address'
  | 'port'
  | 'type'
  | 'relatedAddress'
  | 'relatedPort'
  | 'tcpType'
  | 'extension';

/** One `name value` pair after the fixed fields, kept in line order. */
export interface CandidateExtension {
  readonly name: string;
  readonly value: string;
  readonly nameSpan: Span;
  readonly valueSpan: Span;
}

/**
 * Where each field sits in the input line. `*Keyword` spans cover the
 * literal words `typ`, `raddr`, `rport`, `tcptype`.
 */
export interface CandidateSpans {
  readonly prefix: Span | null;
  readonly foundation: Span;
  readonly componentId: Span;
  readonly transport: Span;
  readonly priority: Span;
  readonly address: Span;
  readonly port: Span;
  readonly typeKeyword: Span;
  readonly type: Span;
  readonly relatedAddressKeyword: Span | null;
  readonly relatedAddress: Span | null;
  readonly relatedPortKeyword: Span | null;
  readonly relatedPort: Span | null;
  readonly tcpTypeKeyword: Span | null;
  readonly tcpType: Span | null;
}

/** Codes of remarks about a line that parsed: worth showing, not fatal. */
export type CandidateNoteCode =
  | 'mdns-address'
  | 'fqdn-address'
  | 'hidden-related-address'
  | 'related-address-on-host'
  | 'tcp-without-tcptype'
  | 'tcp-active-discard-port'
  | 'tcp-active-port-not-discard'
  | 'missing-related-address';

/** A remark about a parsed line, pointing at the field it concerns. */
export interface CandidateNote {
  readonly code: CandidateNoteCode;
  readonly field: CandidateField;
}

/**
 * The fields needed to write a candidate line. `transport` keeps the
 * spelling of the original line (`UDP` from Firefox, `udp` from Chrome).
 */
export interface CandidateFields {
  /** Text before the foundation: `a=candidate:`, `candidate:` or `''`. */
  readonly prefix: string;
  readonly foundation: string;
  readonly componentId: number;
  readonly transport: string;
  readonly priority: number;
  readonly address: string;
  readonly port: number;
  readonly type: CandidateType;
  readonly relatedAddress: string | null;
  readonly relatedPort: number | null;
  readonly tcpType: TcpType | null;
  readonly extensions: readonly { readonly name: string; readonly value: string }[];
}

/** A parsed candidate line. */
export interface Candidate extends CandidateFields {
  /** The input exactly as given. */
  readonly line: string;
  /** `transport` in lower case. */
  readonly protocol: CandidateProtocol;
  readonly addressKind: AddressKind;
  readonly relatedAddressKind: AddressKind | null;
  readonly extensions: readonly CandidateExtension[];
  /** `generation` extension as a number, when present and numeric. */
  readonly generation: number | null;
  /** `ufrag` extension, when present. */
  readonly ufrag: string | null;
  /** `network-id` extension as a number, when present and numeric. */
  readonly networkId: number | null;
  /** `network-cost` extension as a number, when present and numeric. */
  readonly networkCost: number | null;
  readonly spans: CandidateSpans;
  readonly notes: readonly CandidateNote[];
}

/** Stable codes of {@link CandidateParseError}. */
export type CandidateErrorCode =
  | 'empty'
  | 'not-a-candidate'
  | 'not-a-candidate-line'
  | 'truncated'
  | 'bad-foundation'
  | 'bad-component'
  | 'unknown-transport'
  | 'bad-priority'
  | 'priority-out-of-range'
  | 'bad-address'
  | 'bad-port'
  | 'port-out-of-range'
  | 'missing-typ'
  | 'unknown-candidate-type'
  | 'missing-raddr'
  | 'missing-rport'
  | 'duplicate-attribute'
  | 'bad-tcptype'
  | 'tcptype-on-udp'
  | 'missing-extension-value'
  | 'bad-extension-name'
  | 'bad-extension-value';

/**
 * Why a line did not parse. `position`/`end` are 0-based character offsets
 * into the input as given (before trimming), so a UI can underline
 * `line.slice(position, end)`; for `truncated` both are the end of the text.
 */
export interface CandidateParseError extends LibError {
  readonly code: CandidateErrorCode;
  readonly field: CandidateField | null;
  readonly token: string | null;
  readonly position: number;
  readonly end: number;
}

/** Options for {@link parseCandidate}. */
export interface ParseCandidateOptions {
  /**
   * When `true` (the default), srflx/prflx/relay lines without `raddr`/`rport`
   * fail with `missing-raddr`/`missing-rport`, as RFC 8839 §5.1 says they MUST
   * carry them. Set `false` to accept such lines from non-conforming agents.
   */
  readonly requireRelatedAddress?: boolean;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ICE_CHARS = /^[A-Za-z0-9+/]{1,32}$/;
/**
 * `extension-att-name = token` (RFC 8839 §5.1), with SDP's `token`
 * (RFC 8866 §9): `token-char = %x21 / %x23-27 / %x2A-2B / %x2D-2E /
 * %x30-39 / %x41-5A / %x5E-7E` — visible ASCII except `"(),/:;<=>?@[\]`.
 */
const SDP_TOKEN = /^[\x21\x23-\x27\x2A\x2B\x2D\x2E\x30-\x39\x41-\x5A\x5E-\x7E]+$/;
/** `extension-att-value = *VCHAR` (RFC 8839 §5.1): visible ASCII, %x21-7E. */
const VCHARS = /^[\x21-\x7E]*$/;
const DIGITS = /^[0-9]+$/;
const MAX_PRIORITY = 2 ** 31 - 1;
const TYPES: ReadonlySet<string> = new Set<string>(CANDIDATE_TYPES);
const TCP_TYPES: ReadonlySet<string> = new Set<TcpType>(['active', 'passive', 'so']);
/** RFC 6544 §4.5: active TCP candidates carry the discard port, 9. */
export const TCP_ACTIVE_DISCARD_PORT = 9;

/**
 * Parses one candidate line (RFC 8839 §5.1). Accepts the SDP form
 * (`a=candidate:…`), the `RTCIceCandidate.candidate` form (`candidate:…`) and
 * a bare line starting with the foundation; surrounding whitespace and a
 * trailing CRLF are ignored. Never throws.
 *
 * Tolerated and normalised by {@link serializeCandidate}: several spaces or
 * tabs between tokens, a space after `candidate:`, `raddr`/`rport`/`tcptype`
 * placed among the extensions instead of straight after `typ`, and keywords
 * in upper case.
 *
 * @param line - The candidate line.
 * @param options - See {@link ParseCandidateOptions}.
 * @returns The candidate, or an error naming the field, token and position.
 * @example
 * const r = parseCandidate('candidate:0 1 UDP 2122252543 192.168.1.20 51234 typ host');
 * if (r.ok) r.value.protocol; // → 'udp' (r.value.transport stays 'UDP')
 */
export function parseCandidate(
  line: string,
  options: ParseCandidateOptions = {},
): Result<Candidate, CandidateParseError> {
  if (typeof line !== 'string') return fail('empty', null, null, 0, 0);
  const requireRelated = options.requireRelatedAddress ?? true;
  let begin = 0;
  let finish = line.length;
  while (begin < finish && isSpace(line.charCodeAt(begin))) begin++;
  while (finish > begin && isSpace(line.charCodeAt(finish - 1))) finish--;
  if (begin === finish) return fail('empty', null, null, 0, line.length);

  // Prefix: `a=candidate:`, `candidate:` or nothing.
  let prefixEnd = begin;
  const body = line.slice(begin, finish);
  if (body.startsWith('a=')) {
    if (!/^a=candidate:/i.test(body)) {
      const colon = body.indexOf(':');
      const stop = colon === -1 ? finish : begin + colon;
      return fail('not-a-candidate', 'prefix', line.slice(begin, stop), begin, stop);
    }
    prefixEnd = begin + 'a=candidate:'.length;
  } else if (/^candidate:/i.test(body)) {
    prefixEnd = begin + 'candidate:'.length;
  }
  const prefix = line.slice(begin, prefixEnd);
  const tokens = tokenize(line, prefixEnd, finish);
  const first = tokens[0];
  if (prefix === '' && first !== undefined && first.text.includes(':')) {
    const colon = first.text.indexOf(':');
    return fail('not-a-candidate', 'prefix', first.text.slice(0, colon), first.start, first.start + colon);
  }

  // A bare line (no candidate: prefix) that has neither "typ" nor the
  // number and transport a candidate starts with is prose or some other
  // text: say that about the whole line instead of faulting one token.
  if (prefix === '' && !looksLikeBareCandidate(tokens)) {
    const excerpt = body.length > 40 ? `${body.slice(0, 39)}…` : body;
    return fail('not-a-candidate-line', null, excerpt, begin, finish);
  }

  const missing = (field: CandidateField): Result<Candidate, CandidateParseError> =>
    fail('truncated', field, null, finish, finish);

  // foundation = 1*32ice-char
  const foundation = tokens[0];
  if (foundation === undefined) return missing('foundation');
  if (!ICE_CHARS.test(foundation.text)) return failAt('bad-foundation', 'foundation', foundation);

  // component-id = 1*3DIGIT, 1–256 (RFC 8445 §5.1.2.1)
  const component = tokens[1];
  if (component === undefined) return missing('componentId');
  const componentId = DIGITS.test(component.text) && component.text.length <= 3 ? Number(component.text) : NaN;
  if (!(componentId >= 1 && componentId <= 256)) return failAt('bad-component', 'componentId', component);

  // transport = "UDP" / transport-extension; browsers use UDP and TCP (RFC 6544).
  const transport = tokens[2];
  if (transport === undefined) return missing('transport');
  const protocol = transport.text.toLowerCase();
  if (protocol !== 'udp' && protocol !== 'tcp') return failAt('unknown-transport', 'transport', transport);

  // priority = 1*10DIGIT, 1 … 2^31−1 (RFC 8445 §5.1.2.1)
  const priorityToken = tokens[3];
  if (priorityToken === undefined) return missing('priority');
  if (!DIGITS.test(priorityToken.text) || priorityToken.text.length > 10) {
    return failAt('bad-priority', 'priority', priorityToken);
  }
  const priority = Number(priorityToken.text);
  if (priority < 1 || priority > MAX_PRIORITY) return failAt('priority-out-of-range', 'priority', priorityToken);

  const addressToken = tokens[4];
  if (addressToken === undefined) return missing('address');
  const kind = addressKind(addressToken.text);
  if (kind === null) return failAt('bad-address', 'address', addressToken);

  const portToken = tokens[5];
  if (portToken === undefined) return missing('port');
  const port = parsePort(portToken, 'port');
  if (!port.ok) return port;

  const typKeyword = tokens[6];
  if (typKeyword === undefined) return missing('type');
  if (typKeyword.text.toLowerCase() !== 'typ') return failAt('missing-typ', 'type', typKeyword);
  const typeToken = tokens[7];
  if (typeToken === undefined) return missing('type');
  const typeText = typeToken.text.toLowerCase();
  if (!TYPES.has(typeText)) return failAt('unknown-candidate-type', 'type', typeToken);
  const type = typeText as CandidateType;

  // Name/value pairs: raddr, rport, tcptype, then extensions.
  let relatedAddress: Token | null = null;
  let relatedAddressKeyword: Token | null = null;
  let relatedPort: Token | null = null;
  let relatedPortKeyword: Token | null = null;
  let relatedPortValue: number | null = null;
  let tcpType: Token | null = null;
  let tcpTypeKeyword: Token | null = null;
  const extensions: CandidateExtension[] = [];
  for (let i = 8; i < tokens.length; i += 2) {
    const name = tokens[i];
    const value = tokens[i + 1];
    if (name === undefined) break;
    const lower = name.text.toLowerCase();
    if (lower === 'raddr') {
      if (relatedAddress !== null) return failAt('duplicate-attribute', 'relatedAddress', name);
      if (value === undefined) return missing('relatedAddress');
      if (addressKind(value.text) === null) return failAt('bad-address', 'relatedAddress', value);
      relatedAddressKeyword = name;
      relatedAddress = value;
    } else if (lower === 'rport') {
      if (relatedPort !== null) return failAt('duplicate-attribute', 'relatedPort', name);
      if (value === undefined) return missing('relatedPort');
      const parsed = parsePort(value, 'relatedPort');
      if (!parsed.ok) return parsed;
      relatedPortKeyword = name;
      relatedPort = value;
      relatedPortValue = parsed.value;
    } else if (lower === 'tcptype') {
      if (tcpType !== null) return failAt('duplicate-attribute', 'tcpType', name);
      if (value === undefined) return missing('tcpType');
      if (!TCP_TYPES.has(value.text.toLowerCase())) return failAt('bad-tcptype', 'tcpType', value);
      if (protocol === 'udp') {
        return fail('tcptype-on-udp', 'tcpType', `${name.text} ${value.text}`, name.start, value.end);
      }
      tcpTypeKeyword = name;
      tcpType = value;
    } else {
      if (value === undefined) return failAt('missing-extension-value', 'extension', name);
      if (!SDP_TOKEN.test(name.text)) return failAt('bad-extension-name', 'extension', name);
      if (!VCHARS.test(value.text)) return failAt('bad-extension-value', 'extension', value);
      extensions.push({
        name: name.text,
        value: value.text,
        nameSpan: [name.start, name.end],
        valueSpan: [value.start, value.end],
      });
    }
  }

  // RFC 8839 §5.1: rel-addr and rel-port "MUST be present for server
  // reflexive, peer reflexive, and relayed candidates" (wording checked in
  // draft-ietf-mmusic-ice-sip-sdp-37 §4.1, the text that became §5.1).
  if (relatedAddress === null && relatedPort !== null && relatedPortKeyword !== null) {
    return failAt('missing-raddr', 'relatedAddress', relatedPortKeyword);
  }
  if (relatedAddress !== null && relatedPort === null && relatedAddressKeyword !== null) {
    return failAt('missing-rport', 'relatedPort', relatedAddressKeyword);
  }
  if (requireRelated && type !== 'host' && relatedAddress === null) {
    return failAt('missing-raddr', 'relatedAddress', typeToken);
  }

  const notes: CandidateNote[] = [];
  if (type !== 'host' && relatedAddress === null) notes.push({ code: 'missing-related-address', field: 'relatedAddress' });
  if (kind === 'mdns') notes.push({ code: 'mdns-address', field: 'address' });
  if (kind === 'fqdn') notes.push({ code: 'fqdn-address', field: 'address' });
  if (relatedAddress !== null && relatedPortValue !== null) {
    if (type === 'host') notes.push({ code: 'related-address-on-host', field: 'relatedAddress' });
    if (isHiddenRelatedAddress(relatedAddress.text, relatedPortValue)) {
      notes.push({ code: 'hidden-related-address', field: 'relatedAddress' });
    }
  }
  const tcpTypeValue = tcpType === null ? null : (tcpType.text.toLowerCase() as TcpType);
  if (protocol === 'tcp' && tcpTypeValue === null) notes.push({ code: 'tcp-without-tcptype', field: 'tcpType' });
  if (tcpTypeValue === 'active') {
    notes.push({
      code: port.value === TCP_ACTIVE_DISCARD_PORT ? 'tcp-active-discard-port' : 'tcp-active-port-not-discard',
      field: 'port',
    });
  }

  const spanOf = (t: Token | null): Span | null => (t === null ? null : [t.start, t.end]);
  return ok({
    line,
    prefix,
    foundation: foundation.text,
    componentId,
    transport: transport.text,
    protocol,
    priority,
    address: addressToken.text,
    addressKind: kind,
    port: port.value,
    type,
    relatedAddress: relatedAddress?.text ?? null,
    relatedAddressKind: relatedAddress === null ? null : addressKind(relatedAddress.text),
    relatedPort: relatedPortValue,
    tcpType: tcpTypeValue,
    extensions,
    generation: numericExtension(extensions, 'generation'),
    ufrag: extensions.find((e) => e.name === 'ufrag')?.value ?? null,
    networkId: numericExtension(extensions, 'network-id'),
    networkCost: numericExtension(extensions, 'network-cost'),
    spans: {
      prefix: prefix === '' ? null : [begin, prefixEnd],
      foundation: [foundation.start, foundation.end],
      componentId: [component.start, component.end],
      transport: [transport.start, transport.end],
      priority: [priorityToken.start, priorityToken.end],
      address: [addressToken.start, addressToken.end],
      port: [portToken.start, portToken.end],
      typeKeyword: [typKeyword.start, typKeyword.end],
      type: [typeToken.start, typeToken.end],
      relatedAddressKeyword: spanOf(relatedAddressKeyword),
      relatedAddress: spanOf(relatedAddress),
      relatedPortKeyword: spanOf(relatedPortKeyword),
      relatedPort: spanOf(relatedPort),
      tcpTypeKeyword: spanOf(tcpTypeKeyword),
      tcpType: spanOf(tcpType),
    },
    notes,
  });
}

/**
 * Writes a candidate back as one line (RFC 8839 §5.1), without a line ending.
 *
 * Exact for canonical lines: single spaces, `raddr`/`rport` straight after
 * `typ <type>`, then `tcptype`, then the extensions in their original order.
 * The prefix and the spelling of `transport` are kept; keywords and the
 * candidate type are written in lower case.
 *
 * @param candidate - A parsed candidate or any {@link CandidateFields}.
 * @param prefix - Overrides the prefix, e.g. `'candidate:'` for `new RTCIceCandidate()`.
 * @returns The line.
 * @example serializeCandidate(c, 'a=candidate:') // → 'a=candidate:0 1 UDP 2122252543 …'
 */
export function serializeCandidate(candidate: CandidateFields, prefix: string = candidate.prefix): string {
  const parts = [
    candidate.foundation,
    String(candidate.componentId),
    candidate.transport,
    String(candidate.priority),
    candidate.address,
    String(candidate.port),
    'typ',
    candidate.type,
  ];
  if (candidate.relatedAddress !== null) parts.push('raddr', candidate.relatedAddress);
  if (candidate.relatedPort !== null) parts.push('rport', String(candidate.relatedPort));
  if (candidate.tcpType !== null) parts.push('tcptype', candidate.tcpType);
  for (const extension of candidate.extensions) parts.push(extension.name, extension.value);
  return prefix + parts.join(' ');
}

/**
 * Whether a related address is the placeholder an agent sends when it does
 * not want to reveal it: `0.0.0.0` or `::` with port 0 (RFC 8839 §5.1
 * privacy note; Chrome sends `raddr 0.0.0.0 rport 0` when it hides local
 * addresses behind mDNS). Port 9 is accepted too, as the "discard" dummy
 * port RFC 8839 uses for default destinations.
 *
 * @param address - The `raddr` value.
 * @param port - The `rport` value.
 * @returns `true` for a hidden related address.
 */
export function isHiddenRelatedAddress(address: string, port: number): boolean {
  const v4 = parseIpv4(address);
  const v6 = v4 === null ? parseIpv6(address) : null;
  const unspecified = v4 !== null ? v4.every((o) => o === 0) : v6 !== null && v6.every((g) => g === 0);
  return unspecified && (port === 0 || port === 9);
}

/**
 * The value of one extension attribute (RFC 8839 §5.1 `cand-extension`),
 * e.g. `network-cost`.
 *
 * @param candidate - A parsed candidate.
 * @param name - The attribute name (case-sensitive, as browsers write it).
 * @returns The first value with that name, or `null`.
 */
export function candidateExtension(candidate: Pick<Candidate, 'extensions'>, name: string): string | null {
  return candidate.extensions.find((e) => e.name === name)?.value ?? null;
}

/**
 * Renders a parse error in the reader's language, with the field name
 * translated too.
 *
 * @param lang - `en` or `ja`.
 * @param error - An error from {@link parseCandidate}.
 * @returns One sentence saying what is wrong and what to do.
 */
export function describeCandidateError(lang: Lang, error: CandidateParseError): string {
  const t = translator(lang, iceText);
  return t(`candidateError.${error.code}`, {
    field: error.field === null ? '' : t(`fieldName.${error.field}`),
    token: error.token ?? '',
    position: error.position,
  });
}

/** Whether tokens without a prefix could be a candidate: `typ` among them, or a component and transport in place. */
function looksLikeBareCandidate(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.text.toLowerCase() === 'typ')) return true;
  const component = tokens[1]?.text;
  const transport = tokens[2]?.text.toLowerCase();
  return (component === undefined || DIGITS.test(component)) && (transport === undefined || transport === 'udp' || transport === 'tcp');
}

function numericExtension(extensions: readonly CandidateExtension[], name: string): number | null {
  const value = extensions.find((e) => e.name === name)?.value;
  return value !== undefined && DIGITS.test(value) && value.length <= 10 ? Number(value) : null;
}

function parsePort(token: Token, field: 'port' | 'relatedPort'): Result<number, CandidateParseError> {
  if (!DIGITS.test(token.text)) return failAt('bad-port', field, token);
  const value = token.text.length > 5 ? Infinity : Number(token.text);
  if (value > 65535) return failAt('port-out-of-range', field, token);
  return ok(value);
}

function tokenize(line: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(line.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpace(line.charCodeAt(i))) i++;
    tokens.push({ text: line.slice(start, i), start, end: i });
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

function failAt(code: CandidateErrorCode, field: CandidateField, token: Token): { ok: false; error: CandidateParseError } {
  return fail(code, field, token.text, token.start, token.end);
}

function fail(
  code: CandidateErrorCode,
  field: CandidateField | null,
  token: string | null,
  position: number,
  end: number,
): { readonly ok: false; readonly error: CandidateParseError } {
  const error = { code, message: '', field, token, position, end };
  return err({ ...error, message: describeCandidateError('en', error) });
}
