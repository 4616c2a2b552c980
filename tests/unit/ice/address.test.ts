import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AddressClass } from '../../../src/lib/ice/address.ts';
import {
  addressKind,
  canonicalAddress,
  classifyAddress,
  formatIpv6,
  isMdnsName,
  parseIpv4,
  parseIpv6,
  parseRedactionLabel,
} from '../../../src/lib/ice/address.ts';

describe('parseIpv4', () => {
  test('accepts dotted quads and rejects leading zeros, ranges and short forms', () => {
    assert.deepEqual(parseIpv4('192.168.1.20'), [192, 168, 1, 20]);
    assert.deepEqual(parseIpv4('0.0.0.0'), [0, 0, 0, 0]);
    for (const bad of ['192.168.1.256', '192.168.01.1', '192.168.1', '1.2.3.4.5', '1.2.3.-4', '', 'a.b.c.d']) {
      assert.equal(parseIpv4(bad), null, bad);
    }
  });
});

describe('parseIpv6', () => {
  const valid: readonly (readonly [string, string])[] = [
    ['2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:DB8::A', '2001:db8::a'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
  ];
  for (const [input, canonical] of valid) {
    test(`${input} parses and is written ${canonical} (RFC 5952)`, () => {
      const groups = parseIpv6(input);
      assert.ok(groups !== null);
      assert.equal(formatIpv6(groups), canonical);
    });
  }

  test('malformed forms are rejected', () => {
    for (const bad of [':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', 'fe80::1%eth0', ':1::', '1.2.3.4::', 'g::1', '1:2:3:4:5:6:7::8']) {
      assert.equal(parseIpv6(bad), null, bad);
    }
  });
});

describe('names', () => {
  test('mDNS names end in .local', () => {
    assert.equal(isMdnsName('6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local'), true);
    assert.equal(isMdnsName('Printer.LOCAL.'), true);
    assert.equal(isMdnsName('.local'), false);
    assert.equal(isMdnsName('example.org'), false);
  });

  test('addressKind tells IPv4, IPv6, mDNS, other names and placeholders apart', () => {
    assert.equal(addressKind('203.0.113.7'), 'ipv4');
    assert.equal(addressKind('2001:db8::1'), 'ipv6');
    assert.equal(addressKind('abc.local'), 'mdns');
    assert.equal(addressKind('turn.example.org'), 'fqdn');
    assert.equal(addressKind('private-v4-1.invalid'), 'redacted');
    assert.equal(addressKind('1.2.3.999'), null);
    assert.equal(addressKind('bad_host!'), null);
  });

  test('canonicalAddress makes equal addresses compare equal', () => {
    assert.equal(canonicalAddress('2001:DB8:0:0::1'), canonicalAddress('2001:db8::1'));
    assert.equal(canonicalAddress('Host.Example.ORG.'), 'host.example.org');
    assert.equal(canonicalAddress('not an address'), null);
  });
});

describe('classifyAddress', () => {
  const table: readonly (readonly [string, AddressClass])[] = [
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.20', 'private'],
    ['169.254.10.10', 'link-local'],
    ['fe80::1c2b:3ff:fe4d:5e6f', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.9', 'documentation'],
    ['203.0.113.7', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['224.0.0.251', 'multicast'],
    ['ff02::fb', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
    ['::ffff:192.168.1.20', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local', 'mdns'],
    ['turn.example.org', 'hostname'],
    ['cgnat-v4-2.invalid', 'cgnat'],
    ['300.1.1.1', 'invalid'],
  ];
  for (const [address, expected] of table) {
    test(`${address} is ${expected}`, () => {
      assert.equal(classifyAddress(address), expected);
    });
  }
});

describe('parseRedactionLabel', () => {
  test('reads class, family and index back from placeholders', () => {
    assert.deepEqual(parseRedactionLabel('link-local-v6-3.invalid'), { addressClass: 'link-local', family: 'v6', index: 3 });
    assert.deepEqual(parseRedactionLabel('mdns-1.invalid'), { addressClass: 'mdns', family: 'name', index: 1 });
    assert.equal(parseRedactionLabel('bogus-v4-1.invalid'), null);
    assert.equal(parseRedactionLabel('private-v4-1.example'), null);
  });
});
