import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mappingTimeLeftMs } from '../../../src/lib/nat/simEvent.ts';
import { behaviour, eventsWith, inbox, lanBehindNat, sendAt } from './natTestKit.ts';

const remote = { ip: '198.51.100.1', port: 1000 };
const timeoutMs = 120_000;

describe('mapping timers (RFC 4787 §4.3)', () => {
  test('an idle mapping expires exactly one timeout after the last outbound packet', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    fixture.remote('R1', remote.ip);
    sendAt(fixture.sim, 0, fixture.a, 5000, remote);
    fixture.sim.run();
    const [expired] = eventsWith(fixture.sim.events, 'mapping-expired');
    // The packet reaches the NAT after the 1 ms LAN hop.
    assert.equal(expired?.timeMs, 1 + timeoutMs);
    assert.deepEqual(expired?.nats[0]?.rows, []);
  });

  test('outbound packets refresh the mapping and keep it alive', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    fixture.remote('R1', remote.ip);
    for (const time of [0, 60_000, 120_000, 180_000]) sendAt(fixture.sim, time, fixture.a, 5000, remote);
    fixture.sim.run();
    const expired = eventsWith(fixture.sim.events, 'mapping-expired');
    assert.equal(expired.length, 1);
    assert.equal(expired[0]?.timeMs, 180_001 + timeoutMs);
    assert.equal(eventsWith(fixture.sim.events, 'mapping-refreshed').length, 3);
  });

  test('inbound packets do not refresh a mapping unless the NAT is configured to', () => {
    const expiryWith = (inboundRefresh: boolean): number | undefined => {
      const fixture = lanBehindNat(behaviour('EIM', 'EIF', { inboundRefresh }));
      const r1 = fixture.remote('R1', remote.ip);
      inbox(fixture.a, 5000);
      sendAt(fixture.sim, 0, fixture.a, 5000, remote);
      fixture.sim.at(100_000, () => r1.send(1000, { ip: '203.0.113.1', port: fixture.nat.table.mappings()[0]?.outside.port ?? 0 }, { kind: 'data', text: 'in' }));
      fixture.sim.run();
      return eventsWith(fixture.sim.events, 'mapping-expired')[0]?.timeMs;
    };
    assert.equal(expiryWith(false), 1 + timeoutMs);
    assert.equal(expiryWith(true), 100_020 + timeoutMs);
  });

  test('a packet to an expired mapping is dropped as mapping-expired, not no-mapping', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    const r1 = fixture.remote('R1', remote.ip);
    const received = inbox(fixture.a, 5000);
    sendAt(fixture.sim, 0, fixture.a, 5000, remote);
    fixture.sim.at(10, () => {
      const outside = fixture.nat.table.mappings()[0]?.outside;
      assert.ok(outside);
      fixture.sim.at(130_000, () => r1.send(1000, outside, { kind: 'data', text: 'late' }));
    });
    fixture.sim.run();
    assert.equal(received.length, 0);
    const [drop] = eventsWith(fixture.sim.events, 'dropped-mapping-expired');
    assert.equal(drop?.reason, 'mapping-expired');
    assert.equal(drop?.params['expiredAgoS'], 10);
  });

  test('each event shows how long a mapping has left', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    fixture.remote('R1', remote.ip);
    sendAt(fixture.sim, 0, fixture.a, 5000, remote);
    fixture.sim.run(1000);
    const delivered = eventsWith(fixture.sim.events, 'packet-delivered')[0];
    const row = delivered?.nats[0]?.rows[0];
    assert.ok(delivered && row);
    // Created at 1 ms, delivered 20 ms later on the Internet hop.
    assert.equal(mappingTimeLeftMs(row, delivered.timeMs), timeoutMs - 20);
  });

  test('a new mapping after expiry may use a different outside port', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    const r1 = fixture.remote('R1', remote.ip);
    const received = inbox(r1, 1000);
    sendAt(fixture.sim, 0, fixture.a, 5000, remote);
    sendAt(fixture.sim, 200_000, fixture.a, 5000, remote);
    fixture.sim.run();
    assert.equal(received.length, 2);
    assert.notEqual(received[0]?.src.port, received[1]?.src.port);
  });
});
