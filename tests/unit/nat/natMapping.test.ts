import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NatTable } from '../../../src/lib/nat/natTable.ts';
import { createPrng } from '../../../src/lib/nat/prng.ts';
import { at, behaviour, behaviourOf, eventsWith, inbox, lanBehindNat, sendAt } from './natTestKit.ts';

/** A sends from port 5000 to R1:1000, R1:2000 and R2:1000; returns the source each one saw. */
function sourcesSeen(mapping: 'EIM' | 'ADM' | 'APDM'): { r1p1000: string; r1p2000: string; r2p1000: string } {
  const fixture = lanBehindNat(behaviour(mapping, 'EIF'));
  const r1 = fixture.remote('R1', '198.51.100.1');
  const r2 = fixture.remote('R2', '198.51.100.2');
  const r1Port1000 = inbox(r1, 1000);
  const r1Port2000 = inbox(r1, 2000);
  const r2Port1000 = inbox(r2, 1000);
  sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
  sendAt(fixture.sim, 10, fixture.a, 5000, { ip: '198.51.100.1', port: 2000 });
  sendAt(fixture.sim, 20, fixture.a, 5000, { ip: '198.51.100.2', port: 1000 });
  fixture.sim.run();
  const [p1, p2, p3] = [r1Port1000[0], r1Port2000[0], r2Port1000[0]];
  assert.ok(p1 && p2 && p3, 'all three packets arrive');
  return { r1p1000: at(p1.src), r1p2000: at(p2.src), r2p1000: at(p3.src) };
}

describe('mapping behaviour (RFC 4787 §4.1)', () => {
  test('EIM reuses one outside address for every destination address and port', () => {
    const seen = sourcesSeen('EIM');
    assert.equal(seen.r1p2000, seen.r1p1000);
    assert.equal(seen.r2p1000, seen.r1p1000);
  });

  test('ADM reuses the mapping for another port of the same address, but not for another address', () => {
    const seen = sourcesSeen('ADM');
    assert.equal(seen.r1p2000, seen.r1p1000);
    assert.notEqual(seen.r2p1000, seen.r1p1000);
  });

  test('APDM creates a new mapping for each destination address and port', () => {
    const seen = sourcesSeen('APDM');
    assert.notEqual(seen.r1p2000, seen.r1p1000);
    assert.notEqual(seen.r2p1000, seen.r1p1000);
    assert.notEqual(seen.r2p1000, seen.r1p2000);
  });

  test('every translated source carries the NAT outside address', () => {
    const seen = sourcesSeen('APDM');
    for (const source of Object.values(seen)) assert.match(source, /^203\.0\.113\.1:\d+$/);
  });

  test('mapping-created events say what the mapping is keyed on', () => {
    const fixture = lanBehindNat(behaviour('APDM', 'APDF'));
    fixture.remote('R1', '198.51.100.1');
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    fixture.sim.run();
    const [created] = eventsWith(fixture.sim.events, 'mapping-created-per-endpoint');
    assert.equal(created?.params['inside'], '192.168.1.10:5000');
    assert.equal(created?.params['destination'], '198.51.100.1:1000');
    assert.equal(created?.nats[0]?.rows[0]?.destination, '198.51.100.1:1000');
  });

  test('the outbound translation follows the mapping event for the same packet', () => {
    const fixture = lanBehindNat(behaviour('EIM', 'EIF'));
    fixture.remote('R1', '198.51.100.1');
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    fixture.sim.run(1000);
    const codes = fixture.sim.events.map((event) => event.code);
    assert.deepEqual(codes, ['data-sent', 'mapping-created', 'nat-outbound-translated', 'packet-delivered']);
    const translated = fixture.sim.events[2];
    assert.equal(translated?.params['oldFrom'], '192.168.1.10:5000');
    assert.equal(translated?.packet?.from, translated?.params['newFrom']);
  });
});

describe('port assignment (RFC 4787 §4.2.1)', () => {
  test('port preservation keeps the inside port when it is free', () => {
    const fixture = lanBehindNat(behaviourOf('linux-masquerade'));
    const r1 = fixture.remote('R1', '198.51.100.1');
    const received = inbox(r1, 1000);
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    fixture.sim.run();
    assert.equal(received[0] && at(received[0].src), '203.0.113.1:5000');
  });

  test('a second host with the same source port gets another outside port', () => {
    const fixture = lanBehindNat(behaviourOf('linux-masquerade'));
    const c = fixture.lanHost('C', '192.168.1.11');
    const r1 = fixture.remote('R1', '198.51.100.1');
    const received = inbox(r1, 1000);
    sendAt(fixture.sim, 0, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
    sendAt(fixture.sim, 10, c, 5000, { ip: '198.51.100.1', port: 1000 });
    fixture.sim.run();
    const [first, second] = received;
    assert.equal(first?.src.port, 5000);
    assert.ok(second !== undefined && second.src.port !== 5000);
    assert.ok(second.src.port >= 1024 && second.src.port <= 65535);
  });

  test('without preservation a symmetric NAT hands out consecutive ports', () => {
    const fixture = lanBehindNat(behaviourOf('symmetric'));
    fixture.remote('R1', '198.51.100.1');
    for (let i = 0; i < 3; i++) sendAt(fixture.sim, i * 10, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 + i });
    fixture.sim.run();
    const ports = eventsWith(fixture.sim.events, 'nat-outbound-translated').map((event) => Number(String(event.params['newFrom']).split(':')[1]));
    assert.equal(ports.length, 3);
    assert.equal(ports[1], (ports[0] ?? 0) + 1);
    assert.equal(ports[2], (ports[0] ?? 0) + 2);
  });

  test('the starting port depends on the seed, and the same seed gives the same port', () => {
    const firstPort = (seed: number): number | undefined => {
      const table = new NatTable(behaviourOf('symmetric'), '203.0.113.1', createPrng(seed));
      return table.outbound({ ip: '192.168.1.10', port: 5000 }, { ip: '198.51.100.1', port: 1000 }, 0)?.mapping.outside.port;
    };
    assert.equal(firstPort(7), firstPort(7));
    assert.notEqual(firstPort(7), firstPort(8));
  });

  test('random assignment stays inside the configured range', () => {
    const table = new NatTable(behaviour('APDM', 'APDF', { portAssignment: 'random', portMin: 40000, portMax: 40009 }), '203.0.113.1', createPrng(3));
    const ports = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const port = table.outbound({ ip: '192.168.1.10', port: 5000 }, { ip: '198.51.100.1', port: 1000 + i }, 0)?.mapping.outside.port;
      assert.ok(port !== undefined && port >= 40000 && port <= 40009);
      ports.add(port);
    }
    assert.equal(ports.size, 10, 'no port is handed out twice');
  });

  test('when every port is taken no mapping is created', () => {
    const table = new NatTable(behaviour('APDM', 'APDF', { portMin: 40000, portMax: 40000 }), '203.0.113.1', createPrng(1));
    assert.ok(table.outbound({ ip: '192.168.1.10', port: 5000 }, { ip: '198.51.100.1', port: 1 }, 0));
    assert.equal(table.outbound({ ip: '192.168.1.10', port: 5000 }, { ip: '198.51.100.1', port: 2 }, 0), undefined);
  });
});
