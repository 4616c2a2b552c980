import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ipaddr from 'ipaddr.js';
import {
  cidrContains,
  classifyIp,
  formatIpAddress,
  formatIpv6,
  parseCidr,
  parseIpAddress,
  parseIpv6,
  readIpAddress,
  type IpAddress,
} from '../../../src/lib/net/address.ts';
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
      assert.equal(parseIpAddress(text), null);
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

describe('readIpAddress: what is wrong, and where', () => {
  const cases: [string, string, number, string][] = [
    ['', 'address-empty', 1, ''],
    ['192.168.1.300', 'ipv4-part-too-large', 11, '300'],
    ['192.168.01.1', 'ipv4-leading-zero', 9, '01'],
    ['192.168.1', 'ipv4-part-count', 1, '192.168.1'],
    ['192..1.1', 'ipv4-part-empty', 5, ''],
    ['  10.0.0.x', 'address-character', 10, 'x'],
    ['example.org', 'address-character', 2, 'x'],
    ['fe80::1%eth0', 'ipv6-zone-id', 8, '%eth0'],
    ['2001:db8::1::2', 'ipv6-double-compression', 12, '::'],
    ['2001:db8:12345::1', 'ipv6-group-too-long', 10, '12345'],
    ['[2001:db8:12345::1]', 'ipv6-group-too-long', 11, '12345'],
    ['1:2:3:4:5:6:7', 'ipv6-group-count', 1, '1:2:3:4:5:6:7'],
    ['1:2:3:4:5:6:7:8:9', 'ipv6-group-count', 1, '1:2:3:4:5:6:7:8:9'],
    ['1:2:3:4:5:6:7::8', 'ipv6-group-count', 1, '1:2:3:4:5:6:7::8'],
    ['1:2::3:4:', 'ipv6-group-empty', 10, ''],
    ['1.2.3.4::', 'ipv6-ipv4-tail', 1, '1.2.3.4'],
  ];
  for (const [text, code, column, token] of cases) {
    test(`${JSON.stringify(text)} is ${code} at column ${column}`, () => {
      const result = readIpAddress(text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.deepEqual({ code: result.error.code, column: result.error.column, token: result.error.token }, { code, column, token });
      assert.ok(result.error.message.length > 20, result.error.message);
    });
  }

  test('accepts what parseIpAddress accepts', () => {
    for (const text of ['192.0.2.1', ' [2001:db8::1] ', '::ffff:192.0.2.1']) {
      const result = readIpAddress(text);
      assert.ok(result.ok, text);
    }
  });
});

describe('CIDR', () => {
  test('parseCidr reads IPv4 and IPv6 prefixes and takes a bare address as a full-length prefix', () => {
    assert.equal(parseCidr('10.1.0.7/24')?.prefixLength, 24);
    assert.equal(parseCidr('203.0.113.2')?.prefixLength, 32);
    assert.equal(parseCidr('fc00::/7')?.prefixLength, 7);
    assert.equal(parseCidr('2001:db8::1')?.prefixLength, 128);
  });

  test('parseCidr rejects bad addresses and lengths', () => {
    for (const bad of ['10.256.0.0/16', '10.0.0.0/33', 'fc00::/129', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/8/8', 'x/8']) {
      assert.equal(parseCidr(bad), null, bad);
    }
  });

  test('cidrContains compares the leading bits, within one family', () => {
    assert.equal(cidrContains('100.64.0.0/10', '100.127.255.255'), true);
    assert.equal(cidrContains('100.64.0.0/10', '100.128.0.0'), false);
    assert.equal(cidrContains('0.0.0.0/0', '8.8.8.8'), true);
    assert.equal(cidrContains('10.1.0.7/24', '10.1.0.200/24'), true);
    assert.equal(cidrContains('fc00::/7', 'fd12:3456::1'), true);
    assert.equal(cidrContains('fc00::/7', 'fe80::1'), false);
    assert.equal(cidrContains('0.0.0.0/0', '::1'), false);
    assert.equal(cidrContains('10.0.0.0/8', 'not an address'), false);
  });
});

describe('classifyIp', () => {
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'], ['::1', 'loopback'], ['10.1.2.3', 'private'], ['172.31.0.1', 'private'], ['172.32.0.1', 'public'],
    ['192.168.0.1', 'private'], ['169.254.1.1', 'link-local'], ['fe80::1', 'link-local'], ['100.64.0.1', 'cgnat'],
    ['100.128.0.1', 'public'], ['192.0.2.1', 'documentation'], ['2001:db8::1', 'documentation'], ['3fff::1', 'documentation'],
    ['fd00::1', 'unique-local'], ['224.0.0.251', 'multicast'], ['ff02::fb', 'multicast'], ['240.0.0.1', 'reserved'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'], ['::ffff:192.168.1.1', 'private'], ['8.8.8.8', 'public'],
  ];
  for (const [address, expected] of cases) {
    test(`${address} is ${expected}`, () => {
      assert.equal(classifyIp(parseIpAddress(address) as IpAddress), expected);
    });
  }
});

describe('agrees with ipaddr.js, an independent implementation', () => {
  // A fixed pseudo-random walk over addresses with runs of zero groups, so RFC 5952's rules are exercised.
  let seed = 0x5eed;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
  const samples = Array.from({ length: 400 }, () =>
    Array.from({ length: 8 }, () => (next() % 3 === 0 ? 0 : next() % 4 === 0 ? next() & 0xff : next())).map((g) => g.toString(16)).join(':'),
  );

  test('RFC 5952 text for 400 IPv6 addresses', () => {
    for (const text of samples) {
      const groups = parseIpv6(text);
      assert.ok(groups, text);
      assert.equal(formatIpv6(groups), ipaddr.IPv6.parse(text).toRFC5952String(), text);
    }
  });

  test('CIDR membership of 400 IPv6 addresses in prefixes of every length', () => {
    for (const [i, text] of samples.entries()) {
      const prefixText = `${samples[(i + 1) % samples.length]}/${i % 129}`;
      const [network, length] = ipaddr.parseCIDR(prefixText);
      assert.equal(cidrContains(prefixText, text), ipaddr.IPv6.parse(text).match(network, length), `${text} in ${prefixText}`);
    }
  });

  test('IPv4 CIDR membership at every prefix length', () => {
    for (let length = 0; length <= 32; length++) {
      for (const text of ['10.1.2.3', '10.1.255.255', '11.0.0.0', '255.255.255.255', '0.0.0.0']) {
        const prefix = `10.1.2.0/${length}`;
        assert.equal(cidrContains(prefix, text), ipaddr.IPv4.parse(text).match(ipaddr.IPv4.parse('10.1.2.0'), length), `${text} in ${prefix}`);
      }
    }
  });
});
