import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIpAddress, parseIpAddress } from '../../../src/lib/stun/address.ts';
import { toHex } from '../../../src/lib/stun/hex.ts';

describe('parseIpAddress', () => {
  const valid: [string, string, string][] = [
    ['192.0.2.1', 'IPv4', 'c0 00 02 01'],
    ['2001:db8::1', 'IPv6', '20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01'],
    ['[2001:db8::1]', 'IPv6', '20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01'],
    ['::ffff:192.0.2.1', 'IPv6', '00 00 00 00 00 00 00 00 00 00 ff ff c0 00 02 01'],
    ['2001:DB8:1234:5678:11:2233:4455:6677', 'IPv6', '20 01 0d b8 12 34 56 78 00 11 22 33 44 55 66 77'],
    ['::', 'IPv6', '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00'],
  ];
  for (const [text, family, bytes] of valid) {
    test(`reads ${text}`, () => {
      const parsed = parseIpAddress(text);
      assert.ok(parsed);
      assert.equal(parsed.family, family);
      assert.equal(toHex(parsed.bytes), bytes);
    });
  }
  for (const text of [
    '192.0.2',
    '192.0.2.256',
    '192.0.02.1',
    '2001:db8::1::2',
    '1:2:3:4:5:6:7:8:9',
    'fe80::1%eth0',
    'example.org',
    '',
  ]) {
    test(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parseIpAddress(text), undefined);
    });
  }
});

describe('formatIpAddress (RFC 5952)', () => {
  const cases: [string, string][] = [
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['0:0:0:0:0:ffff:c000:0201', '::ffff:192.0.2.1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['2001:db8:1234:5678:11:2233:4455:6677', '2001:db8:1234:5678:11:2233:4455:6677'],
  ];
  for (const [input, expected] of cases) {
    test(`writes ${input} as ${expected}`, () => {
      const parsed = parseIpAddress(input);
      assert.ok(parsed);
      assert.equal(formatIpAddress(parsed.bytes), expected);
    });
  }
});
