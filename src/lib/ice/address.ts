/**
 * Addresses as they appear in ICE candidates and ICE server URLs: strict
 * IPv4 and IPv6 parsing, mDNS and other host names, canonical forms for
 * comparing two spellings of one address, and a classification
 * (private, CGNAT, loopback …) that survives redaction.
 *
 * Sits under `parseCandidate.ts`, `parseIceServerUrl.ts`,
 * `gatheringVerdict.ts` and `redactCandidate.ts`.
 */

/** What kind of thing a candidate's connection address is. */
export type AddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn' | 'redacted';

/**
 * Where an address sits, for explanations that must survive redaction.
 *
 * `hostname` is a DNS name other than `.local`; `invalid` is anything that is
 * neither an IP address nor a well-formed name.
 */
export type AddressClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'documentation'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'public'
  | 'mdns'
  | 'unspecified'
  | 'hostname'
  | 'invalid';

/** Every {@link AddressClass}, in a stable order (for tables and tests). */
export const ADDRESS_CLASSES: readonly AddressClass[] = [
  'loopback',
  'private',
  'link-local',
  'cgnat',
  'documentation',
  'unique-local',
  'multicast',
  'reserved',
  'public',
  'mdns',
  'unspecified',
  'hostname',
  'invalid',
];

const DECIMAL_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const HOST_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/**
 * Parses a dotted-quad IPv4 address (RFC 4566 §9 `IP4-address`: no leading
 * zeros, each part 0–255).
 *
 * @param text - The address text.
 * @returns The four octets, or `null` when `text` is not an IPv4 address.
 * @example parseIpv4('192.168.1.20') // → [192, 168, 1, 20]
 */
export function parseIpv4(text: string): [number, number, number, number] | null {
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
 * Parses an IPv6 address in any RFC 4291 §2.2 text form: full, `::`-compressed,
 * or with a dotted IPv4 tail (`::ffff:192.0.2.1`). Zone identifiers (`%eth0`)
 * are rejected: they never appear in candidates.
 *
 * @param text - The address text, without brackets.
 * @returns The eight 16-bit groups, or `null` when `text` is not IPv6.
 * @example parseIpv6('2001:db8::1') // → [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
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
 * Writes IPv6 groups in the RFC 5952 §4 canonical form: lower case, no
 * leading zeros, the longest run of two or more zero groups shortened to `::`
 * (the first such run on a tie).
 *
 * @param groups - Eight 16-bit groups, as returned by {@link parseIpv6}.
 * @returns The canonical text.
 * @example formatIpv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]) // → '2001:db8::1'
 */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 0;
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
  if (bestLength < 2) return hex.join(':');
  const before = hex.slice(0, bestStart).join(':');
  const after = hex.slice(bestStart + bestLength).join(':');
  return `${before}::${after}`;
}

/**
 * Whether `name` is an mDNS name: one that ends in `.local` (RFC 6762 §3).
 * Browsers put such names in host candidates instead of private addresses.
 *
 * @param name - A host name.
 * @returns `true` for `….local` (any case, with or without a final dot).
 */
export function isMdnsName(name: string): boolean {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  return /^.+\.local$/i.test(trimmed) && isHostName(trimmed);
}

/**
 * Whether `name` is a syntactically valid DNS host name (RFC 1123 §2.1
 * labels of letters, digits and hyphens, at most 63 characters each and 253
 * in all). Underscores are tolerated; all-numeric names are not, so that a
 * mistyped IPv4 address is never taken for a name.
 *
 * @param name - The name to check.
 * @returns `true` when the name is well formed.
 */
export function isHostName(name: string): boolean {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  if (trimmed.length === 0 || trimmed.length > 253) return false;
  const labels = trimmed.split('.');
  if (!labels.every((label) => HOST_LABEL.test(label))) return false;
  return !labels.every((label) => /^[0-9]+$/.test(label));
}

/**
 * Decides what kind of address a candidate carries: RFC 8839 §5.1 allows an
 * IP address or an FQDN as `connection-address`; browsers send IPs or
 * mDNS names (draft-ietf-mmusic-mdns-ice-candidates).
 *
 * @param text - A connection address from a candidate line.
 * @returns The kind, or `null` when `text` is no address at all.
 * @example addressKind('6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local') // → 'mdns'
 */
export function addressKind(text: string): AddressKind | null {
  if (parseIpv4(text) !== null) return 'ipv4';
  if (parseIpv6(text) !== null) return 'ipv6';
  if (parseRedactionLabel(text) !== null) return 'redacted';
  if (isMdnsName(text)) return 'mdns';
  if (isHostName(text)) return 'fqdn';
  return null;
}

/**
 * Returns one spelling per IP address, so that `2001:DB8:0:0::1` and
 * `2001:db8::1` compare equal (RFC 5952 §4). Names are lower-cased, as DNS
 * names compare case-insensitively (RFC 4343).
 *
 * @param text - An address or host name.
 * @returns The canonical spelling, or `null` for text that is neither.
 * @example canonicalAddress('2001:DB8:0:0:0:0:0:1') // → '2001:db8::1'
 */
export function canonicalAddress(text: string): string | null {
  if (parseIpv4(text) !== null) return text;
  const v6 = parseIpv6(text);
  if (v6 !== null) return formatIpv6(v6);
  if (isHostName(text)) return text.toLowerCase().replace(/\.$/, '');
  return null;
}

/** What a redaction placeholder says about the address it replaced. */
export interface RedactionLabel {
  readonly addressClass: AddressClass;
  readonly family: 'v4' | 'v6' | 'name';
  readonly index: number;
}

const REDACTION_LABEL = /^([a-z-]+?)(?:-(v4|v6))?-([1-9][0-9]*)\.invalid$/;

/**
 * Reads a placeholder written by `redactCandidate` (for example
 * `private-v4-1.invalid`). The `.invalid` top-level domain can never resolve
 * (RFC 6761 §6.4), so no real host carries such a name.
 *
 * @param text - A connection address.
 * @returns The class, family and index, or `null` when `text` is no placeholder.
 */
export function parseRedactionLabel(text: string): RedactionLabel | null {
  const match = REDACTION_LABEL.exec(text);
  if (match === null) return null;
  const addressClass = match[1] as AddressClass;
  if (!ADDRESS_CLASSES.includes(addressClass)) return null;
  const family = match[2] === 'v4' || match[2] === 'v6' ? match[2] : 'name';
  return { addressClass, family, index: Number(match[3]) };
}

/**
 * Classifies an address by the IANA special-purpose registries (RFC 6890):
 * loopback (127/8, ::1), private (RFC 1918), link-local (169.254/16,
 * fe80::/10), CGNAT shared space (100.64/10, RFC 6598), documentation
 * (RFC 5737, RFC 3849, RFC 9637), unique-local (fc00::/7, RFC 4193),
 * multicast, reserved (240/4), unspecified (0.0.0.0/8, ::), mDNS names
 * (`.local`) and everything else routable as public. An IPv4-mapped IPv6
 * address is classified by its IPv4 part. Redaction placeholders keep the
 * class they were given.
 *
 * @param address - An IPv4/IPv6 address, a host name or a redaction placeholder.
 * @returns The class.
 * @example classifyAddress('100.72.3.4') // → 'cgnat'
 */
export function classifyAddress(address: string): AddressClass {
  const v4 = parseIpv4(address);
  if (v4 !== null) return classifyIpv4(v4);
  const v6 = parseIpv6(address);
  if (v6 !== null) return classifyIpv6(v6);
  const label = parseRedactionLabel(address);
  if (label !== null) return label.addressClass;
  if (isMdnsName(address)) return 'mdns';
  if (isHostName(address)) return 'hostname';
  return 'invalid';
}

function classifyIpv4([a, b, c]: readonly [number, number, number, number]): AddressClass {
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

function classifyIpv6(g: readonly number[]): AddressClass {
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
