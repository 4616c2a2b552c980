/**
 * Small builders shared by the NAT simulator tests: one LAN behind one NAT,
 * with hosts on the Internet to talk to.
 */
import type { TransportAddress } from '../../../src/lib/nat/address.ts';
import type { FilteringBehaviour, MappingBehaviour, NatBehaviour, NatTypeId } from '../../../src/lib/nat/natTypes.ts';
import { natTypes } from '../../../src/lib/nat/natTypes.ts';
import type { Packet } from '../../../src/lib/nat/packet.ts';
import type { SimEvent, SimEventCode } from '../../../src/lib/nat/simEvent.ts';
import { Simulation, type Host, type NatBox } from '../../../src/lib/nat/simulation.ts';
import type { Result } from '../../../src/lib/result.ts';

/** A behaviour with the given mapping and filtering and the defaults of the built-in types. */
export function behaviour(mapping: MappingBehaviour, filtering: FilteringBehaviour, extra: Partial<NatBehaviour> = {}): NatBehaviour {
  const base = natTypes['eim-eif'].behaviour;
  if (base === null) throw new Error('eim-eif has a behaviour');
  return { ...base, mapping, filtering, ...extra };
}

/** The behaviour of a built-in NAT type that has one. */
export function behaviourOf(id: NatTypeId): NatBehaviour {
  const value = natTypes[id].behaviour;
  if (value === null) throw new Error(`${id} has no behaviour`);
  return value;
}

/** Unwraps an ok Result or fails the test. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Records the datagrams delivered to a host port. */
export function inbox(host: Host, port: number): Packet[] {
  const received: Packet[] = [];
  host.listen(port, (packet) => received.push(packet));
  return received;
}

/** Events with one code. */
export function eventsWith(events: readonly SimEvent[], code: SimEventCode): SimEvent[] {
  return events.filter((event) => event.code === code);
}

/** `ip:port`. */
export function at(address: TransportAddress): string {
  return `${address.ip}:${address.port}`;
}

/** One LAN (192.168.1.0/24) behind one NAT (outside 203.0.113.1), host A at 192.168.1.10. */
export interface LanFixture {
  readonly sim: Simulation;
  readonly nat: NatBox;
  readonly a: Host;
  /** Adds a host on the LAN. */
  lanHost(name: string, ip: string): Host;
  /** Adds a host on the Internet. */
  remote(name: string, ip: string): Host;
}

/** Builds a {@link LanFixture}. */
export function lanBehindNat(natBehaviour: NatBehaviour, seed = 1): LanFixture {
  const sim = new Simulation({ seed });
  const lan = sim.addRealm('LAN', '192.168.1.0/24', 1);
  const nat = sim.addNat({ name: 'NAT', behaviour: natBehaviour, inside: lan, outside: sim.internet, externalIp: '203.0.113.1' });
  const a = sim.addHost('A', lan, '192.168.1.10');
  return {
    sim,
    nat,
    a,
    lanHost: (name, ip) => sim.addHost(name, lan, ip),
    remote: (name, ip) => sim.addHost(name, sim.internet, ip),
  };
}

/** Sends a data packet at a given time. */
export function sendAt(sim: Simulation, timeMs: number, host: Host, srcPort: number, dst: TransportAddress, text = 'x'): void {
  sim.at(timeMs, () => host.send(srcPort, dst, { kind: 'data', text }));
}
