import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBindingResponse } from '../../../src/lib/stun/bindingResponse.ts';
import { decodeStun } from '../../../src/lib/stun/decode.ts';
import type { AttributeDescription, StunMessageDescription } from '../../../src/lib/stun/encode.ts';
import { describeStun, encodeStun } from '../../../src/lib/stun/encode.ts';
import { verifyStun } from '../../../src/lib/stun/integrity.ts';
import { assertBytes, hex, unwrap, unwrapError, vector, vectorBytes } from './fixtures.ts';

const rfcTransactionId = hex('b7 e7 a7 01 bc 34 d6 86 fa 87 df ae');
const spaces = (n: number) => new Uint8Array(n).fill(0x20);

function request(attributes: readonly AttributeDescription[]): StunMessageDescription {
  return { messageClass: 'request', method: 'Binding', transactionId: rfcTransactionId, attributes };
}

describe('encodeStun builds the RFC 5769 vectors from descriptions', () => {
  test('§2.1: computes length, MESSAGE-INTEGRITY and FINGERPRINT exactly as the RFC', () => {
    const bytes = encodeStun(
      request([
        { type: 'SOFTWARE', text: 'STUN test client' },
        { type: 'PRIORITY', value: 0x6e0001ff },
        { type: 'ICE-CONTROLLED', tieBreaker: 0x932ff9b151263b36n },
        { type: 'USERNAME', text: 'evtj:h6vY', padding: spaces(3) },
        { type: 'MESSAGE-INTEGRITY' },
        { type: 'FINGERPRINT' },
      ]),
      { credentials: vector('2.1').credentials },
    );
    assertBytes(unwrap(bytes), vectorBytes('2.1'));
  });
  test('§2.2: XORs 192.0.2.1:32853 into XOR-MAPPED-ADDRESS', () => {
    const bytes = encodeStun(
      {
        messageClass: 'success-response',
        method: 'Binding',
        transactionId: rfcTransactionId,
        attributes: [
          { type: 'SOFTWARE', text: 'test vector', padding: spaces(1) },
          { type: 'XOR-MAPPED-ADDRESS', address: '192.0.2.1', port: 32853 },
          { type: 'MESSAGE-INTEGRITY' },
          { type: 'FINGERPRINT' },
        ],
      },
      { credentials: vector('2.2').credentials },
    );
    assertBytes(unwrap(bytes), vectorBytes('2.2'));
  });
  test('§2.3: XORs an IPv6 address with cookie and transaction ID', () => {
    const bytes = encodeStun(
      {
        messageClass: 'success-response',
        method: 0x001,
        transactionId: rfcTransactionId,
        attributes: [
          { type: 'SOFTWARE', text: 'test vector', padding: spaces(1) },
          { type: 'XOR-MAPPED-ADDRESS', address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
          { type: 'MESSAGE-INTEGRITY' },
          { type: 'FINGERPRINT' },
        ],
      },
      { credentials: vector('2.3').credentials },
    );
    assertBytes(unwrap(bytes), vectorBytes('2.3'));
  });
  test('§2.4: keys MESSAGE-INTEGRITY with MD5(username:realm:SASLprep(password))', () => {
    const bytes = encodeStun(
      {
        messageClass: 'request',
        method: 'Binding',
        transactionId: hex('78 ad 34 33 c6 ad 72 c0 29 da 41 2e'),
        attributes: [
          { type: 'USERNAME', text: '\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9' },
          { type: 'NONCE', text: 'f//499k954d6OL34oL9FSTvy64sA' },
          { type: 'REALM', text: 'example.org' },
          { type: 'MESSAGE-INTEGRITY' },
        ],
      },
      { credentials: vector('2.4').credentials },
    );
    assertBytes(unwrap(bytes), vectorBytes('2.4'));
  });
});

describe('encodeStun: every attribute format', () => {
  const all: AttributeDescription[] = [
    { type: 'MAPPED-ADDRESS', address: '198.51.100.7', port: 3478 },
    { type: 'ALTERNATE-SERVER', address: '2001:db8::3478', port: 3478 },
    { type: 'XOR-PEER-ADDRESS', address: '192.0.2.150', port: 61234 },
    { type: 'XOR-RELAYED-ADDRESS', address: '2001:db8::1', port: 49583 },
    { type: 'ERROR-CODE', code: 420, reason: 'Unknown Attribute' },
    { type: 'UNKNOWN-ATTRIBUTES', types: [0x0030, 0x7001, 0x0031] },
    { type: 'LIFETIME', value: 600 },
    { type: 'ICE-CONTROLLING', tieBreaker: 0xffffffffffffffffn },
    { type: 'USE-CANDIDATE' },
    { type: 'DONT-FRAGMENT' },
    { type: 'CHANNEL-NUMBER', channel: 0x4fff },
    { type: 'REQUESTED-TRANSPORT', protocol: 17 },
    { type: 'DATA', data: Uint8Array.of(1, 2, 3, 4, 5) },
    { type: 0xc057, value: Uint8Array.of(0, 1, 0, 0x0a) },
    { type: 'MESSAGE-INTEGRITY-SHA256', length: 16 },
  ];
  const bytes = unwrap(encodeStun(request(all), { credentials: { mechanism: 'short-term', password: 'pw' } }));
  const message = unwrap(decodeStun(bytes));

  test('decodes back to the same values', () => {
    const values = message.attributes.map((a) => a.decoded);
    assert.deepEqual(
      values.map((v) => v.kind),
      [
        'address',
        'address',
        'xor-address',
        'xor-address',
        'error-code',
        'attribute-list',
        'uint32',
        'tie-breaker',
        'flag',
        'flag',
        'channel-number',
        'requested-transport',
        'bytes',
        'unknown',
        'hmac-sha256',
      ],
    );
    const [mapped, alternate, peer, relayed, error, unknown] = values;
    assert.ok(mapped?.kind === 'address' && mapped.address.value === '198.51.100.7' && mapped.port.value === 3478);
    assert.ok(alternate?.kind === 'address' && alternate.address.value === '2001:db8::3478');
    assert.ok(peer?.kind === 'xor-address' && peer.address.value === '192.0.2.150' && peer.port.value === 61234);
    assert.ok(relayed?.kind === 'xor-address' && relayed.address.value === '2001:db8::1');
    assert.ok(error?.kind === 'error-code' && error.code === 420 && error.reason.value === 'Unknown Attribute');
    assert.ok(unknown?.kind === 'attribute-list');
    assert.deepEqual(
      unknown.types.map((t) => t.value),
      [0x0030, 0x7001, 0x0031],
    );
  });
  test('encodes ERROR-CODE 420 as class 4, number 20', () => {
    const error = message.attributes[4];
    assert.ok(error);
    assertBytes(error.value.value.subarray(0, 4), hex('00 00 04 14'));
  });
  test('keeps an unknown comprehension-optional attribute and marks it', () => {
    const unknown = message.attributes[13];
    assert.ok(unknown);
    assert.equal(unknown.name, undefined);
    assert.equal(unknown.slug, 'unknown-0xc057');
    assert.equal(unknown.comprehensionRequired, false);
  });
  test('computes a truncated MESSAGE-INTEGRITY-SHA256 that verifies', () => {
    const report = verifyStun(message, { mechanism: 'short-term', password: 'pw' });
    assert.equal(report.messageIntegritySha256.status, 'valid');
    assert.equal(report.messageIntegritySha256.actual?.length, 16);
  });
  test('round-trips through describeStun', () => {
    assertBytes(unwrap(encodeStun(describeStun(message))), bytes);
  });
});

describe('describeStun', () => {
  test('describes known attributes by their fields so a UI can edit them', () => {
    const description = describeStun(unwrap(decodeStun(vectorBytes('2.2'))));
    assert.deepEqual(description.attributes[1], { type: 'XOR-MAPPED-ADDRESS', address: '192.0.2.1', port: 32853 });
    assert.equal(description.method, 'Binding');
    assert.equal(description.messageClass, 'success-response');
  });
  test('keeps non-zero padding', () => {
    const description = describeStun(unwrap(decodeStun(vectorBytes('2.2'))));
    assert.deepEqual(description.attributes[0], { type: 'SOFTWARE', text: 'test vector', padding: spaces(1) });
  });
  test('falls back to the raw value when non-zero reserved bits would be lost', () => {
    const bytes = unwrap(encodeStun(request([{ type: 'REQUESTED-TRANSPORT', protocol: 17 }])));
    bytes[25] = 0xff; // an RFFU byte of REQUESTED-TRANSPORT
    const description = describeStun(unwrap(decodeStun(bytes)));
    assert.deepEqual(description.attributes[0], { type: 0x0019, value: Uint8Array.of(17, 0xff, 0, 0) });
    assertBytes(unwrap(encodeStun(description)), bytes);
  });
  test('falls back to the raw value for text that is not UTF-8', () => {
    const bytes = unwrap(encodeStun(request([{ type: 0x8022, value: Uint8Array.of(0xff, 0xfe) }])));
    const message = unwrap(decodeStun(bytes));
    assert.equal(message.notes[0]?.code, 'text-not-utf8');
    assert.deepEqual(describeStun(message).attributes[0], { type: 0x8022, value: Uint8Array.of(0xff, 0xfe) });
  });
});

describe('encodeStun errors name the attribute at fault', () => {
  const cases: [string, StunMessageDescription, string, number | undefined][] = [
    [
      'a transaction ID of the wrong length',
      { ...request([]), transactionId: new Uint8Array(8) },
      'encode-bad-transaction-id',
      undefined,
    ],
    ['an unknown method name', { ...request([]), method: 'Publish' as 'Binding' }, 'encode-unknown-method', undefined],
    ['a method number over 12 bits', { ...request([]), method: 0x1000 }, 'encode-method-out-of-range', undefined],
    ['an unknown class', { ...request([]), messageClass: 'reply' as 'request' }, 'encode-bad-class', undefined],
    [
      'an address that is not IP',
      request([{ type: 'XOR-MAPPED-ADDRESS', address: 'stun.example.org', port: 3478 }]),
      'encode-bad-address',
      0,
    ],
    [
      'a port out of range',
      request([{ type: 'MAPPED-ADDRESS', address: '192.0.2.1', port: 65536 }]),
      'encode-bad-port',
      0,
    ],
    ['a priority over 32 bits', request([{ type: 'PRIORITY', value: 2 ** 32 }]), 'encode-bad-number', 0],
    ['a negative tie-breaker', request([{ type: 'ICE-CONTROLLED', tieBreaker: -1n }]), 'encode-bad-number', 0],
    ['an error code below 300', request([{ type: 'ERROR-CODE', code: 299, reason: 'x' }]), 'encode-bad-error-code', 0],
    [
      'a channel number below 0x4000',
      request([{ type: 'CHANNEL-NUMBER', channel: 0x3fff }]),
      'encode-bad-channel-number',
      0,
    ],
    [
      'padding of the wrong length',
      request([{ type: 'SOFTWARE', text: 'abc', padding: spaces(2) }]),
      'encode-bad-padding',
      0,
    ],
    [
      'a MESSAGE-INTEGRITY to compute without credentials',
      request([{ type: 'SOFTWARE', text: 'x' }, { type: 'MESSAGE-INTEGRITY' }]),
      'encode-missing-credentials',
      1,
    ],
    [
      'a MESSAGE-INTEGRITY value of 16 bytes',
      request([{ type: 'MESSAGE-INTEGRITY', hmac: new Uint8Array(16) }]),
      'encode-bad-integrity-length',
      0,
    ],
    ['a USERNAME of 509 bytes', request([{ type: 'USERNAME', text: 'u'.repeat(509) }]), 'encode-value-too-long', 0],
    [
      'an attribute type over 16 bits',
      request([{ type: 0x10000, value: new Uint8Array(0) }]),
      'encode-bad-attribute-type',
      0,
    ],
    [
      'a message over 65535 bytes',
      request([
        { type: 'DATA', data: new Uint8Array(40000) },
        { type: 'DATA', data: new Uint8Array(40000) },
      ]),
      'encode-message-too-long',
      1,
    ],
  ];
  for (const [name, description, code, attributeIndex] of cases) {
    test(`rejects ${name} with ${code}`, () => {
      const error = unwrapError(encodeStun(description));
      assert.equal(error.code, code);
      assert.equal(error.attributeIndex, attributeIndex);
      assert.doesNotMatch(error.message, /\{\w+\}/);
    });
  }
});

describe('buildBindingResponse', () => {
  test('builds what a server would answer 203.0.113.9:40000, with a valid FINGERPRINT', () => {
    const transactionId = hex('01 02 03 04 05 06 07 08 09 0a 0b 0c');
    const message = unwrap(
      decodeStun(unwrap(buildBindingResponse({ address: '203.0.113.9', port: 40000, transactionId }))),
    );
    assert.equal(message.header.messageClass, 'success-response');
    assert.equal(message.header.methodName, 'Binding');
    assertBytes(message.header.transactionId.value, transactionId);
    assert.deepEqual(
      message.attributes.map((a) => a.name),
      ['XOR-MAPPED-ADDRESS', 'FINGERPRINT'],
    );
    const mapped = message.attributes[0]?.decoded;
    assert.ok(mapped?.kind === 'xor-address');
    assert.equal(mapped.address.value, '203.0.113.9');
    assert.equal(mapped.port.value, 40000);
    assert.equal(verifyStun(message).fingerprint.status, 'valid');
  });
  test('reproduces the RFC 5769 §2.3 address part for an IPv6 client', () => {
    const bytes = unwrap(
      buildBindingResponse({
        address: '2001:db8:1234:5678:11:2233:4455:6677',
        port: 32853,
        transactionId: rfcTransactionId,
      }),
    );
    assertBytes(bytes.subarray(20, 44), vectorBytes('2.3').subarray(36, 60));
  });
  test('adds SOFTWARE first when given', () => {
    const message = unwrap(
      decodeStun(unwrap(buildBindingResponse({ address: '192.0.2.1', port: 1, software: 'demo' }))),
    );
    assert.equal(message.attributes[0]?.name, 'SOFTWARE');
  });
  test('picks a fresh random transaction ID when none is given', () => {
    const a = unwrap(buildBindingResponse({ address: '192.0.2.1', port: 1 }));
    const b = unwrap(buildBindingResponse({ address: '192.0.2.1', port: 1 }));
    assert.notDeepEqual(a.subarray(8, 20), b.subarray(8, 20));
  });
  test('rejects a host name', () => {
    assert.equal(unwrapError(buildBindingResponse({ address: 'example.org', port: 1 })).code, 'encode-bad-address');
  });
});
