/**
 * IP addresses, once for the whole site: strict parsing of IPv4 and IPv6
 * text, RFC 5952 formatting, classification by the IANA special-purpose
 * registries, and CIDR prefixes.
 *
 * Used by the candidate parser and inspector (`lib/ice`), the STUN codec
 * (`lib/stun`), the NAT simulator (`lib/nat`) and the lab's address plans
 * (`scripts/lab`). Position-precise errors for text a reader typed come from
 * {@link readIpAddress}.
 *
 * Why not `ipaddr.js` (pre-installed): its parser accepts forms a candidate
 * or STUN address never has (`0x7f.1`, `010.1.1.1`, three-part `1.2.3`), so a
 * strict parser would still have to run first; its range table files the
 * documentation blocks under "reserved"; and, not tree-shakeable, it adds
 * 4.2 KB gzipped to every widget page that parses an address (measured with
 * esbuild). The unit tests use it as an independent oracle instead.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** The two address families (STUN's 0x01 and 0x02, RFC 8489 §14.1). */
export type IpFamily = 'IPv4' | 'IPv6';

/** An IPv4 address as four octets. */
export type Ipv4Octets = readonly [number, number, number, number];

/** An IP address as bytes, with its family. */
export interface IpAddress {
  readonly family: IpFamily;
  /** 4 bytes for IPv4, 16 for IPv6, in network order. */
  readonly bytes: Uint8Array;
}

const DECIMAL_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Parses a dotted-quad IPv4 address (RFC 4566 §9 `IP4-address`, as used by
 * RFC 8839: four decimal parts 0–255, no leading zeros — `010` is octal to
 * some parsers and decimal to others).
 *
 * @param text - the address text
 * @returns the four octets, or `null` when `text` is not an IPv4 address
 * @example parseIpv4('192.168.1.20') // [192, 168, 1, 20]
 */
export function parseIpv4(text: string): Ipv4Octets | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return [octets[0] ?? 0, octets[1] ?? 0, octets[2] ?? 0, octets[3] ?? 0];
}

/**
 * Parses an IPv6 address in any RFC 4291 §2.2 text form: full,
 * `::`-compressed, or with a dotted IPv4 tail (`::ffff:192.0.2.1`). Zone
 * identifiers (`%eth0`) are rejected: they never appear in candidates or on
 * the wire.
 *
 * @param text - the address text, without brackets
 * @returns the eight 16-bit groups, or `null` when `text` is not IPv6
 * @example parseIpv6('2001:db8::1') // [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
 */
export function parseIpv6(text: string): number[] | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const parts = splitGroups(text);
    const groups = parts === null ? null : parseGroups(parts, true);
    return groups !== null && groups.length === 8 ? groups : null;
  }
  const headParts = splitGroups(halves[0] ?? '');
  const tailParts = splitGroups(halves[1] ?? '');
  if (headParts === null || tailParts === null) return null;
  // A dotted IPv4 tail may only end the address, never precede the `::`.
  const head = parseGroups(headParts, false);
  const tail = parseGroups(tailParts, true);
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function splitGroups(text: string): string[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  return parts.some((p) => p === '') ? null : parts;
}

function parseGroups(parts: readonly string[], allowIpv4Tail: boolean): number[] | null {
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/**
 * Parses an IPv4 or IPv6 address, IPv6 also in brackets (`[2001:db8::1]`,
 * as in URLs and `host:port` text). Surrounding white space is ignored.
 *
 * @param text - the address text
 * @returns the family and bytes, or `null` when the text is not an IP address
 * @example parseIpAddress('192.0.2.1') // { family: 'IPv4', bytes: Uint8Array [192, 0, 2, 1] }
 */
export function parseIpAddress(text: string): IpAddress | null {
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4 !== null) return { family: 'IPv4', bytes: Uint8Array.from(v4) };
  const unbracketed = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  const groups = parseIpv6(unbracketed);
  return groups === null ? null : { family: 'IPv6', bytes: groupsToBytes(groups) };
}

function groupsToBytes(groups: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return bytes;
}

function bytesToGroups(bytes: Uint8Array): number[] {
  return Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0));
}

/** Stable codes of {@link AddressError}. */
export type AddressErrorCode =
  | 'address-empty'
  | 'address-character'
  | 'ipv4-part-count'
  | 'ipv4-part-empty'
  | 'ipv4-leading-zero'
  | 'ipv4-part-too-large'
  | 'ipv6-double-compression'
  | 'ipv6-group-empty'
  | 'ipv6-group-too-long'
  | 'ipv6-group-count'
  | 'ipv6-zone-id'
  | 'ipv6-ipv4-tail';

/** Why text is not an IP address, and where (1-based column in the text). */
export interface AddressError extends LibError {
  readonly code: AddressErrorCode;
  /** 1-based column of the first character that is wrong. */
  readonly column: number;
  /** The part of the text that is wrong. */
  readonly token: string;
}

function addressError(code: AddressErrorCode, column: number, token: string, message: string): Result<IpAddress, AddressError> {
  return err({ code, column, token, message });
}

/**
 * Reads an IP address a reader typed, saying exactly what is wrong and where
 * when it is not one (the column is 1-based). Accepts what
 * {@link parseIpAddress} accepts.
 *
 * @param text - the typed text
 * @returns the address, or an {@link AddressError} with code, column and token
 * @example readIpAddress('192.168.1.300') // err { code: 'ipv4-part-too-large', column: 11, token: '300' }
 */
export function readIpAddress(text: string): Result<IpAddress, AddressError> {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return addressError('address-empty', 1, '', 'The address is empty; type an IPv4 address such as 192.0.2.1 or an IPv6 address such as 2001:db8::1.');
  const parsed = parseIpAddress(trimmed);
  if (parsed !== null) return ok(parsed);
  const bracketed = trimmed.startsWith('[') && trimmed.endsWith(']');
  const body = bracketed ? trimmed.slice(1, -1) : trimmed;
  const base = lead + (bracketed ? 1 : 0) + 1;
  const bad = /[^0-9A-Fa-f.:%]/.exec(body);
  const zone = body.indexOf('%');
  if (zone >= 0 && body.includes(':')) {
    return addressError('ipv6-zone-id', base + zone, body.slice(zone), `The zone id ${body.slice(zone)} at column ${base + zone} names a local interface; it never travels in a candidate or a packet, so leave it out.`);
  }
  if (bad !== null) {
    return addressError('address-character', base + bad.index, bad[0], `The character "${bad[0]}" at column ${base + bad.index} cannot be part of an IP address; an address has only digits and dots (IPv4) or hex digits and colons (IPv6).`);
  }
  return body.includes(':') ? ipv6Error(body, base) : ipv4Error(body, base);
}

function ipv4Error(body: string, base: number): Result<IpAddress, AddressError> {
  const parts = body.split('.');
  if (parts.length !== 4) {
    return addressError('ipv4-part-count', base, body, `${body} has ${parts.length} part${parts.length === 1 ? '' : 's'}; an IPv4 address has four numbers separated by dots, such as 192.0.2.1.`);
  }
  let column = base;
  for (const part of parts) {
    if (part === '') return addressError('ipv4-part-empty', column, '', `Column ${column} needs a number from 0 to 255 between the dots.`);
    if (/[^0-9]/.test(part)) {
      return addressError('address-character', column, part, `${part} at column ${column} is not a decimal number; IPv4 addresses are written in decimal.`);
    }
    if (part.length > 1 && part.startsWith('0')) {
      return addressError('ipv4-leading-zero', column, part, `${part} at column ${column} starts with 0; write it without leading zeros (${Number(part)}), which some software would read as octal.`);
    }
    if (Number(part) > 255) return addressError('ipv4-part-too-large', column, part, `${part} at column ${column} is larger than 255, the largest part of an IPv4 address.`);
    column += part.length + 1;
  }
  return addressError('ipv4-part-count', base, body, `${body} is not an IPv4 address.`);
}

function ipv6Error(body: string, base: number): Result<IpAddress, AddressError> {
  const second = body.indexOf('::', body.indexOf('::') + 1);
  if (body.indexOf('::') >= 0 && second >= 0) {
    return addressError('ipv6-double-compression', base + second, '::', `The second :: at column ${base + second} is ambiguous; :: may stand for zeros only once in an address.`);
  }
  let column = base;
  const parts = body.split(':');
  const count = parts.filter((p) => p !== '').length + parts.filter((p) => p.includes('.')).length;
  for (const [i, part] of parts.entries()) {
    const edge = (i === 0 && body.startsWith('::')) || (i === parts.length - 1 && body.endsWith('::'));
    const compressed = part === '' && (body.slice(column - base - 1, column - base + 1) === '::' || edge);
    if (part === '' && !compressed) {
      return addressError('ipv6-group-empty', column, '', `Column ${column} needs a group of 1–4 hex digits between the colons (or :: once, for a run of zeros).`);
    }
    if (part.includes('.')) {
      if (i !== parts.length - 1 || parseIpv4(part) === null) {
        return addressError('ipv6-ipv4-tail', column, part, `${part} at column ${column} is not a valid dotted IPv4 tail; it may only end the address, as in ::ffff:192.0.2.1.`);
      }
    } else if (part.length > 4) {
      return addressError('ipv6-group-too-long', column, part, `The group ${part} at column ${column} has ${part.length} hex digits; each group has at most 4.`);
    }
    column += part.length + 1;
  }
  const compressed = body.includes('::');
  return addressError('ipv6-group-count', base, body, compressed
    ? `${body} has ${count} groups besides ::, which must stand for at least one; an IPv6 address has 8 groups of 16 bits.`
    : `${body} has ${count} groups; an IPv6 address has 8 groups of 16 bits (or fewer with :: for a run of zeros).`);
}

/**
 * Writes IPv6 groups in the RFC 5952 §4 canonical form: lower case, no
 * leading zeros, the longest run of two or more zero groups shortened to `::`
 * (the first such run on a tie). With `dottedMappedIpv4`, an IPv4-mapped
 * address is written `::ffff:a.b.c.d` (§5).
 *
 * @param groups - eight 16-bit groups, as returned by {@link parseIpv6}
 * @param options - `dottedMappedIpv4`: use the §5 form for `::ffff:0:0/96`
 * @returns the canonical text
 * @example formatIpv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]) // '2001:db8::1'
 */
export function formatIpv6(groups: readonly number[], options: { readonly dottedMappedIpv4?: boolean } = {}): string {
  if (options.dottedMappedIpv4 === true && isMappedIpv4(groups)) {
    const [g6 = 0, g7 = 0] = groups.slice(6);
    return `::ffff:${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function isMappedIpv4(groups: readonly number[]): boolean {
  return groups.length === 8 && groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

/**
 * Formats 4 or 16 address bytes as text: IPv4 dotted, IPv6 in the RFC 5952
 * form with IPv4-mapped addresses as `::ffff:a.b.c.d` (§4, §5).
 *
 * @param bytes - 4 (IPv4) or 16 (IPv6) bytes
 * @returns the address text, or hex digits for any other length
 * @example formatIpAddress(Uint8Array.of(192, 0, 2, 1)) // '192.0.2.1'
 */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return formatIpv6(bytesToGroups(bytes), { dottedMappedIpv4: true });
}

/**
 * An IPv4 address as an unsigned 32-bit number.
 *
 * @param octets - the four octets
 * @returns the number
 * @example ipv4ToNumber([10, 0, 0, 1]) // 167772161
 */
export function ipv4ToNumber(octets: Ipv4Octets): number {
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

/** A CIDR prefix: an address and how many of its leading bits count. */
export interface Cidr {
  readonly address: IpAddress;
  readonly prefixLength: number;
}

/**
 * Parses CIDR notation (RFC 4632 §3.1, RFC 4291 §2.3): `10.1.0.0/24`,
 * `fc00::/7`. A bare address is a prefix of its full length (/32, /128).
 * Host bits need not be zero (`10.1.0.2/24` is the /24 that holds 10.1.0.2).
 *
 * @param text - the prefix text
 * @returns the prefix, or `null` when the text is not one
 * @example parseCidr('192.168.1.0/24') // { address: 192.168.1.0, prefixLength: 24 }
 */
export function parseCidr(text: string): Cidr | null {
  const [addressText = '', lengthText, ...rest] = text.trim().split('/');
  if (rest.length > 0) return null;
  const address = parseIpAddress(addressText);
  if (address === null) return null;
  const max = address.bytes.length * 8;
  if (lengthText === undefined) return { address, prefixLength: max };
  if (!/^(?:0|[1-9][0-9]{0,2})$/.test(lengthText) || Number(lengthText) > max) return null;
  return { address, prefixLength: Number(lengthText) };
}

/**
 * Whether an address lies inside a CIDR prefix (same family, same leading
 * `prefixLength` bits).
 *
 * @param prefix - a {@link Cidr} or its text
 * @param address - an {@link IpAddress} or its text (a `/len` suffix is ignored)
 * @returns `true` when inside; `false` for another family or unparsable text
 * @example cidrContains('192.168.1.0/24', '192.168.1.10') // true
 */
export function cidrContains(prefix: Cidr | string, address: IpAddress | string): boolean {
  const block = typeof prefix === 'string' ? parseCidrCached(prefix) : prefix;
  const ip = typeof address === 'string' ? parseIpAddress(address.split('/')[0] ?? '') : address;
  if (block === null || ip === null || block.address.family !== ip.family) return false;
  return samePrefix(block.address.bytes, ip.bytes, block.prefixLength);
}

const cidrCache = new Map<string, Cidr | null>();

/** Prefixes are few and tested often (the simulator routes every packet): parse each once. */
function parseCidrCached(text: string): Cidr | null {
  let block = cidrCache.get(text);
  if (block === undefined) {
    block = parseCidr(text);
    cidrCache.set(text, block);
  }
  return block;
}

function samePrefix(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  const whole = Math.floor(bits / 8);
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = bits % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((a[whole] ?? 0) & mask) === ((b[whole] ?? 0) & mask);
}

/**
 * Where an IP address sits, by the IANA special-purpose registries
 * (RFC 6890) — what an explanation may say about it.
 */
export type IpClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'documentation'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'public'
  | 'unspecified';

/**
 * Classifies an IP address: loopback (127/8, ::1), private (RFC 1918),
 * link-local (169.254/16, fe80::/10), CGNAT shared space (100.64/10,
 * RFC 6598), documentation (RFC 5737, RFC 3849, RFC 9637), unique-local
 * (fc00::/7, RFC 4193), multicast, reserved (240/4), unspecified
 * (0.0.0.0/8, ::) and everything else as public. An IPv4-mapped IPv6 address
 * is classified by its IPv4 part.
 *
 * @param address - the address
 * @returns its class
 * @example classifyIp(parseIpAddress('100.72.3.4')!) // 'cgnat'
 */
export function classifyIp(address: IpAddress): IpClass {
  const b = address.bytes;
  if (address.family === 'IPv4') return classifyIpv4([b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0]);
  const g = bytesToGroups(b);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (upperZero && g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified';
  if (upperZero && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
  if (upperZero && g5 === 0xffff) return classifyIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if ((g0 === 0x2001 && g1 === 0x0db8) || (g0 === 0x3fff && (g1 & 0xf000) === 0)) return 'documentation';
  return 'public';
}

function classifyIpv4([a, b, c]: Ipv4Octets): IpClass {
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return 'documentation';
  }
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return 'public';
}
