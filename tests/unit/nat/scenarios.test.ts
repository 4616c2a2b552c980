import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NatTypeId } from '../../../src/lib/nat/natTypes.ts';
import { computeOutcome } from '../../../src/lib/nat/outcome.ts';
import { runScenario, scenarioIds, scenarios } from '../../../src/lib/nat/scenarios.ts';
import type { SimEvent } from '../../../src/lib/nat/simEvent.ts';
import { eventsWith, unwrap } from './natTestKit.ts';

function dataDeliveredTo(events: readonly SimEvent[], node: string): SimEvent[] {
  return events.filter((event) => event.code === 'packet-delivered' && event.node === node && event.params['kind'] === 'data');
}

describe('learn-address', () => {
  test('each peer learns its NAT’s outside address from STUN', () => {
    const events = unwrap(scenarios['learn-address']()).events;
    const learned = eventsWith(events, 'address-learned');
    assert.deepEqual(
      learned.map((event) => [event.node, String(event.params['address']).split(':')[0]]),
      [
        ['A', '203.0.113.10'],
        ['B', '198.51.100.20'],
      ],
    );
  });
});

describe('hole-punch', () => {
  test('between two port-restricted cones every punch gets through, since both sides send at once', () => {
    const events = unwrap(scenarios['hole-punch']()).events;
    assert.equal(dataDeliveredTo(events, 'A').length, 2);
    assert.equal(dataDeliveredTo(events, 'B').length, 2);
  });

  test('between two symmetric NATs every punch is filtered', () => {
    const events = unwrap(scenarios['hole-punch']({ natA: 'symmetric', natB: 'symmetric' })).events;
    assert.equal(dataDeliveredTo(events, 'A').length + dataDeliveredTo(events, 'B').length, 0);
    assert.equal(eventsWith(events, 'dropped-filtered').length, 4);
  });
});

describe('one-side-first', () => {
  test('A’s first packet is filtered at NAT B, B’s packet passes NAT A, and A’s reply reaches B', () => {
    const events = unwrap(scenarios['one-side-first']()).events;
    const firstDrop = events.findIndex((event) => event.code === 'dropped-filtered' && event.node === 'NAT B');
    const atA = events.indexOf(dataDeliveredTo(events, 'A')[0] as SimEvent);
    const atB = events.indexOf(dataDeliveredTo(events, 'B')[0] as SimEvent);
    assert.ok(firstDrop >= 0, 'first packet dropped');
    assert.ok(atA > firstDrop, 'then B reaches A');
    assert.ok(atB > atA, 'then A’s reply reaches B');
    assert.equal(eventsWith(events, 'dropped-filtered').length, 1);
  });

  test('with a full-cone B, even the first packet gets through', () => {
    const events = unwrap(scenarios['one-side-first']({ natB: 'full-cone' })).events;
    assert.equal(eventsWith(events, 'dropped-filtered').length, 0);
    assert.equal(dataDeliveredTo(events, 'B').length, 2);
  });
});

describe('symmetric-vs-stun', () => {
  test('the port B sees differs from the one STUN reported to A', () => {
    const events = unwrap(scenarios['symmetric-vs-stun']()).events;
    const [differs] = eventsWith(events, 'peer-address-differs');
    const learnedByA = eventsWith(events, 'address-learned').find((event) => event.node === 'A');
    assert.ok(differs && learnedByA);
    assert.equal(differs.params['expected'], learnedByA.params['address']);
    assert.notEqual(differs.params['seen'], differs.params['expected']);
  });

  test('a packet to the STUN-reported port is filtered, one to the observed port is delivered', () => {
    const events = unwrap(scenarios['symmetric-vs-stun']()).events;
    const [drop] = eventsWith(events, 'dropped-filtered');
    assert.equal(drop?.node, 'NAT A');
    assert.equal(dataDeliveredTo(events, 'A').length, 1);
  });

  test('behind a cone NAT the ports agree and nothing differs', () => {
    const events = unwrap(scenarios['symmetric-vs-stun']({ natA: 'port-restricted-cone' })).events;
    assert.equal(eventsWith(events, 'peer-address-differs').length, 0);
  });
});

describe('turn-fallback', () => {
  test('direct packets fail, the relay drops B until A installs a permission, then data flows both ways', () => {
    const events = unwrap(scenarios['turn-fallback']()).events;
    const noPermission = events.findIndex((event) => event.code === 'dropped-no-permission');
    const installed = events.findIndex((event) => event.code === 'turn-permission-installed');
    const indication = events.findIndex((event) => event.code === 'turn-data-indication-sent');
    assert.equal(eventsWith(events, 'dropped-filtered').length, 2);
    assert.ok(noPermission >= 0 && installed > noPermission && indication > installed);
    const [atB] = dataDeliveredTo(events, 'B');
    assert.match(String(atB?.params['from']), /^192\.0\.2\.20:\d+$/);
  });
});

describe('mapping-timeout', () => {
  test('the idle mapping expires, B’s late packet is dropped, and A’s next packet maps anew', () => {
    const events = unwrap(scenarios['mapping-timeout']()).events;
    const expired = events.findIndex((event) => event.code === 'mapping-expired' && event.node === 'NAT A');
    const drop = events.findIndex((event) => event.code === 'dropped-mapping-expired');
    const remapped = events.findIndex((event, index) => index > drop && event.code === 'mapping-created');
    assert.ok(expired >= 0 && drop > expired && remapped > drop);
    assert.equal(events[drop]?.reason, 'mapping-expired');
  });

  test('a shorter NAT timeout makes the mapping expire sooner', () => {
    const events = unwrap(
      scenarios['mapping-timeout']({ natA: { id: 'short', behaviour: { ...unwrapBehaviour('port-restricted-cone'), mappingTimeoutMs: 30_000 } } }),
    ).events;
    const expired = eventsWith(events, 'mapping-expired').find((event) => event.node === 'NAT A');
    assert.ok(expired && expired.timeMs < 31_000);
  });
});

function unwrapBehaviour(id: NatTypeId) {
  const value = runScenario('learn-address', { natA: id });
  assert.ok(value.ok);
  const table = value.value.events.at(-1)?.nats[0];
  assert.ok(table);
  return {
    mapping: table.mapping as 'EIM',
    filtering: table.filtering as 'APDF',
    portPreservation: false,
    portAssignment: 'sequential' as const,
    portMin: 1024,
    portMax: 65535,
    mappingTimeoutMs: 120_000,
    inboundRefresh: false,
    hairpinning: true,
  };
}

describe('ice scenario', () => {
  test('its outcome is the one computeOutcome gives for the same input', () => {
    const run = unwrap(scenarios.ice({ natA: 'port-restricted-cone', natB: 'symmetric', turn: true }));
    const computed = unwrap(computeOutcome('port-restricted-cone', 'symmetric', { turn: true }));
    assert.deepEqual(run.outcome, computed);
  });
});

describe('every scenario', () => {
  test('is deterministic: the same input and seed give identical events', () => {
    for (const id of scenarioIds) {
      const first = unwrap(runScenario(id, { seed: 42 }));
      const second = unwrap(runScenario(id, { seed: 42 }));
      assert.deepEqual(first.events, second.events, id);
    }
  });

  test('a different seed changes the ports a NAT picks', () => {
    const ports = (seed: number) => eventsWith(unwrap(runScenario('learn-address', { seed })).events, 'address-learned').map((event) => event.params['address']);
    assert.notDeepEqual(ports(1), ports(2));
  });

  test('numbers its events from 0 with time never going backwards', () => {
    for (const id of scenarioIds) {
      const events = unwrap(runScenario(id)).events;
      assert.ok(events.length > 0, id);
      events.forEach((event, index) => {
        assert.equal(event.seq, index);
        if (index > 0) assert.ok(event.timeMs >= (events[index - 1]?.timeMs ?? 0));
      });
    }
  });

  test('rejects an unknown NAT type with an error result', () => {
    for (const id of scenarioIds) {
      const result = runScenario(id, { natA: 'bogus' as NatTypeId });
      assert.equal(result.ok, false, id);
    }
  });

  test('events serialise to JSON and back unchanged', () => {
    const events = unwrap(runScenario('ice', { turn: true })).events;
    assert.deepEqual(JSON.parse(JSON.stringify(events)), events);
  });
});

describe('closed-network scenario', () => {
  test('starts in default Chrome (mDNS on, STUN in segment B) and connects on A’s server-reflexive candidate', () => {
    const run = unwrap(runScenario('closed-network', { mdns: true }));
    assert.equal(run.closedNetwork, true);
    assert.equal(run.outcome?.via, 'direct');
    assert.deepEqual([run.outcome?.pair?.a.local, run.outcome?.pair?.a.remote], ['srflx', 'srflx']);
    assert.ok(run.events.some((event) => event.code === 'mdns-unresolved'));
  });

  test('host only with mDNS off connects through a peer-reflexive pair; with mDNS on it fails', () => {
    const open = unwrap(runScenario('closed-network', { stun: false, mdns: false }));
    assert.equal(open.outcome?.reason, 'direct-peer-reflexive');
    const hidden = unwrap(runScenario('closed-network', { stun: false, mdns: true }));
    assert.equal(hidden.outcome?.reason, 'failed-mdns-unresolved');
  });

  test('relay-only needs TURN and then connects relay to relay', () => {
    assert.equal(unwrap(runScenario('closed-network', { relay: true })).relay, undefined);
    const run = unwrap(runScenario('closed-network', { turn: true, relay: true }));
    assert.equal(run.relay, true);
    assert.deepEqual([run.outcome?.pair?.a.local, run.outcome?.pair?.a.remote], ['relay', 'relay']);
  });

  test('the ice scenario reads relay-only too', () => {
    const run = unwrap(runScenario('ice', { natA: 'full-cone', natB: 'full-cone', turn: true, relay: true }));
    assert.equal(run.outcome?.via, 'turn');
  });
});
