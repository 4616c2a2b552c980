/**
 * Finds every candidate in whatever a reader pastes into the inspector: a
 * whole SDP offer or answer, a list of bare lines, `RTCIceCandidate.toJSON()`
 * output (one object, an array, or one object per line as in logs), or an
 * `RTCSessionDescription` as JSON. Each candidate is parsed with
 * {@link parseCandidate} and keeps its line number.
 *
 * SDP: candidates are `a=candidate:` attributes of media sections
 * (RFC 8839 §5.1); `a=end-of-candidates` (RFC 8840) ends them; `a=mid`
 * (RFC 5888 §4) names a section.
 */
import type { Result } from '../result.ts';
import type { Candidate, CandidateParseError, ParseCandidateOptions } from './parseCandidate.ts';
import { parseCandidate } from './parseCandidate.ts';

/** Where an extracted candidate was found. */
export type CandidateSource = 'sdp' | 'bare' | 'json';

/** One candidate found in pasted text, parsed or not. */
export interface ExtractedCandidate {
  /**
   * 1-based line number in the pasted text. For an SDP carried inside JSON
   * (`{"type":"offer","sdp":"…"}`) it is the line within that SDP. `null`
   * when a JSON candidate could not be located in the text.
   */
  readonly lineNumber: number | null;
  /** The candidate text handed to the parser; spans refer to it. */
  readonly text: string;
  readonly source: CandidateSource;
  /** `a=mid` of the SDP section, or `sdpMid` from JSON. */
  readonly sdpMid: string | null;
  /** 0-based index of the SDP media section, or `sdpMLineIndex` from JSON. */
  readonly sdpMLineIndex: number | null;
  /** `usernameFragment` from JSON, when present. */
  readonly usernameFragment: string | null;
  readonly result: Result<Candidate, CandidateParseError>;
}

/** Everything found in the pasted text. */
export interface ExtractedCandidates {
  readonly candidates: readonly ExtractedCandidate[];
  /** `true` when `a=end-of-candidates` or an empty JSON `candidate` was seen. */
  readonly endOfCandidates: boolean;
  /** What the text looked like. */
  readonly format: 'sdp' | 'lines' | 'json' | 'empty';
}

const BARE_LINE = /^\S+[ \t]+[0-9]{1,3}[ \t]+(?:udp|tcp)[ \t]/i;
const JSON_CANDIDATE = /"candidate"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const JSON_MID = /"sdpMid"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const JSON_MLINE = /"sdpMLineIndex"\s*:\s*([0-9]+)/;
const JSON_UFRAG = /"usernameFragment"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const MAX_JSON_DEPTH = 8;

/**
 * Extracts and parses every candidate in pasted text. Never throws.
 *
 * @param text - An SDP, candidate lines, or JSON as described in the module comment.
 * @param options - Passed to {@link parseCandidate} for every line.
 * @returns The candidates in order of appearance, with line numbers and results.
 * @example
 * parseCandidatesFromSdp('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=candidate:…')
 * // → { format: 'sdp', candidates: [{ lineNumber: 4, sdpMid: '0', sdpMLineIndex: 0, … }] }
 */
export function parseCandidatesFromSdp(text: string, options: ParseCandidateOptions = {}): ExtractedCandidates {
  if (typeof text !== 'string' || text.trim() === '') return { candidates: [], endOfCandidates: false, format: 'empty' };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJson(trimmed);
    if (parsed.ok) {
      const state: JsonState = { text, cursor: 0, candidates: [], endOfCandidates: false, options };
      walkJson(parsed.value, state, 0);
      return { candidates: state.candidates, endOfCandidates: state.endOfCandidates, format: 'json' };
    }
  }
  return scanLines(text, options);
}

interface JsonState {
  readonly text: string;
  cursor: number;
  readonly candidates: ExtractedCandidate[];
  endOfCandidates: boolean;
  readonly options: ParseCandidateOptions;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function walkJson(value: unknown, state: JsonState, depth: number): void {
  if (depth > MAX_JSON_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) walkJson(item, state, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const candidate = record['candidate'];
  if (typeof candidate === 'string') {
    if (candidate.trim() === '') {
      state.endOfCandidates = true;
      return;
    }
    const mid = record['sdpMid'];
    const mLine = record['sdpMLineIndex'];
    const ufrag = record['usernameFragment'];
    state.candidates.push({
      lineNumber: locate(state, candidate),
      text: candidate,
      source: 'json',
      sdpMid: typeof mid === 'string' ? mid : null,
      sdpMLineIndex: typeof mLine === 'number' && Number.isInteger(mLine) ? mLine : null,
      usernameFragment: typeof ufrag === 'string' ? ufrag : null,
      result: parseCandidate(candidate, state.options),
    });
    return;
  }
  const sdp = record['sdp'];
  if (typeof sdp === 'string') {
    const inner = scanLines(sdp, state.options);
    state.candidates.push(...inner.candidates);
    state.endOfCandidates ||= inner.endOfCandidates;
    return;
  }
  for (const child of Object.values(record)) walkJson(child, state, depth + 1);
}

/** Finds where a JSON string value sits in the pasted text, to give it a line number. */
function locate(state: JsonState, value: string): number | null {
  const encoded = JSON.stringify(value).slice(1, -1);
  const at = state.text.indexOf(encoded, state.cursor);
  if (at === -1) return null;
  state.cursor = at + encoded.length;
  return lineNumberAt(state.text, at);
}

function lineNumberAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

function scanLines(text: string, options: ParseCandidateOptions): ExtractedCandidates {
  const lines = text.split(/\r\n|\n|\r/);
  // First pass: the a=mid of each media section, wherever it sits in the section.
  const mids: (string | null)[] = [];
  let sdpLike = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (/^[a-z]=/.test(line) && !line.startsWith('a=candidate:')) sdpLike = true;
    if (line.startsWith('m=')) mids.push(null);
    else if (line.startsWith('a=mid:') && mids.length > 0) mids[mids.length - 1] = line.slice('a=mid:'.length);
  }

  const candidates: ExtractedCandidate[] = [];
  let endOfCandidates = false;
  let section = -1;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('m=')) section++;
    if (line === 'a=end-of-candidates') {
      endOfCandidates = true;
      return;
    }
    const sdpMid = section >= 0 ? (mids[section] ?? null) : null;
    const sdpMLineIndex = section >= 0 ? section : null;
    const base = { lineNumber: index + 1, usernameFragment: null };
    const at = raw.indexOf('a=candidate:');
    if (at !== -1) {
      const candidateText = raw.slice(at);
      const result = parseCandidate(candidateText, options);
      candidates.push({ ...base, text: candidateText, source: 'sdp', sdpMid, sdpMLineIndex, result });
      return;
    }
    const json = JSON_CANDIDATE.exec(raw);
    if (json !== null) {
      const value = unescapeJson(json[1] ?? '');
      if (value.trim() === '') {
        endOfCandidates = true;
        return;
      }
      const mid = JSON_MID.exec(raw);
      const mLine = JSON_MLINE.exec(raw);
      const ufrag = JSON_UFRAG.exec(raw);
      candidates.push({
        ...base,
        text: value,
        source: 'json',
        sdpMid: mid === null ? null : unescapeJson(mid[1] ?? ''),
        sdpMLineIndex: mLine === null ? null : Number(mLine[1]),
        usernameFragment: ufrag === null ? null : unescapeJson(ufrag[1] ?? ''),
        result: parseCandidate(value, options),
      });
      return;
    }
    if (/^candidate:/i.test(line) || BARE_LINE.test(line)) {
      candidates.push({ ...base, text: raw, source: 'bare', sdpMid, sdpMLineIndex, result: parseCandidate(raw, options) });
    }
  });
  return { candidates, endOfCandidates, format: sdpLike ? 'sdp' : 'lines' };
}

function unescapeJson(body: string): string {
  const parsed = parseJson(`"${body}"`);
  return parsed.ok && typeof parsed.value === 'string' ? parsed.value : body;
}
