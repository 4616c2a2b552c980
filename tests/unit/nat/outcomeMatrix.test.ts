import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { natTypes, classicNatTypeIds, rfc4787NatTypeIds, withConntrackFiltering, type NatTypeId } from '../../../src/lib/nat/natTypes.ts';
import { computeMatrix, computeOutcome, type Outcome } from '../../../src/lib/nat/outcome.ts';
import { unwrap } from './natTestKit.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { natText } from '../../../src/lib/nat/messages.ts';

const classic = unwrap(computeMatrix(classicNatTypeIds));
const classicWithTurn = unwrap(computeMatrix(classicNatTypeIds, { turn: true }));
const rfc = unwrap(computeMatrix(rfc4787NatTypeIds));
const rfcWithTurn = unwrap(computeMatrix(rfc4787NatTypeIds, { turn: true }));
const rfcConntrack = unwrap(computeMatrix(rfc4787NatTypeIds.map((id) => withConntrackFiltering(natTypes[id]))));

function cell(matrix: typeof classic, row: number, column: number): Outcome {
  const outcome = matrix.cells[row]?.[column];
  assert.ok(outcome);
  return outcome;
}

/**
 * The direct-connectivity rule that follows from RFC 4787 §4.1 and §5 for
 * two peers that start checks at the same time and never predict ports:
 * - two EIM NATs always connect: each side's checks open its own filter;
 * - if only one NAT is EIM, its filtering must let in the other side's new
 *   port, i.e. not be APDF;
 * - two APDM NATs never connect, because every answer leaves through yet
 *   another new port;
 * - otherwise (an ADM NAT and no EIM NAT), with filter state per internal
 *   endpoint (§5's definition) a check from the peer's IP passes any
 *   mapping of an endpoint that has sent to that IP, so neither side may
 *   filter by port; with filter state per mapping (conntrack) the first
 *   check must get in through a mapping made for the STUN server, so one
 *   side must filter nothing (EIF) and the other must not filter by port.
 */
function expectDirect(a: NatTypeId, b: NatTypeId, scope: 'endpoint' | 'mapping' = 'endpoint'): boolean {
  const x = natTypes[a].behaviour;
  const y = natTypes[b].behaviour;
  assert.ok(x && y);
  if (x.mapping === 'EIM' && y.mapping === 'EIM') return true;
  if (x.mapping === 'EIM') return x.filtering !== 'APDF';
  if (y.mapping === 'EIM') return y.filtering !== 'APDF';
  if (x.mapping === 'APDM' && y.mapping === 'APDM') return false;
  if (scope === 'endpoint') return x.filtering !== 'APDF' && y.filtering !== 'APDF';
  return (x.filtering === 'EIF' && y.filtering !== 'APDF') || (y.filtering === 'EIF' && x.filtering !== 'APDF');
}

describe('classic 4×4 matrix', () => {
  test('only port-restricted ↔ symmetric and symmetric ↔ symmetric fail without TURN', () => {
    const failing: string[] = [];
    classicNatTypeIds.forEach((a, row) =>
      classicNatTypeIds.forEach((b, column) => {
        if (cell(classic, row, column).via === 'none') failing.push(`${a}×${b}`);
      }),
    );
    assert.deepEqual(failing, ['port-restricted-cone×symmetric', 'symmetric×port-restricted-cone', 'symmetric×symmetric']);
  });

  test('cone ↔ cone pairs connect on server-reflexive candidates', () => {
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 3; column++) {
        const outcome = cell(classic, row, column);
        assert.equal(outcome.reason, 'direct-reflexive');
        assert.deepEqual(outcome.pair?.a && [outcome.pair.a.local, outcome.pair.a.remote], ['srflx', 'srflx']);
      }
    }
  });

  test('symmetric against a full or restricted cone connects through a peer-reflexive candidate', () => {
    for (const coneIndex of [0, 1]) {
      // Cone is A (controlling), symmetric is B.
      const coneFirst = cell(classic, coneIndex, 3);
      assert.equal(coneFirst.reason, 'direct-peer-reflexive');
      assert.deepEqual(coneFirst.params, { learner: 'A', other: 'B' });
      assert.deepEqual([coneFirst.pair?.a.local, coneFirst.pair?.a.remote], ['srflx', 'prflx']);
      assert.deepEqual([coneFirst.pair?.b.local, coneFirst.pair?.b.remote], ['prflx', 'srflx']);
      // Symmetric is A.
      const symmetricFirst = cell(classic, 3, coneIndex);
      assert.deepEqual([symmetricFirst.pair?.a.local, symmetricFirst.pair?.a.remote], ['prflx', 'srflx']);
      assert.deepEqual([symmetricFirst.pair?.b.local, symmetricFirst.pair?.b.remote], ['srflx', 'prflx']);
    }
  });

  test('with TURN every pair connects, through the relay exactly where the direct path fails', () => {
    classicNatTypeIds.forEach((_, row) =>
      classicNatTypeIds.forEach((__, column) => {
        const withoutTurn = cell(classic, row, column);
        const withTurn = cell(classicWithTurn, row, column);
        assert.equal(withTurn.via, withoutTurn.direct ? 'direct' : 'turn');
      }),
    );
  });

  test('a relayed outcome has a relayed candidate on at least one side', () => {
    const outcome = cell(classicWithTurn, 3, 3);
    assert.equal(outcome.reason, 'relayed');
    const types = [outcome.pair?.a.local, outcome.pair?.a.remote, outcome.pair?.b.local, outcome.pair?.b.remote];
    assert.ok(types.includes('relay'));
    assert.match(String(outcome.params['relay']), /^192\.0\.2\.20:\d+$/);
  });
});

describe('RFC 4787 9×9 matrix (mapping × filtering)', () => {
  test('each cell matches the rule derived from the RFC definitions', () => {
    rfc4787NatTypeIds.forEach((a, row) =>
      rfc4787NatTypeIds.forEach((b, column) => {
        assert.equal(cell(rfc, row, column).direct, expectDirect(a, b), `${a} × ${b}`);
      }),
    );
  });

  test('with conntrack-like filter state per mapping, each cell matches the per-mapping rule', () => {
    rfc4787NatTypeIds.forEach((a, row) =>
      rfc4787NatTypeIds.forEach((b, column) => {
        assert.equal(cell(rfcConntrack, row, column).direct, expectDirect(a, b, 'mapping'), `${a} × ${b}`);
      }),
    );
  });

  test('ADM+ADF against ADM+ADF connects under RFC 4787 §5 and fails when filter state is per mapping, as on Linux', () => {
    const index = rfc4787NatTypeIds.indexOf('adm-adf');
    assert.equal(cell(rfc, index, index).via, 'direct');
    assert.equal(cell(rfcConntrack, index, index).via, 'none');
  });

  test('the matrix is symmetric: who is controlling does not change whether peers connect', () => {
    rfc4787NatTypeIds.forEach((_, row) =>
      rfc4787NatTypeIds.forEach((__, column) => {
        assert.equal(cell(rfc, row, column).via, cell(rfc, column, row).via);
      }),
    );
  });

  test('with TURN all 81 pairs connect, directly where they could without it', () => {
    rfc4787NatTypeIds.forEach((_, row) =>
      rfc4787NatTypeIds.forEach((__, column) => {
        assert.equal(cell(rfcWithTurn, row, column).via, cell(rfc, row, column).direct ? 'direct' : 'turn');
      }),
    );
  });

  test('two APDM NATs that do not filter by port fail because every answer comes from a new port', () => {
    const index = rfc4787NatTypeIds.indexOf('apdm-eif');
    assert.equal(cell(rfc, index, index).reason, 'failed-asymmetric');
  });

  test('port-filtering failures are explained by the filtered drops', () => {
    const row = rfc4787NatTypeIds.indexOf('eim-apdf');
    const column = rfc4787NatTypeIds.indexOf('apdm-apdf');
    const outcome = cell(rfc, row, column);
    assert.equal(outcome.reason, 'failed-filtered');
    assert.equal(outcome.params['drop'], 'filtered');
  });
});

describe('computeOutcome', () => {
  test('two hosts without NAT connect on host candidates', () => {
    const outcome = unwrap(computeOutcome('none', 'none'));
    assert.equal(outcome.reason, 'direct-host');
    assert.deepEqual([outcome.pair?.a.local, outcome.pair?.a.remote], ['host', 'host']);
  });

  test('the Linux masquerade preset behaves like a port-restricted cone toward a symmetric NAT', () => {
    assert.equal(unwrap(computeOutcome('linux-masquerade', 'symmetric')).via, 'none');
    assert.equal(unwrap(computeOutcome('linux-masquerade', 'port-restricted-cone')).via, 'direct');
  });

  test('the outcome reason and params explain it in English and Japanese', () => {
    const outcome = unwrap(computeOutcome('port-restricted-cone', 'symmetric'));
    const text = { en: translator('en', natText)(`outcome.${outcome.reason}`, outcome.params), ja: translator('ja', natText)(`outcome.${outcome.reason}`, outcome.params) };
    assert.match(text.en, /TURN/);
    assert.match(text.ja, /TURN/);
    assert.doesNotMatch(text.en + text.ja, /\{/);
  });

  test('the same inputs always give the same outcome, whatever the seed', () => {
    assert.deepEqual(unwrap(computeOutcome('restricted-cone', 'symmetric', { seed: 5 })), unwrap(computeOutcome('restricted-cone', 'symmetric', { seed: 5 })));
    assert.equal(unwrap(computeOutcome('restricted-cone', 'symmetric', { seed: 9 })).via, 'direct');
  });

  test('an unknown NAT type is an error, not an exception', () => {
    const result = computeOutcome('cone' as NatTypeId, 'symmetric');
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'unknown-nat-type');
  });

  test('an invalid custom behaviour is an error naming the field', () => {
    const base = natTypes['full-cone'].behaviour;
    assert.ok(base);
    const result = computeMatrix([{ id: 'broken', behaviour: { ...base, portMin: 70000 } }]);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.field, 'portMin');
  });
});
