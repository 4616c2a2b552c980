/**
 * The boxes the NAT-table demo draws for a scenario run: each peer, the NATs
 * in front of it from the inside out, and the servers on the Internet, with
 * the addresses the simulator gave them (see `peerNetwork.ts`). Pure; the
 * widget lays the boxes out.
 */
import { isNatTypeId, natTypes } from './natTypes.ts';
import { closedNetworkAddresses, peerNetworkAddresses } from './peerNetwork.ts';
import type { ScenarioRun } from './scenarios.ts';
import type { NatTableSnapshot } from './simEvent.ts';

/** One box of the diagram. */
export interface DemoNode {
  /** Node name as events carry it in `node`: `A`, `NAT A`, `CGNAT A`, `STUN`, `TURN`. */
  readonly name: string;
  readonly kind: 'host' | 'nat' | 'server' | 'router';
  /** The node's address: a host's or server's IP (and port for servers), a NAT's outside IP. */
  readonly address: string;
  /** For NATs: RFC 4787 mapping (§4.1) and filtering (§5) codes, e.g. `EIM`, `APDF`. */
  readonly mapping?: string;
  readonly filtering?: string;
}

/** Everything the diagram draws. */
export interface DemoTopology {
  /** Side A from the host outwards: `A`, then `NAT A`, then `CGNAT A` when there is an outer NAT. */
  readonly a: readonly DemoNode[];
  readonly b: readonly DemoNode[];
  /** `STUN`, and `TURN` when the run offered one. */
  readonly servers: readonly DemoNode[];
  /** What the band at the top is: the Internet, or the closed network's segment B. */
  readonly band: 'internet' | 'segment-b';
  /** Plain routers between the band and side A (the closed network's R1). */
  readonly routers: readonly DemoNode[];
}

function hasNat(id: string | undefined): boolean {
  if (id === undefined) return false;
  return !isNatTypeId(id) || natTypes[id].behaviour !== null;
}

function side(name: 'A' | 'B', natId: string, outerId: string | undefined, tables: readonly NatTableSnapshot[]): DemoNode[] {
  const layout = peerNetworkAddresses[name];
  const inner = hasNat(natId);
  const outer = hasNat(outerId);
  const hostIp = inner ? layout.hostIp : outerId !== undefined ? layout.ispIp : layout.publicIp;
  const nodes: DemoNode[] = [{ name, kind: 'host', address: hostIp }];
  for (const natName of [`NAT ${name}`, `CGNAT ${name}`]) {
    const table = tables.find((snapshot) => snapshot.nat === natName);
    if (table === undefined) continue;
    nodes.push({ name: natName, kind: 'nat', address: table.externalIp, mapping: table.mapping, filtering: table.filtering });
  }
  // A run without events has no snapshots; fall back to the fixed address plan.
  if (tables.length === 0) {
    if (inner) nodes.push({ name: `NAT ${name}`, kind: 'nat', address: outer ? layout.ispIp : layout.publicIp });
    if (outer) nodes.push({ name: `CGNAT ${name}`, kind: 'nat', address: layout.publicIp });
  }
  return nodes;
}

/**
 * The diagram's boxes for a run.
 *
 * @param run - a finished scenario
 * @returns both sides and the servers
 * @example demoTopology(unwrap(runScenario('learn-address'))).a // [{ name: 'A', kind: 'host', address: '192.168.1.10' }, { name: 'NAT A', kind: 'nat', … }]
 */
export function demoTopology(run: ScenarioRun): DemoTopology {
  if (run.closedNetwork === true) return closedTopology(run);
  const tables = run.events[0]?.nats ?? [];
  const { stun, turn } = peerNetworkAddresses;
  const servers: DemoNode[] = [{ name: 'STUN', kind: 'server', address: `${stun.ip}:${stun.port}` }];
  if (run.turn) servers.push({ name: 'TURN', kind: 'server', address: `${turn.ip}:${turn.port}` });
  return {
    a: side('A', run.natA, run.outerA, tables),
    b: side('B', run.natB, run.outerB, tables),
    servers,
    band: 'internet',
    routers: [],
  };
}

/** The closed network: A behind R2 on the left, B in segment B (the band) on the right, R1 between. */
function closedTopology(run: ScenarioRun): DemoTopology {
  const plan = closedNetworkAddresses;
  const placement = plan.server['answer-segment'];
  const servers: DemoNode[] = [];
  if (run.stun !== false) servers.push({ name: 'STUN', kind: 'server', address: `${placement.stun}:3478` });
  if (run.turn) servers.push({ name: 'TURN', kind: 'server', address: `${placement.turn}:3478` });
  return {
    a: [
      { name: 'A', kind: 'host', address: plan.A.hostIp },
      { name: 'R2', kind: 'nat', address: plan.r2.outside, mapping: 'EIM', filtering: 'APDF' },
    ],
    b: [{ name: 'B', kind: 'host', address: plan.B.hostIp }],
    servers,
    band: 'segment-b',
    routers: [{ name: 'R1', kind: 'router', address: `${plan.r1.b} | ${plan.r1.a}` }],
  };
}
