import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDemoFrames, diffNatTable, mappingRowKey } from '../../../src/lib/nat/demoFrames.ts';
import { runScenario } from '../../../src/lib/nat/scenarios.ts';
import type { NatTableSnapshot, SimEvent } from '../../../src/lib/nat/simEvent.ts';
import { unwrap } from './natTestKit.ts';

function framesOf(id: Parameters<typeof runScenario>[0], input: Parameters<typeof runScenario>[1] = {}) {
  const events = unwrap(runScenario(id, input)).events;
  return { events, frames: buildDemoFrames(events) };
}

function firstIndex(events: readonly SimEvent[], predicate: (event: SimEvent) => boolean): number {
  const index = events.findIndex(predicate);
  assert.notEqual(index, -1, 'the event exists');
  return index;
}

const table = (rows: NatTableSnapshot['rows']): NatTableSnapshot => ({
  nat: 'NAT A',
  externalIp: '203.0.113.10',
  mapping: 'EIM',
  filtering: 'APDF',
  hairpinning: true,
  rows,
});

const row = { inside: '192.168.1.10:50000', outside: '203.0.113.10:40001', destination: '*', allowed: ['192.0.2.10:3478'], expiresAtMs: 120_001 };

describe('buildDemoFrames', () => {
  test('gives one frame per event, in order', () => {
    const { events, frames } = framesOf('hole-punch');
    assert.equal(frames.length, events.length);
    assert.deepEqual(frames.map((frame) => frame.seq), events.map((event) => event.seq));
  });

  test('a sent packet appears at its sender without moving', () => {
    const { events, frames } = framesOf('learn-address');
    const first = frames[0];
    assert.equal(events[0]?.code, 'stun-request-sent');
    assert.equal(first?.at, 'A');
    assert.equal(first?.move, undefined);
    assert.equal(first?.packet?.kind, 'stun-binding-request');
  });

  test('a mapping event shows the packet that caused it arriving at the NAT, with its header before translation', () => {
    const { events, frames } = framesOf('learn-address');
    const index = firstIndex(events, (event) => event.code === 'mapping-created' && event.node === 'NAT A');
    const frame = frames[index];
    assert.deepEqual(frame?.move, { from: 'A', to: 'NAT A' });
    assert.equal(frame?.packet?.from, '192.168.1.10:50000');
    // The translation that follows does not move the packet again, but shows the new source.
    const next = frames[index + 1];
    assert.equal(events[index + 1]?.code, 'nat-outbound-translated');
    assert.equal(next?.move, undefined);
    assert.match(next?.packet?.from ?? '', /^203\.0\.113\.10:/);
  });

  test('a delivery moves the packet from the last node that handled it', () => {
    const { events, frames } = framesOf('learn-address');
    const index = firstIndex(events, (event) => event.code === 'packet-delivered' && event.node === 'STUN');
    assert.deepEqual(frames[index]?.move, { from: 'NAT A', to: 'STUN' });
  });

  test('a drop stops the packet at the node that dropped it, with the reason', () => {
    const { events, frames } = framesOf('one-side-first');
    const index = firstIndex(events, (event) => event.type === 'packet-dropped');
    assert.equal(events[index]?.code, 'dropped-filtered');
    assert.deepEqual(frames[index]?.drop, { node: 'NAT B', reason: 'filtered' });
    assert.deepEqual(frames[index]?.move, { from: 'NAT A', to: 'NAT B' });
  });

  test('a datagram the TURN server relays starts where the one it came from was last seen', () => {
    const { events, frames } = framesOf('turn-fallback');
    const index = firstIndex(events, (event) => event.code === 'turn-data-indication-sent');
    assert.deepEqual(frames[index]?.move, { from: 'NAT B', to: 'TURN' });
  });

  test('a note after a delivery keeps the delivered packet in view, not the next one', () => {
    const { events, frames } = framesOf('turn-fallback');
    const index = firstIndex(events, (event) => event.code === 'address-learned' && event.node === 'A');
    assert.equal(events[index - 1]?.code, 'packet-delivered');
    assert.equal(frames[index]?.packet?.id, events[index - 1]?.packet?.id);
    assert.equal(frames[index]?.move, undefined);
  });

  test('an expiry on the NAT’s own timer shows no packet', () => {
    const { events, frames } = framesOf('mapping-timeout');
    const index = firstIndex(events, (event) => event.code === 'mapping-expired');
    assert.equal(frames[index]?.packet, undefined);
    assert.equal(frames[index]?.changes[0]?.removed.length, 1);
  });

  test('while both peers punch, the other packet is listed as in flight', () => {
    const { events, frames } = framesOf('hole-punch');
    const index = firstIndex(events, (event) => event.code === 'data-sent' && event.node === 'B');
    const previousPacket = events[index - 1]?.packet?.id;
    assert.deepEqual(frames[index]?.inFlight, [{ id: previousPacket, at: 'A' }]);
    // Nothing is in flight once every packet has arrived.
    assert.deepEqual(frames.at(-1)?.inFlight, []);
  });

  test('marks a created row at the step that creates it and a refreshed row, with the new remote it admits', () => {
    const { events, frames } = framesOf('hole-punch');
    const created = firstIndex(events, (event) => event.code === 'mapping-created' && event.node === 'NAT A');
    const createdRows = frames[created]?.changes.find((change) => change.nat === 'NAT A')?.rows ?? {};
    assert.deepEqual(Object.values(createdRows), [{ kind: 'created', newlyAllowed: [] }]);
    const refreshed = firstIndex(events, (event) => event.code === 'mapping-refreshed' && event.node === 'NAT A');
    const refreshedRows = frames[refreshed]?.changes.find((change) => change.nat === 'NAT A')?.rows ?? {};
    const bOutside = events.find((event) => event.code === 'address-learned' && event.node === 'B')?.params['address'];
    assert.deepEqual(Object.values(refreshedRows), [{ kind: 'refreshed', newlyAllowed: [bOutside] }]);
  });

  test('steps that change no table report no changes', () => {
    const { events, frames } = framesOf('hole-punch');
    const index = firstIndex(events, (event) => event.code === 'packet-delivered');
    assert.deepEqual(frames[index]?.changes, []);
  });
});

describe('diffNatTable', () => {
  test('returns nothing for the same snapshot object', () => {
    const snapshot = table([row]);
    assert.equal(diffNatTable(snapshot, snapshot), undefined);
  });

  test('reports a new row as created and a vanished row as removed', () => {
    const other = { ...row, outside: '203.0.113.10:40002' };
    const diff = diffNatTable(table([row]), table([other]));
    assert.deepEqual(diff?.rows, { [mappingRowKey(other)]: { kind: 'created', newlyAllowed: [] } });
    assert.deepEqual(diff?.removed, [row]);
  });

  test('reports a restarted timer as refreshed', () => {
    const diff = diffNatTable(table([row]), table([{ ...row, expiresAtMs: 130_000 }]));
    assert.deepEqual(diff?.rows, { [mappingRowKey(row)]: { kind: 'refreshed', newlyAllowed: [] } });
  });

  test('treats every row of the first snapshot as created', () => {
    const diff = diffNatTable(undefined, table([row]));
    assert.deepEqual(diff?.rows, { [mappingRowKey(row)]: { kind: 'created', newlyAllowed: [] } });
  });

  test('returns nothing when an equal table was rebuilt', () => {
    assert.equal(diffNatTable(table([row]), table([{ ...row }])), undefined);
  });
});
