import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  behavioursOf,
  clampStep,
  filteringBehaviours,
  mappingBehaviours,
  natTypeForBehaviours,
  parseDemoInitial,
  scenarioStartState,
} from '../../../src/lib/nat/demoState.ts';
import { natTypes, rfc4787NatTypeIds } from '../../../src/lib/nat/natTypes.ts';
import { unwrap } from './natTestKit.ts';

describe('parseDemoInitial', () => {
  test('fills in the scenario’s default NAT types and TURN when only the scenario is given', () => {
    assert.deepEqual(unwrap(parseDemoInitial('ice')), {
      scenario: 'ice',
      natA: 'restricted-cone',
      natB: 'symmetric',
      turn: true,
      seed: 1,
      step: 0,
    });
  });

  test('takes NAT types by code or id and starts at step 0', () => {
    assert.deepEqual(unwrap(parseDemoInitial('symmetric-vs-stun.sym.prc')), {
      scenario: 'symmetric-vs-stun',
      natA: 'symmetric',
      natB: 'port-restricted-cone',
      turn: false,
      seed: 1,
      step: 0,
    });
    assert.equal(unwrap(parseDemoInitial('hp.full-cone')).natB, 'port-restricted-cone');
  });

  test('reads a full state string exactly, so TURN is off unless t is written', () => {
    assert.equal(unwrap(parseDemoInitial('ice.rc.sym.4')).turn, false);
    assert.deepEqual(unwrap(parseDemoInitial('ice.rc.sym.4.t')), {
      scenario: 'ice',
      natA: 'restricted-cone',
      natB: 'symmetric',
      turn: true,
      seed: 1,
      step: 4,
    });
  });

  test('rejects unknown scenarios and NAT types with the codec’s error codes', () => {
    const unknownScenario = parseDemoInitial('teleport');
    assert.equal(unknownScenario.ok, false);
    if (!unknownScenario.ok) {
      assert.equal(unknownScenario.error.code, 'unknown-scenario');
      assert.equal(unknownScenario.error.params['token'], 'teleport');
    }
    const unknownNat = parseDemoInitial('hp.cone');
    assert.equal(unknownNat.ok, false);
    if (!unknownNat.ok) assert.equal(unknownNat.error.code, 'unknown-nat-type');
    const empty = parseDemoInitial('  ');
    assert.equal(empty.ok, false);
    if (!empty.ok) assert.equal(empty.error.code, 'scenario-state-empty');
  });
});

describe('natTypeForBehaviours / behavioursOf', () => {
  test('every mapping × filtering pair names the RFC 4787 type with exactly that behaviour', () => {
    const seen = new Set<string>();
    for (const mapping of mappingBehaviours) {
      for (const filtering of filteringBehaviours) {
        const id = natTypeForBehaviours(mapping, filtering);
        seen.add(id);
        assert.equal(natTypes[id].behaviour?.mapping, mapping);
        assert.equal(natTypes[id].behaviour?.filtering, filtering);
      }
    }
    assert.deepEqual([...seen].sort(), [...rfc4787NatTypeIds].sort());
  });

  test('reads a preset’s behaviours, and none for no NAT', () => {
    assert.deepEqual(behavioursOf('port-restricted-cone'), { mapping: 'EIM', filtering: 'APDF' });
    assert.equal(behavioursOf('none'), undefined);
  });
});

describe('scenarioStartState / clampStep', () => {
  test('a scenario starts from its defaults at step 0', () => {
    assert.deepEqual(scenarioStartState('turn-fallback'), {
      scenario: 'turn-fallback',
      natA: 'symmetric',
      natB: 'symmetric',
      turn: true,
      seed: 1,
      step: 0,
    });
  });

  test('clamps a step into the run', () => {
    assert.equal(clampStep(99, 38), 37);
    assert.equal(clampStep(5, 38), 5);
    assert.equal(clampStep(-3, 38), 0);
    assert.equal(clampStep(4, 0), 0);
  });
});
