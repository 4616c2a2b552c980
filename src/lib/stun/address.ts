/**
 * IP address text ⇄ bytes, for the address attributes of STUN
 * (RFC 8489 §14.1–14.2) and TURN (RFC 8656 §18.3, §18.5).
 */

/** The two address families STUN carries: 0x01 IPv4, 0x02 IPv6 (RFC 8489 §14.1). */
export type AddressFamily = 'IPv4' | 'IPv6';

/** The family byte values of RFC 8489 §14.1. */
export const ADDRESS_FAMILY_BYTES: Readonly<Record<AddressFamily, number>> = { IPv4: 0x01, IPv6: 0x02 };

/** An IP address as bytes, with its family. */
export interface IpAddressBytes {
  readonly family: AddressFamily;
  /** 4 bytes for IPv4, 16 for IPv6, in network order. */
  readonly bytes: Uint8Array;
}

function parseIpv4Bytes(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    // No leading zeros: "010" would be octal to some parsers and decimal to others.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    out[i] = value;
  }
  return out;
}

function parseIpv6Groups(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const readGroups = (part: string, allowIpv4Tail: boolean): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (allowIpv4Tail && i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4Bytes(piece);
        if (!v4) return undefined;
        groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  if (halves.length === 1) {
    const groups = readGroups(text, true);
    return groups && groups.length === 8 ? groups : undefined;
  }
  const head = readGroups(halves[0] ?? '', false);
  const tail = readGroups(halves[1] ?? '', true);
  if (!head || !tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/**
 * Parses an IPv4 address (`192.0.2.1`) or an IPv6 address
 * (`2001:db8::1`, `[2001:db8::1]`, `::ffff:192.0.2.1`). Zone ids are not accepted.
 *
 * @param text - the address text
 * @returns the family and bytes, or undefined when the text is not an IP address
 * @example parseIpAddress('192.0.2.1') // { family: 'IPv4', bytes: Uint8Array [192, 0, 2, 1] }
 */
export function parseIpAddress(text: string): IpAddressBytes | undefined {
  const trimmed = text.trim();
  const v4 = parseIpv4Bytes(trimmed);
  if (v4) return { family: 'IPv4', bytes: v4 };
  const unbracketed = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  const groups = parseIpv6Groups(unbracketed);
  if (!groups) return undefined;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return { family: 'IPv6', bytes };
}

/**
 * Formats 4 or 16 address bytes as text; IPv6 in the RFC 5952 §4 form
 * (lower case, no leading zeros, the longest run of two or more zero groups
 * shortened to `::`), with IPv4-mapped addresses as `::ffff:a.b.c.d` (§5).
 *
 * @param bytes - 4 (IPv4) or 16 (IPv6) bytes
 * @returns the address text, or hex digits for any other length
 * @example formatIpAddress(Uint8Array.of(192, 0, 2, 1)) // '192.0.2.1'
 */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${Array.from(bytes.subarray(12)).join('.')}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const text = groups.map((g) => g.toString(16));
  if (bestStart < 0) return text.join(':');
  const head = text.slice(0, bestStart).join(':');
  const tail = text.slice(bestStart + bestLength).join(':');
  return `${head}::${tail}`;
}
