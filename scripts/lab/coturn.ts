/**
 * Starts coturn inside the lab's server namespace: STUN on every listening
 * address (two of them plus an alternate port make RFC 5780 behaviour
 * discovery possible, RFC 5780 §4.1), and TURN over UDP with one long-term
 * credential (RFC 8489 §9.2) for the browsers.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { runIn, sleep } from './exec.ts';
import type { LabSession } from './session.ts';

/** The lab's TURN credential; it only exists inside the lab's namespaces. */
export const turnCredential = { username: 'icelab', credential: 'icelab-pass', realm: 'icelab.test' } as const;

/** Options for {@link startCoturn}. */
export interface CoturnOptions {
  /** Namespace role that runs the server. */
  readonly role: string;
  /** Listening addresses; the first is also the relay address. */
  readonly addresses: readonly string[];
  readonly port: number;
  /** Alternate port for RFC 5780 CHANGE-REQUEST answers; omit with a single address. */
  readonly alternatePort?: number;
}

/**
 * Tells whether a namespace has a UDP socket bound to a port, from
 * `/proc/net/udp` (ports are hex after the colon).
 *
 * @param text - contents of `/proc/net/udp`
 * @param port - port number
 * @returns true when some local address uses the port
 */
export function udpPortBound(text: string, port: number): boolean {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return text.split('\n').some((line) => line.trim().split(/\s+/)[1]?.endsWith(`:${hex}`) === true);
}

/**
 * Starts coturn and waits until it listens.
 *
 * @param session - the run
 * @param options - where and how it listens
 * @returns the server process (tracked by the session)
 */
export async function startCoturn(session: LabSession, options: CoturnOptions): Promise<ChildProcess> {
  const log = `coturn-${options.role}.log`;
  const relay = options.addresses[0];
  if (relay === undefined) throw new Error('coturn needs at least one address');
  const args = [
    '-n',
    ...options.addresses.map((a) => `--listening-ip=${a}`),
    `--listening-port=${options.port}`,
    ...(options.alternatePort === undefined ? [] : [`--alt-listening-port=${options.alternatePort}`]),
    `--relay-ip=${relay}`,
    '--min-port=49152',
    '--max-port=49999',
    '--lt-cred-mech',
    `--user=${turnCredential.username}:${turnCredential.credential}`,
    `--realm=${turnCredential.realm}`,
    '--fingerprint',
    '--no-tls',
    '--no-dtls',
    '--no-tcp',
    '--no-tcp-relay',
    '--no-cli',
    '--no-multicast-peers',
    `--userdb=${join(session.runDir, `turndb-${options.role}`)}`,
    `--pidfile=${join(session.runDir, `turnserver-${options.role}.pid`)}`,
    `--log-file=${join(session.runDir, log)}`,
    '--simple-log',
    // LAB_COTURN_VERBOSE=1 logs every allocation, permission and relayed peer (with --keep-run-dir).
    ...(process.env['LAB_COTURN_VERBOSE'] === '1' ? ['--verbose'] : []),
    ...(process.env['LAB_COTURN_EXTRA'] ?? '').split(' ').filter(Boolean),
  ];
  const child = session.spawnIn(options.role, session.tools.turnserver, args, `coturn-${options.role}.out`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const udp = await runIn(session.ns(options.role), 'cat', ['/proc/net/udp'], { allowFailure: true });
    const ports = [options.port, ...(options.alternatePort === undefined ? [] : [options.alternatePort])];
    if (ports.every((p) => udpPortBound(udp.stdout, p))) return child;
    await sleep(100);
  }
  const tail = (session.readRunFile(log) || session.readRunFile(`coturn-${options.role}.out`)).split('\n').slice(-5).join(' | ');
  throw new Error(`coturn did not start listening on UDP ${options.port} in ${session.ns(options.role)}: ${tail}`);
}
