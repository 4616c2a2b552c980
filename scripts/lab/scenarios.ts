/**
 * The internet lab's scenarios: classify a router with RFC 5780 tests,
 * gather candidates behind it, connect two browsers across two routers, and
 * run the whole matrix of modes.
 */
import { internetAddresses, internetRoles, type InternetLabOptions } from './addressPlan.ts';
import { intendedBehaviour, type LabNatMode } from '../../src/lib/lab/labModes.ts';
import { parseNatDiscovery } from './natDiscovery.ts';
import {
  outcomeCellText,
  summariseAttempt,
  type AttemptReport,
  type ClassificationEntry,
  type ConntrackEntry,
  type GatherEntry,
  type IceConfig,
  type LabelledFlow,
  type MatrixCell,
} from '../../src/lib/lab/recordings.ts';
import { bridgeCounts } from './flows.ts';
import { connectBrowsers, gatherCandidates, launchBrowser, rtcConfig } from './browser.ts';
import { readConntrack } from './counters.ts';
import { runIn } from './exec.ts';
import type { InternetLab } from './internetLab.ts';

/** Default time box of one ICE attempt. */
export const defaultAttemptTimeoutMs = 15_000;

/**
 * Classifies one router mode with `turnutils_natdiscovery` run from LAN A's
 * host: mapping (RFC 5780 §4.3), filtering (§4.4) and hairpinning (§4.5).
 *
 * @param lab - the running lab
 * @param mode - the router mode
 * @param carrier - optional carrier router in front of LAN A
 * @returns the classification entry
 */
export async function classifyMode(lab: InternetLab, mode: LabNatMode, carrier?: InternetLabOptions['carrier']): Promise<ClassificationEntry> {
  const options: InternetLabOptions = carrier ? { modes: { a: mode, b: 'no-nat' }, carrier } : { modes: { a: mode, b: 'no-nat' } };
  return lab.withAttempt(options, async () => {
    const ns = lab.session.ns(internetRoles.host.a);
    const tool = lab.session.tools.turnutils_natdiscovery;
    const host = internetAddresses.sides.a.host;
    const runTest = async (flag: string): Promise<string> =>
      (await runIn(ns, tool, [flag, '-L', host, '-p', String(internetAddresses.stunPort), internetAddresses.stunPrimary], { timeoutMs: 40_000, allowFailure: true })).stdout;
    const mapping = parseNatDiscovery(await runTest('-m'));
    const filtering = parseNatDiscovery(await runTest('-f'));
    const hairpin = parseNatDiscovery(await runTest('-H'));
    const m = mapping.ok ? mapping.value : null;
    const f = filtering.ok ? filtering.value : null;
    const h = hairpin.ok ? hairpin.value : null;
    const first = m?.samples[0];
    const port = (s: string | null | undefined): string | undefined => s?.split(':')[1];
    const portPreservation = first?.local ? port(first.mapped) === port(first.local) : null;
    const measured = {
      mapping: m?.mapping ?? null,
      filtering: f?.filtering ?? null,
      hairpinning: h?.hairpinning ?? null,
      portPreservation,
    };
    const intended = intendedBehaviour[mode];
    return {
      mode,
      intended,
      measured,
      matchesIntent: carrier === undefined && measured.mapping === intended.mapping && measured.filtering === intended.filtering,
      mappingSamples: m?.samples.map((s) => s.mapped) ?? [],
      verdicts: [...(m?.verdicts ?? []), ...(f?.verdicts ?? []), ...(h?.hairpinning === true ? ['Hairpinning: a request sent to the own mapped address came back in'] : [])],
    };
  });
}

/**
 * Gathers candidates with Chromium behind one router mode.
 *
 * @param lab - the running lab
 * @param mode - the router mode
 * @param ice - which servers to use
 * @returns the gathered candidate lines and errors
 */
export async function gatherBehind(lab: InternetLab, mode: LabNatMode, ice: IceConfig): Promise<GatherEntry> {
  return lab.withAttempt({ modes: { a: mode, b: 'no-nat' } }, async () => {
    const browser = await launchBrowser(lab.session, internetRoles.host.a);
    try {
      const r = await gatherCandidates(browser, rtcConfig(ice, lab.servers));
      return { mode, ice, candidates: r.candidates, candidateErrors: r.candidateErrors };
    } finally {
      await browser.close();
    }
  });
}

/** Options of {@link connectAcross}. */
export interface ConnectScenario {
  readonly a: LabNatMode;
  readonly b: LabNatMode;
  readonly ice: IceConfig;
  readonly carrier?: InternetLabOptions['carrier'];
  readonly bareRouters?: boolean;
  readonly timeoutMs?: number;
  readonly keepChecks?: boolean;
  readonly mdns?: boolean;
}

/** What a connection attempt across the internet lab produced. */
export interface ConnectOutcome {
  readonly result: AttemptReport;
  readonly flows: readonly LabelledFlow[];
  readonly conntrack: readonly ConntrackEntry[];
}

/**
 * Connects Chromium in LAN A (offerer) with Chromium in LAN B across their
 * routers, and reads the public bridge's flows and the routers' NAT tables.
 *
 * @param lab - the running lab
 * @param scenario - modes, ICE configuration and options
 * @returns the attempt report, flows and conntrack entries
 */
export async function connectAcross(lab: InternetLab, scenario: ConnectScenario): Promise<ConnectOutcome> {
  const modes = { a: scenario.a, b: scenario.b };
  const options = {
    ...(scenario.carrier ? { modes, carrier: scenario.carrier } : { modes }),
    bareRouters: scenario.bareRouters ?? false,
  };
  return lab.withAttempt(options, async (plan) => {
    const launch = { mdns: scenario.mdns ?? false };
    const [ba, bb] = await Promise.all([
      launchBrowser(lab.session, internetRoles.host.a, launch),
      launchBrowser(lab.session, internetRoles.host.b, launch),
    ]);
    try {
      const result = await connectBrowsers(ba, bb, rtcConfig(scenario.ice, lab.servers), {
        timeoutMs: scenario.timeoutMs ?? defaultAttemptTimeoutMs,
        keepChecks: scenario.keepChecks ?? false,
      });
      const flows = await lab.flows(plan);
      const conntrack = await readConntrack(lab.session, plan);
      return { result, flows, conntrack };
    } finally {
      await Promise.all([ba.close(), bb.close()]);
    }
  });
}

/**
 * One line describing an attempt for the terminal.
 *
 * @param label - what was tried
 * @param result - the attempt
 * @returns e.g. `full-cone × symmetric stun: ✓ srflx↔prflx (a: srflx→prflx, b: srflx→srflx) 312 ms`
 */
export function describeAttempt(label: string, result: AttemptReport): string {
  const s = summariseAttempt(result);
  if (!s.connected) return `${label}: ✗ no connection (ICE ${result.a.iceConnectionState}/${result.b.iceConnectionState})`;
  return `${label}: ${outcomeCellText(s)} (a: ${s.aPair ?? '?'}, b: ${s.bPair ?? '?'}) ${Math.round(s.timeToRoundTripMs ?? 0)} ms`;
}

/** Options of {@link runMatrix}. */
export interface MatrixOptions {
  readonly modes: readonly LabNatMode[];
  readonly ice: readonly MatrixCell['ice'][];
  readonly timeoutMs: number;
  readonly bareRouters?: boolean;
  /** Attempts per cell (default 1). */
  readonly repeats?: number;
  /** Called after each cell, for progress output. */
  readonly onCell?: (cell: MatrixCell, index: number, total: number) => void;
}

/**
 * Runs every ordered pair of modes with every ICE configuration, one attempt
 * at a time.
 *
 * @param lab - the running lab
 * @param options - modes, configurations, time box
 * @returns the cells in row-major order (mode a, mode b, configuration)
 */
export async function runMatrix(lab: InternetLab, options: MatrixOptions): Promise<MatrixCell[]> {
  const cells: MatrixCell[] = [];
  const repeats = options.repeats ?? 1;
  const total = options.modes.length * options.modes.length * options.ice.length * repeats;
  for (const a of options.modes) {
    for (const b of options.modes) {
      for (const ice of options.ice) {
        for (let r = 0; r < repeats; r++) {
          const outcome = await connectAcross(lab, { a, b, ice, timeoutMs: options.timeoutMs, bareRouters: options.bareRouters ?? false });
          const cell: MatrixCell = { a, b, ice, result: outcome.result, bridge: bridgeCounts(outcome.flows) };
          cells.push(cell);
          options.onCell?.(cell, cells.length, total);
        }
      }
    }
  }
  return cells;
}
