/**
 * The simulator against reality: every cell of the committed matrix
 * recording (real Chromium behind real Linux NATs, `npm run lab -- matrix`)
 * must come out the same in `computeOutcome`: connected or not, through a
 * relay or not, and the candidate types at both ends of each side's
 * selected pair (which side used a peer-reflexive or relay candidate).
 *
 * Reality wins. When a cell differs, fix the simulator, not the recording.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { simulatorPresetForMode } from '../../../src/lib/lab/labModes.ts';
import { readRecording, type MatrixCell } from '../../../src/lib/lab/recordings.ts';
import { compareWithSimulator, realOutcome } from '../../../src/lib/lab/simulatorComparison.ts';
import { computeOutcome } from '../../../src/lib/nat/index.ts';

const json: unknown = JSON.parse(readFileSync(new URL('../../../src/data/lab/matrix.json', import.meta.url), 'utf8'));
const read = readRecording(json, 'matrix');
if (!read.ok) throw new Error(read.error.message);
const recording = read.value;

function simulate(cell: MatrixCell) {
  const r = computeOutcome(simulatorPresetForMode[cell.a], simulatorPresetForMode[cell.b], { turn: cell.ice === 'turn' });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

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

for (const ice of ['stun', 'turn'] as const) {
  describe(`simulator and real NATs agree, ${ice === 'stun' ? 'STUN only' : 'STUN and TURN'}`, () => {
    for (const cell of recording.cells.filter((c) => c.ice === ice)) {
      test(`${cell.a} (A, offerer) × ${cell.b} (B)`, () => {
        const cmp = compareWithSimulator(cell.result, simulate(cell));
        assert.deepEqual(cmp.differences, [], `real ${JSON.stringify(cmp.real)} vs simulated ${JSON.stringify(cmp.simulated)}`);
      });
    }
  });
}

describe('relay-only (iceTransportPolicy "relay")', () => {
  // The simulator has no relay-only policy, so these cells are checked
  // against what RFC 8445 §5.1.1.2 and the policy imply: both sides use
  // their own relay candidate and send to the other's.
  for (const cell of recording.cells.filter((c) => c.ice === 'relay')) {
    test(`${cell.a} × ${cell.b} connects relay to relay on both sides`, () => {
      assert.deepEqual(realOutcome(cell.result), { via: 'turn', a: 'relay→relay', b: 'relay→relay' });
    });
  }
});
