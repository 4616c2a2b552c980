/**
 * Reads what the lab's nftables rules counted: guard drops in every
 * namespace, packets per UDP flow on each switch, and routers' NAT tables.
 */
import type { LabPlan } from './addressPlan.ts';
import { parseConntrack } from './conntrack.ts';
import { flowSet, flowTable, guardTable } from './nftRuleset.ts';
import { parseFlowSet, parseNftCounters } from './nftJson.ts';
import type { ConntrackEntry, GuardReport, LabelledFlow } from '../../src/lib/lab/recordings.ts';
import { labelFlows } from './flows.ts';
import { runIn } from './exec.ts';
import type { LabSession } from './session.ts';

/** Guard drops accumulated over a run, per namespace role. */
export class GuardTally {
  readonly #byCounter = new Map<string, number>();

  /**
   * Reads and zeroes the guard counters of the given roles' namespaces.
   *
   * @param session - the run
   * @param plan - the plan the roles come from
   * @param roles - namespace roles to read (default: every node of the plan that exists now)
   * @returns packets dropped since the last read, over these roles
   */
  async collect(session: LabSession, plan: LabPlan, roles?: readonly string[]): Promise<number> {
    const existing = new Set(session.namespaces);
    let total = 0;
    for (const node of plan.nodes) {
      if (roles && !roles.includes(node.role)) continue;
      const ns = session.ns(node.role);
      if (!existing.has(ns)) continue;
      const families = node.kind === 'switch' ? ['inet', 'bridge'] : ['inet'];
      for (const family of families) {
        const r = await runIn(ns, session.tools.nft, ['-j', 'reset', 'counters', 'table', family, guardTable], { allowFailure: true });
        const counters = parseNftCounters(r.stdout);
        if (!counters.ok) continue;
        for (const c of counters.value) {
          if (c.packets === 0) continue;
          total += c.packets;
          const key = `${node.role}/${family}/${c.name}`;
          this.#byCounter.set(key, (this.#byCounter.get(key) ?? 0) + c.packets);
        }
      }
    }
    return total;
  }

  /**
   * The totals so far, in the shape recordings store.
   *
   * @returns total drops and drops per counter (counters with drops only)
   */
  report(): GuardReport {
    const byCounter: Record<string, number> = {};
    let dropped = 0;
    for (const [key, n] of [...this.#byCounter].sort(([x], [y]) => x.localeCompare(y))) {
      byCounter[key] = n;
      dropped += n;
    }
    return { droppedPackets: dropped, byCounter };
  }
}

/**
 * Reads the per-flow packet counters of every switch in a plan.
 *
 * @param session - the run
 * @param plan - the plan
 * @param serverAddresses - addresses of the STUN/TURN server, to tell relayed from direct flows
 * @returns labelled flows of all switches
 */
export async function readFlows(session: LabSession, plan: LabPlan, serverAddresses: readonly string[]): Promise<LabelledFlow[]> {
  const out: LabelledFlow[] = [];
  for (const node of plan.nodes.filter((n) => n.kind === 'switch')) {
    const r = await runIn(session.ns(node.role), session.tools.nft, ['-j', 'list', 'set', 'bridge', flowTable, flowSet], { allowFailure: true });
    const flows = parseFlowSet(r.stdout);
    if (flows.ok) out.push(...labelFlows(flows.value, node.role, serverAddresses));
  }
  return out;
}

/**
 * Reads the UDP NAT mappings of every router in a plan.
 *
 * @param session - the run
 * @param plan - the plan
 * @returns conntrack entries of all routers
 */
export async function readConntrack(session: LabSession, plan: LabPlan): Promise<ConntrackEntry[]> {
  const out: ConntrackEntry[] = [];
  for (const router of plan.routers) {
    const r = await runIn(session.ns(router.node), 'cat', ['/proc/net/nf_conntrack'], { allowFailure: true });
    out.push(...parseConntrack(r.stdout, router.node));
  }
  return out;
}
