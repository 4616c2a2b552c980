/**
 * The two public servers of the simulation: a STUN server (RFC 8489) that
 * answers Binding requests with the source address it sees, and a TURN
 * server (RFC 8656) with allocations, permissions and Send/Data relaying.
 *
 * The TURN server is simplified but keeps the rules that decide whether a
 * packet gets through: an allocation is keyed by the client's 5-tuple (§6),
 * a permission is per peer IP address, ignores the port and lasts 300 s
 * (§9), a Send indication or a datagram from a peer without a permission is
 * discarded (§11.2, §11.3). Not modelled: authentication, allocation
 * refresh and lifetime, channels, TCP.
 */
import { formatAddress, type TransportAddress } from './address.ts';
import type { Packet } from './packet.ts';
import { createPrng, deriveSeed, type Prng } from './prng.ts';
import type { Host, Realm, Simulation } from './simulation.ts';

/** The well-known STUN/TURN port (RFC 8489 §9). */
export const stunPort = 3478;

/** Permission lifetime, RFC 8656 §9: "MUST be 300 seconds". */
export const turnPermissionLifetimeMs = 300_000;

/** Where to place a server. */
export interface ServerOptions {
  readonly name: string;
  readonly ip: string;
  readonly port?: number;
  /** Defaults to the Internet. */
  readonly realm?: Realm;
}

/** A STUN server answering Binding requests (RFC 8489 §3, XOR-MAPPED-ADDRESS §14.2). */
export class StunServer {
  readonly host: Host;
  readonly address: TransportAddress;

  /**
   * @param sim - the simulation
   * @param options - name and address
   */
  constructor(sim: Simulation, options: ServerOptions) {
    const port = options.port ?? stunPort;
    this.host = sim.addHost(options.name, options.realm ?? sim.internet, options.ip);
    this.address = { ip: options.ip, port };
    this.host.listen(port, (packet, host) => {
      if (packet.payload.kind !== 'stun-binding-request') return;
      // The mapped address is simply the source the server sees.
      host.send(port, packet.src, {
        kind: 'stun-binding-response',
        transactionId: packet.payload.transactionId,
        mapped: packet.src,
      });
    });
  }
}

/** One TURN allocation (RFC 8656 §6). */
export interface TurnAllocation {
  /** Client side of the 5-tuple, as the server sees it (the client's outermost NAT mapping). */
  readonly client: TransportAddress;
  readonly relayed: TransportAddress;
  /** Peer IP → permission expiry time. */
  readonly permissions: Map<string, number>;
}

/** A TURN server with UDP relaying (RFC 8656). */
export class TurnServer {
  readonly host: Host;
  readonly address: TransportAddress;
  #sim: Simulation;
  #prng: Prng;
  #byClient = new Map<string, TurnAllocation>();
  #byRelayPort = new Map<number, TurnAllocation>();

  /**
   * @param sim - the simulation
   * @param options - name and address
   */
  constructor(sim: Simulation, options: ServerOptions) {
    this.#sim = sim;
    this.#prng = createPrng(deriveSeed(sim.seed, options.name));
    const port = options.port ?? stunPort;
    this.host = sim.addHost(options.name, options.realm ?? sim.internet, options.ip);
    this.address = { ip: options.ip, port };
    this.host.listen(port, (packet) => this.#onServerPort(packet));
  }

  /** Allocations in creation order. */
  allocations(): TurnAllocation[] {
    return [...this.#byClient.values()];
  }

  #hasPermission(allocation: TurnAllocation, ip: string): boolean {
    const expiry = allocation.permissions.get(ip);
    return expiry !== undefined && expiry > this.#sim.nowMs;
  }

  #permittedList(allocation: TurnAllocation): string {
    const ips = [...allocation.permissions.keys()].filter((ip) => this.#hasPermission(allocation, ip));
    return ips.length > 0 ? ips.join(', ') : '—';
  }

  #onServerPort(packet: Packet): void {
    const sim = this.#sim;
    const payload = packet.payload;
    const clientKey = formatAddress(packet.src);
    const allocation = this.#byClient.get(clientKey);
    const port = this.address.port;
    switch (payload.kind) {
      case 'turn-allocate-request': {
        // §7.2: a new allocation for this 5-tuple (a repeat gets the same one back).
        const granted = allocation ?? this.#allocate(packet.src);
        this.host.send(port, packet.src, {
          kind: 'turn-allocate-response',
          transactionId: payload.transactionId,
          relayed: granted.relayed,
          mapped: packet.src,
        });
        return;
      }
      case 'turn-create-permission-request': {
        if (allocation === undefined) {
          sim.drop(this.host.name, packet, 'no-allocation', () => ({ from: clientKey, to: formatAddress(packet.dst) }));
          return;
        }
        // §10.2: install or refresh one permission per XOR-PEER-ADDRESS; ports are ignored.
        for (const ip of payload.peerIps) {
          allocation.permissions.set(ip, sim.nowMs + turnPermissionLifetimeMs);
          sim.emit(() => ({
            type: 'turn',
            code: 'turn-permission-installed',
            node: this.host.name,
            params: {
              node: this.host.name,
              relayed: formatAddress(allocation.relayed),
              peerIp: ip,
              lifetimeS: turnPermissionLifetimeMs / 1000,
            },
          }));
        }
        this.host.send(port, packet.src, { kind: 'turn-create-permission-response', transactionId: payload.transactionId });
        return;
      }
      case 'turn-send-indication': {
        if (allocation === undefined) {
          sim.drop(this.host.name, packet, 'no-allocation', () => ({ from: clientKey, to: formatAddress(packet.dst) }));
          return;
        }
        // §11.2: without a permission for the peer's IP the indication is discarded.
        if (!this.#hasPermission(allocation, payload.peer.ip)) {
          sim.drop(this.host.name, packet, 'no-permission', () => ({
            from: formatAddress(payload.peer),
            fromIp: payload.peer.ip,
            to: formatAddress(allocation.relayed),
            permitted: this.#permittedList(allocation),
          }));
          return;
        }
        this.host.send(allocation.relayed.port, payload.peer, payload.inner, {
          code: 'turn-relay-sent',
          params: { inner: payload.inner.kind, relayed: formatAddress(allocation.relayed) },
          relayOf: packet.id,
        });
        return;
      }
      default:
        return;
    }
  }

  #allocate(client: TransportAddress): TurnAllocation {
    const sim = this.#sim;
    // RFC 8656 §7.2 suggests a random port from 49152–65535.
    let relayPort = 49152 + this.#prng.nextBelow(16384);
    while (this.#byRelayPort.has(relayPort) || relayPort === this.address.port) {
      relayPort = relayPort >= 65535 ? 49152 : relayPort + 1;
    }
    const allocation: TurnAllocation = {
      client,
      relayed: { ip: this.address.ip, port: relayPort },
      permissions: new Map(),
    };
    this.#byClient.set(formatAddress(client), allocation);
    this.#byRelayPort.set(relayPort, allocation);
    this.host.listen(relayPort, (packet) => this.#onRelayedPort(allocation, packet), true);
    sim.emit(() => ({
      type: 'turn',
      code: 'turn-allocation-created',
      node: this.host.name,
      params: { node: this.host.name, client: formatAddress(client), relayed: formatAddress(allocation.relayed) },
    }));
    return allocation;
  }

  /** §11.3: a datagram from a peer to the relayed address. */
  #onRelayedPort(allocation: TurnAllocation, packet: Packet): void {
    const sim = this.#sim;
    const payload = packet.payload;
    if (!this.#hasPermission(allocation, packet.src.ip)) {
      sim.drop(this.host.name, packet, 'no-permission', () => ({
        from: formatAddress(packet.src),
        fromIp: packet.src.ip,
        to: formatAddress(packet.dst),
        permitted: this.#permittedList(allocation),
      }));
      return;
    }
    if (payload.kind !== 'check' && payload.kind !== 'check-response' && payload.kind !== 'data') return;
    this.host.send(
      this.address.port,
      allocation.client,
      { kind: 'turn-data-indication', peer: packet.src, inner: payload },
      { relayOf: packet.id },
    );
  }
}
