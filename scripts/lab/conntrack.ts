/**
 * Reads a router's connection-tracking table (`/proc/net/nf_conntrack`
 * inside its namespace) into NAT mappings: which inside address and port
 * appears as which outside address and port towards which remote.
 *
 * Flow: `scripts/lab/counters.ts` reads the file after an attempt; the
 * `flows` recording shows the mappings, the evidence for RFC 4787 §4.1
 * mapping behaviour in a real run.
 */
import type { ConntrackEntry } from '../../src/lib/lab/recordings.ts';

interface Tuple {
  readonly src: string;
  readonly dst: string;
  readonly sport: string;
  readonly dport: string;
}

function tuples(line: string): Tuple[] {
  const out: Tuple[] = [];
  const re = /src=(\S+) dst=(\S+) sport=(\d+) dport=(\d+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push({ src: m[1] ?? '', dst: m[2] ?? '', sport: m[3] ?? '', dport: m[4] ?? '' });
  }
  return out;
}

/**
 * Parses the UDP entries of a conntrack table.
 *
 * An entry holds the original tuple and the reply tuple. When the reply
 * comes from where the original went, at most the source was translated (an
 * outgoing flow): inside = original source, outside = reply destination.
 * Otherwise the destination was translated (an inbound flow let in by a cone
 * emulation): inside = reply source, outside = original destination. When
 * neither changed, the flow was routed as is or addressed to the router.
 *
 * A packet that reached the router's own stack before the inside host had
 * sent to that peer leaves such an untranslated entry; the host's own flow
 * to the same peer then cannot use its port and gets another one.
 *
 * @param text - contents of `/proc/net/nf_conntrack`
 * @param router - role of the router, copied into each entry
 * @returns UDP entries, sorted by inside then remote address
 * @example parseConntrack('ipv4 2 udp 17 29 src=10.1.0.2 dst=203.0.113.2 sport=5000 dport=3478 src=203.0.113.2 dst=203.0.113.10 sport=3478 dport=5000 mark=0', 'ra')[0]?.outside // '203.0.113.10:5000'
 */
export function parseConntrack(text: string, router: string): ConntrackEntry[] {
  const out: ConntrackEntry[] = [];
  for (const line of text.split('\n')) {
    if (!/\budp\b/.test(line)) continue;
    const [orig, reply] = tuples(line);
    if (!orig || !reply) continue;
    const untranslatedDestination = orig.dst === reply.src && orig.dport === reply.sport;
    const untranslatedSource = orig.src === reply.dst && orig.sport === reply.dport;
    const translation = !untranslatedDestination ? 'destination' : untranslatedSource ? 'none' : 'source';
    const inside = untranslatedDestination ? `${orig.src}:${orig.sport}` : `${reply.src}:${reply.sport}`;
    const outside = untranslatedDestination ? `${reply.dst}:${reply.dport}` : `${orig.dst}:${orig.dport}`;
    const remote = untranslatedDestination ? `${orig.dst}:${orig.dport}` : `${orig.src}:${orig.sport}`;
    out.push({ router, translation, inside, outside, remote, replied: !line.includes('[UNREPLIED]') });
  }
  out.sort((x, y) => x.inside.localeCompare(y.inside) || x.remote.localeCompare(y.remote));
  return out;
}
