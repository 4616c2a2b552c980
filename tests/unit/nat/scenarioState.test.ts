import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeScenarioState, encodeScenarioState, type ScenarioState } from '../../../src/lib/nat/scenarioState.ts';
import type { NatTypeId } from '../../../src/lib/nat/natTypes.ts';
import { unwrap } from './natTestKit.ts';

const states: readonly ScenarioState[] = [
  { scenario: 'ice', natA: 'port-restricted-cone', natB: 'symmetric', turn: true, seed: 1, step: 12 },
  { scenario: 'hole-punch', natA: 'full-cone', natB: 'restricted-cone', turn: false, seed: 1, step: 0 },
  { scenario: 'turn-fallback', natA: 'apdm-apdf', natB: 'eim-adf', turn: false, seed: 4294967295, step: 999_999 },
  { scenario: 'learn-address', natA: 'none', natB: 'linux-masquerade', outerA: 'symmetric', turn: false, seed: 0, step: 3 },
  { scenario: 'mapping-timeout', natA: 'adm-eif', natB: 'none', outerB: 'full-cone', turn: true, seed: 77, step: 40 },
  { scenario: 'ice', natA: 'full-cone', natB: 'symmetric', turn: true, relay: true, seed: 1, step: 4 },
  { scenario: 'closed-network', natA: 'linux-masquerade', natB: 'none', turn: false, stun: false, mdns: true, seed: 1, step: 9 },
];

describe('encodeScenarioState / decodeScenarioState', () => {
  test('round-trips every kind of state', () => {
    for (const state of states) {
      assert.deepEqual(unwrap(decodeScenarioState(unwrap(encodeScenarioState(state)))), state);
    }
  });

  test('produces a short, URL-hash-safe string', () => {
    assert.equal(unwrap(encodeScenarioState(states[0] as ScenarioState)), 'ice.prc.sym.12.t');
    assert.equal(unwrap(encodeScenarioState(states[3] as ScenarioState)), 'la.no_sym.lx.3.s0');
    for (const state of states) assert.match(unwrap(encodeScenarioState(state)), /^[a-z0-9._]{1,40}$/);
  });

  test('writes relay-only as t.r, no STUN as n and mDNS names as m; r alone implies TURN', () => {
    assert.equal(unwrap(encodeScenarioState(states[5] as ScenarioState)), 'ice.fc.sym.4.t.r');
    assert.equal(unwrap(encodeScenarioState(states[6] as ScenarioState)), 'cn.lx.no.9.n.m');
    assert.deepEqual(unwrap(decodeScenarioState('cn.lx.no.0.r')), {
      scenario: 'closed-network',
      natA: 'linux-masquerade',
      natB: 'none',
      turn: true,
      relay: true,
      seed: 1,
      step: 0,
    });
    const repeated = decodeScenarioState('cn.lx.no.0.m.m');
    assert.equal(repeated.ok ? '' : repeated.error.code, 'repeated-flag');
  });

  test('accepts full ids and a leading #', () => {
    assert.deepEqual(unwrap(decodeScenarioState('#one-side-first.full-cone.symmetric.5')), {
      scenario: 'one-side-first',
      natA: 'full-cone',
      natB: 'symmetric',
      turn: false,
      seed: 1,
      step: 5,
    });
  });

  const bad: readonly (readonly [string, string])[] = [
    ['', 'scenario-state-empty'],
    ['   ', 'scenario-state-empty'],
    ['ice.prc.sym', 'scenario-state-malformed'],
    ['x'.repeat(200), 'scenario-state-too-long'],
    ['nope.prc.sym.1', 'unknown-scenario'],
    ['ice.cone.sym.1', 'unknown-nat-type'],
    ['ice.prc.sym_bogus.1', 'unknown-nat-type'],
    ['ice.prc_sym_fc.sym.1', 'unknown-nat-type'],
    ['ice.prc.sym.-1', 'invalid-step'],
    ['ice.prc.sym.1.5', 'unknown-flag'],
    ['ice.prc.sym.abc', 'invalid-step'],
    ['ice.prc.sym.1.s', 'invalid-seed'],
    ['ice.prc.sym.1.s99999999999', 'invalid-seed'],
    ['ice.prc.sym.1.s4294967296', 'invalid-seed'],
    ['ice.prc.sym.1.x', 'unknown-flag'],
    ['ice.prc.sym.1.t.t', 'repeated-flag'],
    ['ice.prc.sym.1.s1.s2', 'repeated-flag'],
  ];

  test('rejects bad input with a stable error code and an English message', () => {
    for (const [input, code] of bad) {
      const result = decodeScenarioState(input);
      assert.equal(result.ok, false, input);
      if (!result.ok) {
        assert.equal(result.error.code, code, input);
        assert.ok(result.error.message.length > 10 && !result.error.message.includes('{'), input);
      }
    }
  });

  test('names the offending token and side', () => {
    const result = decodeScenarioState('ice.prc.cone.1');
    assert.ok(!result.ok);
    assert.deepEqual(result.error.params, { token: 'cone', side: 'B' });
  });

  test('never throws, whatever the input', () => {
    const alphabet = 'ice.prcsymfno_t0123456789#-~% ';
    let seed = 1;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const length = i % 30;
      for (let j = 0; j < length; j++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      assert.doesNotThrow(() => decodeScenarioState(text));
    }
    assert.equal(decodeScenarioState(undefined as unknown as string).ok, false);
  });

  test('refuses to encode a state that could not be decoded', () => {
    const base = states[0] as ScenarioState;
    for (const [field, state] of [
      ['step', { ...base, step: -1 }],
      ['step', { ...base, step: 1.5 }],
      ['seed', { ...base, seed: 2 ** 32 }],
      ['natB', { ...base, natB: 'cone' as NatTypeId }],
    ] as const) {
      const result = encodeScenarioState(state);
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'invalid-scenario-state');
      assert.equal(result.error.params['field'], field);
    }
  });
});
