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

describe('closed network topology', () => {
  test('A behind R2 on the left, B in segment B, R1 between, servers in segment B', () => {
    const topology = demoTopology(unwrap(runScenario('closed-network', { turn: true })));
    assert.equal(topology.band, 'segment-b');
    assert.deepEqual(topology.a.map((node) => `${node.name} ${node.address}`), ['A 10.10.0.2', 'R2 10.20.0.254']);
    assert.deepEqual(topology.b.map((node) => `${node.name} ${node.address}`), ['B 10.20.0.2']);
    assert.deepEqual(topology.routers.map((node) => node.name), ['R1']);
    assert.deepEqual(topology.servers.map((node) => `${node.name} ${node.address}`), ['STUN 10.20.0.3:3478', 'TURN 10.20.0.4:3478']);
  });

  test('without STUN no STUN server is drawn', () => {
    const topology = demoTopology(unwrap(runScenario('closed-network', { stun: false })));
    assert.deepEqual(topology.servers, []);
  });
});
