/**
 * IPv4 transport addresses for the NAT simulator.
 *
 * A transport address is "the combination of an IP address and port"
 * (RFC 8445 §4). The simulator is IPv4-only: every NAT behaviour in
 * RFC 4787 is defined for IPv4 NAPT, and IPv6 would add nothing to the
 * lessons the widgets teach.
 */
import { cidrContains } from '../net/address.ts';

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
 * Tells whether an IPv4 address lies inside a CIDR block (`src/lib/net`).
 *
 * @param ip - dotted-quad address
 * @param cidr - block such as `192.168.1.0/24`
 * @returns true when the address is inside; false for malformed input
 * @example ipInCidr('192.168.1.10', '192.168.1.0/24') // true
 */
export function ipInCidr(ip: string, cidr: string): boolean {
  return cidrContains(cidr, ip);
}
