/**
 * Browser adapter of the NAT mapping hint: three gathering rounds at once —
 * STUN server A alone, B alone, and both together (one socket sends to both,
 * RFC 4787 §4.1) — reporting the UDP server-reflexive candidates of each.
 * `src/lib/turn/mappingHint.ts` classifies them.
 *
 * Browser only. Nothing is sent before {@link probeMapping} is called.
 */
import { startGathering } from './gather.ts';
import { parseCandidate } from '../ice/parseCandidate.ts';
import { sameIceServerUrl } from '../ice/parseIceServerUrl.ts';
import type { MappingEvidence, RoundError, SrflxEvidence } from '../turn/mappingHint.ts';

interface Round {
  readonly found: SrflxEvidence[];
  readonly errors: RoundError[];
  readonly complete: boolean;
}

/**
 * Runs the three rounds.
 *
 * @param urlA - First STUN URL (checked).
 * @param urlB - Second STUN URL (checked).
 * @param timeoutMs - Time limit of each round.
 * @returns The srflx candidates of each round, the joint round's errors and
 *   whether it completed, or `null` when RTCPeerConnection is missing or refused.
 */
export async function probeMapping(urlA: string, urlB: string, timeoutMs: number): Promise<MappingEvidence | null> {
  const which = (url: string | null): 'a' | 'b' | null => (url === null ? null : sameIceServerUrl(url, urlA) ? 'a' : sameIceServerUrl(url, urlB) ? 'b' : null);
  const round = (urls: string[]) =>
    new Promise<Round | null>((resolve) => {
      const found: SrflxEvidence[] = [];
      const errors: RoundError[] = [];
      const started = startGathering(
        { iceServers: [{ urls }], iceTransportPolicy: 'all', timeoutMs },
        {
          onCandidate: (c) => {
            const parsed = parseCandidate(c.line);
            if (!parsed.ok || parsed.value.type !== 'srflx' || parsed.value.protocol !== 'udp') return;
            const server = which(c.url);
            found.push({ address: parsed.value.address, port: parsed.value.port, relatedAddress: parsed.value.relatedAddress, relatedPort: parsed.value.relatedPort, server: urls.length === 1 && server === null ? (urls[0] === urlA ? 'a' : 'b') : server });
          },
          onError: (e) => errors.push({ errorCode: e.errorCode, errorText: e.errorText, url: e.url, address: e.address, server: which(e.url) }),
          onEnd: (end) => resolve(end === 'failed' ? null : { found, errors, complete: end === 'complete' }),
        },
      );
      if (!started.ok) resolve(null);
    });
  const [soloA, soloB, joint] = await Promise.all([round([urlA]), round([urlB]), round([urlA, urlB])]);
  if (soloA === null || soloB === null || joint === null) return null;
  return { soloA: soloA.found, soloB: soloB.found, joint: joint.found, jointErrors: joint.errors, jointComplete: joint.complete };
}
