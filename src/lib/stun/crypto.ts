/**
 * The hashes STUN needs, synchronous so that the explorer can verify a
 * message the instant the reader edits a byte (WebCrypto is asynchronous and
 * `node:crypto` does not run in the browser). The hashes and HMAC come from
 * `@noble/hashes` (audited, synchronous, tree-shakeable; MD5 and SHA-1 from
 * its `legacy` module):
 *
 * - MD5 (RFC 1321): the long-term credential key, RFC 8489 §9.2.2.
 * - SHA-1 (FIPS 180-4 §6.1) + HMAC (RFC 2104): MESSAGE-INTEGRITY, RFC 8489 §14.5.
 * - SHA-256 (FIPS 180-4 §6.2) + HMAC: MESSAGE-INTEGRITY-SHA256, RFC 8489 §14.6.
 *
 * CRC-32 for FINGERPRINT (ISO/IEC 13239, as in ITU-T V.42; RFC 8489 §14.7)
 * is a checksum, not a hash; it stays here, eight lines long.
 */
import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { md5 as nobleMd5, sha1 as nobleSha1 } from '@noble/hashes/legacy.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';

/** A hash function, as `@noble/hashes` exports it (callable, with its block length for HMAC). */
export type HashFunction = CHash;

/** MD5 (RFC 1321), for the long-term credential key (RFC 8489 §9.2.2). */
export const md5: HashFunction = nobleMd5;

/** SHA-1 (FIPS 180-4 §6.1), for MESSAGE-INTEGRITY (RFC 8489 §14.5). */
export const sha1: HashFunction = nobleSha1;

/** SHA-256 (FIPS 180-4 §6.2), for MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6). */
export const sha256: HashFunction = nobleSha256;

/**
 * HMAC (RFC 2104) over any of the hashes above.
 *
 * @param hash - the hash function, e.g. {@link sha1}
 * @param key - the key; keys longer than a block are hashed first
 * @param data - the message to authenticate
 * @returns the MAC, as long as the hash output
 * @example hmac(sha1, key, signedBytes) // MESSAGE-INTEGRITY value, RFC 8489 §14.5
 */
export function hmac(hash: HashFunction, key: Uint8Array, data: Uint8Array): Uint8Array {
  return nobleHmac(hash, key, data);
}

// Reflected CRC-32 with polynomial 0x04C11DB7 (0xEDB88320 bit-reversed).
const crc32Table: readonly number[] = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 as used by FINGERPRINT (RFC 8489 §14.7, which cites ITU-T V.42):
 * initial value and final XOR 0xFFFFFFFF, reflected input and output.
 * FINGERPRINT then XORs the result with 0x5354554E; that step is not done here.
 *
 * @param data - the bytes to check
 * @returns the CRC as an unsigned 32-bit number
 * @example crc32(utf8Encode('123456789')) // 0xCBF43926
 */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crc32Table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
