/**
 * The standard two-peer topology every scenario runs on:
 *
 *   A 192.168.1.10 ─ LAN A ─ NAT A ─(ISP A ─ CGNAT A)─┐
 *                                                      Internet ─ STUN 192.0.2.10:3478
 *   B 10.0.0.20    ─ LAN B ─ NAT B ─(ISP B ─ CGNAT B)─┘          TURN 192.0.2.20:3478
 *
 * The bracketed carrier-grade NAT appears only when an outer NAT is given.
 * `spec.closed` builds the case study's closed network instead (see
 * {@link closedNetworkAddresses}).
 * A side with NAT type `none` puts the host straight on the next realm out.
 * Both LANs use different private ranges so captions never show two
 * different hosts with the same address.
 *
 * Latencies: LAN hop 1 ms, ISP hop 5 ms, Internet hop 20 ms.
 */
import type { TransportAddress } from './address.ts';
import type { IceTransportPolicy } from './iceAgent.ts';
import { natTypes, type NatType } from './natTypes.ts';
import { StunServer, TurnServer } from './servers.ts';
import { Router, Simulation, type Host, type NatBox, type Realm } from './simulation.ts';

/** What a side of the topology is made of. */
export interface PeerSideSpec {
  readonly nat: NatType;
  readonly outerNat?: NatType | undefined;
}

/** Inputs of {@link buildPeerNetwork}. */
export interface PeerNetworkSpec {
  readonly a: PeerSideSpec;
  readonly b: PeerSideSpec;
  readonly turn: boolean;
  readonly seed: number;
  readonly recordEvents: boolean;
  /** Both browsers' `iceTransportPolicy` (default `all`). */
  readonly iceTransportPolicy?: IceTransportPolicy;
  /** Both browsers hide host addresses behind mDNS names, as default Chrome does (default false). */
  readonly mdns?: boolean;
  /** Offer the STUN server to the agents (default true; the server exists either way). */
  readonly stun?: boolean;
  /** The closed network of `closed-network` instead of the standard topology (`a` and `b` are then ignored). */
  readonly closed?: ClosedNetworkSpec;
}

/** Where the closed network's STUN/TURN server sits. */
export type ServerSegment = 'answer-segment' | 'offer-segment';

/** Options of the closed network. */
export interface ClosedNetworkSpec {
  /** Segment of the STUN/TURN server: B's (`answer-segment`, the default) or A's. */
  readonly server?: ServerSegment;
}

/** One built side. */
export interface PeerSide {
  readonly name: 'A' | 'B';
  readonly host: Host;
  /** The host's own address and the port its application uses. */
  readonly hostAddress: TransportAddress;
  /** The side's outermost public IP address. */
  readonly publicIp: string;
  /** NAT boxes from the host outwards. */
  readonly nats: readonly NatBox[];
}

/** The built topology. */
export interface PeerNetwork {
  readonly sim: Simulation;
  readonly a: PeerSide;
  readonly b: PeerSide;
  readonly stun: StunServer;
  readonly turn: TurnServer | undefined;
  /** The closed network's plain router R1, when that topology is built. */
  readonly router?: Router;
}

/** Fixed addresses of the standard topology. */
export const peerNetworkAddresses = {
  stun: { ip: '192.0.2.10', port: 3478 },
  turn: { ip: '192.0.2.20', port: 3478 },
  A: { lan: '192.168.1.0/24', hostIp: '192.168.1.10', port: 50000, ispIp: '100.64.0.10', publicIp: '203.0.113.10' },
  B: { lan: '10.0.0.0/24', hostIp: '10.0.0.20', port: 60000, ispIp: '100.64.0.20', publicIp: '198.51.100.20' },
} as const;

function buildSide(sim: Simulation, name: 'A' | 'B', spec: PeerSideSpec): PeerSide {
  const layout = peerNetworkAddresses[name];
  const outer = spec.outerNat?.behaviour ?? null;
  const inner = spec.nat.behaviour;
  // Realms from the outside in.
  let realm: Realm = sim.internet;
  let ip: string = layout.publicIp;
  const isp = outer === null ? undefined : sim.addRealm(`ISP ${name}`, '100.64.0.0/10', 5);
  if (isp !== undefined) {
    realm = isp;
    ip = layout.ispIp;
  }
  const lan = inner === null ? undefined : sim.addRealm(`LAN ${name}`, layout.lan, 1);
  const nats: NatBox[] = [];
  if (lan !== undefined && inner !== null) {
    nats.push(sim.addNat({ name: `NAT ${name}`, behaviour: inner, inside: lan, outside: realm, externalIp: ip }));
    realm = lan;
    ip = layout.hostIp;
  }
  if (isp !== undefined && outer !== null) {
    nats.push(sim.addNat({ name: `CGNAT ${name}`, behaviour: outer, inside: isp, outside: sim.internet, externalIp: layout.publicIp }));
  }
  const host = sim.addHost(name, realm, ip);
  return { name, host, hostAddress: { ip, port: layout.port }, publicIp: layout.publicIp, nats };
}

/**
 * Addresses of the closed network, the same as the NAT lab's
 * (`scripts/lab/addressPlan.ts`): segment A (the offerer's) reaches segment
 * B through R2, which masquerades to 10.20.0.254; segment B reaches segment
 * A through R1, which only routes. The lab runs one coturn for STUN and
 * TURN; the simulator gives TURN the next address so the diagram can tell
 * the two services apart.
 */
export const closedNetworkAddresses = {
  A: { segment: '10.10.0.0/24', hostIp: '10.10.0.2', port: 50000 },
  B: { segment: '10.20.0.0/24', hostIp: '10.20.0.2', port: 60000 },
  r1: { a: '10.10.0.1', b: '10.20.0.1' },
  r2: { outside: '10.20.0.254' },
  server: {
    'answer-segment': { stun: '10.20.0.3', turn: '10.20.0.4' },
    'offer-segment': { stun: '10.10.0.3', turn: '10.10.0.4' },
  },
} as const;

/**
 * R2's behaviour: plain nftables masquerade (Linux), which keeps ports
 * when free and keeps filter state per conntrack flow.
 */
export const closedNetworkNat: NatType = natTypes['linux-masquerade'];

function buildClosedNetwork(spec: PeerNetworkSpec, closed: ClosedNetworkSpec): PeerNetwork {
  const sim = new Simulation({ seed: spec.seed, recordEvents: spec.recordEvents });
  const plan = closedNetworkAddresses;
  const segA = sim.addRealm('segment A', plan.A.segment, 1);
  const segB = sim.addRealm('segment B', plan.B.segment, 1);
  const behaviour = closedNetworkNat.behaviour;
  if (behaviour === null) throw new Error('R2 masquerades');
  const r2 = sim.addNat({ name: 'R2', behaviour, inside: segA, outside: segB, externalIp: plan.r2.outside });
  const router = new Router(sim, 'R1', [
    { realm: segA, ip: plan.r1.a },
    { realm: segB, ip: plan.r1.b },
  ]);
  segB.addRoute(plan.A.segment, router);
  const hostA = sim.addHost('A', segA, plan.A.hostIp);
  const hostB = sim.addHost('B', segB, plan.B.hostIp);
  const placement = plan.server[closed.server ?? 'answer-segment'];
  const serverRealm = (closed.server ?? 'answer-segment') === 'answer-segment' ? segB : segA;
  const stun = new StunServer(sim, { name: 'STUN', ip: placement.stun, realm: serverRealm });
  const turn = spec.turn ? new TurnServer(sim, { name: 'TURN', ip: placement.turn, realm: serverRealm }) : undefined;
  return {
    sim,
    a: { name: 'A', host: hostA, hostAddress: { ip: plan.A.hostIp, port: plan.A.port }, publicIp: plan.r2.outside, nats: [r2] },
    b: { name: 'B', host: hostB, hostAddress: { ip: plan.B.hostIp, port: plan.B.port }, publicIp: plan.B.hostIp, nats: [] },
    stun,
    turn,
    router,
  };
}

/**
 * Builds the two-peer topology with a STUN server and, optionally, a TURN server.
 *
 * @param spec - NAT types per side, TURN, seed, recording
 * @returns the simulation and its parts
 */
export function buildPeerNetwork(spec: PeerNetworkSpec): PeerNetwork {
  if (spec.closed !== undefined) return buildClosedNetwork(spec, spec.closed);
  const sim = new Simulation({ seed: spec.seed, recordEvents: spec.recordEvents });
  const a = buildSide(sim, 'A', spec.a);
  const b = buildSide(sim, 'B', spec.b);
  const stun = new StunServer(sim, { name: 'STUN', ip: peerNetworkAddresses.stun.ip });
  const turn = spec.turn ? new TurnServer(sim, { name: 'TURN', ip: peerNetworkAddresses.turn.ip }) : undefined;
  return { sim, a, b, stun, turn };
}
