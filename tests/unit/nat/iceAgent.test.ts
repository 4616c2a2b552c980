import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { candidatePriority, pairPriority } from '../../../src/lib/nat/iceAgent.ts';
import type { NatTypeId } from '../../../src/lib/nat/natTypes.ts';
import { runScenario } from '../../../src/lib/nat/scenarios.ts';
import type { SimEvent } from '../../../src/lib/nat/simEvent.ts';
import { eventsWith, unwrap } from './natTestKit.ts';

function iceEvents(natA: NatTypeId, natB: NatTypeId, turn = false): readonly SimEvent[] {
  return unwrap(runScenario('ice', { natA, natB, turn })).events;
}

describe('priorities (RFC 8445 §5.1.2.1, §6.1.2.3)', () => {
  test('candidate priorities follow the recommended formula and type preferences', () => {
    assert.equal(candidatePriority('host'), 126 * 2 ** 24 + 65535 * 2 ** 8 + 255);
    assert.equal(candidatePriority('host'), 2130706431);
    assert.equal(candidatePriority('prflx'), 1862270975);
    assert.equal(candidatePriority('srflx'), 1694498815);
    assert.equal(candidatePriority('relay'), 16777215);
  });

  test('pair priority puts the smaller priority in the high bits and breaks ties toward the controlling side', () => {
    assert.equal(pairPriority(1, 2), 2n ** 32n + 4n);
    assert.equal(pairPriority(2, 1), 2n ** 32n + 4n + 1n);
    assert.ok(pairPriority(candidatePriority('host'), candidatePriority('relay')) < pairPriority(candidatePriority('srflx'), candidatePriority('srflx')));
  });
});

describe('ICE agent behaviour (RFC 8445)', () => {
  test('gathers host, server-reflexive and relayed candidates', () => {
    const gathered = eventsWith(iceEvents('full-cone', 'full-cone', true), 'candidate-gathered').filter((event) => event.node === 'A');
    assert.deepEqual(
      gathered.map((event) => event.params['type']),
      ['host', 'srflx', 'relay'],
    );
  });

  test('a host without NAT keeps no server-reflexive candidate, because it would be redundant (§5.1.3)', () => {
    const events = iceEvents('none', 'full-cone');
    assert.equal(eventsWith(events, 'candidate-redundant').filter((event) => event.node === 'A').length, 1);
  });

  test('a check from an address the peer never signalled teaches a peer-reflexive remote candidate (§7.3.1.3)', () => {
    // A is behind a symmetric NAT: its check to B leaves through a new port.
    const events = iceEvents('symmetric', 'full-cone');
    const learned = eventsWith(events, 'remote-prflx-learned');
    assert.ok(learned.some((event) => event.node === 'B'));
    assert.ok(learned.every((event) => String(event.params['address']).startsWith('203.0.113.10:')));
  });

  test('the symmetric side discovers its own new port as a local peer-reflexive candidate (§7.2.5.3.1)', () => {
    const events = iceEvents('symmetric', 'full-cone');
    const local = eventsWith(events, 'local-prflx-learned');
    assert.ok(local.some((event) => event.node === 'A'));
    assert.ok(local.every((event) => event.node === 'A'));
  });

  test('an incoming check queues a triggered check back on the same pair (§7.3.1.4)', () => {
    const events = iceEvents('restricted-cone', 'restricted-cone');
    const firstCheckAtB = events.findIndex((event) => event.code === 'packet-delivered' && event.node === 'B' && event.params['kind'] === 'check');
    const triggered = events.findIndex((event, index) => index > firstCheckAtB && event.code === 'triggered-check-queued' && event.node === 'B');
    assert.ok(firstCheckAtB >= 0 && triggered > firstCheckAtB);
  });

  test('a response from another port than the check was sent to fails the pair (§7.2.5.2.1)', () => {
    // B's NAT lets A's check in on the STUN mapping (EIF) but answers through a new port (APDM).
    const events = iceEvents('full-cone', 'apdm-eif');
    const [failed] = eventsWith(events, 'pair-failed-asymmetric');
    assert.equal(failed?.node, 'A');
    assert.notEqual(failed?.params['responder'], failed?.params['remote']);
  });

  test('the controlling agent nominates with USE-CANDIDATE and both sides select a pair', () => {
    const events = iceEvents('full-cone', 'port-restricted-cone');
    const nominationCheck = events.findIndex((event) => event.code === 'check-nomination-sent');
    const nominated = eventsWith(events, 'pair-nominated');
    assert.equal(events[nominationCheck]?.node, 'A');
    assert.deepEqual(nominated.map((event) => event.node).sort(), ['A', 'B']);
    assert.ok(events.indexOf(nominated[0] as SimEvent) > nominationCheck);
  });

  test('checks from the relayed candidate wait for the TURN permission (§7.2.1)', () => {
    const events = iceEvents('symmetric', 'symmetric', true);
    const permissionAtA = events.findIndex(
      (event) => event.code === 'packet-delivered' && event.node === 'A' && event.params['kind'] === 'turn-create-permission-response',
    );
    const firstRelayedCheck = events.findIndex(
      (event) => event.code === 'turn-send-indication-sent' && event.node === 'A' && event.params['inner'] === 'check',
    );
    assert.ok(permissionAtA >= 0 && firstRelayedCheck > permissionAtA);
  });

  test('every check transaction is retransmitted at most three times before it times out', () => {
    const events = iceEvents('full-cone', 'full-cone');
    const timeouts = eventsWith(events, 'pair-failed-timeout');
    assert.ok(timeouts.length > 0, 'host pairs to private addresses time out');
    for (const timeout of timeouts) assert.equal(timeout.params['attempts'], 3);
  });

  test('data flows on the selected pair after ICE completes', () => {
    const events = iceEvents('restricted-cone', 'symmetric');
    const delivered = events.filter((event) => event.code === 'packet-delivered' && event.params['kind'] === 'data');
    assert.deepEqual(delivered.map((event) => event.node).sort(), ['A', 'B']);
  });
});
