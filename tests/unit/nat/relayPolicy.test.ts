/**
 * iceTransportPolicy "relay" (RTCConfiguration): the browser gathers and
 * pairs only relayed candidates, so every pair is relay↔relay — what real
 * Chromium selected in every relay-only cell of the NAT lab.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeMatrix, computeOutcome, natTypeIds, runIceSession, natTypes } from '../../../src/lib/nat/index.ts';
import { unwrap } from './natTestKit.ts';

describe('relay-only (iceTransportPolicy "relay")', () => {
  test('selects relay→relay on both sides in every cell of the 15×15 matrix of built-in types', () => {
    const matrix = unwrap(computeMatrix(natTypeIds, { turn: true, iceTransportPolicy: 'relay' }));
    assert.equal(matrix.iceTransportPolicy, 'relay');
    for (const row of matrix.cells) {
      for (const cell of row) {
        assert.equal(cell.via, 'turn', `${cell.natA} × ${cell.natB}`);
        assert.deepEqual(
          [cell.pair?.a.local, cell.pair?.a.remote, cell.pair?.b.local, cell.pair?.b.remote],
          ['relay', 'relay', 'relay', 'relay'],
          `${cell.natA} × ${cell.natB}`,
        );
        assert.equal(cell.iceTransportPolicy, 'relay');
      }
    }
  });

  test('where STUN and TURN connect directly, relay-only still goes through the relay', () => {
    const all = unwrap(computeOutcome('full-cone', 'full-cone', { turn: true }));
    const relay = unwrap(computeOutcome('full-cone', 'full-cone', { turn: true, iceTransportPolicy: 'relay' }));
    assert.equal(all.via, 'direct');
    assert.equal(relay.via, 'turn');
    assert.equal(relay.reason, 'relayed');
  });

  test('relay-only without a TURN server has nothing to pair and fails', () => {
    const outcome = unwrap(computeOutcome('full-cone', 'full-cone', { iceTransportPolicy: 'relay' }));
    assert.equal(outcome.via, 'none');
    assert.equal(outcome.reason, 'failed-no-pairs');
  });

  test('the agents signal only their relayed candidate and send no STUN Binding request', () => {
    const session = runIceSession({
      a: { nat: natTypes['port-restricted-cone'] },
      b: { nat: natTypes.symmetric },
      turn: true,
      seed: 1,
      recordEvents: true,
      iceTransportPolicy: 'relay',
    });
    assert.deepEqual(session.agentA.signalledCandidates().map((c) => c.type), ['relay']);
    assert.deepEqual(session.agentB.signalledCandidates().map((c) => c.type), ['relay']);
    assert.equal(session.network.sim.events.filter((e) => e.code === 'stun-request-sent').length, 0);
    assert.ok(session.agentA.checklist.every((pair) => pair.local.type === 'relay' && pair.remote.type === 'relay'));
  });
});
