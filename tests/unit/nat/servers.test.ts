import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Packet } from '../../../src/lib/nat/packet.ts';
import { StunServer, TurnServer, turnPermissionLifetimeMs } from '../../../src/lib/nat/servers.ts';
import { Simulation } from '../../../src/lib/nat/simulation.ts';
import { at, behaviour, eventsWith, inbox, lanBehindNat } from './natTestKit.ts';

describe('STUN server (RFC 8489)', () => {
  test('answers a Binding request with the source address it sees behind a NAT', () => {
    const fixture = lanBehindNat(behaviour('APDM', 'APDF'));
    const stun = new StunServer(fixture.sim, { name: 'STUN', ip: '192.0.2.10' });
    const received = inbox(fixture.a, 5000);
    fixture.sim.at(0, () => fixture.a.send(5000, stun.address, { kind: 'stun-binding-request', transactionId: 't1' }));
    fixture.sim.run(1000);
    const response = received[0]?.payload;
    assert.equal(response?.kind, 'stun-binding-response');
    const outside = fixture.nat.table.mappings()[0]?.outside;
    assert.ok(response?.kind === 'stun-binding-response' && outside);
    assert.equal(at(response.mapped), at(outside));
    assert.equal(response.transactionId, 't1');
  });

  test('answers a host without NAT with the host’s own address', () => {
    const sim = new Simulation();
    const stun = new StunServer(sim, { name: 'STUN', ip: '192.0.2.10' });
    const host = sim.addHost('A', sim.internet, '203.0.113.5');
    const received = inbox(host, 7000);
    sim.at(0, () => host.send(7000, stun.address, { kind: 'stun-binding-request', transactionId: 't1' }));
    sim.run(1000);
    const response = received[0]?.payload;
    assert.ok(response?.kind === 'stun-binding-response');
    assert.equal(at(response.mapped), '203.0.113.5:7000');
  });
});

/** Client C (no NAT) with an allocation on TURN; peer P can send to the relayed address. */
function turnFixture() {
  const sim = new Simulation();
  const turn = new TurnServer(sim, { name: 'TURN', ip: '192.0.2.20' });
  const client = sim.addHost('C', sim.internet, '203.0.113.5');
  const peer = sim.addHost('P', sim.internet, '198.51.100.7');
  const clientInbox: Packet[] = inbox(client, 7000);
  const peerInbox: Packet[] = inbox(peer, 9000);
  sim.at(0, () => client.send(7000, turn.address, { kind: 'turn-allocate-request', transactionId: 'a1' }));
  sim.run(100);
  const relayed = turn.allocations()[0]?.relayed;
  assert.ok(relayed, 'allocation granted');
  const permit = (timeMs: number, ip: string): void =>
    sim.at(timeMs, () => client.send(7000, turn.address, { kind: 'turn-create-permission-request', transactionId: 'p1', peerIps: [ip] }));
  const peerSends = (timeMs: number, port = 9000): void =>
    sim.at(timeMs, () => peer.send(port, relayed, { kind: 'data', text: 'to relay' }));
  const dataIndications = (): Packet[] => clientInbox.filter((packet) => packet.payload.kind === 'turn-data-indication');
  return { sim, turn, client, peer, relayed, peerInbox, permit, peerSends, dataIndications };
}

describe('TURN server (RFC 8656)', () => {
  test('an allocation is keyed by the client 5-tuple and gets a relayed address on the server', () => {
    const { turn, relayed } = turnFixture();
    assert.equal(relayed.ip, '192.0.2.20');
    assert.ok(relayed.port >= 49152 && relayed.port <= 65535);
    assert.equal(at(turn.allocations()[0]?.client ?? { ip: '', port: 0 }), '203.0.113.5:7000');
  });

  test('a packet from a peer without a permission is dropped with no-permission', () => {
    const fixture = turnFixture();
    fixture.peerSends(200);
    fixture.sim.run(1000);
    assert.equal(fixture.dataIndications().length, 0);
    const [drop] = eventsWith(fixture.sim.events, 'dropped-no-permission');
    assert.equal(drop?.reason, 'no-permission');
    assert.equal(drop?.params['fromIp'], '198.51.100.7');
  });

  test('after CreatePermission the peer’s packet is relayed to the client in a Data indication', () => {
    const fixture = turnFixture();
    fixture.permit(100, '198.51.100.7');
    fixture.peerSends(200);
    fixture.sim.run(1000);
    const [indication] = fixture.dataIndications();
    assert.ok(indication?.payload.kind === 'turn-data-indication');
    assert.equal(at(indication.payload.peer), '198.51.100.7:9000');
    assert.equal(indication.payload.inner.kind, 'data');
  });

  test('a permission covers every port of the peer’s IP address', () => {
    const fixture = turnFixture();
    fixture.permit(100, '198.51.100.7');
    fixture.peerSends(200, 9001);
    fixture.sim.run(1000);
    assert.equal(fixture.dataIndications().length, 1);
  });

  test('a permission lasts 300 s and then packets are dropped again', () => {
    const fixture = turnFixture();
    assert.equal(turnPermissionLifetimeMs, 300_000);
    fixture.permit(100, '198.51.100.7');
    fixture.peerSends(200 + 299_000);
    fixture.peerSends(200 + 301_000);
    fixture.sim.run(400_000);
    assert.equal(fixture.dataIndications().length, 1);
    assert.equal(eventsWith(fixture.sim.events, 'dropped-no-permission').length, 1);
  });

  test('a Send indication is relayed from the relayed address only with a permission', () => {
    const fixture = turnFixture();
    const send = (timeMs: number): void =>
      fixture.sim.at(timeMs, () =>
        fixture.client.send(7000, fixture.turn.address, {
          kind: 'turn-send-indication',
          peer: { ip: '198.51.100.7', port: 9000 },
          inner: { kind: 'data', text: 'to peer' },
        }),
      );
    send(100);
    fixture.permit(200, '198.51.100.7');
    send(300);
    fixture.sim.run(1000);
    assert.equal(eventsWith(fixture.sim.events, 'dropped-no-permission').length, 1);
    assert.equal(fixture.peerInbox.length, 1);
    assert.equal(fixture.peerInbox[0] && at(fixture.peerInbox[0].src), at(fixture.relayed));
    assert.equal(typeof fixture.peerInbox[0]?.relayOf, 'number');
  });

  test('a Send indication from a 5-tuple without an allocation is dropped with no-allocation', () => {
    const fixture = turnFixture();
    fixture.sim.at(100, () =>
      fixture.client.send(7001, fixture.turn.address, {
        kind: 'turn-send-indication',
        peer: { ip: '198.51.100.7', port: 9000 },
        inner: { kind: 'data', text: 'x' },
      }),
    );
    fixture.sim.run(1000);
    assert.equal(eventsWith(fixture.sim.events, 'dropped-no-allocation').length, 1);
  });
});
