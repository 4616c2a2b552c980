import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CANDIDATE_TYPES,
  RECOMMENDED_TYPE_PREFERENCES,
  candidatePriority,
  pairPriority,
  splitPriority,
} from '../../../src/lib/net/candidate.ts';
import { candidatePriority as simulatorPriority, pairPriority as simulatorPairPriority } from '../../../src/lib/nat/iceAgent.ts';
import { decodePriority, pairPriority as inspectorPairPriority } from '../../../src/lib/ice/priority.ts';

describe('candidate priority (RFC 8445 §5.1.2.1)', () => {
  test('RFC 8445 §5.1.2.2 recommended type preferences order host, prflx, srflx, relay', () => {
    assert.deepEqual(CANDIDATE_TYPES.map((type) => RECOMMENDED_TYPE_PREFERENCES[type]), [126, 110, 100, 0]);
  });

  test('a host candidate on one interface, component 1, is 2130706431', () => {
    assert.equal(candidatePriority({ typePreference: 126, localPreference: 65535, componentId: 1 }), 2130706431);
  });

  test('Chrome host priority 2122260223 splits into 126 / 32542 / 1 and builds back', () => {
    const parts = splitPriority(2122260223);
    assert.deepEqual(parts, { typePreference: 126, localPreference: 32542, componentId: 1 });
    assert.equal(candidatePriority(parts), 2122260223);
  });
});

describe('pair priority (RFC 8445 §6.1.2.3)', () => {
  test('2^32·MIN + 2·MAX + (G > D), exact beyond 2^53', () => {
    assert.equal(pairPriority(2122260223, 1686052607), 1686052607n * 2n ** 32n + 2n * 2122260223n + 1n);
    assert.equal(pairPriority(1686052607, 2122260223), 1686052607n * 2n ** 32n + 2n * 2122260223n);
  });
});

describe('the simulator computes exactly the numbers the inspector explains', () => {
  for (const type of CANDIDATE_TYPES) {
    test(`a simulated ${type} candidate's priority decodes to the recommended type preference`, () => {
      const decoded = decodePriority(simulatorPriority(type));
      assert.ok(decoded.ok);
      assert.equal(decoded.value.typePreference, RECOMMENDED_TYPE_PREFERENCES[type]);
      assert.equal(decoded.value.localPreference, 65535);
      assert.equal(decoded.value.componentId, 1);
    });
  }

  test('simulator and inspector pair priorities are the same number', () => {
    const g = simulatorPriority('srflx');
    const d = simulatorPriority('relay');
    const inspected = inspectorPairPriority(g, d);
    assert.ok(inspected.ok);
    assert.equal(simulatorPairPriority(g, d), inspected.value.value);
  });
});
