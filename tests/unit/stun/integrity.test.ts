import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeStun } from '../../../src/lib/stun/decode.ts';
import type { AttributeDescription } from '../../../src/lib/stun/encode.ts';
import { encodeStun } from '../../../src/lib/stun/encode.ts';
import type { StunCredentials } from '../../../src/lib/stun/integrity.ts';
import { integrityKey, signedBytes, verifyStun } from '../../../src/lib/stun/integrity.ts';
import { isFieldExplanationId } from '../../../src/lib/stun/messages.ts';
import type { StunMessage } from '../../../src/lib/stun/types.ts';
import { assertBytes, hex, unwrap } from './fixtures.ts';

const credentials: StunCredentials = {
  mechanism: 'long-term',
  username: 'alice',
  realm: 'example.org',
  password: 'pw',
};

function signedMessage(attributes: readonly AttributeDescription[]): StunMessage {
  const bytes = encodeStun(
    {
      messageClass: 'request',
      method: 'Allocate',
      transactionId: hex('00 11 22 33 44 55 66 77 88 99 aa bb'),
      attributes,
    },
    { credentials },
  );
  return unwrap(decodeStun(unwrap(bytes)));
}

describe('MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6)', () => {
  const both = signedMessage([
    { type: 'USERNAME', text: 'alice' },
    { type: 'MESSAGE-INTEGRITY' },
    { type: 'MESSAGE-INTEGRITY-SHA256' },
    { type: 'FINGERPRINT' },
  ]);

  test('MESSAGE-INTEGRITY, then MESSAGE-INTEGRITY-SHA256, then FINGERPRINT all check out', () => {
    const report = verifyStun(both, credentials);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.messageIntegritySha256.status, 'valid');
    assert.equal(report.messageIntegritySha256.actual?.length, 32);
    assert.equal(report.fingerprint.status, 'valid');
    assert.equal(report.order.status, 'valid');
  });
  test('the SHA-256 HMAC covers MESSAGE-INTEGRITY, with the length set to end after itself', () => {
    const report = verifyStun(both, credentials);
    const signed = report.messageIntegritySha256.signedBytes;
    assert.ok(signed);
    assert.equal(signed.length, 20 + 12 + 24);
    assert.equal((signed[2] ?? 0) * 256 + (signed[3] ?? 0), 12 + 24 + 36);
  });
  test('a wrong password fails both integrity checks but not the fingerprint', () => {
    const report = verifyStun(both, { ...credentials, password: 'nope' });
    assert.deepEqual(
      report.failures.map((f) => f.code),
      ['integrity-mismatch', 'integrity-sha256-mismatch'],
    );
  });
  test('MESSAGE-INTEGRITY after MESSAGE-INTEGRITY-SHA256 is reported as out of order', () => {
    const reversed = signedMessage([{ type: 'MESSAGE-INTEGRITY-SHA256' }, { type: 'MESSAGE-INTEGRITY' }]);
    const report = verifyStun(reversed, credentials);
    assert.equal(report.order.code, 'attribute-after-integrity-sha256');
    assert.equal(report.order.offset, 20 + 36);
  });
  test('signedBytes rewrites only the length field', () => {
    const signed = signedBytes(both.bytes, 32, 24);
    assertBytes(signed.subarray(4), both.bytes.subarray(4, 32));
    assertBytes(signed.subarray(0, 4), Uint8Array.of(both.bytes[0] ?? 0, both.bytes[1] ?? 0, 0, 36));
  });
  test('a raw key gives the same result as the credentials it came from', () => {
    const report = verifyStun(both, { mechanism: 'key', key: integrityKey(credentials) });
    assert.equal(report.passed, true);
  });
});

describe('isFieldExplanationId', () => {
  test('accepts an id from a URL fragment and rejects anything else', () => {
    assert.equal(isFieldExplanationId('xor-port'), true);
    assert.equal(isFieldExplanationId('toString'), false);
    assert.equal(isFieldExplanationId('attr-2-xor-mapped-address-port'), false);
  });
});
