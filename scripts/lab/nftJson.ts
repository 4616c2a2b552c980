/**
 * Reads the JSON that `nft -j` prints (libnftables JSON schema 1): named
 * counters of the lab's guard and router tables, and the per-flow counters
 * of a switch's dynamic set.
 *
 * Flow: `scripts/lab/counters.ts` runs `nft -j …` in each namespace and
 * passes the text here; recordings store the result.
 */
import { err, ok, type LibError, type Result } from '../../src/lib/result.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { labText } from '../../src/lib/lab/messages.ts';
import type { UdpFlow } from '../../src/lib/lab/recordings.ts';

/** A named nftables counter. */
export interface NamedCounter {
  readonly family: string;
  readonly table: string;
  readonly name: string;
  readonly packets: number;
  readonly bytes: number;
}

/** Error for text that is not `nft -j` output. */
export interface NftJsonError extends LibError {
  readonly code: 'nft-json-invalid';
}

function parseTop(text: string): Result<unknown[], NftJsonError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err({ code: 'nft-json-invalid', message: translator('en', labText)('error.nft-json-invalid') });
  }
  const list = (data as { nftables?: unknown }).nftables;
  if (!Array.isArray(list)) return err({ code: 'nft-json-invalid', message: translator('en', labText)('error.nft-json-invalid') });
  return ok(list);
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Extracts the named counters from `nft -j list table …` or `nft -j reset counters …`.
 *
 * @param text - nft's JSON output
 * @returns the counters in output order
 * @example parseNftCounters('{"nftables":[{"counter":{"family":"inet","table":"t","name":"c","packets":2,"bytes":96}}]}') // ok([{ … packets: 2 … }])
 */
export function parseNftCounters(text: string): Result<NamedCounter[], NftJsonError> {
  const top = parseTop(text);
  if (!top.ok) return top;
  const out: NamedCounter[] = [];
  for (const item of top.value) {
    const c = (item as { counter?: Record<string, unknown> }).counter;
    if (!c || typeof c['name'] !== 'string') continue;
    out.push({ family: String(c['family']), table: String(c['table']), name: c['name'], packets: num(c['packets']), bytes: num(c['bytes']) });
  }
  return ok(out);
}

/**
 * Extracts per-flow counters from `nft -j list set bridge icelab_flows udp_flows`.
 *
 * @param text - nft's JSON output
 * @returns one entry per flow direction, sorted by packets (most first), then by address
 */
export function parseFlowSet(text: string): Result<UdpFlow[], NftJsonError> {
  const top = parseTop(text);
  if (!top.ok) return top;
  const out: UdpFlow[] = [];
  for (const item of top.value) {
    const set = (item as { set?: { elem?: unknown[] } }).set;
    for (const el of set?.elem ?? []) {
      const e = (el as { elem?: { val?: { concat?: unknown[] }; counter?: { packets?: unknown; bytes?: unknown } } }).elem;
      const parts = e?.val?.concat;
      if (!Array.isArray(parts) || parts.length !== 4) continue;
      out.push({
        source: String(parts[0]),
        sourcePort: num(parts[1]),
        destination: String(parts[2]),
        destinationPort: num(parts[3]),
        packets: num(e?.counter?.packets),
        bytes: num(e?.counter?.bytes),
      });
    }
  }
  out.sort(
    (x, y) =>
      y.packets - x.packets ||
      x.source.localeCompare(y.source) ||
      x.sourcePort - y.sourcePort ||
      x.destination.localeCompare(y.destination) ||
      x.destinationPort - y.destinationPort,
  );
  return ok(out);
}
