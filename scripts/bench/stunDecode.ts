/**
 * How fast the STUN explorer can re-decode a message as the reader edits it:
 * decodes the four RFC 5769 test vectors in a loop for about one second and
 * prints `{ "stunDecodePerSecond": N }` (messages per second).
 *
 * Run: node_modules/.bin/node scripts/bench/stunDecode.ts
 */
import { decodeStun } from '../../src/lib/stun/decode.ts';
import { parseHex } from '../../src/lib/stun/hex.ts';
import { RFC5769_VECTORS } from '../../src/lib/stun/rfc5769.ts';

const messages = RFC5769_VECTORS.map((vector) => {
  const bytes = parseHex(vector.hex);
  if (!bytes.ok) throw new Error(`RFC 5769 §${vector.section} does not parse: ${bytes.error.message}`);
  return bytes.value;
});

function decodeAll(): void {
  for (const bytes of messages) {
    const result = decodeStun(bytes);
    if (!result.ok) throw new Error(`decode failed: ${result.error.message}`);
  }
}

// Warm up so that the timed loop measures optimised code.
const warmUpEnd = performance.now() + 200;
while (performance.now() < warmUpEnd) decodeAll();

const durationMs = 1000;
let decoded = 0;
const start = performance.now();
let elapsed = 0;
while (elapsed < durationMs) {
  for (let i = 0; i < 100; i++) decodeAll();
  decoded += 100 * messages.length;
  elapsed = performance.now() - start;
}

console.log(JSON.stringify({ stunDecodePerSecond: Math.round((decoded / elapsed) * 1000) }));
