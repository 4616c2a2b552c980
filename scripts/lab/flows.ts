/**
 * Labels the UDP flows a switch counted (from `parseFlowSet`) as direct or
 * through the STUN/TURN server, and adds them up — what the recordings'
 * `flows` and `bridge` fields hold.
 */
import type { BridgeCounts, LabelledFlow, UdpFlow } from '../../src/lib/lab/recordings.ts';

/**
 * Adds up packets per path over a list of flows.
 *
 * @param flows - labelled flows
 * @returns direct and via-server packet totals
 */
export function bridgeCounts(flows: readonly LabelledFlow[]): BridgeCounts {
  let direct = 0;
  let viaServer = 0;
  for (const f of flows) {
    if (f.path === 'direct') direct += f.packets;
    else viaServer += f.packets;
  }
  return { direct, viaServer };
}

/**
 * Labels flows as direct or via the server.
 *
 * @param flows - flows from `parseFlowSet`
 * @param segment - name of the switch they crossed
 * @param serverAddresses - the STUN/TURN server's addresses
 * @returns the flows with `segment` and `path`
 */
export function labelFlows(flows: readonly UdpFlow[], segment: string, serverAddresses: readonly string[]): LabelledFlow[] {
  return flows.map((f) => ({
    ...f,
    segment,
    path: serverAddresses.includes(f.source) || serverAddresses.includes(f.destination) ? 'via-server' : 'direct',
  }));
}
