import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FilteringBehaviour, MappingBehaviour, NatBehaviour } from '../../../src/lib/nat/natTypes.ts';
import type { SimEvent } from '../../../src/lib/nat/simEvent.ts';
import { behaviour, eventsWith, inbox, lanBehindNat, sendAt } from './natTestKit.ts';

interface Probe {
  /** Did a packet from this remote reach A? */
  readonly admitted: boolean;
  readonly drop: SimEvent | undefined;
}

/**
 * A (192.168.1.10:5000) sends once to R1 198.51.100.1:1000; then `from`
 * sends to the outside address A's mapping got. Returns whether A received it.
 */
function probe(filtering: FilteringBehaviour, from: { ip: string; port: number }, mapping: MappingBehaviour = 'EIM'): Probe {
  const fixture = lanBehindNat(behaviour(mapping, filtering));
  const r1 = fixture.remote('R1', '198.51.100.1');
  const sender = from.ip === '198.51.100.1' ? r1 : fixture.remote('R2', from.ip);
  const received = inbox(fixture.a, 5000);
  sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
  fixture.sim.at(100, () => {
    const outside = fixture.nat.table.mappings()[0]?.outside;
    assert.ok(outside, 'A has a mapping');
    sender.send(from.port, outside, { kind: 'data', text: 'probe' });
  });
  fixture.sim.run(1000);
  return { admitted: received.length === 1, drop: eventsWith(fixture.sim.events, 'dropped-filtered')[0] };
}

const sameRemote = { ip: '198.51.100.1', port: 1000 };
const sameAddressOtherPort = { ip: '198.51.100.1', port: 2000 };
const otherAddress = { ip: '198.51.100.2', port: 1000 };

describe('filtering behaviour (RFC 4787 §5)', () => {
  test('EIF admits any remote once a mapping exists', () => {
    assert.equal(probe('EIF', sameRemote).admitted, true);
    assert.equal(probe('EIF', sameAddressOtherPort).admitted, true);
    assert.equal(probe('EIF', otherAddress).admitted, true);
  });

  test('ADF admits any port of an address the inside host has sent to', () => {
    assert.equal(probe('ADF', sameRemote).admitted, true);
    assert.equal(probe('ADF', sameAddressOtherPort).admitted, true);
  });

  test('ADF drops an address the inside host never sent to, naming the address that would pass', () => {
    const result = probe('ADF', otherAddress);
    assert.equal(result.admitted, false);
    assert.equal(result.drop?.reason, 'filtered');
    assert.equal(result.drop?.params['allowed'], '198.51.100.1:*');
    assert.equal(result.drop?.params['inside'], '192.168.1.10:5000');
  });

  test('APDF admits only the exact address and port the inside host has sent to', () => {
    assert.equal(probe('APDF', sameRemote).admitted, true);
    const otherPort = probe('APDF', sameAddressOtherPort);
    assert.equal(otherPort.admitted, false);
    assert.equal(otherPort.drop?.params['allowed'], '198.51.100.1:1000');
    assert.equal(probe('APDF', otherAddress).admitted, false);
  });

  /** ADM+ADF: A sends to R1 and R2 (two mappings), then R1 sends to the mapping made for R2. */
  function crossMappingProbe(extra: Partial<NatBehaviour>) {
    const fixture = lanBehindNat(behaviour('ADM', 'ADF', extra));
    const r1 = fixture.remote('R1', '198.51.100.1');
    fixture.remote('R2', '198.51.100.2');
    const received = inbox(fixture.a, 5000);
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    sendAt(fixture.sim, 10, fixture.a, 5000, { ip: '198.51.100.2', port: 1000 });
    fixture.sim.at(100, () => {
      const towardR2 = fixture.nat.table.mappings().find((mapping) => mapping.destination === '198.51.100.2');
      assert.ok(towardR2);
      r1.send(1000, towardR2.outside, { kind: 'data', text: 'via the other mapping' });
    });
    fixture.sim.run(1000);
    return { received, drops: eventsWith(fixture.sim.events, 'dropped-filtered') };
  }

  test('by default filtering is per internal endpoint (RFC 4787 §5): R1 may answer on the mapping made for R2, because A:5000 has sent to R1', () => {
    const { received, drops } = crossMappingProbe({});
    assert.equal(received.length, 1);
    assert.equal(drops.length, 0);
  });

  test('with filteringScope "mapping" (Linux conntrack) R1 cannot answer on the mapping made for R2', () => {
    const { received, drops } = crossMappingProbe({ filteringScope: 'mapping' });
    assert.equal(received.length, 0);
    assert.equal(drops[0]?.params['allowed'], '198.51.100.2:*');
  });

  test('per-endpoint filter state lists every destination of the endpoint on each of its mappings', () => {
    const fixture = lanBehindNat(behaviour('APDM', 'APDF'));
    fixture.remote('R1', '198.51.100.1');
    fixture.remote('R2', '198.51.100.2');
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    sendAt(fixture.sim, 10, fixture.a, 5000, { ip: '198.51.100.2', port: 2000 });
    fixture.sim.run(1000);
    const rows = fixture.sim.events.at(-1)?.nats[0]?.rows ?? [];
    assert.equal(rows.length, 2);
    for (const row of rows) assert.deepEqual(row.allowed, ['198.51.100.1:1000', '198.51.100.2:2000']);
  });

  test('a packet to an outside port without a mapping is dropped as no-mapping', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    const r1 = fixture.remote('R1', '198.51.100.1');
    sendAt(fixture.sim, 0, r1, 1000, { ip: '203.0.113.1', port: 40000 });
    fixture.sim.run(1000);
    const [drop] = eventsWith(fixture.sim.events, 'dropped-no-mapping');
    assert.equal(drop?.reason, 'no-mapping');
    assert.equal(drop?.node, 'NAT');
  });

  test('the mapping table lists who may send back, per filtering behaviour', () => {
    const allowedAfterOnePacket = (filtering: FilteringBehaviour): readonly string[] | undefined => {
      const fixture = lanBehindNat(behaviour('EIM', filtering));
      fixture.remote('R1', '198.51.100.1');
      sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
      fixture.sim.run(1000);
      return fixture.sim.events.at(-1)?.nats[0]?.rows[0]?.allowed;
    };
    assert.deepEqual(allowedAfterOnePacket('EIF'), ['*']);
    assert.deepEqual(allowedAfterOnePacket('ADF'), ['198.51.100.1:*']);
    assert.deepEqual(allowedAfterOnePacket('APDF'), ['198.51.100.1:1000']);
  });
});
