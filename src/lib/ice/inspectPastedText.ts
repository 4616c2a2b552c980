/**
 * What the candidate inspector shows for pasted text: every candidate that
 * `parseCandidatesFromSdp` finds (SDP, lines, JSON), or — when it finds
 * none — each non-empty line tried as a candidate on its own, so that a
 * mangled line still gets a precise error (RFC 8839 §5.1 grammar) instead
 * of "nothing found".
 */
import type { CandidateSource, ExtractedCandidate } from './parseCandidatesFromSdp.ts';
import { parseCandidatesFromSdp } from './parseCandidatesFromSdp.ts';
import { parseCandidate } from './parseCandidate.ts';

/** The inspector's view of pasted text. */
export interface InspectedText {
  readonly candidates: readonly ExtractedCandidate[];
  /** What the text looked like. `guessed`: no candidate found, so each line was tried. */
  readonly format: 'sdp' | 'lines' | 'json' | 'empty' | 'guessed';
  /** `true` for an SDP or JSON with no candidate in it. */
  readonly noCandidates: boolean;
}

/** At most this many lines are tried one by one when nothing looks like a candidate. */
export const MAX_GUESSED_LINES = 20;

/**
 * Finds the candidates in pasted text, falling back to trying each line.
 *
 * @param text - Whatever the reader pasted.
 * @returns The candidates (parsed or not) in order, and the format.
 * @example inspectPastedText('candidate:1 1 udp 99 192.0.2.1 9 typ hots').candidates[0].result.error.code // → 'unknown-candidate-type'
 */
export function inspectPastedText(text: string): InspectedText {
  const found = parseCandidatesFromSdp(text);
  if (found.candidates.length > 0 || found.format === 'empty') {
    return { candidates: found.candidates, format: found.format, noCandidates: false };
  }
  if (found.format === 'sdp' || found.format === 'json') {
    return { candidates: [], format: found.format, noCandidates: true };
  }
  const guessed: ExtractedCandidate[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length && guessed.length < MAX_GUESSED_LINES; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const source: CandidateSource = 'bare';
    guessed.push({
      lineNumber: i + 1,
      text: line,
      source,
      sdpMid: null,
      sdpMLineIndex: null,
      usernameFragment: null,
      result: parseCandidate(line),
    });
  }
  return { candidates: guessed, format: 'guessed', noCandidates: false };
}
