/**
 * Address plans for the NAT lab: which network namespaces exist, how they are
 * wired, which addresses and routes they get, and which prefixes the safety
 * guard lets through.
 *
 * Flow: `scripts/lab/topology.ts` applies a {@link LabPlan} with `ip` and
 * `nft`; nothing here touches the system. The plans use only documentation
 * and private space: 203.0.113.0/24 (TEST-NET-3, RFC 5737 §3) plays the
 * public internet, 100.64.0.0/10 (RFC 6598 §7) the carrier network of a
 * CGNAT, and 10.0.0.0/8 (RFC 1918 §3) the private LANs.
 */
import type { LabNatMode } from '../../src/lib/lab/labModes.ts';
import type { ServerPlacement } from '../../src/lib/lab/recordings.ts';

/** What a namespace is for. A `switch` holds a Linux bridge and has no address. */
export type NodeKind = 'switch' | 'server' | 'router' | 'host';

/**
 * When a part of the plan is built: `base` once per run (the public bridge,
 * the STUN/TURN server), `attempt` before every connection attempt and torn
 * down after it, so each attempt starts with empty connection-tracking tables.
 */
export type Stage = 'base' | 'attempt';

/** One network namespace, named `<run prefix>-<role>` on the system. */
export interface LabNode {
  readonly role: string;
  readonly kind: NodeKind;
  readonly stage: Stage;
}

/** One end of a veth pair. Addresses are `a.b.c.d/len`. */
export interface InterfacePlan {
  readonly node: string;
  readonly name: string;
  readonly addresses: readonly string[];
}

/**
 * A veth pair. When `a.node` is a switch, `a` becomes a port of that switch's
 * bridge and carries no address.
 */
export interface LinkPlan {
  readonly a: InterfacePlan;
  readonly b: InterfacePlan;
  readonly stage: Stage;
}

/** A route in one namespace; `destination` is a prefix or `default` (hosts and servers only, never routers). */
export interface RoutePlan {
  readonly node: string;
  readonly destination: string;
  readonly via: string;
  readonly stage: Stage;
}

/** A static neighbour entry: an address that answers to a MAC no namespace owns. */
export interface NeighbourPlan {
  readonly node: string;
  readonly device: string;
  readonly address: string;
  readonly lladdr: string;
  readonly stage: Stage;
}

/** A router that translates or forwards, with the names of its outside and inside interfaces. */
export interface RouterPlan {
  readonly node: string;
  readonly mode: LabNatMode;
  /** Interface towards the outside (where masquerade applies). */
  readonly outside: string;
  /** Interface towards the inside network. */
  readonly inside: string;
  /** The one inside host a cone emulation forwards to (the lab's one-host-per-LAN assumption). */
  readonly insideHost: string;
  /** The router's own address on the outside interface. */
  readonly outsideAddress: string;
}

/** Everything `topology.ts` needs to build one lab. */
export interface LabPlan {
  readonly nodes: readonly LabNode[];
  readonly links: readonly LinkPlan[];
  readonly routes: readonly RoutePlan[];
  readonly routers: readonly RouterPlan[];
  readonly neighbours: readonly NeighbourPlan[];
  /** Destination prefixes the guard lets through in every namespace; everything else is dropped and counted. */
  readonly allowedPrefixes: readonly string[];
}

/** The two sides of the internet lab. */
export type LabSide = 'a' | 'b';

/** Options for {@link planInternetLab}. */
export interface InternetLabOptions {
  /** NAT mode of the router in front of each LAN. */
  readonly modes: Readonly<Record<LabSide, LabNatMode>>;
  /** A second router in front of a side (double NAT / CGNAT), with its mode; omit for none. */
  readonly carrier?: { readonly side: LabSide; readonly mode: LabNatMode };
  /**
   * Give the server a route for private and shared address space towards
   * the "rest of the internet" (default true), as a public server's default
   * route would. Without it, relaying to a private host candidate fails at
   * once with "network unreachable", which coturn 4.6.1 answers by closing
   * the whole allocation.
   */
  readonly upstream?: boolean;
}

/** Fixed addresses of the internet lab, for scripts and articles. */
export const internetAddresses = {
  publicPrefix: '203.0.113.0/24',
  stunPrimary: '203.0.113.2',
  stunAlternate: '203.0.113.3',
  stunPort: 3478,
  stunAlternatePort: 3479,
  /**
   * Stands for the rest of the internet. No namespace owns it: the server
   * reaches it through a permanent neighbour entry with an unused MAC, so
   * what it sends there is flooded on the bridge and discarded by everyone.
   */
  upstream: '203.0.113.1',
  upstreamMac: '02:00:00:00:00:01',
  sides: {
    a: { lanPrefix: '10.1.0.0/24', router: '10.1.0.1', host: '10.1.0.2', wan: '203.0.113.10', carrierPrefix: '100.64.1.0/24', carrierInside: '100.64.1.1', routerOnCarrier: '100.64.1.2', carrierWan: '203.0.113.11' },
    b: { lanPrefix: '10.2.0.0/24', router: '10.2.0.1', host: '10.2.0.2', wan: '203.0.113.20', carrierPrefix: '100.64.2.0/24', carrierInside: '100.64.2.1', routerOnCarrier: '100.64.2.2', carrierWan: '203.0.113.21' },
  },
} as const;

/** Namespace roles of the internet lab. */
export const internetRoles = {
  bridge: 'inet',
  server: 'stun',
  router: { a: 'ra', b: 'rb' },
  host: { a: 'ha', b: 'hb' },
  carrier: { a: 'ca', b: 'cb' },
} as const;

const otherSide: Readonly<Record<LabSide, LabSide>> = { a: 'b', b: 'a' };

/**
 * Plans the internet lab: a bridge playing the public internet, a STUN/TURN
 * server with two public addresses (RFC 5780 §4.1 needs an alternate address
 * and port), and two LANs with one host each behind a router, optionally
 * behind a second (carrier) router.
 *
 * Routers get no default route. A LAN is routed from the public side only
 * when every router in front of it does no NAT, as a public network would be.
 *
 * @param options - router modes and the optional carrier router
 * @returns the plan
 * @example planInternetLab({ modes: { a: 'full-cone', b: 'masquerade-random' } }).nodes.length // 6
 */
export function planInternetLab(options: InternetLabOptions): LabPlan {
  const addr = internetAddresses;
  const roles = internetRoles;
  const nodes: LabNode[] = [
    { role: roles.bridge, kind: 'switch', stage: 'base' },
    { role: roles.server, kind: 'server', stage: 'base' },
  ];
  const links: LinkPlan[] = [
    {
      a: { node: roles.bridge, name: `p-${roles.server}`, addresses: [] },
      b: { node: roles.server, name: 'eth0', addresses: [`${addr.stunPrimary}/24`, `${addr.stunAlternate}/24`] },
      stage: 'base',
    },
  ];
  const routes: RoutePlan[] = [];
  const routers: RouterPlan[] = [];
  const neighbours: NeighbourPlan[] = [];
  if (options.upstream ?? true) {
    neighbours.push({ node: roles.server, device: 'eth0', address: addr.upstream, lladdr: addr.upstreamMac, stage: 'base' });
    routes.push(
      { node: roles.server, destination: '10.0.0.0/8', via: addr.upstream, stage: 'base' },
      { node: roles.server, destination: '100.64.0.0/10', via: addr.upstream, stage: 'base' },
    );
  }
  // The same guard everywhere, whatever the options: public, both LANs, both carrier networks, loopback.
  const allowed = [addr.publicPrefix, addr.sides.a.lanPrefix, addr.sides.b.lanPrefix, addr.sides.a.carrierPrefix, addr.sides.b.carrierPrefix, '127.0.0.0/8'];

  for (const side of ['a', 'b'] as const) {
    const s = addr.sides[side];
    const router = roles.router[side];
    const host = roles.host[side];
    const carrier = options.carrier?.side === side ? options.carrier : undefined;
    nodes.push({ role: router, kind: 'router', stage: 'attempt' }, { role: host, kind: 'host', stage: 'attempt' });
    links.push({
      a: { node: router, name: 'lan', addresses: [`${s.router}/24`] },
      b: { node: host, name: 'eth0', addresses: [`${s.host}/24`] },
      stage: 'attempt',
    });
    routes.push({ node: host, destination: 'default', via: s.router, stage: 'attempt' });
    routers.push({ node: router, mode: options.modes[side], outside: 'wan', inside: 'lan', insideHost: s.host, outsideAddress: carrier ? s.routerOnCarrier : s.wan });
    if (carrier) {
      const c = roles.carrier[side];
      nodes.push({ role: c, kind: 'router', stage: 'attempt' });
      links.push(
        { a: { node: roles.bridge, name: `p-${c}`, addresses: [] }, b: { node: c, name: 'wan', addresses: [`${s.carrierWan}/24`] }, stage: 'attempt' },
        { a: { node: c, name: 'lan', addresses: [`${s.carrierInside}/24`] }, b: { node: router, name: 'wan', addresses: [`${s.routerOnCarrier}/24`] }, stage: 'attempt' },
      );
      routes.push({ node: router, destination: addr.publicPrefix, via: s.carrierInside, stage: 'attempt' });
      routers.push({ node: c, mode: carrier.mode, outside: 'wan', inside: 'lan', insideHost: s.routerOnCarrier, outsideAddress: s.carrierWan });
      if (options.modes[side] === 'no-nat') {
        routes.push({ node: c, destination: s.lanPrefix, via: s.routerOnCarrier, stage: 'attempt' });
      }
    } else {
      links.push({ a: { node: roles.bridge, name: `p-${router}`, addresses: [] }, b: { node: router, name: 'wan', addresses: [`${s.wan}/24`] }, stage: 'attempt' });
    }
  }

  // Prefixes of one side that the public side can reach without translation.
  for (const side of ['a', 'b'] as const) {
    const s = addr.sides[side];
    const carrier = options.carrier?.side === side ? options.carrier : undefined;
    const reachable: string[] = [];
    if (carrier) {
      if (carrier.mode === 'no-nat') {
        reachable.push(s.carrierPrefix);
        if (options.modes[side] === 'no-nat') reachable.push(s.lanPrefix);
      }
    } else if (options.modes[side] === 'no-nat') {
      reachable.push(s.lanPrefix);
    }
    const gateway = carrier ? s.carrierWan : s.wan;
    const other = otherSide[side];
    const o = addr.sides[other];
    const otherHasCarrier = options.carrier?.side === other;
    for (const prefix of reachable) {
      routes.push({ node: roles.server, destination: prefix, via: gateway, stage: 'attempt' });
      if (otherHasCarrier) {
        routes.push({ node: roles.carrier[other], destination: prefix, via: gateway, stage: 'attempt' });
        routes.push({ node: roles.router[other], destination: prefix, via: o.carrierInside, stage: 'attempt' });
      } else {
        routes.push({ node: roles.router[other], destination: prefix, via: gateway, stage: 'attempt' });
      }
    }
  }

  return { nodes, links, routes, routers, neighbours, allowedPrefixes: allowed };
}

/** Fixed addresses of the closed network, for scripts and articles. */
export const closedAddresses = {
  offerPrefix: '10.10.0.0/24',
  answerPrefix: '10.20.0.0/24',
  offerHost: '10.10.0.2',
  answerHost: '10.20.0.2',
  /** The routing-only router on both segments. */
  routedRouter: { offerSide: '10.10.0.1', answerSide: '10.20.0.1' },
  /** The translating router on both segments; it masquerades to its answer-side address. */
  natRouter: { offerSide: '10.10.0.254', answerSide: '10.20.0.254' },
  server: { 'offer-segment': '10.10.0.3', 'answer-segment': '10.20.0.3' },
  stunPort: 3478,
  /**
   * The Local Network Control Block (RFC 5771 §4): link-local multicast that
   * routers never forward. Chromium's mDNS names (RFC 6762, group
   * 224.0.0.251) and the kernel's IGMP reports (224.0.0.22) use it.
   */
  linkLocalMulticast: '224.0.0.0/24',
} as const;

/** Namespace roles of the closed network. */
export const closedRoles = {
  offerSegment: 'sego',
  answerSegment: 'sega',
  offer: 'offer',
  answer: 'answer',
  routed: 'r1',
  nat: 'r2',
  server: 'turn',
} as const;

/** Options for {@link planClosedNetwork}. */
export interface ClosedNetworkOptions {
  readonly server: ServerPlacement;
  /** Mode of the translating router; the case study's router is a plain masquerade. */
  readonly natMode?: LabNatMode;
  /**
   * Give the two hosts a default route (default true). Without it each host
   * gets only a route to the other segment, as on closed networks that
   * configure no default gateway.
   */
  readonly defaultRoute?: boolean;
}

/**
 * Plans the closed network of the case study: two private segments joined by
 * two routers. The answerer reaches the offerer by private address through
 * the routing-only router; the offerer reaches the answerer through the
 * translating router, which rewrites the source to its own answer-side
 * address. No internet, and one STUN/TURN server on one of the segments.
 *
 * @param options - where the server sits and the translating router's mode
 * @returns the plan
 * @example planClosedNetwork({ server: 'answer-segment' }).routers[1]?.mode // 'linux-masquerade'
 */
export function planClosedNetwork(options: ClosedNetworkOptions): LabPlan {
  const addr = closedAddresses;
  const roles = closedRoles;
  const serverAddress = addr.server[options.server];
  const serverSegment = options.server === 'offer-segment' ? roles.offerSegment : roles.answerSegment;
  const nodes: LabNode[] = [
    { role: roles.offerSegment, kind: 'switch', stage: 'base' },
    { role: roles.answerSegment, kind: 'switch', stage: 'base' },
    { role: roles.server, kind: 'server', stage: 'base' },
    { role: roles.routed, kind: 'router', stage: 'attempt' },
    { role: roles.nat, kind: 'router', stage: 'attempt' },
    { role: roles.offer, kind: 'host', stage: 'attempt' },
    { role: roles.answer, kind: 'host', stage: 'attempt' },
  ];
  const port = (segment: string, node: string): InterfacePlan => ({ node: segment, name: `p-${node}`, addresses: [] });
  const links: LinkPlan[] = [
    { a: port(serverSegment, roles.server), b: { node: roles.server, name: 'eth0', addresses: [`${serverAddress}/24`] }, stage: 'base' },
    { a: port(roles.offerSegment, roles.offer), b: { node: roles.offer, name: 'eth0', addresses: [`${addr.offerHost}/24`] }, stage: 'attempt' },
    { a: port(roles.answerSegment, roles.answer), b: { node: roles.answer, name: 'eth0', addresses: [`${addr.answerHost}/24`] }, stage: 'attempt' },
    { a: port(roles.offerSegment, roles.routed), b: { node: roles.routed, name: 'eth-o', addresses: [`${addr.routedRouter.offerSide}/24`] }, stage: 'attempt' },
    { a: port(roles.answerSegment, roles.routed), b: { node: roles.routed, name: 'eth-a', addresses: [`${addr.routedRouter.answerSide}/24`] }, stage: 'attempt' },
    { a: port(roles.offerSegment, roles.nat), b: { node: roles.nat, name: 'eth-o', addresses: [`${addr.natRouter.offerSide}/24`] }, stage: 'attempt' },
    { a: port(roles.answerSegment, roles.nat), b: { node: roles.nat, name: 'eth-a', addresses: [`${addr.natRouter.answerSide}/24`] }, stage: 'attempt' },
  ];
  const routes: RoutePlan[] = [
    // Hosts send everything off-segment to their own gateway: the offerer to
    // the translating router, the answerer to the routing-only one.
    { node: roles.offer, destination: options.defaultRoute === false ? addr.answerPrefix : 'default', via: addr.natRouter.offerSide, stage: 'attempt' },
    { node: roles.answer, destination: options.defaultRoute === false ? addr.offerPrefix : 'default', via: addr.routedRouter.answerSide, stage: 'attempt' },
  ];
  // The server uses its segment's gateway like every host there: on the
  // offerer's segment that is the translating router.
  routes.push({
    node: roles.server,
    destination: 'default',
    via: options.server === 'offer-segment' ? addr.natRouter.offerSide : addr.routedRouter.answerSide,
    stage: 'base',
  });
  const routers: RouterPlan[] = [
    { node: roles.routed, mode: 'no-nat', outside: 'eth-o', inside: 'eth-a', insideHost: addr.answerHost, outsideAddress: addr.routedRouter.offerSide },
    { node: roles.nat, mode: options.natMode ?? 'linux-masquerade', outside: 'eth-a', inside: 'eth-o', insideHost: addr.offerHost, outsideAddress: addr.natRouter.answerSide },
  ];
  return {
    nodes,
    links,
    routes,
    routers,
    neighbours: [],
    allowedPrefixes: [addr.offerPrefix, addr.answerPrefix, '127.0.0.0/8', addr.linkLocalMulticast],
  };
}

/**
 * Lists every address a plan assigns, with the namespace that holds it; the
 * unit tests use it to check that the guard lets each one through.
 *
 * @param plan - a lab plan
 * @returns `{ node, address }` pairs, addresses without their `/len`
 */
export function plannedAddresses(plan: LabPlan): readonly { readonly node: string; readonly address: string }[] {
  const out: { node: string; address: string }[] = [];
  for (const link of plan.links) {
    for (const end of [link.a, link.b]) {
      for (const a of end.addresses) out.push({ node: end.node, address: a.split('/')[0] ?? a });
    }
  }
  return out;
}
