/**
 * The live part of the lab's tests: a reduced lab on real namespaces that
 * classifies every router mode (RFC 5780) and connects Chromium across the
 * four classic NAT types with STUN only, comparing each result with the
 * simulator. Then the site's own field-kit widgets, run by the reader's
 * steps on the built site (LAB_SITE_DIR, else ASTRO_OUT_DIR, else dist):
 * the two-machine test across masquerade × masquerade (a srflx path),
 * fully-random × fully-random with STUN only (the failure diagnosis) and
 * with TURN (a relay path), and the NAT mapping hint behind masquerade
 * (same mapping) and fully-random (different mapping). Prints TAP; exits 1
 * on a failure, 0 otherwise.
 *
 * Where the lab cannot run (not Linux, not root, no namespaces, a missing
 * tool, or LAB_LIVE=0) it prints one line saying why, a TAP skip plan, and
 * exits 0 so the rest of the suite goes on.
 *
 * Run: node_modules/.bin/node scripts/lab/liveTest.ts
 * (LAB_ONLY=widgets: only the site's widgets, after a build)
 */
import { classicLabModes, labNatModes, simulatorPresetForMode } from '../../src/lib/lab/labModes.ts';
import { compareWithSimulator } from './simulatorComparison.ts';
import { computeOutcome } from '../../src/lib/nat/index.ts';
import { InternetLab } from './internetLab.ts';
import { preflight } from './preflight.ts';
import { classifyMode, connectAcross, describeAttempt } from './scenarios.ts';
import { LabSession, listLabNamespaces } from './session.ts';
import { mappingHintBehind, siteIsBuilt, twoMachineAcross, type TwoMachineSide } from './siteWidgets.ts';

const started = Date.now();
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function skip(reason: string): never {
  print(`# lab live test skipped: ${reason}`);
  print(`1..0 # SKIP ${reason}`);
  process.exit(0);
}

if (process.env['LAB_LIVE'] === '0') skip('LAB_LIVE=0');
const pre = await preflight({ probe: true });
if (!pre.ok) skip(pre.reason);

let count = 0;
let failed = 0;
let skipped = 0;
function report(ok: boolean, name: string, details: readonly string[] = []): void {
  count++;
  if (!ok) failed++;
  print(`${ok ? 'ok' : 'not ok'} ${count} - ${name}`);
  if (details.length > 0) {
    print('  ---');
    for (const d of details) print(`  # ${d}`);
    print('  ...');
  }
}

print('TAP version 13');
const timeoutMs = Number(process.env['LAB_TIMEOUT_MS'] ?? 15_000);
const session = new LabSession(pre.tools, { log: (line) => print(`# ${line}`) });
session.installSignalHandlers();
try {
  const lab = await InternetLab.start(session);
  // LAB_ONLY=widgets runs only the site's widgets (for working on them).
  const widgetsOnly = process.env['LAB_ONLY'] === 'widgets';
  for (const mode of widgetsOnly ? [] : labNatModes) {
    const e = await classifyMode(lab, mode);
    report(e.matchesIntent, `classify ${mode}: mapping ${String(e.measured.mapping)}, filtering ${String(e.measured.filtering)}, hairpinning ${String(e.measured.hairpinning)}`, e.matchesIntent ? [] : [`intended mapping ${e.intended.mapping}, filtering ${e.intended.filtering}`]);
  }
  for (const a of widgetsOnly ? [] : classicLabModes) {
    for (const b of classicLabModes) {
      const outcome = await connectAcross(lab, { a, b, ice: 'stun', timeoutMs });
      const simulated = computeOutcome(simulatorPresetForMode[a], simulatorPresetForMode[b], { turn: false });
      if (!simulated.ok) {
        report(false, `${a} × ${b} stun: simulator error`, [simulated.error.message]);
        continue;
      }
      const cmp = compareWithSimulator(outcome.result, simulated.value);
      report(cmp.matches, `${describeAttempt(`${a} × ${b} stun`, outcome.result)} (simulator: ${cmp.simulated.via})`, cmp.differences);
    }
  }
  const siteDir = process.env['LAB_SITE_DIR'] ?? process.env['ASTRO_OUT_DIR'] ?? 'dist';
  if (!siteIsBuilt(siteDir)) {
    // Asked for a site (npm test passes LAB_SITE_DIR, as does LAB_ONLY=widgets
    // by its nature) and none is there: that is a failure, not a skip.
    if (process.env['LAB_SITE_DIR'] !== undefined || widgetsOnly) report(false, `the site's widgets in the lab: no built site in ${siteDir}`, ['run npm run build first']);
    else {
      count++;
      skipped++;
      print(`ok ${count} - the site's widgets in the lab # SKIP no built site in ${siteDir}: run npm run build first`);
    }
  } else {
    const show = (s: TwoMachineSide): string => `${s.step}${s.selected ? ` via ${s.selected.local}→${s.selected.remote}` : ''}${s.diagnosis ? `, diagnosis ${s.diagnosis} [${s.findings.join(', ')}]` : ''} (gathered ${s.localTypes.join('/')})`;
    const both = (r: { a: TwoMachineSide; b: TwoMachineSide }, ok: (s: TwoMachineSide) => boolean): [boolean, string, string[]] => {
      const pass = ok(r.a) && ok(r.b);
      return [pass, `a: ${show(r.a)}; b: ${show(r.b)}`, pass ? [] : [`a: ${show(r.a)}`, `b: ${show(r.b)}`]];
    };
    const say = (label: string, [pass, text, details]: [boolean, string, string[]]): void => report(pass, `${label} — ${text}`, details);
    const uses = (s: TwoMachineSide, type: string): boolean => s.selected !== null && (s.selected.local === type || s.selected.remote === type);
    const direct = await twoMachineAcross(lab, { a: 'linux-masquerade', b: 'linux-masquerade', servers: 'stun', siteDir });
    say('two-machine widget, linux-masquerade × linux-masquerade with STUN: connected over a server-reflexive pair', both(direct, (s) => s.step === 'connected' && (uses(s, 'srflx') || uses(s, 'prflx')) && !uses(s, 'relay')));
    const blocked = await twoMachineAcross(lab, { a: 'masquerade-fully-random', b: 'masquerade-fully-random', servers: 'stun', siteDir });
    say('two-machine widget, fully-random × fully-random with STUN only: failed, with the diagnosis', both(blocked, (s) => s.step === 'failed' && s.diagnosis === 'checks-failed' && s.findings.includes('srflx-pairs-failed') && s.findings.includes('no-relay')));
    const relayed = await twoMachineAcross(lab, { a: 'masquerade-fully-random', b: 'masquerade-fully-random', servers: 'turn', siteDir });
    say('two-machine widget, fully-random × fully-random with TURN: connected over a relay', both(relayed, (s) => s.step === 'connected' && uses(s, 'relay')));
    for (const [mode, expected] of [['linux-masquerade', 'same-mapping'], ['masquerade-fully-random', 'different-mapping']] as const) {
      const hint = await mappingHintBehind(lab, mode, siteDir);
      report(hint.verdict === expected, `mapping hint behind ${mode}: ${hint.verdict || 'no verdict'} (${hint.evidence.join(', ')})`, hint.verdict === expected ? [] : [`expected ${expected}`]);
    }
  }
  report(lab.guard.report().droppedPackets === 0, `guard dropped ${lab.guard.report().droppedPackets} packet(s)`, Object.entries(lab.guard.report().byCounter).map(([k, v]) => `${k}: ${v}`));
} catch (e) {
  report(false, 'the live lab ran to the end', [e instanceof Error ? e.message : String(e)]);
} finally {
  await session.teardown();
}
const left = (await listLabNamespaces()).filter((n) => n.name.startsWith(session.prefix));
report(left.length === 0, 'teardown removed every namespace of the run', left.map((n) => n.name));
print(`1..${count}`);
print(`# pass ${count - failed - skipped}`);
if (skipped > 0) print(`# skip ${skipped}`);
print(`# fail ${failed}`);
print(`# duration ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed > 0 ? 1 : 0);
