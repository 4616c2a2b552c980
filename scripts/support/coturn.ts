/**
 * Starts Debian's coturn (`turnserver`) on 127.0.0.1 with a throw-away user
 * (or, with `auth: 'rest'`, a throw-away `static-auth-secret`),
 * for tests and benchmarks that need a real STUN/TURN server, and stops it.
 * It listens on loopback only and relays only to loopback peers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac, randomBytes } from 'node:crypto';

export interface Coturn {
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly realm: string;
  /** A UDP port on 127.0.0.1 where nothing listens (for "unreachable" tests). */
  readonly closedPort: number;
  /** With `auth: 'rest'`: coturn's throw-away `static-auth-secret` (`username`/`password` are then REST credentials minted for one hour). */
  readonly secret?: string;
  /** The addresses it listens on (STUN and TURN, same port). */
  readonly listeningIps: readonly string[];
  stop(): Promise<void>;
}

/** How {@link startCoturn} authenticates and where it listens. */
export interface CoturnOptions {
  /** `lt-cred` (default): `lt-cred-mech` with one throw-away user. `rest`: `use-auth-secret` with a throw-away `static-auth-secret`. */
  readonly auth?: 'lt-cred' | 'rest';
  /** Loopback addresses to listen on; default `['127.0.0.1']`. Extra ones (127.0.0.2) give a second STUN address. */
  readonly listeningIps?: readonly string[];
  /**
   * Relay to loopback peers (`allow-loopback-peers`, which coturn accepts only
   * with `no-cli`). Default `true`: two browsers on 127.0.0.1 need it for
   * relay↔relay. `false` gives a coturn that refuses them, as a default coturn does.
   */
  readonly allowLoopbackPeers?: boolean;
}

/** Asks the kernel for a free UDP port on loopback. */
async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** Sends a STUN Binding request and waits for any answer (readiness probe). */
async function answersStun(port: number, timeoutMs: number): Promise<boolean> {
  const socket = createSocket('udp4');
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt32BE(0x2112a442, 4);
  randomBytes(12).copy(request, 8);
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      socket.once('message', () => { clearTimeout(timer); resolve(true); });
      socket.once('error', () => { clearTimeout(timer); resolve(false); });
      socket.send(request, port, '127.0.0.1');
    });
  } finally {
    socket.close();
  }
}


/**
 * Starts turnserver and resolves once it answers a STUN Binding request.
 * @throws when turnserver is missing or does not come up within 10 s
 */
export async function startCoturn(options: CoturnOptions = {}): Promise<Coturn> {
  const port = await freeUdpPort();
  const closedPort = await freeUdpPort();
  const auth = options.auth ?? 'lt-cred';
  const listeningIps = options.listeningIps ?? ['127.0.0.1'];
  if (listeningIps.some((ip) => !ip.startsWith('127.'))) throw new Error('startCoturn listens on loopback only');
  const secret = auth === 'rest' ? randomBytes(16).toString('hex') : undefined;
  let username = `test-${randomBytes(4).toString('hex')}`;
  let password = randomBytes(12).toString('hex');
  if (secret !== undefined) {
    // coturn REST credentials (use-auth-secret): "expiry:user" and base64(HMAC-SHA1(secret, username)).
    username = `${Math.floor(Date.now() / 1000) + 3600}:${username}`;
    password = createHmac('sha1', secret).update(username).digest('base64');
  }
  const realm = 'icefieldguide.test';
  const dir = mkdtempSync(join(tmpdir(), 'coturn-'));
  // A relay port range per run, so parallel runs do not collide.
  const minPort = 40000 + Math.floor(Math.random() * 200) * 100;
  const args = [
    '-n', '--no-cli', '--no-tls', '--no-dtls', '--simple-log', '--log-file=stdout',
    `--pidfile=${join(dir, 'turnserver.pid')}`,
    ...listeningIps.map((ip) => `--listening-ip=${ip}`), '--relay-ip=127.0.0.1', `--listening-port=${port}`,
    `--min-port=${minPort}`, `--max-port=${minPort + 99}`,
    ...(secret !== undefined ? ['--use-auth-secret', `--static-auth-secret=${secret}`] : ['--lt-cred-mech', `--user=${username}:${password}`]),
    `--realm=${realm}`,
    '--fingerprint', ...(options.allowLoopbackPeers === false ? [] : ['--allow-loopback-peers']), '--no-multicast-peers',
    `--userdb=${join(dir, 'turndb')}`,
  ];
  const child: ChildProcess = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
  child.stderr?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const failed = await Promise.race([spawnError, new Promise<null>((r) => setTimeout(() => r(null), 50))]);
    if (failed) throw new Error(`Could not start turnserver (${failed.message}). Install it with: apt-get install coturn`);
    if (child.exitCode !== null) throw new Error(`turnserver exited with code ${child.exitCode}:\n${output}`);
    if (await answersStun(port, 300)) {
      return { port, username, password, realm, closedPort, listeningIps, ...(secret !== undefined ? { secret } : {}), stop };
    }
  }
  await stop();
  throw new Error(`turnserver did not answer on 127.0.0.1:${port} within 10 s:\n${output}`);
}
