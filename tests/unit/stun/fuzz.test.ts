import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeChannelData } from '../../../src/lib/stun/channelData.ts';
import { encodeStun } from '../../../src/lib/stun/encode.ts';
import { parseHex } from '../../../src/lib/stun/hex.ts';
import { verifyStun } from '../../../src/lib/stun/integrity.ts';
import { decodePacket } from '../../../src/lib/stun/packet.ts';
import { byteRegions } from '../../../src/lib/stun/regions.ts';
import { assertBytes, unwrap } from './fixtures.ts';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** A STUN header followed by random attributes whose lengths fit, as a decoder sees on a busy port. */
function plausibleStun(next: () => number): Uint8Array {
  const body: number[] = [];
  const count = next() % 6;
  for (let i = 0; i < count; i++) {
    const type =
      next() % 4 === 0
        ? next() & 0xffff
        : ([
            0x0001, 0x0006, 0x0008, 0x0009, 0x000a, 0x000c, 0x000d, 0x0012, 0x0013, 0x0016, 0x0019, 0x001a, 0x001c,
            0x0020, 0x0024, 0x0025, 0x8022, 0x8023, 0x8028, 0x8029, 0x802a,
          ][next() % 21] ?? 0);
    const length = next() % 24;
    body.push(type >> 8, type & 0xff, 0, length);
    for (let j = 0; j < length + ((4 - (length % 4)) % 4); j++) body.push(next() & 0xff);
  }
  const bytes = Uint8Array.from([
    0,
    1,
    body.length >> 8,
    body.length & 0xff,
    0x21,
    0x12,
    0xa4,
    0x42,
    ...new Array(12).fill(7),
    ...body,
  ]);
  bytes[1] = next() & 0xff;
  return bytes;
}

describe('bad input never throws', () => {
  test('2000 random byte strings decode or fail with an offset inside the input', () => {
    const next = random(1);
    for (let i = 0; i < 2000; i++) {
      const bytes = Uint8Array.from({ length: next() % 64 }, () => next() & 0xff);
      if (i % 2 === 0 && bytes.length > 0) bytes[0] = (bytes[0] ?? 0) & 0x4f;
      const result = decodePacket(bytes);
      if (!result.ok) {
        assert.ok(result.error.offset >= 0 && result.error.offset <= bytes.length, result.error.code);
      } else {
        byteRegions(result.value);
      }
      decodeChannelData(bytes);
    }
  });
  test('2000 plausible STUN messages with random attributes decode, verify and re-encode exactly', () => {
    const next = random(2);
    for (let i = 0; i < 2000; i++) {
      const bytes = plausibleStun(next);
      const message = unwrap(decodePacket(bytes));
      assert.ok(message.kind === 'stun');
      const report = verifyStun(message, { mechanism: 'short-term', password: 'x' });
      for (const check of [report.messageIntegrity, report.messageIntegritySha256, report.fingerprint, report.order]) {
        assert.doesNotMatch(check.message, /\{\w+\}/, check.code);
      }
      for (const found of message.notes) assert.doesNotMatch(found.message, /\{\w+\}/, found.code);
      const regions = byteRegions(message, i % 2 ? 'ja' : 'en');
      assert.equal(regions.at(-1)?.end, bytes.length);
      assertBytes(unwrap(encodeStun(message)), bytes);
    }
  });
  test('2000 random strings of hex-dump characters parse or fail with a position inside the text', () => {
    const next = random(3);
    const alphabet = '0123456789abcdefABCDEFxX:|,. \n\t*-g';
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: next() % 80 }, () => alphabet[next() % alphabet.length]).join('');
      const result = parseHex(i % 3 === 0 ? `00000000  ${text}` : text);
      if (!result.ok) assert.ok(result.error.position >= 0 && result.error.position <= text.length + 10);
    }
  });
});
