/**
 * The standard two-peer topology every scenario runs on:
 *
 *   A 192.168.1.10 ─ LAN A ─ NAT A ─(ISP A ─ CGNAT A)─┐
 *                                                      Internet ─ STUN 192.0.2.10:3478
 *   B 10.0.0.20    ─ LAN B ─ NAT B ─(ISP B ─ CGNAT B)─┘          TURN 192.0.2.20:3478
 *
 * The bracketed carrier-grade NAT appears only when an outer NAT is given.
 * A side with NAT type `none` puts the host straight on the next realm out.
 * Both LANs use different private ranges so captions never show two
 * different hosts with the same address.
 *
 * Latencies: LAN hop 1 ms, ISP hop 5 ms, Internet hop 20 ms.
 */
import type { TransportAddress } from './address.ts';
import type { NatType } from './natTypes.ts';
import { StunServer, TurnServer } from './servers.ts';
import { Simulation, type Host, type NatBox, type Realm } from './simulation.ts';

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
 * Builds the two-peer topology with a STUN server and, optionally, a TURN server.
 *
 * @param spec - NAT types per side, TURN, seed, recording
 * @returns the simulation and its parts
 */
export function buildPeerNetwork(spec: PeerNetworkSpec): PeerNetwork {
  const sim = new Simulation({ seed: spec.seed, recordEvents: spec.recordEvents });
  const a = buildSide(sim, 'A', spec.a);
  const b = buildSide(sim, 'B', spec.b);
  const stun = new StunServer(sim, { name: 'STUN', ip: peerNetworkAddresses.stun.ip });
  const turn = spec.turn ? new TurnServer(sim, { name: 'TURN', ip: peerNetworkAddresses.turn.ip }) : undefined;
  return { sim, a, b, stun, turn };
}
