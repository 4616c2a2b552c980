/**
 * Builds a {@link LabPlan} out of network namespaces, veth pairs, bridges,
 * routes and nftables rules, one stage at a time.
 *
 * Safety: every namespace gets its guard before any of its interfaces comes
 * up; IPv6 is disabled inside lab namespaces; veth pairs are created inside
 * one lab namespace with the peer placed directly in the other, so no end
 * ever appears in the root namespace; nothing here touches the root
 * namespace's interfaces, routes or firewall.
 */
import type { LabPlan, Stage } from './addressPlan.ts';
import { bridgeGuardRuleset, flowCounterRuleset, flowSet, flowTable, guardRuleset, routerRuleset } from './nftRuleset.ts';
import { ip, nftLoad, runIn } from './exec.ts';
import type { LabSession } from './session.ts';

/** Options for {@link buildStage}. */
export interface BuildOptions {
  /** Routers without their firewall rules (see `bare` in `routerRuleset`). */
  readonly bareRouters?: boolean;
}

/**
 * Creates the namespaces, links, routes and router rules of one stage.
 *
 * @param session - the run that owns everything
 * @param plan - the plan
 * @param stage - `base` or `attempt`
 * @param options - router options
 */
export async function buildStage(session: LabSession, plan: LabPlan, stage: Stage, options: BuildOptions = {}): Promise<void> {
  const kinds = new Map(plan.nodes.map((n) => [n.role, n.kind]));
  const sysctl = session.tools.sysctl;
  for (const node of plan.nodes.filter((n) => n.stage === stage)) {
    const ns = await session.addNamespace(node.role);
    const settings = ['net.ipv6.conf.all.disable_ipv6=1', 'net.ipv6.conf.default.disable_ipv6=1'];
    if (node.kind === 'router') settings.push('net.ipv4.ip_forward=1');
    await runIn(ns, sysctl, ['-q', '-w', ...settings]);
    await nftLoad(session.tools.nft, ns, guardRuleset(plan.allowedPrefixes));
    await ip('-n', ns, 'link', 'set', 'lo', 'up');
    if (node.kind === 'switch') {
      // With multicast snooping on, the bridge sends its own IGMP reports
      // (0.0.0.0 → 224.0.0.22), which the guard would drop and count.
      await ip('-n', ns, 'link', 'add', 'br0', 'type', 'bridge', 'mcast_snooping', '0');
      // Bridge-family tables go in after the bridge exists and before it has
      // ports: on this kernel (6.x) a dynamic set loaded before the bridge was
      // created never got elements.
      await nftLoad(session.tools.nft, ns, bridgeGuardRuleset(plan.allowedPrefixes));
      await nftLoad(session.tools.nft, ns, flowCounterRuleset());
      await ip('-n', ns, 'link', 'set', 'br0', 'up');
    }
  }
  for (const link of plan.links.filter((l) => l.stage === stage)) {
    const a = session.ns(link.a.node);
    const b = session.ns(link.b.node);
    await ip('-n', a, 'link', 'add', link.a.name, 'type', 'veth', 'peer', 'name', link.b.name, 'netns', b);
    if (kinds.get(link.a.node) === 'switch') await ip('-n', a, 'link', 'set', link.a.name, 'master', 'br0');
    for (const end of [link.a, link.b]) {
      const ns = session.ns(end.node);
      for (const address of end.addresses) await ip('-n', ns, 'addr', 'add', address, 'dev', end.name);
      await ip('-n', ns, 'link', 'set', end.name, 'up');
    }
  }
  for (const n of plan.neighbours.filter((x) => x.stage === stage)) {
    await ip('-n', session.ns(n.node), 'neigh', 'replace', n.address, 'lladdr', n.lladdr, 'dev', n.device, 'nud', 'permanent');
  }
  for (const route of plan.routes.filter((r) => r.stage === stage)) {
    await ip('-n', session.ns(route.node), 'route', 'replace', route.destination, 'via', route.via);
  }
  const routerNodes = new Set(plan.nodes.filter((n) => n.stage === stage).map((n) => n.role));
  for (const router of plan.routers.filter((r) => routerNodes.has(r.node))) {
    await nftLoad(
      session.tools.nft,
      session.ns(router.node),
      routerRuleset({ mode: router.mode, outside: router.outside, inside: router.inside, bare: options.bareRouters ?? false }),
    );
  }
}

/**
 * Removes an attempt: its routes in base namespaces, then its namespaces
 * (which takes their veth pairs, and the switch ports they were, with them).
 *
 * @param session - the run
 * @param plan - the plan
 */
export async function teardownAttempt(session: LabSession, plan: LabPlan): Promise<void> {
  const attemptNodes = new Set(plan.nodes.filter((n) => n.stage === 'attempt').map((n) => n.role));
  for (const route of plan.routes.filter((r) => r.stage === 'attempt' && !attemptNodes.has(r.node))) {
    await ip('-n', session.ns(route.node), 'route', 'del', route.destination).catch(() => {});
  }
  for (const node of [...plan.nodes].reverse().filter((n) => n.stage === 'attempt')) await session.dropNamespace(node.role);
}

/**
 * Empties the per-flow packet counters on every switch of a plan.
 *
 * @param session - the run
 * @param plan - the plan
 */
export async function resetFlowCounters(session: LabSession, plan: LabPlan): Promise<void> {
  for (const node of plan.nodes.filter((n) => n.kind === 'switch')) {
    await runIn(session.ns(node.role), session.tools.nft, ['flush', 'set', 'bridge', flowTable, flowSet]);
  }
}
