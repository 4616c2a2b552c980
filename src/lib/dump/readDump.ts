/**
 * Reads the file a reader drops on the dump doctor: the
 * `chrome://webrtc-internals` dump as plain JSON or as saved with "Compress
 * result" (a gzip member, RFC 1952), and recognises the files people send
 * instead (the page's "rtcstats dump", a Firefox about:webrtc save) so it can
 * say what to download. Never throws; every bad input is a typed error.
 */
import { Gunzip } from 'fflate';
import { err, ok, type LibError, type Result } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import { dumpText } from './messages.ts';

const english = translator('en', dumpText);

/** The largest file, and the largest decompressed dump, the doctor reads (100 MiB). */
export const MAX_DUMP_BYTES = 100 * 1024 * 1024;

/** Stable codes of {@link DumpReadError}. */
export type DumpReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt-compressed'
  | 'rtcstats-dump'
  | 'firefox-about-webrtc'
  | 'html-page'
  | 'not-json'
  | 'truncated-json'
  | 'not-a-dump'
  | 'no-peer-connections';

/** Why a file is not a dump the doctor can read. */
export interface DumpReadError extends LibError {
  readonly code: DumpReadErrorCode;
  /** For `too-large`: the limit in bytes. For `not-json`: the character offset of the problem. */
  readonly detail: number | null;
}

/** One `updateLog` entry: an API call or event with its time (ms since the epoch). */
export interface RawEvent {
  readonly type: string;
  readonly value: string;
  readonly time: number;
}

/** One stats series: `values` still JSON-encoded, as in the dump (decoded on demand). */
export interface RawSeries {
  readonly statsType: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly values: string;
}

/** One peer connection as the dump holds it. */
export interface RawConnection {
  readonly id: string;
  readonly url: string;
  readonly rtcConfiguration: string;
  readonly constraints: string;
  readonly events: readonly RawEvent[];
  /** Keyed `"<stats id>-<stat name>"`. */
  readonly stats: Readonly<Record<string, RawSeries>>;
}

/** A webrtc-internals dump, checked for shape. */
export interface RawDump {
  readonly compressed: boolean;
  readonly userAgent: string;
  /** When the dump was taken (ms since the epoch), when the dump says. */
  readonly timestamp: number | null;
  readonly getUserMediaCalls: number;
  readonly connections: readonly RawConnection[];
}

/** The error with its English message from the dictionary, plus what the reader of a log needs (`why`). */
function fail(code: DumpReadErrorCode, why = '', detail: number | null = null): { ok: false; error: DumpReadError } {
  const message = english(`error.${code}`, { limit: MAX_DUMP_BYTES / 1024 / 1024, at: detail ?? 0 });
  return err({ code, message: why ? `${message} (${why})` : message, detail });
}

/** Whether bytes start with the gzip magic number (RFC 1952 §2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates gzip in 1 MiB steps and stops as soon as the output passes the
 * limit, so a small file that inflates to gigabytes is refused without
 * allocating them.
 */
function inflate(bytes: Uint8Array): { data: Uint8Array } | { tooLarge: true } | { error: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  const g = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > MAX_DUMP_BYTES) over = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    const step = 1024 * 1024;
    for (let i = 0; i < bytes.length && !over; i += step) g.push(bytes.subarray(i, Math.min(bytes.length, i + step)), i + step >= bytes.length);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (over) return { tooLarge: true };
  if (!ended) return { error: 'unexpected end of data' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { data: out };
}

/**
 * Turns the file's bytes into text: inflates gzip, decodes UTF-8.
 *
 * @param bytes - the file as read
 * @returns the text and whether it was compressed, or `too-large`/`corrupt-compressed`/`empty`
 */
export function decodeDumpBytes(bytes: Uint8Array): Result<{ text: string; compressed: boolean }, DumpReadError> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > MAX_DUMP_BYTES) return tooLarge();
  let data = bytes;
  const compressed = isGzip(bytes);
  if (compressed) {
    const r = inflate(bytes);
    if ('tooLarge' in r) return tooLarge();
    if ('error' in r) {
      return fail('corrupt-compressed', r.error);
    }
    data = r.data;
  }
  return ok({ text: new TextDecoder('utf-8').decode(data), compressed });
}

function tooLarge(): { ok: false; error: DumpReadError } {
  return fail('too-large', '', MAX_DUMP_BYTES);
}

/**
 * Recognises files that are not a webrtc-internals dump but are often sent
 * instead, from their first characters.
 */
function recogniseOther(text: string): DumpReadError | null {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('RTCStatsDump')) {
    return fail('rtcstats-dump').error;
  }
  if (/^<(!doctype|html|head|body|meta|\?xml)/i.test(head) || head.startsWith('<')) {
    if (/about:webrtc|aboutwebrtc|webrtc-internals/i.test(text.slice(0, 200_000)) && !/webrtc_internals\.js/.test(text.slice(0, 200_000))) {
      return fail('firefox-about-webrtc').error;
    }
    return fail('html-page').error;
  }
  return null;
}

/** Whether JSON text ends inside an unfinished object, array or string. */
function endsUnfinished(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString || depth > 0;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
}

/**
 * Checks the shape of a parsed webrtc-internals dump (as Chromium 156 writes
 * it: `getUserMedia`, `PeerConnections` keyed by id with `url`,
 * `rtcConfiguration`, `constraints`, `updateLog` and `stats`).
 *
 * @param json - the parsed JSON
 * @param compressed - whether the file was gzip
 * @returns the dump, or `not-a-dump` / `no-peer-connections`
 */
export function checkDumpShape(json: unknown, compressed: boolean): Result<RawDump, DumpReadError> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('not-a-dump');
  }
  const o = json as Record<string, unknown>;
  const pcs = o['PeerConnections'];
  if (typeof pcs !== 'object' || pcs === null || Array.isArray(pcs)) {
    return fail('not-a-dump');
  }
  const connections: RawConnection[] = [];
  for (const [id, value] of Object.entries(pcs as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const pc = value as Record<string, unknown>;
    const log = Array.isArray(pc['updateLog']) ? (pc['updateLog'] as unknown[]) : [];
    const events: RawEvent[] = [];
    for (const e of log) {
      if (typeof e !== 'object' || e === null) continue;
      const r = e as Record<string, unknown>;
      const time = typeof r['timestamp'] === 'number' ? r['timestamp'] : typeof r['time'] === 'string' ? Date.parse(r['time']) : Number.NaN;
      events.push({ type: str(r['type']), value: str(r['value']), time });
    }
    const stats: Record<string, RawSeries> = {};
    const rawStats = pc['stats'];
    if (typeof rawStats === 'object' && rawStats !== null) {
      for (const [key, s] of Object.entries(rawStats as Record<string, unknown>)) {
        if (typeof s !== 'object' || s === null) continue;
        const r = s as Record<string, unknown>;
        stats[key] = { statsType: str(r['statsType']), startTime: str(r['startTime']), endTime: str(r['endTime']), values: str(r['values']) };
      }
    }
    connections.push({
      id,
      url: str(pc['url']),
      rtcConfiguration: str(pc['rtcConfiguration']),
      constraints: str(pc['constraints']),
      events,
      stats,
    });
  }
  if (connections.length === 0) {
    return fail('no-peer-connections');
  }
  const gum = o['getUserMedia'];
  return ok({
    compressed,
    userAgent: str(o['UserAgent']),
    timestamp: typeof o['timestamp'] === 'number' ? o['timestamp'] : null,
    getUserMediaCalls: Array.isArray(gum) ? gum.length : 0,
    connections,
  });
}

/**
 * Reads a dropped file or pasted text into a checked dump.
 *
 * @param input - the file's bytes, or pasted text
 * @returns the dump, or an error saying what is wrong and what to download instead
 * @example readDump(new TextEncoder().encode('{"PeerConnections":{}}')) // → error no-peer-connections
 */
export function readDump(input: Uint8Array | string): Result<RawDump, DumpReadError> {
  let text: string;
  let compressed = false;
  if (typeof input === 'string') {
    if (input.length > MAX_DUMP_BYTES) return tooLarge();
    text = input;
  } else {
    const t = decodeDumpBytes(input);
    if (!t.ok) return t;
    text = t.value.text;
    compressed = t.value.compressed;
  }
  if (text.trim() === '') return fail('empty');
  const other = recogniseOther(text);
  if (other) return err(other);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trimStart();
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && endsUnfinished(text)) {
      return fail('truncated-json', `${text.length} characters`, text.length);
    }
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? Number(m[1]) : 0;
    return fail('not-json', (e as Error).message, at);
  }
  return checkDumpShape(json, compressed);
}
