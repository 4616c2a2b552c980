/**
 * Running system commands for the lab: no shell, arguments as arrays, a time
 * limit on everything, and errors that say which command failed and why.
 */
import { spawn } from 'node:child_process';

/** What a finished command produced. */
export interface CommandResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Options for {@link run}. */
export interface RunOptions {
  /** Text written to the command's standard input. */
  readonly input?: string;
  /** Kill the command after this many milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Return a non-zero exit instead of throwing. */
  readonly allowFailure?: boolean;
}

/** A command that exited non-zero, was killed, or could not be started. */
export class CommandError extends Error {
  readonly result: CommandResult;
  constructor(command: readonly string[], result: CommandResult) {
    const why = result.timedOut ? 'timed out' : result.signal ? `was killed by ${result.signal}` : `exited with ${String(result.code)}`;
    const detail = result.stderr.trim().split('\n').slice(-3).join(' | ');
    super(`\`${command.join(' ')}\` ${why}${detail ? `: ${detail}` : ''}`);
    this.name = 'CommandError';
    this.result = result;
  }
}

let verbose = false;

/**
 * Prints every command before it runs (the CLI's `--verbose`).
 *
 * @param on - whether to print
 */
export function setVerbose(on: boolean): void {
  verbose = on;
}

/**
 * Runs a command and collects its output.
 *
 * @param file - program to run, e.g. `ip`
 * @param args - its arguments
 * @param options - input, time limit, whether failure is allowed
 * @returns the exit code and output
 */
export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const command = [file, ...args];
  if (verbose) process.stderr.write(`+ ${command.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 30_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`could not start \`${command.join(' ')}\`: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: CommandResult = { code, signal, stdout, stderr, timedOut };
      if ((code !== 0 || timedOut) && !options.allowFailure) reject(new CommandError(command, result));
      else resolve(result);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Path of `ip` (iproute2); the lab never relies on the caller's PATH for it. */
export const ipPath = '/usr/sbin/ip';

/**
 * Runs a command inside a network namespace (`ip netns exec`).
 *
 * @param namespace - full namespace name
 * @param file - program to run inside
 * @param args - its arguments
 * @param options - as for {@link run}
 * @returns the exit code and output
 */
export function runIn(namespace: string, file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  return run(ipPath, ['netns', 'exec', namespace, file, ...args], options);
}

/**
 * Runs `ip` with the given arguments.
 *
 * @param args - e.g. `['-n', ns, 'link', 'set', 'lo', 'up']`
 * @returns the output
 */
export function ip(...args: string[]): Promise<CommandResult> {
  return run(ipPath, args);
}

/**
 * Loads an nftables script into a namespace.
 *
 * @param nft - path of `nft`
 * @param namespace - full namespace name
 * @param script - text for `nft -f -`
 * @returns the output
 */
export function nftLoad(nft: string, namespace: string, script: string): Promise<CommandResult> {
  return runIn(namespace, nft, ['-f', '-'], { input: script });
}

/**
 * Sleeps.
 *
 * @param ms - milliseconds
 * @returns a promise that resolves after the delay
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
