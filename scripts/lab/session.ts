/**
 * One lab run: its unique namespace prefix, its scratch directory, and every
 * namespace and process it created, so that all of it is torn down at the
 * end, after a failure, and on Ctrl-C.
 *
 * Namespace names are `icelab-<owner pid>-<4 hex>-<role>`: two runs never
 * collide, and `lab cleanup` can tell a leftover (owner gone) from a live run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipPath, run, sleep } from './exec.ts';
import type { ToolPaths } from './preflight.ts';

/** The repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every lab namespace name starts with this. */
export const namespacePrefix = 'icelab-';

const namePattern = /^icelab-(\d+)-([0-9a-f]{4})-([a-z0-9]+)$/;

/** A process the session started, killed by PID at teardown. */
interface TrackedProcess {
  readonly label: string;
  readonly child: ChildProcess;
}

/**
 * Reads the PIDs of the processes inside a namespace (`ip netns pids`).
 *
 * @param namespace - full namespace name
 * @returns the PIDs, empty when there are none or the namespace is gone
 */
export async function namespacePids(namespace: string): Promise<number[]> {
  const r = await run(ipPath, ['netns', 'pids', namespace], { allowFailure: true, timeoutMs: 10_000 });
  return r.stdout
    .split(/\s+/)
    .filter((s) => /^\d+$/.test(s))
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells whether the run that owns a namespace is still going: its process
 * exists, is not a zombie, and is still a lab script (not a reused PID).
 */
function ownerAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/lab/');
  } catch {
    return false;
  }
}

/**
 * Ends the given processes: SIGTERM, then SIGKILL for any still alive after
 * the grace period. Only these PIDs are signalled.
 *
 * @param pids - PIDs to end
 * @param graceMs - how long to wait before SIGKILL
 */
export async function killPids(pids: readonly number[], graceMs = 1500): Promise<void> {
  const own = process.pid;
  const targets = pids.filter((p) => p !== own && p > 1);
  for (const pid of targets) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && targets.some(alive)) await sleep(50);
  for (const pid of targets.filter(alive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Removes a namespace after ending every process inside it.
 *
 * @param namespace - full namespace name
 */
export async function removeNamespace(namespace: string): Promise<void> {
  await killPids(await namespacePids(namespace));
  await run(ipPath, ['netns', 'del', namespace], { allowFailure: true, timeoutMs: 10_000 });
}

/**
 * Lists the lab's namespaces on this machine.
 *
 * @returns names starting with `icelab-`, with the owner PID when the name carries one
 */
export async function listLabNamespaces(): Promise<{ name: string; owner: number | null }[]> {
  const r = await run(ipPath, ['netns', 'list'], { allowFailure: true, timeoutMs: 10_000 });
  return r.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name.startsWith(namespacePrefix))
    .map((name) => {
      const m = namePattern.exec(name);
      return { name, owner: m ? Number(m[1]) : null };
    });
}

/**
 * Removes lab namespaces left behind by runs that no longer exist, and their
 * scratch directories. Namespaces of a run that is still alive are kept
 * unless `force` is set.
 *
 * @param options - `force`: also remove namespaces of live runs
 * @returns the names removed and the names kept
 */
export async function cleanupLeftovers(options: { force?: boolean } = {}): Promise<{ removed: string[]; kept: string[] }> {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const { name, owner } of await listLabNamespaces()) {
    if (!options.force && owner !== null && owner !== process.pid && ownerAlive(owner)) {
      kept.push(name);
      continue;
    }
    await removeNamespace(name);
    removed.push(name);
  }
  const runs = join(repoRoot, '.lab-run');
  if (existsSync(runs)) {
    for (const entry of readdirSync(runs)) {
      const m = /^icelab-(\d+)-[0-9a-f]{4}$/.exec(entry);
      if (m && (options.force || !ownerAlive(Number(m[1])))) rmSync(join(runs, entry), { recursive: true, force: true });
    }
  }
  return { removed, kept };
}

/** Options for {@link LabSession}. */
export interface SessionOptions {
  /** Keep the scratch directory (coturn log, browser wrappers) after teardown. */
  readonly keepRunDir?: boolean;
  /** Print progress lines to stderr. */
  readonly log?: (line: string) => void;
}

/** One run of the lab and everything it owns. */
export class LabSession {
  readonly prefix: string;
  readonly runDir: string;
  readonly tools: ToolPaths;
  readonly log: (line: string) => void;
  readonly #keepRunDir: boolean;
  readonly #namespaces: string[] = [];
  readonly #processes = new Map<number, TrackedProcess>();
  readonly #closers = new Set<() => Promise<void>>();
  #tornDown = false;
  #teardownPromise: Promise<void> | null = null;
  #handlersInstalled = false;

  constructor(tools: ToolPaths, options: SessionOptions = {}) {
    this.tools = tools;
    this.prefix = `${namespacePrefix}${process.pid}-${randomBytes(2).toString('hex')}`;
    this.runDir = join(repoRoot, '.lab-run', this.prefix);
    this.#keepRunDir = options.keepRunDir ?? false;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    mkdirSync(this.runDir, { recursive: true });
  }

  /**
   * The full namespace name of a role.
   *
   * @param role - e.g. `ra`
   * @returns e.g. `icelab-4242-3fa9-ra`
   */
  ns(role: string): string {
    return `${this.prefix}-${role}`;
  }

  /** Namespaces this session created and has not removed yet. */
  get namespaces(): readonly string[] {
    return [...this.#namespaces];
  }

  /**
   * Creates a namespace and remembers it for teardown.
   *
   * @param role - the role name
   * @returns the full namespace name
   */
  async addNamespace(role: string): Promise<string> {
    this.#assertLive();
    const name = this.ns(role);
    await run(ipPath, ['netns', 'add', name], { timeoutMs: 10_000 });
    this.#namespaces.push(name);
    return name;
  }

  /**
   * Removes one namespace of this session (and every process in it).
   *
   * @param role - the role name
   */
  async dropNamespace(role: string): Promise<void> {
    const name = this.ns(role);
    const i = this.#namespaces.indexOf(name);
    if (i < 0) return;
    for (const [pid, p] of this.#processes) {
      if (p.label.startsWith(`${role}:`)) this.#processes.delete(pid);
    }
    await removeNamespace(name);
    this.#namespaces.splice(i, 1);
  }

  /**
   * Starts a long-running program inside a namespace, with its output in a
   * log file under the run directory, and tracks it by PID.
   *
   * @param role - namespace role
   * @param file - program path
   * @param args - arguments
   * @param logName - log file name under the run directory
   * @returns the child process
   */
  spawnIn(role: string, file: string, args: readonly string[], logName: string): ChildProcess {
    this.#assertLive();
    const fd = openSync(join(this.runDir, logName), 'a');
    const child = spawn(ipPath, ['netns', 'exec', this.ns(role), file, ...args], { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    if (child.pid !== undefined) {
      const pid = child.pid;
      this.#processes.set(pid, { label: `${role}:${file}`, child });
      child.on('exit', () => this.#processes.delete(pid));
    }
    return child;
  }

  /**
   * Stops a process this session started.
   *
   * @param child - the process from {@link spawnIn}
   */
  async stop(child: ChildProcess): Promise<void> {
    if (child.pid === undefined) return;
    await killPids([child.pid]);
    this.#processes.delete(child.pid);
  }

  /**
   * Registers something to close before namespaces are removed (a browser).
   *
   * @param closer - async close function
   * @returns a function that unregisters it
   */
  onTeardown(closer: () => Promise<void>): () => void {
    this.#closers.add(closer);
    return () => this.#closers.delete(closer);
  }

  /**
   * Reads a file from the run directory.
   *
   * @param name - file name
   * @returns its text, or an empty string
   */
  readRunFile(name: string): string {
    try {
      return readFileSync(join(this.runDir, name), 'utf8');
    } catch {
      return '';
    }
  }

  /**
   * Tears everything down: closers, tracked processes, every process in the
   * session's namespaces (by PID), the namespaces, and the run directory.
   * Safe to call more than once.
   */
  teardown(): Promise<void> {
    this.#teardownPromise ??= this.#teardown();
    return this.#teardownPromise;
  }

  async #teardown(): Promise<void> {
    this.#tornDown = true;
    for (const close of [...this.#closers]) {
      await Promise.race([close().catch(() => {}), sleep(5000)]);
    }
    this.#closers.clear();
    await killPids([...this.#processes.keys()]);
    this.#processes.clear();
    for (const name of [...this.#namespaces].reverse()) await removeNamespace(name);
    this.#namespaces.length = 0;
    if (!this.#keepRunDir) rmSync(this.runDir, { recursive: true, force: true });
  }

  /**
   * Makes SIGINT, SIGTERM, SIGHUP and uncaught errors tear the session down
   * before the process exits; a last synchronous sweep on `exit` removes any
   * namespace still left.
   */
  installSignalHandlers(): void {
    if (this.#handlersInstalled) return;
    this.#handlersInstalled = true;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (this.#tornDown) {
        this.log(`${signal} again: still tearing down, please wait`);
        return;
      }
      this.log(`${signal}: tearing the lab down`);
      void this.teardown().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);
    const onFatal = (e: unknown): void => {
      this.log(`fatal: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      void this.teardown().finally(() => process.exit(1));
    };
    process.on('uncaughtException', onFatal);
    process.on('unhandledRejection', onFatal);
    process.on('exit', () => {
      for (const name of this.#namespaces) {
        const pids = spawnSync(ipPath, ['netns', 'pids', name], { encoding: 'utf8' }).stdout ?? '';
        for (const pid of pids.split(/\s+/).filter((s) => /^\d+$/.test(s))) {
          try {
            process.kill(Number(pid), 'SIGKILL');
          } catch {
            // gone
          }
        }
        spawnSync(ipPath, ['netns', 'del', name]);
      }
    });
  }

  #assertLive(): void {
    if (this.#tornDown) throw new Error('the lab session has been torn down');
  }
}
