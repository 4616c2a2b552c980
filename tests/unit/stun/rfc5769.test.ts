import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { encodeStun } from '../../../src/lib/stun/encode.ts';
import { integrityKey, verifyStun } from '../../../src/lib/stun/integrity.ts';
import { md5 } from '../../../src/lib/stun/crypto.ts';
import { utf8Encode } from '../../../src/lib/stun/bytes.ts';
import { RFC5769_VECTORS } from '../../../src/lib/stun/rfc5769.ts';
import type { AttributeValue, StunMessage } from '../../../src/lib/stun/types.ts';
import { assertBytes, decodedVector, hex, unwrap, vector, vectorBytes } from './fixtures.ts';

/** The decoded value of the first attribute with this name, narrowed to one kind. */
function valueOf<K extends AttributeValue['kind']>(
  message: StunMessage,
  name: string,
  kind: K,
): Extract<AttributeValue, { kind: K }> {
  const attribute = message.attributes.find((a) => a.name === name);
  assert.ok(attribute, `no ${name} attribute`);
  assert.equal(attribute.decoded.kind, kind);
  return attribute.decoded as Extract<AttributeValue, { kind: K }>;
}

describe('RFC 5769 §2.1 sample request', () => {
  const message = decodedVector('2.1');

  test('is a Binding request with the documented transaction ID', () => {
    assert.equal(message.header.messageClass, 'request');
    assert.equal(message.header.methodName, 'Binding');
    assert.equal(message.header.type.value, 0x0001);
    assert.equal(message.header.length.value, 0x58);
    assertBytes(message.header.transactionId.value, hex('b7 e7 a7 01 bc 34 d6 86 fa 87 df ae'));
  });
  test('has SOFTWARE, PRIORITY, ICE-CONTROLLED, USERNAME, MESSAGE-INTEGRITY and FINGERPRINT in that order', () => {
    assert.deepEqual(
      message.attributes.map((a) => a.name),
      ['SOFTWARE', 'PRIORITY', 'ICE-CONTROLLED', 'USERNAME', 'MESSAGE-INTEGRITY', 'FINGERPRINT'],
    );
  });
  test('decodes SOFTWARE "STUN test client", USERNAME "evtj:h6vY", PRIORITY and the tie-breaker', () => {
    assert.equal(valueOf(message, 'SOFTWARE', 'text').text.value, 'STUN test client');
    assert.equal(valueOf(message, 'USERNAME', 'text').text.value, 'evtj:h6vY');
    assert.equal(valueOf(message, 'PRIORITY', 'uint32').number.value, 0x6e0001ff);
    assert.equal(valueOf(message, 'ICE-CONTROLLED', 'tie-breaker').tieBreaker.value, 0x932ff9b151263b36n);
  });
  test("keeps USERNAME's padding bytes, which the RFC sets to spaces", () => {
    const username = message.attributes.find((a) => a.name === 'USERNAME');
    assert.ok(username);
    assert.deepEqual(username.padding.span, { offset: 73, length: 3 });
    assertBytes(username.padding.value, hex('20 20 20'));
    assert.ok(message.notes.some((n) => n.code === 'padding-not-zero' && n.offset === 73));
  });
  test('gives every attribute its byte span', () => {
    assert.deepEqual(
      message.attributes.map((a) => [a.span.offset, a.span.length]),
      [
        [20, 20],
        [40, 8],
        [48, 12],
        [60, 16],
        [76, 24],
        [100, 8],
      ],
    );
  });
  test('checks out with the short-term password', () => {
    const report = verifyStun(message, vector('2.1').credentials);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.messageIntegrity.offset, 80);
    assert.equal(report.fingerprint.status, 'valid');
    assert.equal(report.fingerprint.offset, 104);
    assert.equal(report.passed, true);
  });
  test('computes the HMAC over the message up to MESSAGE-INTEGRITY with the length set to 0x50', () => {
    const report = verifyStun(message, vector('2.1').credentials);
    const signed = report.messageIntegrity.signedBytes;
    assert.ok(signed);
    assert.equal(signed.length, 76);
    assertBytes(signed.subarray(0, 4), hex('00 01 00 50'));
  });
});

describe('RFC 5769 §2.2 sample IPv4 response', () => {
  const message = decodedVector('2.2');
  const mapped = valueOf(message, 'XOR-MAPPED-ADDRESS', 'xor-address');

  test('is a Binding success response from "test vector"', () => {
    assert.equal(message.header.messageClass, 'success-response');
    assert.equal(message.header.methodName, 'Binding');
    assert.equal(valueOf(message, 'SOFTWARE', 'text').text.value, 'test vector');
  });
  test('maps to 192.0.2.1 port 32853', () => {
    assert.equal(mapped.family.value, 'IPv4');
    assert.equal(mapped.address.value, '192.0.2.1');
    assert.equal(mapped.port.value, 32853);
  });
  test('shows the port XOR step: a1 47 XOR 21 12 (top of the cookie) = 80 55', () => {
    const step = mapped.port.xor;
    assertBytes(step.raw, hex('a1 47'));
    assertBytes(step.key, hex('21 12'));
    assertBytes(step.result, hex('80 55'));
    assert.deepEqual(step.rawSpan, { offset: 42, length: 2 });
    assert.deepEqual(step.keySpans, [{ offset: 4, length: 2 }]);
  });
  test('shows the address XOR step: e1 12 a6 43 XOR the cookie = c0 00 02 01', () => {
    const step = mapped.address.xor;
    assertBytes(step.raw, hex('e1 12 a6 43'));
    assertBytes(step.key, hex('21 12 a4 42'));
    assertBytes(step.result, hex('c0 00 02 01'));
    assert.deepEqual(step.keySpans, [{ offset: 4, length: 4 }]);
  });
  test('checks out with the short-term password', () => {
    const report = verifyStun(message, vector('2.2').credentials);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.fingerprint.status, 'valid');
  });
});

describe('RFC 5769 §2.3 sample IPv6 response', () => {
  const message = decodedVector('2.3');
  const mapped = valueOf(message, 'XOR-MAPPED-ADDRESS', 'xor-address');

  test('maps to 2001:db8:1234:5678:11:2233:4455:6677 port 32853', () => {
    assert.equal(mapped.family.value, 'IPv6');
    assert.equal(mapped.address.value, '2001:db8:1234:5678:11:2233:4455:6677');
    assert.equal(mapped.port.value, 32853);
  });
  test('XORs the address with the cookie followed by the transaction ID', () => {
    const step = mapped.address.xor;
    assertBytes(step.key, hex('21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae'));
    assert.deepEqual(step.keySpans, [
      { offset: 4, length: 4 },
      { offset: 8, length: 12 },
    ]);
    assertBytes(step.result, hex('20 01 0d b8 12 34 56 78 00 11 22 33 44 55 66 77'));
  });
  test('checks out with the short-term password', () => {
    const report = verifyStun(message, vector('2.3').credentials);
    assert.equal(report.passed, true);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.fingerprint.status, 'valid');
  });
});

describe('RFC 5769 §2.4 sample request with long-term authentication', () => {
  const message = decodedVector('2.4');

  test('carries the katakana username, nonce and realm', () => {
    assert.equal(valueOf(message, 'USERNAME', 'text').text.value, '\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9');
    assert.equal(valueOf(message, 'NONCE', 'text').text.value, 'f//499k954d6OL34oL9FSTvy64sA');
    assert.equal(valueOf(message, 'REALM', 'text').text.value, 'example.org');
    assert.deepEqual(message.notes, []);
  });
  test('derives the key MD5("マトリックス:example.org:TheMatrIX") after SASLprep of the password', () => {
    const expected = md5(utf8Encode('\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9:example.org:TheMatrIX'));
    assertBytes(integrityKey(vector('2.4').credentials), expected);
  });
  test('checks out with the long-term credentials, and has no FINGERPRINT', () => {
    const report = verifyStun(message, vector('2.4').credentials);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.fingerprint.status, 'absent');
    assert.equal(report.passed, true);
  });
  test('checks out too when the password is given already prepared', () => {
    const credentials = { ...vector('2.4').credentials, password: 'TheMatrIX' } as const;
    assert.equal(verifyStun(message, credentials).messageIntegrity.status, 'valid');
  });
  test('does not check out with the password used unprepared as a short-term key', () => {
    const report = verifyStun(message, { mechanism: 'key', key: utf8Encode('The\u00ADM\u00AAtr\u2168') });
    assert.equal(report.messageIntegrity.status, 'invalid');
  });
});

describe('RFC 5769 vectors round-trip', () => {
  for (const v of RFC5769_VECTORS) {
    test(`encodeStun(decodeStun(x)) gives back §${v.section} byte for byte`, () => {
      const bytes = vectorBytes(v.section);
      assertBytes(unwrap(encodeStun(decodedVector(v.section))), bytes);
    });
  }
});
