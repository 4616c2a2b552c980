import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoTopology } from '../../../src/lib/nat/demoTopology.ts';
import { runScenario } from '../../../src/lib/nat/scenarios.ts';
import { unwrap } from './natTestKit.ts';

describe('demoTopology', () => {
  test('lists each host, then its NAT with the outside address and behaviours', () => {
    const topology = demoTopology(unwrap(runScenario('learn-address')));
    assert.deepEqual(topology.a, [
      { name: 'A', kind: 'host', address: '192.168.1.10' },
      { name: 'NAT A', kind: 'nat', address: '203.0.113.10', mapping: 'EIM', filtering: 'APDF' },
    ]);
    assert.deepEqual(topology.b[1], { name: 'NAT B', kind: 'nat', address: '198.51.100.20', mapping: 'APDM', filtering: 'APDF' });
  });

  test('a side without NAT is just a host with its public address', () => {
    const topology = demoTopology(unwrap(runScenario('mapping-timeout')));
    assert.deepEqual(topology.b, [{ name: 'B', kind: 'host', address: '198.51.100.20' }]);
  });

  test('an outer NAT comes after the inner one, and the inner NAT’s outside is the ISP address', () => {
    const topology = demoTopology(unwrap(runScenario('hole-punch', { outerA: 'symmetric' })));
    assert.deepEqual(topology.a.map((node) => [node.name, node.address]), [
      ['A', '192.168.1.10'],
      ['NAT A', '100.64.0.10'],
      ['CGNAT A', '203.0.113.10'],
    ]);
  });

  test('shows the TURN server only when the run offered one', () => {
    assert.deepEqual(demoTopology(unwrap(runScenario('hole-punch'))).servers.map((node) => node.name), ['STUN']);
    assert.deepEqual(demoTopology(unwrap(runScenario('turn-fallback'))).servers, [
      { name: 'STUN', kind: 'server', address: '192.0.2.10:3478' },
      { name: 'TURN', kind: 'server', address: '192.0.2.20:3478' },
    ]);
  });
});
