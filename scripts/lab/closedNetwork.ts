/**
 * The closed network of the case study: no internet, two private segments,
 * the answerer reaching the offerer by private address through a routing-only
 * router while the offerer reaches the answerer through a translating router
 * (asymmetric routing), and coturn on one of the segments.
 *
 * Each case rebuilds hosts and routers, so conntrack starts empty; the
 * server and the two segment switches are rebuilt per server placement.
 */
import { closedAddresses, closedRoles, planClosedNetwork } from './addressPlan.ts';
import type { ClosedNetworkCase, IceConfig, ServerPlacement } from '../../src/lib/lab/recordings.ts';
import { connectBrowsers, launchBrowser, rtcConfig, type IceServerAddresses } from './browser.ts';
import { startCoturn, turnCredential } from './coturn.ts';
import { GuardTally, readConntrack, readFlows } from './counters.ts';
import { buildStage, resetFlowCounters, teardownAttempt } from './topology.ts';
import type { LabSession } from './session.ts';

/** Options of {@link runClosedNetwork}. */
export interface ClosedNetworkOptions {
  readonly servers: readonly ServerPlacement[];
  readonly ice: readonly IceConfig[];
  readonly mdns: readonly boolean[];
  /** Hosts get a default route (default true); false gives them only a route to the other segment. */
  readonly defaultRoute?: boolean;
  /** Routers without their firewall rules (see `bare` in `routerRuleset`): R2 then accepts packets addressed to itself. */
  readonly bareRouters?: boolean;
  readonly timeoutMs: number;
  readonly onCase?: (c: ClosedNetworkCase) => void;
}

/**
 * Runs every combination of server placement, ICE configuration and mDNS
 * setting in the closed network.
 *
 * @param session - the run
 * @param guard - tally for guard drops
 * @param options - which cases
 * @returns the cases in the order run
 */
export async function runClosedNetwork(session: LabSession, guard: GuardTally, options: ClosedNetworkOptions): Promise<ClosedNetworkCase[]> {
  const cases: ClosedNetworkCase[] = [];
  for (const server of options.servers) {
    const plan = planClosedNetwork({ server, ...(options.defaultRoute === false ? { defaultRoute: false } : {}) });
    const serverAddress = closedAddresses.server[server];
    const servers: IceServerAddresses = {
      stun: `stun:${serverAddress}:${closedAddresses.stunPort}`,
      turn: `turn:${serverAddress}:${closedAddresses.stunPort}?transport=udp`,
      username: turnCredential.username,
      credential: turnCredential.credential,
    };
    await buildStage(session, plan, 'base');
    try {
      await startCoturn(session, { role: closedRoles.server, addresses: [serverAddress], port: closedAddresses.stunPort });
      session.log(`closed network: coturn on ${serverAddress} (${server})`);
      for (const mdns of options.mdns) {
        for (const ice of options.ice) {
          await buildStage(session, plan, 'attempt', { bareRouters: options.bareRouters ?? false });
          try {
            await resetFlowCounters(session, plan);
            const launch = { mdns };
            const [offer, answer] = await Promise.all([launchBrowser(session, closedRoles.offer, launch), launchBrowser(session, closedRoles.answer, launch)]);
            try {
              const result = await connectBrowsers(offer, answer, rtcConfig(ice, servers), { timeoutMs: options.timeoutMs, keepChecks: true });
              const flows = await readFlows(session, plan, [serverAddress]);
              const conntrack = (await readConntrack(session, plan)).filter((e) => e.router === closedRoles.nat);
              const c: ClosedNetworkCase = { server, ice, mdns, result, flows, conntrack };
              cases.push(c);
              options.onCase?.(c);
            } finally {
              await Promise.all([offer.close(), answer.close()]);
            }
          } finally {
            await guard.collect(session, plan);
            await teardownAttempt(session, plan);
          }
        }
      }
    } finally {
      await guard.collect(session, plan).catch(() => 0);
      for (const node of [...plan.nodes].reverse().filter((n) => n.stage === 'base')) await session.dropNamespace(node.role);
    }
  }
  return cases;
}
