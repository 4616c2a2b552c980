/**
 * Reads the file a reader drops on the dump doctor: the
 * `chrome://webrtc-internals` dump as plain JSON or as saved with "Compress
 * result" (a gzip member, RFC 1952), and recognises the files people send
 * instead (the page's "rtcstats dump", a Firefox about:webrtc save) so it can
 * say what to download. Never throws; every bad input is a typed error.
 */
import { Gunzip } from 'fflate';
import { err, ok, type LibError, type Result } from '../result.ts';

/** The largest file, and the largest decompressed dump, the doctor reads (100 MiB). */
export const MAX_DUMP_BYTES = 100 * 1024 * 1024;

/** Stable codes of {@link DumpReadError}. */
export type DumpReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt-compressed'
  | 'rtcstats-dump'
  | 'firefox-about-webrtc'
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

function fail(code: DumpReadErrorCode, message: string, detail: number | null = null): { ok: false; error: DumpReadError } {
  return err({ code, message, detail });
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
  if (bytes.length === 0) return fail('empty', 'The file is empty. Download the dump again from chrome://webrtc-internals.');
  if (bytes.length > MAX_DUMP_BYTES) return tooLarge();
  let data = bytes;
  const compressed = isGzip(bytes);
  if (compressed) {
    const r = inflate(bytes);
    if ('tooLarge' in r) return tooLarge();
    if ('error' in r) {
      return fail(
        'corrupt-compressed',
        `The file is gzip-compressed but cannot be decompressed (${r.error}); it was probably cut off while downloading or copying. Download the dump again, or untick "Compress result" before downloading.`,
      );
    }
    data = r.data;
  }
  return ok({ text: new TextDecoder('utf-8').decode(data), compressed });
}

function tooLarge(): { ok: false; error: DumpReadError } {
  return fail(
    'too-large',
    `The dump is larger than ${MAX_DUMP_BYTES / 1024 / 1024} MiB, the most this page reads. Close other tabs' calls before taking the dump, or reproduce the problem in a fresh window so the dump holds only that call.`,
    MAX_DUMP_BYTES,
  );
}

/**
 * Recognises files that are not a webrtc-internals dump but are often sent
 * instead, from their first characters.
 */
function recogniseOther(text: string): DumpReadError | null {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('RTCStatsDump')) {
    return {
      code: 'rtcstats-dump',
      message:
        'This is an "rtcstats dump" (the second download button on chrome://webrtc-internals), which this page does not read yet. Use the first button, "Download the webrtc-internals dump", with or without "Compress result".',
      detail: null,
    };
  }
  if (/^<(!doctype|html|head|body|meta|\?xml)/i.test(head) || head.startsWith('<')) {
    if (/about:webrtc|aboutwebrtc|webrtc-internals/i.test(text.slice(0, 200_000)) && !/webrtc_internals\.js/.test(text.slice(0, 200_000))) {
      return {
        code: 'firefox-about-webrtc',
        message:
          'This looks like a page saved from Firefox\'s about:webrtc, which this page does not read yet. If you can, reproduce the call in Chrome or Edge and download the dump from chrome://webrtc-internals (edge://webrtc-internals).',
        detail: null,
      };
    }
    return {
      code: 'not-json',
      message:
        'This is a web page (HTML), not a dump. Saving chrome://webrtc-internals with "Save page as" does not keep the data: open "Create a WebRTC-Internals dump" on that page and click "Download the webrtc-internals dump".',
      detail: 0,
    };
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
    return fail('not-a-dump', 'This is JSON, but not a webrtc-internals dump (that is one object with a "PeerConnections" member). Download the dump from chrome://webrtc-internals.');
  }
  const o = json as Record<string, unknown>;
  const pcs = o['PeerConnections'];
  if (typeof pcs !== 'object' || pcs === null || Array.isArray(pcs)) {
    return fail('not-a-dump', 'This is JSON, but not a webrtc-internals dump: it has no "PeerConnections" member. Download the dump from chrome://webrtc-internals.');
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
    return fail(
      'no-peer-connections',
      'The dump holds no peer connections. chrome://webrtc-internals only records connections created while it is open: open it first, then start (or restart) the call in another tab, and download the dump before closing that tab.',
    );
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
  if (text.trim() === '') return fail('empty', 'There is nothing to read. Drop the dump file here, pick it, or paste its JSON.');
  const other = recogniseOther(text);
  if (other) return err(other);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trimStart();
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && endsUnfinished(text)) {
      return fail(
        'truncated-json',
        `The JSON stops in the middle (after ${text.length.toLocaleString('en')} characters): the file was cut off, or only part of it was pasted. Download the dump again; for a large dump, drop the file instead of pasting it.`,
        text.length,
      );
    }
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? Number(m[1]) : 0;
    return fail(
      'not-json',
      `This is not JSON (${(e as Error).message}). A webrtc-internals dump is a JSON file; drop the file Chrome downloaded, or paste its whole text.`,
      at,
    );
  }
  return checkDumpShape(json, compressed);
}
