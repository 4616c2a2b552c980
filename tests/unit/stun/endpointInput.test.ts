import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseEndpointInput } from '../../../src/lib/stun/endpointInput.ts';

describe('parseEndpointInput', () => {
  const accepted: [string, string, string, number][] = [
    ['203.0.113.5', '50342', '203.0.113.5', 50342],
    ['  203.0.113.5 ', ' 1 ', '203.0.113.5', 1],
    ['203.0.113.5:50342', '', '203.0.113.5', 50342],
    ['203.0.113.5:50342', '50342', '203.0.113.5', 50342],
    ['2001:DB8:0:0::5', '65535', '2001:db8::5', 65535],
    ['[2001:db8::5]', '3478', '2001:db8::5', 3478],
    ['[2001:db8::5]:61034', '', '2001:db8::5', 61034],
    ['::ffff:192.0.2.1', '9', '::ffff:192.0.2.1', 9],
  ];
  for (const [address, port, expectedAddress, expectedPort] of accepted) {
    test(`accepts address "${address}" with port "${port}"`, () => {
      const result = parseEndpointInput(address, port);
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      assert.equal(result.value.address, expectedAddress);
      assert.equal(result.value.port, expectedPort);
    });
  }

  test('reports the family', () => {
    const v4 = parseEndpointInput('192.0.2.1', '1');
    const v6 = parseEndpointInput('2001:db8::1', '1');
    assert.ok(v4.ok && v6.ok);
    assert.equal(v4.value.family, 'IPv4');
    assert.equal(v6.value.family, 'IPv6');
  });

  const refused: [string, string, string, 'address' | 'port'][] = [
    ['', '50342', 'endpoint-address-empty', 'address'],
    ['stun.example.org', '3478', 'endpoint-address-hostname', 'address'],
    ['4a7e2c1b-1234-4f3e-9abc-0123456789ab.local', '50342', 'endpoint-address-hostname', 'address'],
    ['256.1.1.1', '50342', 'endpoint-address-invalid', 'address'],
    ['203.0.113', '50342', 'endpoint-address-invalid', 'address'],
    ['2001:db8:::5', '50342', 'endpoint-address-invalid', 'address'],
    ['fe80::1%eth0', '50342', 'endpoint-address-invalid', 'address'],
    ['203.0.113.5', '', 'endpoint-port-empty', 'port'],
    ['203.0.113.5', '5o342', 'endpoint-port-invalid', 'port'],
    ['203.0.113.5:abc', '', 'endpoint-port-invalid', 'address'],
    ['203.0.113.5', '0', 'endpoint-port-out-of-range', 'port'],
    ['203.0.113.5', '65536', 'endpoint-port-out-of-range', 'port'],
    ['203.0.113.5:1000', '2000', 'endpoint-port-conflict', 'port'],
  ];
  for (const [address, port, code, input] of refused) {
    test(`refuses address "${address}" with port "${port}" as ${code}`, () => {
      const result = parseEndpointInput(address, port);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, code);
      assert.equal(result.error.input, input);
      assert.doesNotMatch(result.error.message, /\{\w+\}/, 'every placeholder is filled');
    });
  }

  test('the error names the offending text', () => {
    const result = parseEndpointInput('192.0.2.300', '1');
    assert.ok(!result.ok);
    assert.match(result.error.message, /192\.0\.2\.300/);
  });
});
