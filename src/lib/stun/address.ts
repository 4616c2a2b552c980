/**
 * The address families of STUN's address attributes (RFC 8489 §14.1) and
 * TURN's (RFC 8656 §18.3, §18.5). Parsing and formatting the addresses
 * themselves is `src/lib/net/address.ts`'s.
 */
import type { IpFamily } from '../net/address.ts';

/** The two address families STUN carries: 0x01 IPv4, 0x02 IPv6 (RFC 8489 §14.1). */
export type AddressFamily = IpFamily;

/** The family byte values of RFC 8489 §14.1. */
export const ADDRESS_FAMILY_BYTES: Readonly<Record<AddressFamily, number>> = { IPv4: 0x01, IPv6: 0x02 };
