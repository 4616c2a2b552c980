/**
 * Checks that the lab can run here before it creates anything: Linux, root,
 * the tools it drives, and (optionally) working network namespaces with
 * nftables and bridges. Every refusal is one line that says what to do.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import { delimiter, join } from 'node:path';
import type { LabEnvironment } from '../../src/lib/lab/recordings.ts';
import { ipPath, run } from './exec.ts';

/** The programs the lab runs, with the Debian package that provides each. */
export const requiredTools = [
  { name: 'ip', debianPackage: 'iproute2' },
  { name: 'nft', debianPackage: 'nftables' },
  { name: 'sysctl', debianPackage: 'procps' },
  { name: 'turnserver', debianPackage: 'coturn' },
  { name: 'turnutils_natdiscovery', debianPackage: 'coturn' },
  { name: 'chromium', debianPackage: 'chromium' },
] as const;

/** Name of a required tool. */
export type ToolName = (typeof requiredTools)[number]['name'];

/** Absolute paths of the tools, found by {@link findTools}. */
export type ToolPaths = Readonly<Record<ToolName, string>>;

/** Why the lab cannot run. */
export interface PreflightFailure {
  readonly ok: false;
  /** One line for the terminal. */
  readonly reason: string;
}

/** The lab can run with these tools. */
export interface PreflightSuccess {
  readonly ok: true;
  readonly tools: ToolPaths;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string): string | null {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * Finds every required tool, honouring `LAB_CHROMIUM` for the browser.
 *
 * @returns the paths, or the missing tools with their Debian packages
 */
export function findTools(): { ok: true; tools: ToolPaths } | { ok: false; missing: string[] } {
  const found: Partial<Record<ToolName, string>> = {};
  const missing: string[] = [];
  for (const tool of requiredTools) {
    const override = tool.name === 'chromium' ? process.env['LAB_CHROMIUM'] : undefined;
    const path = override && isExecutable(override) ? override : tool.name === 'ip' && isExecutable(ipPath) ? ipPath : which(tool.name);
    if (path) found[tool.name] = path;
    else missing.push(`${tool.name} (Debian package ${tool.debianPackage})`);
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, tools: found as ToolPaths };
}

/**
 * Checks platform, privileges and tools; with `probe`, also creates and
 * removes a namespace with a bridge and an nftables table to prove the
 * kernel supports them.
 *
 * @param options - `probe`: try a throwaway namespace named `probeName`
 * @returns the tool paths, or a one-line reason
 */
export async function preflight(options: { probe?: boolean; probeName?: string } = {}): Promise<PreflightSuccess | PreflightFailure> {
  if (process.platform !== 'linux') {
    return { ok: false, reason: `the lab needs Linux network namespaces, and this is ${process.platform}` };
  }
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return { ok: false, reason: 'the lab must run as root because it creates network namespaces (try: sudo node_modules/.bin/node scripts/lab/cli.ts …)' };
  }
  if (!existsSync('/proc/self/ns/net')) {
    return { ok: false, reason: 'this kernel has no network namespaces (/proc/self/ns/net is missing)' };
  }
  const tools = findTools();
  if (!tools.ok) {
    return { ok: false, reason: `missing ${tools.missing.join(', ')}; install with: apt-get install -y iproute2 nftables procps coturn chromium` };
  }
  if (options.probe) {
    const name = options.probeName ?? `icelab-probe${process.pid}`;
    try {
      await run(ipPath, ['netns', 'add', name], { timeoutMs: 10_000 });
    } catch (e) {
      return { ok: false, reason: `cannot create a network namespace (${(e as Error).message})` };
    }
    try {
      await run(ipPath, ['-n', name, 'link', 'add', 'br0', 'type', 'bridge'], { timeoutMs: 10_000 });
      await run(ipPath, ['netns', 'exec', name, tools.tools.nft, '-f', '-'], {
        input: 'table inet icelab_probe {\n  chain c {\n    type filter hook output priority raw; policy accept;\n  }\n}\n',
        timeoutMs: 10_000,
      });
    } catch (e) {
      return { ok: false, reason: `network namespaces work but bridges or nftables do not (${(e as Error).message})` };
    } finally {
      await run(ipPath, ['netns', 'del', name], { allowFailure: true, timeoutMs: 10_000 });
    }
  }
  return { ok: true, tools: tools.tools };
}

async function firstLine(file: string, args: string[], pattern: RegExp): Promise<string> {
  const r = await run(file, args, { allowFailure: true, timeoutMs: 15_000 });
  const m = pattern.exec(`${r.stdout}\n${r.stderr}`);
  return m?.[1] ?? 'unknown';
}

/**
 * Reads the versions of the OS, kernel, Node and each tool.
 *
 * @param tools - tool paths from {@link preflight}
 * @returns the versions, `unknown` where a tool does not say
 */
export async function readEnvironment(tools: ToolPaths): Promise<LabEnvironment> {
  let os = 'unknown';
  try {
    os = /PRETTY_NAME="([^"]*)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
    if (existsSync('/etc/debian_version')) os += ` (${readFileSync('/etc/debian_version', 'utf8').trim()})`;
  } catch {
    // keep unknown
  }
  return {
    os,
    kernel: release(),
    node: process.versions.node,
    iproute2: await firstLine(tools.ip, ['-V'], /iproute2-([\w.]+)/),
    nftables: await firstLine(tools.nft, ['--version'], /v([\d.]+)/),
    coturn: await firstLine(tools.turnserver, ['--version'], /^\s*([\d.]+)/m),
    chromium: await firstLine(tools.chromium, ['--version'], /Chromium ([\d.]+)/),
  };
}
