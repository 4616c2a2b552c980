/**
 * The two-machine test's data test over the selected pair: control
 * messages as JSON text on the data channel (RFC 8831 §6.6, text and
 * binary messages share one channel), round-trip times from ping/pong, and
 * throughput from the bytes one side sends and the other receives.
 *
 * MB here is 1,000,000 bytes, as network throughput is usually given.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** A control message of the data test. */
export type DataTestMessage =
  | { readonly k: 'ping'; readonly id: number; readonly t: number }
  | { readonly k: 'pong'; readonly id: number; readonly t: number }
  /** The sender is about to send `bytes` bytes as binary messages. */
  | { readonly k: 'upload'; readonly bytes: number }
  /** The receiver got all of them; `ms` from the first to the last chunk. */
  | { readonly k: 'received'; readonly bytes: number; readonly ms: number }
  /** Asks the other side to upload `bytes` bytes to this side. */
  | { readonly k: 'request'; readonly bytes: number };

/** The default size of one direction of the throughput test: 16 MB. */
export const DEFAULT_TEST_BYTES = 16_000_000;
/** Size of one binary message (within every browser's max-message-size of 256 KiB). */
export const CHUNK_BYTES = 64 * 1024;
/** The largest transfer a peer may ask for (so a hostile peer cannot make this side send forever). */
export const MAX_TEST_BYTES = 64_000_000;

/** Why a data-channel message was refused. */
export interface DataTestError extends LibError {
  readonly code: 'not-json' | 'unknown-kind' | 'bad-field';
}

/**
 * Writes a control message.
 *
 * @param message - The message.
 * @returns JSON text.
 */
export function encodeDataTestMessage(message: DataTestMessage): string {
  return JSON.stringify(message);
}

/**
 * Reads a control message from the other side. Never throws.
 *
 * @param text - A text message from the data channel.
 * @returns The message, or why it was refused.
 */
export function decodeDataTestMessage(text: string): Result<DataTestMessage, DataTestError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err({ code: 'not-json', message: `A data-channel message is not JSON: ${text.slice(0, 40)}.` });
  }
  if (typeof value !== 'object' || value === null) return err({ code: 'not-json', message: 'A data-channel message is not a JSON object.' });
  const v = value as Record<string, unknown>;
  const count = (name: string, max: number) => {
    const n = v[name];
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max ? n : null;
  };
  switch (v['k']) {
    case 'ping':
    case 'pong': {
      const id = count('id', 2 ** 31);
      const t = count('t', Number.MAX_SAFE_INTEGER);
      if (id === null || t === null) return err({ code: 'bad-field', message: `A ${String(v['k'])} message needs numeric id and t.` });
      return ok({ k: v['k'], id, t });
    }
    case 'upload':
    case 'request': {
      const bytes = count('bytes', MAX_TEST_BYTES);
      if (bytes === null) return err({ code: 'bad-field', message: `A ${String(v['k'])} message needs a byte count up to ${MAX_TEST_BYTES}.` });
      return ok({ k: v['k'], bytes });
    }
    case 'received': {
      const bytes = count('bytes', MAX_TEST_BYTES);
      const ms = count('ms', 3_600_000);
      if (bytes === null || ms === null) return err({ code: 'bad-field', message: 'A received message needs bytes and ms.' });
      return ok({ k: 'received', bytes, ms });
    }
    default:
      return err({ code: 'unknown-kind', message: `A data-channel message has the unknown kind ${JSON.stringify(v['k'])}.` });
  }
}

/**
 * Throughput in MB/s (1 MB = 1,000,000 bytes).
 *
 * @param bytes - Bytes moved.
 * @param ms - Time taken, in milliseconds.
 * @returns MB/s rounded to one decimal, or `null` when no time was measured.
 * @example megabytesPerSecond(16_000_000, 800) // → 20
 */
export function megabytesPerSecond(bytes: number, ms: number): number | null {
  if (!(ms > 0) || !(bytes >= 0)) return null;
  return Math.round((bytes / 1_000_000 / (ms / 1000)) * 10) / 10;
}

/** Summary of a ping series. */
export interface RttSummary {
  readonly count: number;
  readonly minMs: number;
  readonly medianMs: number;
  readonly maxMs: number;
}

/**
 * Minimum, median and maximum of round-trip times.
 *
 * @param samples - Round-trip times in ms.
 * @returns The summary (values to 0.1 ms), or `null` for no samples.
 */
export function summarizeRtt(samples: readonly number[]): RttSummary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { count: sorted.length, minMs: r(sorted[0] ?? 0), medianMs: r(median), maxMs: r(sorted[sorted.length - 1] ?? 0) };
}
