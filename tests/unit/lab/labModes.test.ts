import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classicLabModes, intendedBehaviour, labNatModes, parseLabNatMode, simulatorPresetForMode } from '../../../src/lib/lab/labModes.ts';
import { isNatTypeId, natTypes } from '../../../src/lib/nat/natTypes.ts';

describe('mode names', () => {
  test('accepts every mode id', () => {
    for (const mode of labNatModes) assert.deepEqual(parseLabNatMode(mode), { ok: true, value: mode });
  });

  test('accepts the classic names and the simulator\'s "none"', () => {
    assert.deepEqual(parseLabNatMode('symmetric'), { ok: true, value: 'masquerade-random' });
    assert.deepEqual(parseLabNatMode('port-restricted-cone'), { ok: true, value: 'linux-masquerade' });
    assert.deepEqual(parseLabNatMode(' NONE '), { ok: true, value: 'no-nat' });
  });

  test('names the valid modes when a name is unknown', () => {
    const r = parseLabNatMode('cone');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'unknown-lab-mode');
    assert.match(!r.ok ? r.error.message : '', /full-cone/);
  });
});

describe('relation to the simulator', () => {
  test('every mode maps onto a simulator NAT type', () => {
    for (const mode of labNatModes) assert.ok(isNatTypeId(simulatorPresetForMode[mode]), mode);
  });

  test('each NAT mode is built for the mapping and filtering of its simulator type', () => {
    for (const mode of labNatModes) {
      const b = natTypes[simulatorPresetForMode[mode]].behaviour;
      const intended = intendedBehaviour[mode];
      if (b === null) assert.equal(intended.mapping, 'none', mode);
      else assert.deepEqual([intended.mapping, intended.filtering], [b.mapping, b.filtering], mode);
    }
  });

  test('the four classic modes stand for the simulator\'s classic types in matrix order', () => {
    assert.deepEqual(
      classicLabModes.map((m) => simulatorPresetForMode[m]),
      ['full-cone', 'restricted-cone', 'linux-masquerade', 'symmetric'],
    );
  });
});
