/**
 * IPv4 transport addresses for the NAT simulator.
 *
 * A transport address is "the combination of an IP address and port"
 * (RFC 8445 §4). The simulator is IPv4-only: every NAT behaviour in
 * RFC 4787 is defined for IPv4 NAPT, and IPv6 would add nothing to the
 * lessons the widgets teach.
 */

/** An IPv4 address and UDP port, e.g. `{ ip: '192.0.2.10', port: 3478 }`. */
export interface TransportAddress {
  readonly ip: string;
  readonly port: number;
}

/**
 * Builds a transport address.
 *
 * @param ip - dotted-quad IPv4 address
 * @param port - UDP port
 * @returns the address object
 * @example transportAddress('192.0.2.10', 3478) // { ip: '192.0.2.10', port: 3478 }
 */
export function transportAddress(ip: string, port: number): TransportAddress {
  return { ip, port };
}

/**
 * Formats a transport address the way captions and tables show it.
 *
 * @param address - the address
 * @returns `ip:port`
 * @example formatAddress({ ip: '192.0.2.10', port: 3478 }) // '192.0.2.10:3478'
 */
export function formatAddress(address: TransportAddress): string {
  return `${address.ip}:${address.port}`;
}

/**
 * Tells whether two transport addresses are equal (same IP and port).
 *
 * @param a - first address
 * @param b - second address
 * @returns true when both IP and port match
 */
export function sameAddress(a: TransportAddress, b: TransportAddress): boolean {
  return a.ip === b.ip && a.port === b.port;
}

/**
 * Parses a dotted-quad IPv4 address into an unsigned 32-bit number.
 *
 * @param text - e.g. `192.168.1.10`
 * @returns the number, or undefined when the text is not an IPv4 address
 * @example parseIpv4('10.0.0.1') // 167772161
 */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/**
 * Tells whether an IPv4 address lies inside a CIDR block.
 *
 * @param ip - dotted-quad address
 * @param cidr - block such as `192.168.1.0/24`
 * @returns true when the address is inside; false for malformed input
 * @example ipInCidr('192.168.1.10', '192.168.1.0/24') // true
 */
export function ipInCidr(ip: string, cidr: string): boolean {
  const block = parseCidr(cidr);
  const address = parseIpv4(ip);
  if (block === undefined || address === undefined) return false;
  return Math.floor(address / block.size) === block.network;
}

const cidrCache = new Map<string, { readonly network: number; readonly size: number } | undefined>();

/** Parses `a.b.c.d/n` into the block number and block size (memoised: blocks are few). */
function parseCidr(cidr: string): { readonly network: number; readonly size: number } | undefined {
  if (cidrCache.has(cidr)) return cidrCache.get(cidr);
  const [networkText, prefixText] = cidr.split('/');
  const network = networkText === undefined ? undefined : parseIpv4(networkText);
  const prefix = Number(prefixText);
  let block: { readonly network: number; readonly size: number } | undefined;
  if (network !== undefined && prefixText !== undefined && /^\d{1,2}$/.test(prefixText) && prefix <= 32) {
    const size = 2 ** (32 - prefix);
    block = { network: Math.floor(network / size), size };
  }
  cidrCache.set(cidr, block);
  return block;
}
