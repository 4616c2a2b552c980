/**
 * `npm run lab -- <command> [options]`: builds real networks in Linux
 * network namespaces, runs coturn and Chromium behind real nftables NATs,
 * prints what happened and writes a recording to `src/data/lab/`.
 *
 * Run as root on Linux. Everything the lab creates carries the prefix
 * `icelab-<pid>-<hex>` and is removed at the end, on failure and on Ctrl-C;
 * `cleanup` removes what a killed run left behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closedAddresses } from './addressPlan.ts';
import { labNatModes, parseLabNatMode, type LabNatMode } from '../../src/lib/lab/labModes.ts';
import {
  readRecording,
  type ClassificationRecording,
  type GuardReport,
  type ClosedNetworkRecording,
  type FlowsRecording,
  type GatherRecording,
  type IceConfig,
  type MatrixCell,
  type MatrixRecording,
  type MatrixVariant,
  type ServerPlacement,
} from '../../src/lib/lab/recordings.ts';
import { bridgeCounts } from './flows.ts';
import { runClosedNetwork } from './closedNetwork.ts';
import { GuardTally } from './counters.ts';
import { setVerbose } from './exec.ts';
import { InternetLab } from './internetLab.ts';
import { preflight, readEnvironment, type ToolPaths } from './preflight.ts';
import { defaultRecordingDir, recordingBase, writeRecording } from './recordingFile.ts';
import { classifyMode, connectAcross, defaultAttemptTimeoutMs, describeAttempt, gatherBehind, runMatrix } from './scenarios.ts';
import { cleanupLeftovers, LabSession } from './session.ts';

const help = `ICE Field Guide NAT lab (Linux, root)

Usage: npm run lab -- <command> [options]

Commands:
  check                       check tools and kernel support, print versions
  classify [--mode M,...]     RFC 5780 NAT discovery (mapping, filtering, hairpinning) per router mode
  gather [--mode M,...] [--ice C,...]
                              candidates Chromium gathers behind each mode
  connect --a M --b M [--ice C]
                              connect Chromium in LAN A (offerer) and LAN B; print the selected pairs
  flows --a M --b M [--ice C] like connect, plus packets per UDP flow on the public bridge and NAT tables
  matrix [--mode M,...] [--ice C,...] [--variants | --only-variants]
                              connect every ordered pair of modes with every ICE configuration;
                              --variants adds repeated runs of the cone modes with bare routers (STUN)
                              and of two modes with a server that has no route for private
                              addresses (TURN); --only-variants re-runs just those into the
                              existing matrix.json
  closed-network [--server S,...] [--ice C,...] [--mdns on,off]
                              the case study's closed network with asymmetric routing
  cleanup [--force]           remove namespaces left by runs that are no longer alive

Modes (M):   ${labNatModes.join(', ')}
             aliases: port-restricted-cone, symmetric, none
ICE (C):     none (host candidates only), stun, turn (STUN and TURN), relay (TURN only)
Servers (S): offer-segment, answer-segment

Options:
  --carrier SIDE:MODE   put a second (carrier-grade) router in front of LAN a or b, e.g. a:masquerade-random
  --bare-routers        routers get only translation rules: no drop of packets addressed to the router
  --no-upstream         the server gets no route for private addresses (see the matrix variants)
  --no-default-route    (closed-network) hosts get only a route to the other segment, no default route
  --mdns on|off         (connect, flows) keep Chromium's mDNS host names (default off)
  --timeout MS          time box of one ICE attempt (default ${defaultAttemptTimeoutMs})
  --out DIR             write the recording to DIR instead of src/data/lab
  --no-record           do not write a recording
  --keep-run-dir        keep .lab-run/<prefix>/ (coturn log, browser wrappers)
  --verbose             print every ip/nft command
`;

function mergeGuard(x: GuardReport, y: GuardReport): GuardReport {
  const byCounter: Record<string, number> = { ...x.byCounter };
  for (const [k, v] of Object.entries(y.byCounter)) byCounter[k] = (byCounter[k] ?? 0) + v;
  return { droppedPackets: x.droppedPackets + y.droppedPackets, byCounter };
}

function fail(message: string): never {
  process.stderr.write(`lab: ${message}\n`);
  process.exit(2);
}

function list<T>(value: string | undefined, all: readonly T[], parse: (s: string) => T): T[] {
  if (value === undefined || value === 'all') return [...all];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parse);
}

function mode(s: string): LabNatMode {
  const r = parseLabNatMode(s);
  if (!r.ok) fail(r.error.message);
  return r.value;
}

const iceConfigs = ['none', 'stun', 'turn', 'relay'] as const;
function ice(s: string): IceConfig {
  if (!(iceConfigs as readonly string[]).includes(s)) fail(`unknown ICE configuration "${s}"; use ${iceConfigs.join(', ')}`);
  return s as IceConfig;
}

function carrier(s: string | undefined): { side: 'a' | 'b'; mode: LabNatMode } | undefined {
  if (s === undefined) return undefined;
  const m = /^([ab]):(.+)$/.exec(s);
  if (!m?.[1] || !m[2]) fail(`--carrier needs SIDE:MODE, e.g. a:masquerade-random (got "${s}")`);
  return { side: m[1] as 'a' | 'b', mode: mode(m[2]) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      mode: { type: 'string' },
      a: { type: 'string' },
      b: { type: 'string' },
      ice: { type: 'string' },
      carrier: { type: 'string' },
      server: { type: 'string' },
      mdns: { type: 'string' },
      timeout: { type: 'string' },
      out: { type: 'string' },
      'no-record': { type: 'boolean', default: false },
      'bare-routers': { type: 'boolean', default: false },
      'no-upstream': { type: 'boolean', default: false },
      'no-default-route': { type: 'boolean', default: false },
      variants: { type: 'boolean', default: false },
      'only-variants': { type: 'boolean', default: false },
      'keep-run-dir': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0] ?? 'help';
  if (values.help || command === 'help') {
    process.stdout.write(help);
    return;
  }
  setVerbose(values.verbose);
  const known = ['check', 'classify', 'gather', 'connect', 'flows', 'matrix', 'closed-network', 'cleanup'];
  if (!known.includes(command)) fail(`unknown command "${command}"; run with --help`);

  const pre = await preflight({ probe: command === 'check' });
  if (!pre.ok) fail(`cannot run: ${pre.reason}`);
  if (command === 'cleanup') {
    const r = await cleanupLeftovers({ force: values.force });
    process.stdout.write(`removed ${r.removed.length} namespace(s)${r.removed.length ? `: ${r.removed.join(' ')}` : ''}\n`);
    if (r.kept.length) process.stdout.write(`kept ${r.kept.length} namespace(s) of live runs (use --force): ${r.kept.join(' ')}\n`);
    return;
  }
  const environment = await readEnvironment(pre.tools);
  if (command === 'check') {
    process.stdout.write(`ok: Linux, root, network namespaces, bridges and nftables work\n`);
    for (const [k, v] of Object.entries(environment)) process.stdout.write(`  ${k.padEnd(9)} ${v}\n`);
    for (const [k, v] of Object.entries(pre.tools)) process.stdout.write(`  ${k.padEnd(9)} ${v}\n`);
    return;
  }

  const timeoutMs = values.timeout === undefined ? defaultAttemptTimeoutMs : Number(values.timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1000) fail('--timeout must be at least 1000 (milliseconds)');
  const outDir = values.out ?? defaultRecordingDir;
  const record = !values['no-record'];
  const commandLine = `npm run lab -- ${process.argv.slice(2).filter((a) => !['--verbose', '--keep-run-dir', '--no-record'].includes(a) && !a.startsWith('--out')).join(' ')}`.trim();
  const session = new LabSession(pre.tools, { keepRunDir: values['keep-run-dir'] });
  session.installSignalHandlers();
  const started = Date.now();
  try {
    await runCommand(command, session, pre.tools, {
      values,
      timeoutMs,
      outDir,
      save: (recording) => {
        if (!record) return;
        const path = writeRecording(outDir, recording);
        session.log(`wrote ${path}`);
      },
      base: (guard) => recordingBase(environment, commandLine, guard),
    });
  } finally {
    await session.teardown();
    session.log(`torn down ${session.prefix} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

interface CommandContext {
  readonly values: Record<string, string | boolean | undefined>;
  readonly timeoutMs: number;
  readonly outDir: string;
  readonly save: (recording: ClassificationRecording | MatrixRecording | ClosedNetworkRecording | FlowsRecording | GatherRecording) => void;
  readonly base: (guard: ReturnType<GuardTally['report']>) => ReturnType<typeof recordingBase>;
}

async function runCommand(command: string, session: LabSession, _tools: ToolPaths, ctx: CommandContext): Promise<void> {
  const v = ctx.values as Record<string, string | undefined>;
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };

  if (command === 'closed-network') {
    const servers = list<ServerPlacement>(v['server'], ['answer-segment', 'offer-segment'], (s) => {
      if (s !== 'answer-segment' && s !== 'offer-segment') fail(`unknown server placement "${s}"`);
      return s;
    });
    const mdns = list<boolean>(v['mdns'], [false, true], (s) => (s === 'on' ? true : s === 'off' ? false : fail('--mdns takes on, off or on,off')));
    const guard = new GuardTally();
    const cases = await runClosedNetwork(session, guard, {
      servers,
      ice: list(v['ice'], iceConfigs, ice),
      mdns,
      ...(ctx.values['no-default-route'] === true ? { defaultRoute: false } : {}),
      ...(ctx.values['bare-routers'] === true ? { bareRouters: true } : {}),
      timeoutMs: ctx.timeoutMs,
      onCase: (c) => out(describeAttempt(`server on ${c.server}, ${c.ice}, mDNS ${c.mdns ? 'on' : 'off'}`, c.result)),
    });
    ctx.save({
      ...ctx.base(guard.report()),
      kind: 'closed-network',
      attemptTimeoutMs: ctx.timeoutMs,
      addresses: {
        offerHost: closedAddresses.offerHost,
        answerHost: closedAddresses.answerHost,
        routedRouter: closedAddresses.routedRouter,
        natRouter: closedAddresses.natRouter,
        server: closedAddresses.server,
      },
      cases,
    });
    out(`guard: ${guard.report().droppedPackets} packet(s) dropped`);
    return;
  }

  let lab = await InternetLab.start(session, { upstream: ctx.values['no-upstream'] !== true });
  const carrierOpt = carrier(v['carrier']);
  const bare = ctx.values['bare-routers'] === true;

  if (command === 'classify') {
    const entries = [];
    for (const m of list(v['mode'], labNatModes, mode)) {
      const e = await classifyMode(lab, m, carrierOpt);
      entries.push(e);
      out(
        `${m.padEnd(24)} mapping ${String(e.measured.mapping).padEnd(5)} filtering ${String(e.measured.filtering).padEnd(5)} hairpinning ${String(e.measured.hairpinning).padEnd(6)} port kept ${String(e.measured.portPreservation).padEnd(6)} ${carrierOpt ? `behind a ${carrierOpt.mode} carrier router` : e.matchesIntent ? 'as intended' : `intended ${e.intended.mapping}/${e.intended.filtering}`}`,
      );
    }
    // Double-NAT runs are printed only: the committed recording keeps one router per LAN.
    if (carrierOpt) {
      out('(not recorded: --carrier runs are printed only)');
    } else ctx.save({
      ...ctx.base(lab.guard.report()),
      kind: 'classification',
      server: { primary: '203.0.113.2', alternate: '203.0.113.3', port: 3478, alternatePort: 3479 },
      entries,
    });
  } else if (command === 'gather') {
    const entries = [];
    for (const m of list(v['mode'], labNatModes, mode)) {
      for (const c of list(v['ice'], ['stun', 'turn'] as IceConfig[], ice)) {
        const e = await gatherBehind(lab, m, c);
        entries.push(e);
        out(`${m} (${c}):`);
        for (const line of e.candidates) out(`  ${line}`);
        for (const er of e.candidateErrors) out(`  error ${er.errorCode} ${er.url} ${er.errorText}`);
      }
    }
    ctx.save({ ...ctx.base(lab.guard.report()), kind: 'gather', entries });
  } else if (command === 'connect' || command === 'flows') {
    if (!v['a'] || !v['b']) fail(`${command} needs --a MODE and --b MODE`);
    const a = mode(v['a']);
    const b = mode(v['b']);
    const c = ice(v['ice'] ?? 'stun');
    const mdnsOn = v['mdns'] === 'on';
    const outcome = await connectAcross(lab, {
      a,
      b,
      ice: c,
      ...(carrierOpt ? { carrier: carrierOpt } : {}),
      bareRouters: bare,
      timeoutMs: ctx.timeoutMs,
      keepChecks: true,
      mdns: mdnsOn,
    });
    out(describeAttempt(`${a} × ${b} ${c}`, outcome.result));
    for (const side of ['a', 'b'] as const) {
      const r = outcome.result[side];
      out(`side ${side} (${side === 'a' ? 'offerer' : 'answerer'}), ICE ${r.iceConnectionState}`);
      for (const line of r.candidates) out(`  candidate ${line}`);
      for (const ch of r.checks ?? []) out(`  pair ${ch.local} -> ${ch.remote}: ${ch.state}${ch.nominated ? ' (nominated)' : ''} sent ${ch.requestsSent} answered ${ch.responsesReceived} received ${ch.requestsReceived}`);
    }
    const counts = bridgeCounts(outcome.flows);
    out(`public bridge: ${counts.direct} packets direct, ${counts.viaServer} via the server`);
    if (command === 'flows') {
      for (const f of outcome.flows) out(`  ${f.path.padEnd(10)} ${`${f.source}:${f.sourcePort}`.padEnd(22)} -> ${`${f.destination}:${f.destinationPort}`.padEnd(22)} ${f.packets} packets`);
      for (const e of outcome.conntrack) {
        const what = e.translation === 'none' ? `${e.inside} -> ${e.remote} untranslated` : `${e.inside} as ${e.outside} <-> ${e.remote}`;
        out(`  nat ${e.router}: ${what}${e.replied ? '' : ' (no reply)'}`);
      }
      ctx.save({
        ...ctx.base(lab.guard.report()),
        kind: 'flows',
        scenario: { a, b, ice: c, carrier: carrierOpt ?? null, bareRouters: bare, mdns: mdnsOn },
        result: outcome.result,
        flows: outcome.flows,
        conntrack: outcome.conntrack,
      });
    }
  } else if (command === 'matrix') {
    const modes = list(v['mode'], labNatModes, mode);
    const configs = list(v['ice'], ['stun', 'turn', 'relay'] as MatrixCell['ice'][], (s) => {
      const c = ice(s);
      if (c === 'none') fail('the matrix runs stun, turn and relay');
      return c as MatrixCell['ice'];
    });
    // --only-variants keeps the cells of the existing recording and re-runs the variants.
    const onlyVariants = ctx.values['only-variants'] === true;
    let previous: MatrixRecording | null = null;
    if (onlyVariants) {
      const read = readRecording(JSON.parse(readFileSync(join(ctx.outDir, 'matrix.json'), 'utf8')) as unknown, 'matrix');
      if (!read.ok) fail(read.error.message);
      previous = read.value;
    }
    const cells = previous
      ? [...previous.cells]
      : await runMatrix(lab, {
          modes,
          ice: configs,
          timeoutMs: ctx.timeoutMs,
          bareRouters: bare,
          onCell: (cell, i, total) => out(`[${i}/${total}] ${describeAttempt(`${cell.a} × ${cell.b} ${cell.ice}`, cell.result)}`),
        });
    const variants: MatrixVariant[] = [];
    if (ctx.values['variants'] === true || onlyVariants) {
      // The outcome under both conditions is a race, so each cell runs several times.
      const repeats = 4;
      const onCell = (id: string) => (cell: MatrixCell, i: number, total: number) =>
        out(`[${id} ${i}/${total}] ${describeAttempt(`${cell.a} × ${cell.b} ${cell.ice}`, cell.result)}`);
      const bareModes: LabNatMode[] = ['full-cone', 'restricted-cone', 'linux-masquerade'];
      const bareCells = await runMatrix(lab, { modes: bareModes, ice: ['stun'], timeoutMs: ctx.timeoutMs, bareRouters: true, repeats, onCell: onCell('bare-routers') });
      variants.push({ id: 'bare-routers', modes: bareModes, iceConfigs: ['stun'], repeats, cells: bareCells });
      await lab.stop();
      lab = await InternetLab.start(session, { upstream: false, guard: lab.guard });
      const noUpstreamModes: LabNatMode[] = ['linux-masquerade', 'masquerade-random'];
      const noUpstreamCells = await runMatrix(lab, { modes: noUpstreamModes, ice: ['turn'], timeoutMs: ctx.timeoutMs, repeats, onCell: onCell('server-without-upstream') });
      variants.push({ id: 'server-without-upstream', modes: noUpstreamModes, iceConfigs: ['turn'], repeats, cells: noUpstreamCells });
    }
    const base = ctx.base(lab.guard.report());
    ctx.save({
      ...base,
      ...(previous ? { recordedOn: previous.recordedOn, environment: previous.environment, guard: mergeGuard(previous.guard, base.guard) } : {}),
      kind: 'matrix',
      modes: previous ? previous.modes : modes,
      iceConfigs: previous ? previous.iceConfigs : configs,
      attemptTimeoutMs: ctx.timeoutMs,
      routers: previous ? previous.routers : bare ? 'bare' : 'firewalled',
      cells,
      variants,
    });
  }
  out(`guard: ${lab.guard.report().droppedPackets} packet(s) dropped`);
}

await main();
