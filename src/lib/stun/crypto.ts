/**
 * The hashes STUN needs, in small synchronous pure TypeScript so that the
 * explorer can verify a message the instant the reader edits a byte
 * (WebCrypto is asynchronous and `node:crypto` does not run in the browser).
 *
 * - MD5 (RFC 1321): the long-term credential key, RFC 8489 §9.2.2.
 * - SHA-1 (FIPS 180-4 §6.1) + HMAC (RFC 2104): MESSAGE-INTEGRITY, RFC 8489 §14.5.
 * - SHA-256 (FIPS 180-4 §6.2) + HMAC: MESSAGE-INTEGRITY-SHA256, RFC 8489 §14.6.
 * - CRC-32 (ISO/IEC 13239, as in ITU-T V.42): FINGERPRINT, RFC 8489 §14.7.
 *
 * These are teaching implementations of public algorithms, fast enough for
 * messages of a few hundred bytes; they are not hardened against timing
 * attacks and must not be used to protect secrets.
 */

/** A hash function with the block size HMAC needs to know. */
export interface HashFunction {
  (data: Uint8Array): Uint8Array;
  /** Input block size in bytes (64 for MD5, SHA-1 and SHA-256). */
  readonly blockSize: number;
}

function rotateLeft(x: number, bits: number): number {
  return ((x << bits) | (x >>> (32 - bits))) >>> 0;
}

function rotateRight(x: number, bits: number): number {
  return ((x >>> bits) | (x << (32 - bits))) >>> 0;
}

/**
 * Appends the Merkle–Damgård padding shared by MD5, SHA-1 and SHA-256: a 1
 * bit, zeros up to 56 mod 64, then the message length in bits as 64 bits
 * (little-endian for MD5, big-endian for the SHA family).
 */
function padToBlocks(data: Uint8Array, littleEndianLength: boolean): Uint8Array {
  const blockCount = Math.ceil((data.length + 9) / 64);
  const out = new Uint8Array(blockCount * 64);
  out.set(data);
  out[data.length] = 0x80;
  const bitLengthLow = (data.length * 8) >>> 0;
  const bitLengthHigh = Math.floor(data.length / 0x20000000) >>> 0;
  const end = out.length;
  for (let i = 0; i < 4; i++) {
    const lowByte = (bitLengthLow >>> (8 * i)) & 0xff;
    const highByte = (bitLengthHigh >>> (8 * i)) & 0xff;
    if (littleEndianLength) {
      out[end - 8 + i] = lowByte;
      out[end - 4 + i] = highByte;
    } else {
      out[end - 1 - i] = lowByte;
      out[end - 5 - i] = highByte;
    }
  }
  return out;
}

function wordsToBytes(words: readonly number[], littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  words.forEach((word, index) => {
    for (let i = 0; i < 4; i++) {
      const shift = littleEndian ? 8 * i : 24 - 8 * i;
      out[index * 4 + i] = (word >>> shift) & 0xff;
    }
  });
  return out;
}

// RFC 1321 §3.4: T[i] is the integer part of 2^32 × |sin(i)|, i = 1…64.
const md5SineTable: readonly number[] = Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0,
);
const md5Shifts: readonly number[] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function md5Digest(data: Uint8Array): Uint8Array {
  const padded = padToBlocks(data, true);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const words = new Array<number>(16);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) words[i] = view.getUint32(block + 4 * i, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let mixed: number;
      let wordIndex: number;
      if (i < 16) {
        mixed = (b & c) | (~b & d);
        wordIndex = i;
      } else if (i < 32) {
        mixed = (d & b) | (~d & c);
        wordIndex = (5 * i + 1) % 16;
      } else if (i < 48) {
        mixed = b ^ c ^ d;
        wordIndex = (3 * i + 5) % 16;
      } else {
        mixed = c ^ (b | ~d);
        wordIndex = (7 * i) % 16;
      }
      const shift = md5Shifts[(i >> 4) * 4 + (i & 3)] ?? 0;
      const sum = (a + mixed + (md5SineTable[i] ?? 0) + (words[wordIndex] ?? 0)) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotateLeft(sum, shift)) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  return wordsToBytes([a0, b0, c0, d0], true);
}

/**
 * MD5 (RFC 1321). STUN uses it only to derive the long-term credential key
 * (RFC 8489 §9.2.2).
 *
 * @param data - the message
 * @returns the 16-byte digest
 * @example toHex(md5(utf8Encode('abc'))) // '900150983cd24fb0d6963f7d28e17f72'
 */
export const md5: HashFunction = Object.assign(md5Digest, { blockSize: 64 });

function sha1Digest(data: Uint8Array): Uint8Array {
  const padded = padToBlocks(data, false);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const schedule = new Array<number>(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = view.getUint32(block + 4 * t, false);
    for (let t = 16; t < 80; t++) {
      const mixed = (schedule[t - 3] ?? 0) ^ (schedule[t - 8] ?? 0) ^ (schedule[t - 14] ?? 0) ^ (schedule[t - 16] ?? 0);
      schedule[t] = rotateLeft(mixed, 1);
    }
    let [a, b, c, d, e] = state as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const temp = (rotateLeft(a, 5) + f + e + k + (schedule[t] ?? 0)) >>> 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    state[0] = ((state[0] ?? 0) + a) >>> 0;
    state[1] = ((state[1] ?? 0) + b) >>> 0;
    state[2] = ((state[2] ?? 0) + c) >>> 0;
    state[3] = ((state[3] ?? 0) + d) >>> 0;
    state[4] = ((state[4] ?? 0) + e) >>> 0;
  }
  return wordsToBytes(state, false);
}

/**
 * SHA-1 (FIPS 180-4 §6.1), the hash inside MESSAGE-INTEGRITY's HMAC
 * (RFC 8489 §14.5).
 *
 * @param data - the message
 * @returns the 20-byte digest
 */
export const sha1: HashFunction = Object.assign(sha1Digest, { blockSize: 64 });

/** The first `count` primes, for the SHA-256 constants. */
function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((p) => candidate % p !== 0)) primes.push(candidate);
  }
  return primes;
}

/** First 32 bits of the fractional part of a positive real number. */
function fractionBits(x: number): number {
  return Math.floor((x - Math.floor(x)) * 0x100000000) >>> 0;
}

// FIPS 180-4 §4.2.2 and §5.3.3: fractional parts of cube roots of the first
// 64 primes, and of square roots of the first 8 primes.
const sha256Primes = firstPrimes(64);
const sha256RoundConstants: readonly number[] = sha256Primes.map((p) => fractionBits(Math.cbrt(p)));
const sha256InitialState: readonly number[] = sha256Primes.slice(0, 8).map((p) => fractionBits(Math.sqrt(p)));

function sha256Digest(data: Uint8Array): Uint8Array {
  const padded = padToBlocks(data, false);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  const state = [...sha256InitialState];
  const schedule = new Array<number>(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = view.getUint32(block + 4 * t, false);
    for (let t = 16; t < 64; t++) {
      const w15 = schedule[t - 15] ?? 0;
      const w2 = schedule[t - 2] ?? 0;
      const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
      const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
      schedule[t] = ((schedule[t - 16] ?? 0) + sigma0 + (schedule[t - 7] ?? 0) + sigma1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = state as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      const choose = (e & f) ^ (~e & g);
      const temp1 = (h + bigSigma1 + choose + (sha256RoundConstants[t] ?? 0) + (schedule[t] ?? 0)) >>> 0;
      const bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const temp2 = (bigSigma0 + majority) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + temp1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) >>> 0;
    }
    const working = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) state[i] = ((state[i] ?? 0) + (working[i] ?? 0)) >>> 0;
  }
  return wordsToBytes(state, false);
}

/**
 * SHA-256 (FIPS 180-4 §6.2), the hash inside MESSAGE-INTEGRITY-SHA256's
 * HMAC (RFC 8489 §14.6).
 *
 * @param data - the message
 * @returns the 32-byte digest
 */
export const sha256: HashFunction = Object.assign(sha256Digest, { blockSize: 64 });

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
  const blockKey = new Uint8Array(hash.blockSize);
  blockKey.set(key.length > hash.blockSize ? hash(key) : key);
  const inner = new Uint8Array(hash.blockSize + data.length);
  const outerPad = new Uint8Array(hash.blockSize);
  for (let i = 0; i < hash.blockSize; i++) {
    const keyByte = blockKey[i] ?? 0;
    inner[i] = keyByte ^ 0x36;
    outerPad[i] = keyByte ^ 0x5c;
  }
  inner.set(data, hash.blockSize);
  const innerDigest = hash(inner);
  const outer = new Uint8Array(hash.blockSize + innerDigest.length);
  outer.set(outerPad);
  outer.set(innerDigest, hash.blockSize);
  return hash(outer);
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
