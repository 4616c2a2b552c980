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
import type { MappingEvidence, SrflxEvidence } from '../turn/mappingHint.ts';

/**
 * Runs the three rounds.
 *
 * @param urlA - First STUN URL (checked).
 * @param urlB - Second STUN URL (checked).
 * @param timeoutMs - Time limit of each round.
 * @returns The srflx candidates of each round, or `null` when RTCPeerConnection is missing or refused.
 */
export async function probeMapping(urlA: string, urlB: string, timeoutMs: number): Promise<MappingEvidence | null> {
  const round = (urls: string[]) =>
    new Promise<SrflxEvidence[] | null>((resolve) => {
      const found: SrflxEvidence[] = [];
      const started = startGathering(
        { iceServers: [{ urls }], iceTransportPolicy: 'all', timeoutMs },
        {
          onCandidate: (c) => {
            const parsed = parseCandidate(c.line);
            if (!parsed.ok || parsed.value.type !== 'srflx' || parsed.value.protocol !== 'udp') return;
            const server = c.url === null ? null : sameIceServerUrl(c.url, urlA) ? 'a' : sameIceServerUrl(c.url, urlB) ? 'b' : null;
            found.push({ address: parsed.value.address, port: parsed.value.port, relatedAddress: parsed.value.relatedAddress, relatedPort: parsed.value.relatedPort, server: urls.length === 1 && server === null ? (urls[0] === urlA ? 'a' : 'b') : server });
          },
          onError: () => {},
          onEnd: (end) => resolve(end === 'failed' ? null : found),
        },
      );
      if (!started.ok) resolve(null);
    });
  const [soloA, soloB, joint] = await Promise.all([round([urlA]), round([urlB]), round([urlA, urlB])]);
  if (soloA === null || soloB === null || joint === null) return null;
  return { soloA, soloB, joint };
}
