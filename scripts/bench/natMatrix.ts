/**
 * Times `computeMatrix` for the RFC 4787 9×9 (no TURN): median of 20 runs
 * after one warm-up run. Prints `{ "natMatrix9x9Ms": N }`.
 *
 * Run: node_modules/.bin/node scripts/bench/natMatrix.ts
 */
import { computeMatrix, rfc4787NatTypeIds } from '../../src/lib/nat/index.ts';

const runs = 20;
computeMatrix(rfc4787NatTypeIds);
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const matrix = computeMatrix(rfc4787NatTypeIds);
  times.push(performance.now() - start);
  if (!matrix.ok) throw new Error(matrix.error.message);
}
times.sort((a, b) => a - b);
const middle = times.length / 2;
const median = ((times[Math.floor(middle) - 1] ?? 0) + (times[Math.floor(middle)] ?? 0)) / 2;
console.log(JSON.stringify({ natMatrix9x9Ms: Math.round(median * 100) / 100 }));
