import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StunClass } from '../../../src/lib/stun/constants.ts';
import { STUN_CLASSES, STUN_METHODS } from '../../../src/lib/stun/constants.ts';
import { composeMessageType, messageTypeBits, splitMessageType } from '../../../src/lib/stun/messageType.ts';

describe('message type (RFC 8489 §5)', () => {
  const known: [number, StunClass, number][] = [
    [0x0001, 'request', 0x001],
    [0x0011, 'indication', 0x001],
    [0x0101, 'success-response', 0x001],
    [0x0111, 'error-response', 0x001],
    [0x0003, 'request', 0x003],
    [0x0113, 'error-response', 0x003],
    [0x0016, 'indication', 0x006],
    [0x0017, 'indication', 0x007],
    [0x0109, 'success-response', 0x009],
    [0x3eef, 'request', 0xfff],
    [0x3fff, 'error-response', 0xfff],
  ];
  for (const [type, messageClass, method] of known) {
    test(`0x${type.toString(16).padStart(4, '0')} is ${messageClass} of method 0x${method.toString(16)}`, () => {
      assert.deepEqual(splitMessageType(type), { messageClass, method });
      assert.equal(composeMessageType(messageClass, method), type);
    });
  }
  test('compose and split are inverse for every class and known method', () => {
    for (const messageClass of STUN_CLASSES) {
      for (const { value } of STUN_METHODS) {
        assert.deepEqual(splitMessageType(composeMessageType(messageClass, value)), { messageClass, method: value });
      }
    }
  });
  test('messageTypeBits labels the interleaved bits of a Binding success response', () => {
    const bits = messageTypeBits(0x0101);
    assert.equal(bits.length, 16);
    assert.deepEqual(
      bits.map((b) => b.label),
      ['0', '0', 'M11', 'M10', 'M9', 'M8', 'M7', 'C1', 'M6', 'M5', 'M4', 'C0', 'M3', 'M2', 'M1', 'M0'],
    );
    assert.deepEqual(
      bits.filter((b) => b.value === 1).map((b) => b.label),
      ['C1', 'M0'],
    );
    assert.equal(bits.filter((b) => b.role === 'class').length, 2);
  });
});
