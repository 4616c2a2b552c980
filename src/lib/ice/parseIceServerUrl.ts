/**
 * STUN and TURN server URLs (RFC 7064 `stun:`/`stuns:`, RFC 7065
 * `turn:`/`turns:`) and whole `RTCIceServer` entries, checked the way a
 * browser would check them, with errors that say how to fix the URL.
 *
 * Used by the candidate gatherer (its server form) and by
 * `gatheringVerdict.ts` (matching candidates and errors to servers).
 *
 * ```
 * stunURI = scheme ":" host [ ":" port ]                          ; RFC 7064 §3.1
 * turnURI = scheme ":" host [ ":" port ] [ "?transport=" transport ] ; RFC 7065 §3.1
 * ```
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { isHostName, parseIpv4, parseIpv6, formatIpv6 } from './address.ts';
import { translator } from '../../i18n/dictionary.ts';
import { iceText } from './messages.ts';

/** The four ICE server URL schemes. */
export type IceServerScheme = 'stun' | 'stuns' | 'turn' | 'turns';

/** A parsed ICE server URL. */
export interface IceServerUrl {
  /** The input as given. */
  readonly url: string;
  readonly scheme: IceServerScheme;
  /** `stun` for stun:/stuns:, `turn` for turn:/turns:. */
  readonly kind: 'stun' | 'turn';
  /** `true` for stuns:/turns: (TLS, or DTLS with `?transport=udp`). */
  readonly secure: boolean;
  /** Host without brackets; IPv6 in RFC 5952 form, names in lower case. */
  readonly host: string;
  readonly hostKind: 'ipv4' | 'ipv6' | 'name';
  /** The port given, or the default: 3478 (stun/turn), 5349 (stuns/turns). */
  readonly port: number;
  readonly portExplicit: boolean;
  /** `?transport=` value, only ever set on turn:/turns:. */
  readonly transport: 'udp' | 'tcp' | null;
  /** The URL rewritten with lower-case scheme, host and transport. */
  readonly normalized: string;
}

/** Stable codes of {@link IceServerUrlError}. */
export type IceServerUrlErrorCode =
  | 'not-a-string'
  | 'empty-url'
  | 'url-too-long'
  | 'url-whitespace'
  | 'missing-scheme'
  | 'web-url-scheme'
  | 'unknown-scheme'
  | 'double-slash'
  | 'userinfo-in-url'
  | 'unexpected-path'
  | 'missing-host'
  | 'bad-host'
  | 'bad-ipv6'
  | 'unbracketed-ipv6'
  | 'bad-port'
  | 'port-out-of-range'
  | 'transport-on-stun'
  | 'unknown-query-parameter'
  | 'bad-transport';

/** Why an ICE server URL was rejected, with a corrected URL when one is obvious. */
export interface IceServerUrlError extends LibError {
  readonly code: IceServerUrlErrorCode;
  readonly url: string;
  /** The offending part of the URL, when there is one. */
  readonly token: string | null;
  /** 0-based offset of `token` in `url`. */
  readonly position: number | null;
  /** A URL that would be accepted, when the fix is unambiguous. */
  readonly suggestion: string | null;
}

/** Default ports: RFC 7064 §3.2 and RFC 7065 §3.2 (RFC 8489 §6.2.1/§6.2.2). */
export const DEFAULT_ICE_SERVER_PORTS = { stun: 3478, turn: 3478, stuns: 5349, turns: 5349 } as const satisfies Record<
  IceServerScheme,
  number
>;

/**
 * Longest ICE server URL accepted, in characters. The longest well-formed
 * one is 279: `turns:` + a 253-character DNS name (RFC 1035 §2.3.4; the
 * 255-octet wire limit less the length octets) + `:65535` +
 * `?transport=tcp`. 512 leaves room for a typo to get its precise error,
 * while pasted garbage (a whole config file, a 5,000-character line) is
 * refused as too long before anything tries to read a host name from it.
 */
export const MAX_ICE_SERVER_URL_LENGTH = 512;

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ws', 'wss']);
const ICE_SCHEMES: ReadonlySet<string> = new Set<IceServerScheme>(['stun', 'stuns', 'turn', 'turns']);

/**
 * Parses one ICE server URL (RFC 7064 §3.1, RFC 7065 §3.1). Schemes and the
 * `transport` parameter are case-insensitive, as in the RFCs' ABNF.
 * `?transport=` is refused on stun:/stuns: as browsers do. Never throws.
 *
 * @param url - The URL, e.g. `turn:turn.example.org:3478?transport=tcp`.
 * @returns The parsed URL, or an error with a code, a fix and often a corrected URL.
 * @example parseIceServerUrl('stun://stun.example.org') // → error 'double-slash', suggestion 'stun:stun.example.org'
 */
export function parseIceServerUrl(url: string): Result<IceServerUrl, IceServerUrlError> {
  if (typeof url !== 'string') return fail('not-a-string', String(url), {});
  if (url.length === 0) return fail('empty-url', url, {});
  if (url.length > MAX_ICE_SERVER_URL_LENGTH) return fail('url-too-long', url, { token: url.slice(0, 40) });
  const space = url.search(/\s/);
  if (space !== -1) {
    return fail('url-whitespace', url, { token: url.charAt(space), position: space, suggestion: url.replace(/\s+/g, '') });
  }

  const colon = url.indexOf(':');
  const schemeText = colon === -1 ? '' : url.slice(0, colon);
  const scheme = schemeText.toLowerCase();
  const restAfterColon = colon === -1 ? '' : url.slice(colon + 1);
  const looksLikeHostPort = /^[0-9]+$/.test(restAfterColon) || scheme.includes('.') || url.startsWith('[');
  if (colon === -1 || !/^[a-z][a-z0-9+.-]*$/.test(scheme) || looksLikeHostPort) {
    return fail('missing-scheme', url, { suggestion: `stun:${url}` });
  }
  const rest = restAfterColon;
  if (WEB_SCHEMES.has(scheme)) {
    const hostPort = rest.replace(/^\/\//, '').split(/[/?#]/)[0] ?? '';
    return fail('web-url-scheme', url, {
      token: schemeText,
      position: 0,
      scheme: schemeText,
      suggestion: hostPort === '' ? null : `stun:${hostPort}`,
    });
  }
  if (!ICE_SCHEMES.has(scheme)) {
    return fail('unknown-scheme', url, { token: schemeText, position: 0, scheme: schemeText });
  }
  const iceScheme = scheme as IceServerScheme;
  const kind = iceScheme === 'stun' || iceScheme === 'stuns' ? 'stun' : 'turn';
  const defaultPort = DEFAULT_ICE_SERVER_PORTS[iceScheme];
  const context = { scheme: iceScheme, defaultPort: String(defaultPort) };

  if (rest.startsWith('//')) {
    return fail('double-slash', url, {
      ...context,
      token: '//',
      position: colon + 1,
      suggestion: `${iceScheme}:${rest.slice(2).replace(/\/+$/, '')}`,
    });
  }

  const question = rest.indexOf('?');
  const authority = question === -1 ? rest : rest.slice(0, question);
  const query = question === -1 ? null : rest.slice(question + 1);
  const authorityStart = colon + 1;

  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    return fail('userinfo-in-url', url, {
      ...context,
      token: authority.slice(0, at),
      position: authorityStart,
      suggestion: `${iceScheme}:${authority.slice(at + 1)}${question === -1 ? '' : `?${query ?? ''}`}`,
    });
  }
  const slash = authority.search(/[/#]/);
  if (slash !== -1) {
    const kept = authority.slice(0, slash);
    return fail('unexpected-path', url, {
      ...context,
      token: authority.slice(slash),
      position: authorityStart + slash,
      suggestion: kept === '' ? null : `${iceScheme}:${kept}${question === -1 ? '' : `?${query ?? ''}`}`,
    });
  }
  if (authority === '') return fail('missing-host', url, { ...context, position: authorityStart });

  // Split host and port.
  let hostText: string;
  let portText: string | null = null;
  let portPosition = 0;
  let host: string;
  let hostKind: IceServerUrl['hostKind'];
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    const inside = close === -1 ? authority.slice(1) : authority.slice(1, close);
    const groups = close === -1 ? null : parseIpv6(inside);
    if (groups === null) return fail('bad-ipv6', url, { ...context, token: inside, position: authorityStart + 1 });
    const after = authority.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) {
      return fail('bad-host', url, { ...context, token: after, position: authorityStart + close + 1 });
    }
    hostText = authority.slice(0, close + 1);
    if (after !== '') {
      portText = after.slice(1);
      portPosition = authorityStart + close + 2;
    }
    host = formatIpv6(groups);
    hostKind = 'ipv6';
  } else {
    const colons = authority.split(':').length - 1;
    if (colons > 1) {
      const looksIpv6 = parseIpv6(authority) !== null;
      return fail(looksIpv6 ? 'unbracketed-ipv6' : 'bad-host', url, {
        ...context,
        token: authority,
        position: authorityStart,
        suggestion: looksIpv6 ? `${iceScheme}:[${authority}]${question === -1 ? '' : `?${query ?? ''}`}` : null,
      });
    }
    const portColon = authority.indexOf(':');
    hostText = portColon === -1 ? authority : authority.slice(0, portColon);
    if (portColon !== -1) {
      portText = authority.slice(portColon + 1);
      portPosition = authorityStart + portColon + 1;
    }
    if (hostText === '') return fail('missing-host', url, { ...context, position: authorityStart });
    if (parseIpv4(hostText) !== null) {
      host = hostText;
      hostKind = 'ipv4';
    } else if (isHostName(hostText)) {
      host = hostText.toLowerCase();
      hostKind = 'name';
    } else {
      return fail('bad-host', url, { ...context, token: hostText, position: authorityStart });
    }
  }

  let port: number = defaultPort;
  if (portText !== null) {
    if (!/^[0-9]+$/.test(portText)) {
      return fail('bad-port', url, { ...context, token: portText, position: portPosition });
    }
    port = portText.length > 5 ? Infinity : Number(portText);
    if (port < 1 || port > 65535) {
      return fail('port-out-of-range', url, { ...context, token: portText, position: portPosition });
    }
  }

  // Query: only `transport=udp|tcp`, only on turn:/turns: (RFC 7065 §3.1).
  let transport: IceServerUrl['transport'] = null;
  if (query !== null) {
    const queryStart = authorityStart + authority.length + 1;
    const withoutQuery = `${iceScheme}:${hostText}${portText === null ? '' : `:${portText}`}`;
    const params = query.split('&');
    let offset = queryStart;
    for (const param of params) {
      const equals = param.indexOf('=');
      const name = (equals === -1 ? param : param.slice(0, equals)).toLowerCase();
      const value = equals === -1 ? '' : param.slice(equals + 1);
      if (name === 'transport' && kind === 'stun') {
        return fail('transport-on-stun', url, { ...context, token: param, position: offset, suggestion: withoutQuery });
      }
      if (name !== 'transport' || transport !== null) {
        return fail('unknown-query-parameter', url, { ...context, token: param, position: offset });
      }
      const lower = value.toLowerCase();
      if (lower !== 'udp' && lower !== 'tcp') {
        return fail('bad-transport', url, {
          ...context,
          token: value,
          position: offset + equals + 1,
          suggestion: lower === 'tls' ? `turns:${hostText}${portText === null ? '' : `:${portText}`}?transport=tcp` : null,
        });
      }
      transport = lower;
      offset += param.length + 1;
    }
  }

  const hostForUrl = hostKind === 'ipv6' ? `[${host}]` : host;
  const normalized = `${iceScheme}:${hostForUrl}${portText === null ? '' : `:${port}`}${
    transport === null ? '' : `?transport=${transport}`
  }`;
  return ok({
    url,
    scheme: iceScheme,
    kind,
    secure: iceScheme === 'stuns' || iceScheme === 'turns',
    host,
    hostKind,
    port,
    portExplicit: portText !== null,
    transport,
    normalized,
  });
}

/**
 * Whether two ICE server URLs name the same server and transport. Default
 * ports are filled in; a missing `?transport=` on either side matches any
 * transport, because browsers report the URL of a candidate or error either
 * as configured or with the transport they actually used.
 *
 * @param a - A URL or a parsed URL.
 * @param b - Another URL or parsed URL.
 * @returns `true` when both parse and name the same scheme, host, port and transport.
 */
export function sameIceServerUrl(a: string | IceServerUrl, b: string | IceServerUrl): boolean {
  const left = typeof a === 'string' ? parseIceServerUrl(a) : ok(a);
  const right = typeof b === 'string' ? parseIceServerUrl(b) : ok(b);
  if (!left.ok || !right.ok) return false;
  const x = left.value;
  const y = right.value;
  if (x.scheme !== y.scheme || x.host !== y.host || x.port !== y.port) return false;
  return x.transport === null || y.transport === null || x.transport === y.transport;
}

/** An `RTCIceServer` entry that passed {@link validateIceServer}. */
export interface ValidIceServer {
  /** Always an array (a fresh one, so it can go straight into `RTCIceServer`), normalised, in the given order. */
  readonly urls: string[];
  readonly username?: string;
  readonly credential?: string;
  /** The parsed URLs, parallel to `urls`. */
  readonly parsedUrls: readonly IceServerUrl[];
}

/** Stable codes of problems with a whole `RTCIceServer` entry. */
export type IceServerErrorCode =
  | IceServerUrlErrorCode
  | 'not-an-object'
  | 'missing-urls'
  | 'empty-urls'
  | 'url-not-a-string'
  | 'bad-username'
  | 'bad-credential'
  | 'username-too-long'
  | 'turn-needs-credentials';

/** One problem with an entry; `urlIndex` says which URL, when it is about one. */
export interface IceServerProblem extends LibError {
  readonly code: IceServerErrorCode;
  readonly urlIndex: number | null;
  readonly urlError: IceServerUrlError | null;
}

/** Why an entry was rejected: the first problem, plus all of them. */
export interface IceServerError extends IceServerProblem {
  readonly problems: readonly IceServerProblem[];
}

/** RFC 8489 §14.3: USERNAME "MUST contain a UTF-8-encoded sequence of fewer than 509 bytes". */
export const MAX_TURN_USERNAME_BYTES = 508;

/**
 * Checks one `RTCIceServer`-like entry `{ urls, username?, credential? }` as
 * a browser's `RTCPeerConnection` constructor would (W3C WebRTC 1.0, "validate
 * the ICE servers" in the constructor's steps):
 * `urls` is a string or an array of strings, each a valid ICE server URL;
 * turn:/turns: URLs need both `username` and `credential` (browsers throw
 * InvalidAccessError otherwise). Never throws, whatever `entry` is.
 *
 * @param entry - The entry, typically from pasted JSON.
 * @returns The normalised entry, or the first problem with the full list.
 * @example validateIceServer({ urls: 'turn:turn.example.org' }) // → error 'turn-needs-credentials'
 */
export function validateIceServer(entry: unknown): Result<ValidIceServer, IceServerError> {
  const problems: IceServerProblem[] = [];
  const t = translator('en', iceText);
  const add = (code: Exclude<IceServerErrorCode, IceServerUrlErrorCode>, params: Record<string, string | number>, urlIndex: number | null = null) => {
    problems.push({ code, urlIndex, urlError: null, message: t(`iceServerError.${code}`, params) });
  };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    add('not-an-object', {});
    return failEntry(problems);
  }
  const record = entry as Record<string, unknown>;
  const rawUrls = record['urls'];
  const list: unknown[] = typeof rawUrls === 'string' ? [rawUrls] : Array.isArray(rawUrls) ? rawUrls : [];
  if (rawUrls === undefined || (typeof rawUrls !== 'string' && !Array.isArray(rawUrls))) add('missing-urls', {});
  else if (list.length === 0) add('empty-urls', {});

  const username = record['username'];
  const credential = record['credential'];
  if (username !== undefined && typeof username !== 'string') add('bad-username', {});
  if (credential !== undefined && typeof credential !== 'string') add('bad-credential', {});
  if (typeof username === 'string') {
    const bytes = new TextEncoder().encode(username).length;
    if (bytes > MAX_TURN_USERNAME_BYTES) add('username-too-long', { length: bytes });
  }

  const parsedUrls: IceServerUrl[] = [];
  list.forEach((item, index) => {
    if (typeof item !== 'string') {
      add('url-not-a-string', { index }, index);
      return;
    }
    const parsed = parseIceServerUrl(item);
    if (!parsed.ok) {
      problems.push({ code: parsed.error.code, urlIndex: index, urlError: parsed.error, message: parsed.error.message });
      return;
    }
    parsedUrls.push(parsed.value);
    const hasCredentials = typeof username === 'string' && typeof credential === 'string';
    if (parsed.value.kind === 'turn' && !hasCredentials) add('turn-needs-credentials', { url: item }, index);
  });
  if (problems.length > 0) return failEntry(problems);

  return ok({
    urls: parsedUrls.map((u) => u.normalized),
    ...(typeof username === 'string' ? { username } : {}),
    ...(typeof credential === 'string' ? { credential } : {}),
    parsedUrls,
  });
}

/**
 * Checks a whole `iceServers` list (W3C WebRTC 1.0 `RTCConfiguration`).
 *
 * @param servers - The list, typically from pasted JSON.
 * @returns One {@link validateIceServer} result per entry; a non-array gives
 *   one failed result with code `not-an-object`.
 */
export function validateIceServers(servers: unknown): Result<ValidIceServer, IceServerError>[] {
  if (!Array.isArray(servers)) return [validateIceServer(null)];
  return servers.map((entry: unknown) => validateIceServer(entry));
}

function failEntry(problems: readonly IceServerProblem[]): { readonly ok: false; readonly error: IceServerError } {
  const t = translator('en', iceText);
  const first = problems[0] ?? {
    code: 'not-an-object' as const,
    urlIndex: null,
    urlError: null,
    message: t('iceServerError.not-an-object'),
  };
  return err({ ...first, problems });
}

interface FailDetails {
  readonly token?: string;
  readonly position?: number;
  readonly suggestion?: string | null;
  readonly scheme?: string;
  readonly defaultPort?: string;
}

function fail(
  code: IceServerUrlErrorCode,
  url: string,
  details: FailDetails,
): { readonly ok: false; readonly error: IceServerUrlError } {
  const token = details.token ?? null;
  const suggestion = details.suggestion ?? null;
  const t = translator('en', iceText);
  const message = t(`urlError.${code}`, {
    url,
    token: token ?? '',
    position: details.position ?? 0,
    suggestion: suggestion ?? `${ICE_SCHEMES.has(details.scheme ?? '') ? details.scheme : 'stun'}:<host>`,
    scheme: details.scheme ?? '',
    defaultPort: details.defaultPort ?? '',
    length: url.length,
    max: MAX_ICE_SERVER_URL_LENGTH,
  });
  return err({ code, message, url, token, position: details.position ?? null, suggestion });
}
