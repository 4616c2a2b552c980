/**
 * Addresses as they appear in ICE candidates and ICE server URLs: strict
 * IPv4 and IPv6 parsing, mDNS and other host names, canonical forms for
 * comparing two spellings of one address, and a classification
 * (private, CGNAT, loopback …) that survives redaction.
 *
 * Sits under `parseCandidate.ts`, `parseIceServerUrl.ts`,
 * `gatheringVerdict.ts` and `redactCandidate.ts`. IP parsing, RFC 5952
 * formatting and classification are `src/lib/net`'s; this module adds what
 * candidates also carry (mDNS and other names, redaction placeholders).
 */
import { classifyIp, formatIpv6, parseIpAddress, parseIpv4, parseIpv6, type IpClass } from '../net/address.ts';

export { formatIpv6, parseIpv4, parseIpv6 } from '../net/address.ts';

/** What kind of thing a candidate's connection address is. */
export type AddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn' | 'redacted';

/**
 * Where an address sits, for explanations that must survive redaction.
 *
 * `hostname` is a DNS name other than `.local`; `invalid` is anything that is
 * neither an IP address nor a well-formed name.
 */
export type AddressClass = IpClass | 'mdns' | 'hostname' | 'invalid';

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

const HOST_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

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
  const ip = parseIpv4(address) !== null || parseIpv6(address) !== null ? parseIpAddress(address) : null;
  if (ip !== null) return classifyIp(ip);
  const label = parseRedactionLabel(address);
  if (label !== null) return label.addressClass;
  if (isMdnsName(address)) return 'mdns';
  if (isHostName(address)) return 'hostname';
  return 'invalid';
}
