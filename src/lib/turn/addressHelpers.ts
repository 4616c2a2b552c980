/**
 * Address helpers of the TURN check and mapping hint, over `src/lib/ice`'s
 * address code (to move to `src/lib/net` once it exists).
 */
import { canonicalAddress as canonical } from '../ice/address.ts';

/**
 * An IP address in one canonical spelling (RFC 5952 for IPv6), so two
 * spellings of one address compare equal.
 *
 * @param text - An address.
 * @returns The canonical form, or `null` when `text` is no IP address.
 */
export function canonicalAddress(text: string): string | null {
  return canonical(text);
}

/**
 * Whether a candidate's `raddr`/`rport` is the placeholder a browser puts
 * there to hide the local address (`0.0.0.0 0` or `:: 0`, RFC 8839 §5.1
 * and the mDNS draft), or is missing.
 *
 * @param address - `raddr`, or `null`.
 * @param port - `rport`, or `null`.
 * @returns `true` when the local address is not shown.
 */
export function isHiddenRelatedAddressText(address: string | null, port: number | null): boolean {
  if (address === null || port === null) return true;
  const c = canonical(address);
  return port === 0 || c === '0.0.0.0' || c === '::';
}
