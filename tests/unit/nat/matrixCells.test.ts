import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matrixCells } from '../../../src/lib/nat/matrixCells.ts';
import { classicNatTypeIds } from '../../../src/lib/nat/natTypes.ts';
import { computeMatrix, computeOutcome, type Outcome } from '../../../src/lib/nat/outcome.ts';
import { unwrap } from './natTestKit.ts';

describe('matrixCells', () => {
  for (const turn of [false, true]) {
    test(`assembled cell by cell, the classic matrix equals computeMatrix (TURN ${turn ? 'on' : 'off'})`, () => {
      const grid: Outcome[][] = classicNatTypeIds.map(() => []);
      for (const cell of unwrap(matrixCells(classicNatTypeIds, { turn }))) {
        (grid[cell.row] as Outcome[])[cell.column] = cell.outcome;
      }
      assert.deepEqual(grid, unwrap(computeMatrix(classicNatTypeIds, { turn })).cells);
    });
  }

  test('yields cells row by row and computes nothing until asked', () => {
    const sessions: string[] = [];
    const counting: typeof computeOutcome = (a, b, options) => {
      sessions.push(`${String(a)}→${String(b)}`);
      return computeOutcome(a, b, options);
    };
    const cells = unwrap(matrixCells(['full-cone', 'symmetric'], {}, counting));
    assert.deepEqual(sessions, [], 'no ICE session runs before the first cell is asked for');
    const first = cells.next();
    assert.equal(first.done, false);
    assert.deepEqual(sessions, ['full-cone→full-cone'], 'asking for one cell runs exactly one session');
    const order = [first.value, ...cells].map((cell) => cell && [cell.row, cell.column]);
    assert.deepEqual(order, [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    assert.deepEqual(sessions, ['full-cone→full-cone', 'full-cone→symmetric', 'symmetric→full-cone', 'symmetric→symmetric']);
  });

  test('rejects an unknown NAT type before computing anything', () => {
    let sessions = 0;
    const result = matrixCells(['full-cone', 'leaky-cone' as never], {}, (a, b, options) => {
      sessions += 1;
      return computeOutcome(a, b, options);
    });
    assert.equal(sessions, 0);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'unknown-nat-type');
  });
});
