import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeStun } from '../../../src/lib/stun/decode.ts';
import { encodeStun } from '../../../src/lib/stun/encode.ts';
import { verifyStun } from '../../../src/lib/stun/integrity.ts';
import { decodedVector, unwrap, unwrapError, vector, vectorBytes } from './fixtures.ts';

/** A copy of an RFC 5769 vector with some bytes changed. */
function corrupt(section: string, change: (bytes: Uint8Array) => void): Uint8Array {
  const bytes = vectorBytes(section);
  change(bytes);
  return bytes;
}

/** Asserts that decoding fails with this code at this offset, with a complete message. */
function assertDecodeError(bytes: Uint8Array, code: string, offset: number): void {
  const error = unwrapError(decodeStun(bytes));
  assert.equal(error.code, code);
  assert.equal(error.offset, offset);
  assert.doesNotMatch(error.message, /\{\w+\}/, 'every placeholder is filled');
}

// Layout of §2.1: header 0–19; SOFTWARE 20; PRIORITY 40; ICE-CONTROLLED 48;
// USERNAME 60; MESSAGE-INTEGRITY 76 (value 80–99); FINGERPRINT 100 (value 104–107).

describe('corrupted RFC 5769 messages: integrity and fingerprint', () => {
  test('a flipped byte in MESSAGE-INTEGRITY fails the integrity check at offset 80, and the fingerprint too', () => {
    const message = unwrap(decodeStun(corrupt('2.1', (b) => (b[85] = (b[85] ?? 0) ^ 0x01))));
    const report = verifyStun(message, vector('2.1').credentials);
    assert.equal(report.passed, false);
    assert.equal(report.messageIntegrity.code, 'integrity-mismatch');
    assert.equal(report.messageIntegrity.offset, 80);
    assert.equal(report.fingerprint.code, 'fingerprint-mismatch');
    assert.deepEqual(
      report.failures.map((f) => f.code),
      ['integrity-mismatch', 'fingerprint-mismatch'],
    );
  });
  test('a flipped byte in FINGERPRINT fails only the fingerprint check, at offset 104', () => {
    const message = unwrap(decodeStun(corrupt('2.1', (b) => (b[107] = (b[107] ?? 0) ^ 0x80))));
    const report = verifyStun(message, vector('2.1').credentials);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.fingerprint.code, 'fingerprint-mismatch');
    assert.equal(report.fingerprint.offset, 104);
    assert.equal(report.failures.length, 1);
    assert.match(report.fingerprint.message, /computed e57a3bcf, found e57a3b4f/);
  });
  test('a changed SOFTWARE byte fails both checks, since both cover it', () => {
    const message = unwrap(decodeStun(corrupt('2.2', (b) => (b[24] = 0x54))));
    const report = verifyStun(message, vector('2.2').credentials);
    assert.equal(report.messageIntegrity.status, 'invalid');
    assert.equal(report.fingerprint.status, 'invalid');
  });
  test('a wrong password fails only the integrity check', () => {
    const report = verifyStun(decodedVector('2.2'), { mechanism: 'short-term', password: 'wrong' });
    assert.equal(report.messageIntegrity.code, 'integrity-mismatch');
    assert.equal(report.fingerprint.status, 'valid');
  });
  test('a wrong realm fails the long-term integrity check of §2.4', () => {
    const credentials = { ...vector('2.4').credentials, realm: 'example.com' } as const;
    assert.equal(verifyStun(decodedVector('2.4'), credentials).messageIntegrity.code, 'integrity-mismatch');
  });
  test('without credentials MESSAGE-INTEGRITY is reported as present but not checked', () => {
    const report = verifyStun(decodedVector('2.1'));
    assert.equal(report.messageIntegrity.status, 'unchecked');
    assert.equal(report.messageIntegrity.code, 'integrity-not-checked');
    assert.equal(report.fingerprint.status, 'valid');
    assert.equal(report.passed, true);
  });
  test('an attribute after MESSAGE-INTEGRITY that is not FINGERPRINT is reported at its offset', () => {
    // Retype FINGERPRINT (0x8028) as SOFTWARE (0x8022): still 4 bytes, now out of place.
    const message = unwrap(decodeStun(corrupt('2.1', (b) => (b[101] = 0x22))));
    const report = verifyStun(message, vector('2.1').credentials);
    assert.equal(report.order.code, 'attribute-after-integrity');
    assert.equal(report.order.offset, 100);
    assert.equal(report.messageIntegrity.status, 'valid');
    assert.equal(report.fingerprint.status, 'absent');
    assert.match(report.order.message, /^SOFTWARE at offset 100 follows MESSAGE-INTEGRITY/);
  });
  test('FINGERPRINT that is not the last attribute is reported at the attribute after it', () => {
    const transactionId = vectorBytes('2.1').slice(8, 20);
    const bytes = unwrap(
      encodeStun({
        messageClass: 'request',
        method: 'Binding',
        transactionId,
        attributes: [{ type: 'FINGERPRINT' }, { type: 'SOFTWARE', text: 'late' }],
      }),
    );
    const report = verifyStun(unwrap(decodeStun(bytes)));
    assert.equal(report.fingerprint.code, 'fingerprint-not-last');
    assert.equal(report.fingerprint.offset, 28);
  });
  test('a MESSAGE-INTEGRITY of the wrong length is reported as malformed and fails its check', () => {
    const bytes = unwrap(
      encodeStun({
        messageClass: 'request',
        method: 'Binding',
        transactionId: vectorBytes('2.1').slice(8, 20),
        attributes: [{ type: 0x0008, value: new Uint8Array(16) }],
      }),
    );
    const message = unwrap(decodeStun(bytes));
    assert.equal(message.attributes[0]?.decoded.kind, 'malformed');
    assert.equal(message.notes[0]?.code, 'attribute-length-invalid');
    const report = verifyStun(message, vector('2.1').credentials);
    assert.equal(report.messageIntegrity.code, 'integrity-bad-length');
    assert.equal(report.messageIntegrity.offset, 24);
  });
});

describe('corrupted RFC 5769 messages: structure', () => {
  test('a message shorter than the 20-byte header is reported where the data ends', () => {
    assertDecodeError(vectorBytes('2.1').slice(0, 19), 'stun-truncated-header', 19);
  });
  test('an empty message is reported at offset 0', () => {
    assertDecodeError(new Uint8Array(0), 'stun-truncated-header', 0);
  });
  test('a message cut inside its attributes is reported at the length field', () => {
    assertDecodeError(vectorBytes('2.1').slice(0, 100), 'stun-length-exceeds-data', 2);
  });
  test('a wrong magic cookie is reported at offset 4 as a likely RFC 3489 message', () => {
    const error = unwrapError(decodeStun(corrupt('2.2', (b) => (b[4] = 0x22))));
    assert.equal(error.code, 'stun-bad-magic-cookie');
    assert.equal(error.offset, 4);
    assert.equal(error.details['found'], '0x2212A442');
    assert.match(error.message, /RFC 3489/);
  });
  test('a length that is not a multiple of 4 is reported at offset 2', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[3] = 0x59)),
      'stun-length-not-multiple-of-four',
      2,
    );
  });
  test('a length longer than the data is reported at offset 2', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[3] = 0x5c)),
      'stun-length-exceeds-data',
      2,
    );
  });
  test('a length shorter than the data is reported where the extra bytes begin', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[3] = 0x54)),
      'stun-trailing-bytes',
      104,
    );
  });
  test('an attribute running past the end of the message is reported at its length field', () => {
    const bytes = corrupt('2.1', (b) => (b[103] = 0x08));
    assertDecodeError(bytes, 'stun-attribute-overrun', 102);
    const error = unwrapError(decodeStun(bytes));
    assert.equal(error.details['attributeNumber'], 6);
    assert.equal(error.details['attribute'], 'FINGERPRINT');
  });
  test('an overrunning SOFTWARE attribute is reported at offset 22', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[22] = 0x01)),
      'stun-attribute-overrun',
      22,
    );
  });
  test('top bits 01 are reported as probably ChannelData', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[0] = 0x40)),
      'stun-looks-like-channel-data',
      0,
    );
  });
  test('top bits 10 are reported as not STUN', () => {
    assertDecodeError(
      corrupt('2.1', (b) => (b[0] = 0x80)),
      'stun-top-bits-not-zero',
      0,
    );
  });
  test('bad input never throws: every single-byte truncation of every vector decodes or fails cleanly', () => {
    for (const section of ['2.1', '2.2', '2.3', '2.4']) {
      const bytes = vectorBytes(section);
      for (let end = 0; end < bytes.length; end++) {
        const result = decodeStun(bytes.slice(0, end));
        assert.equal(result.ok, false);
      }
    }
  });
  test('bad input never throws: every single-byte change of §2.1 decodes or fails cleanly', () => {
    const original = vectorBytes('2.1');
    for (let at = 0; at < original.length; at++) {
      for (const value of [0x00, 0x7f, 0xff]) {
        const bytes = original.slice();
        bytes[at] = value;
        const result = decodeStun(bytes);
        if (result.ok) {
          verifyStun(result.value, vector('2.1').credentials);
          assert.equal(unwrap(encodeStun(result.value)).length, bytes.length);
        }
      }
    }
  });
});
