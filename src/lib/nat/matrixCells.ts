/**
 * The connectivity matrix one cell at a time, so a page can compute the
 * 9×9 in short slices between frames instead of one long task. Each cell is
 * the same full ICE session (RFC 8445 agents behind RFC 4787 NATs) that
 * `computeMatrix` runs; nothing is typed in by hand.
 */
import { computeOutcome, type Outcome } from './outcome.ts';
import { resolveNatType, type NatBehaviourError, type NatSpec } from './natTypes.ts';
import { err, ok, type Result } from '../result.ts';

/** One computed cell: row = side A (controlling), column = side B. */
export interface MatrixCell {
  readonly row: number;
  readonly column: number;
  readonly outcome: Outcome;
}

/**
 * Yields the matrix's cells row by row, each computed when asked for.
 * Assembled, they equal `computeMatrix(types, options).cells`.
 *
 * @param types - NAT types for rows and columns
 * @param options - TURN offered, seed, ICE transport policy
 * @param compute - runs one cell's ICE session; `computeOutcome` unless a
 *   caller (or a test that counts the sessions) passes its own
 * @returns a generator of cells, or the first NAT type error
 * @example
 * const cells = unwrap(matrixCells(classicNatTypeIds));
 * for (const cell of cells) grid[cell.row][cell.column] = cell.outcome;
 */
export function matrixCells(
  types: readonly NatSpec[],
  options: { readonly turn?: boolean; readonly seed?: number; readonly iceTransportPolicy?: 'all' | 'relay' } = {},
  compute: typeof computeOutcome = computeOutcome,
): Result<Generator<MatrixCell, void, void>, NatBehaviourError> {
  for (const spec of types) {
    const resolved = resolveNatType(spec);
    if (!resolved.ok) return err(resolved.error);
  }
  const outcomeOptions = {
    turn: options.turn ?? false,
    seed: options.seed ?? 1,
    ...(options.iceTransportPolicy === 'relay' ? { iceTransportPolicy: 'relay' as const } : {}),
  };
  function* cells(): Generator<MatrixCell, void, void> {
    for (let row = 0; row < types.length; row++) {
      for (let column = 0; column < types.length; column++) {
        const outcome = compute(types[row] as NatSpec, types[column] as NatSpec, outcomeOptions);
        // Types were validated above, so every outcome is ok.
        if (outcome.ok) yield { row, column, outcome: outcome.value };
      }
    }
  }
  return ok(cells());
}
