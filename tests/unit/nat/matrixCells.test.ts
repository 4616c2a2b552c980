import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matrixCells } from '../../../src/lib/nat/matrixCells.ts';
import { classicNatTypeIds } from '../../../src/lib/nat/natTypes.ts';
import { computeMatrix, type Outcome } from '../../../src/lib/nat/outcome.ts';
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
    const cells = unwrap(matrixCells(['full-cone', 'symmetric']));
    const order = [...cells].map((cell) => [cell.row, cell.column]);
    assert.deepEqual(order, [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  test('rejects an unknown NAT type before computing anything', () => {
    const result = matrixCells(['full-cone', 'leaky-cone' as never]);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'unknown-nat-type');
  });
});
