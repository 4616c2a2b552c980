/**
 * The simulator against reality: every cell of the committed matrix
 * recording (real Chromium behind real Linux NATs, `npm run lab -- matrix`)
 * must come out the same in `computeOutcome`, for each ICE configuration
 * (STUN, STUN + TURN, TURN with `iceTransportPolicy: 'relay'`): connected
 * or not, through a relay or not, and the candidate types at both ends of
 * each side's selected pair (side A's local→remote types included).
 *
 * Reality wins. When a cell differs, fix the simulator, not the recording.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { simulatorNatTypeForMode } from '../../../src/lib/lab/labModes.ts';
import { readRecording, type MatrixCell } from '../../../src/lib/lab/recordings.ts';
import { compareWithSimulator } from '../../../scripts/lab/simulatorComparison.ts';
import { computeOutcome } from '../../../src/lib/nat/index.ts';

const json: unknown = JSON.parse(readFileSync(new URL('../../../src/data/lab/matrix.json', import.meta.url), 'utf8'));
const read = readRecording(json, 'matrix');
if (!read.ok) throw new Error(read.error.message);
const recording = read.value;

function simulate(cell: MatrixCell) {
  const r = computeOutcome(simulatorNatTypeForMode(cell.a), simulatorNatTypeForMode(cell.b), {
    turn: cell.ice !== 'stun',
    ...(cell.ice === 'relay' ? { iceTransportPolicy: 'relay' as const } : {}),
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

const configs = [
  ['stun', 'STUN only'],
  ['turn', 'STUN and TURN'],
  ['relay', 'relay-only (iceTransportPolicy "relay")'],
] as const;

describe('the recording covers the whole matrix', () => {
  test('every ordered pair of modes with STUN, with TURN and relay-only', () => {
    assert.equal(recording.cells.length, recording.modes.length ** 2 * recording.iceConfigs.length);
    assert.deepEqual([...recording.iceConfigs].sort(), ['relay', 'stun', 'turn']);
  });

  test('every browser gathered a host candidate wherever its policy allows host candidates', () => {
    for (const cell of recording.cells.filter((c) => c.ice !== 'relay')) {
      for (const side of ['a', 'b'] as const) {
        assert.ok(cell.result[side].candidates.some((line) => line.includes(' typ host ')), `${cell.a} × ${cell.b} ${cell.ice}, side ${side}`);
      }
    }
  });

  test('nothing tried to leave the lab while it was recorded', () => {
    assert.equal(recording.guard.droppedPackets, 0);
  });
});

for (const [ice, label] of configs) {
  describe(`simulator and real NATs agree, ${label}`, () => {
    const cells = recording.cells.filter((c) => c.ice === ice);
    for (const cell of cells) {
      test(`${cell.a} (A, offerer) × ${cell.b} (B)`, () => {
        const cmp = compareWithSimulator(cell.result, simulate(cell));
        assert.deepEqual(cmp.differences, [], `real ${JSON.stringify(cmp.real)} vs simulated ${JSON.stringify(cmp.simulated)}`);
      });
    }

    test('tally: cells equal / total and side A pair types equal / total', (t) => {
      let cellsEqual = 0;
      let pairsEqual = 0;
      let pairsTotal = 0;
      for (const cell of cells) {
        const cmp = compareWithSimulator(cell.result, simulate(cell));
        if (cmp.matches) cellsEqual++;
        if (cmp.real.via !== 'none') {
          pairsTotal++;
          if (cmp.real.a === cmp.simulated.a) pairsEqual++;
        }
      }
      t.diagnostic(`${label}: cells ${cellsEqual}/${cells.length}, side A pair types ${pairsEqual}/${pairsTotal}`);
      assert.equal(cells.length, recording.modes.length ** 2);
      assert.equal(cellsEqual, cells.length);
      assert.equal(pairsEqual, pairsTotal);
    });
  });
}

describe('relay-only in the recording', () => {
  test('real Chromium selected relay→relay on both sides in every relay-only cell, and so does the simulator', () => {
    for (const cell of recording.cells.filter((c) => c.ice === 'relay')) {
      const cmp = compareWithSimulator(cell.result, simulate(cell));
      assert.deepEqual(cmp.real, { via: 'turn', a: 'relay→relay', b: 'relay→relay' }, `${cell.a} × ${cell.b}`);
      assert.deepEqual(cmp.simulated, cmp.real);
    }
  });

  test('with STUN and TURN, a symmetric NAT against plain or random masquerade selects the peer-reflexive → relay pair, as Chromium did', () => {
    // RFC 8445 §6.1.2.3: with equal MIN and MAX the controlling side's
    // larger priority breaks the tie, so prflx(A)→relay(B) outranks
    // relay(A)→prflx(B) by one.
    for (const b of ['linux-masquerade', 'masquerade-random'] as const) {
      const cell = recording.cells.find((c) => c.ice === 'turn' && c.a === 'masquerade-random' && c.b === b);
      assert.ok(cell);
      const cmp = compareWithSimulator(cell.result, simulate(cell));
      assert.equal(cmp.real.a, 'prflx→relay');
      assert.equal(cmp.simulated.a, 'prflx→relay');
    }
  });
});
