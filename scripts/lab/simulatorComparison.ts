/**
 * Compares what real Chromium did behind real NATs with what the site's
 * simulator computes for the same pair of NAT types.
 *
 * Flow: the unit tests run `computeOutcome` (src/lib/nat) for every matrix
 * cell of `matrix.json` and hand both here; `scripts/lab/liveTest.ts` does
 * the same with fresh measurements. Reality wins: a difference means the
 * simulator needs fixing, and {@link describeDifferences} says exactly where.
 *
 * What is compared is what `RTCPeerConnection.getStats()` shows and the
 * simulator's outcome format promises: whether the peers connected, whether
 * a TURN relay (RFC 8656) was involved, and the candidate types (RFC 8445
 * §5.1.1) at both ends of each side's selected pair.
 */
import type { AttemptReport, CandidateInfo, CandidateKind } from '../../src/lib/lab/recordings.ts';

/** The part of the simulator's `Outcome` the comparison reads. */
export interface SimulatedOutcome {
  readonly via: 'direct' | 'turn' | 'none';
  readonly pair?: {
    readonly a: { readonly local: CandidateKind; readonly remote: CandidateKind };
    readonly b: { readonly local: CandidateKind; readonly remote: CandidateKind };
  };
}

/** Both outcomes reduced to the compared fields. */
export interface ComparableOutcome {
  readonly via: 'direct' | 'turn' | 'none';
  /** `local→remote` per side, or null without a selected pair. */
  readonly a: string | null;
  readonly b: string | null;
}

/** The result of comparing one cell. */
export interface CellComparison {
  readonly matches: boolean;
  readonly real: ComparableOutcome;
  readonly simulated: ComparableOutcome;
  /** One line per differing field, e.g. `side a pair: real srflx→prflx, simulator srflx→srflx`. */
  readonly differences: readonly string[];
}

/** `ip:port` of every host candidate in a side's candidate lines. */
function hostAddresses(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const f = line.split(' ');
    if (f[7] === 'host' && f[4] !== undefined && f[5] !== undefined) out.add(`${f[4]}:${f[5]}`);
  }
  return out;
}

/**
 * The type of a selected candidate as the comparison counts it. Chromium
 * also offers a server-reflexive candidate when STUN sees no translation,
 * with the same transport address as the host candidate; RFC 8445 §5.1.3
 * calls such a candidate redundant. Which of the two a pair names is
 * arbitrary, so a srflx candidate equal to a host candidate counts as host.
 */
function effectiveType(candidate: CandidateInfo, hostsOfOwner: Set<string>): CandidateKind {
  if (candidate.type === 'srflx' && hostsOfOwner.has(`${candidate.address}:${candidate.port}`)) return 'host';
  return candidate.type;
}

/**
 * Reduces a real attempt to the compared fields. `via` is `turn` when a
 * relay candidate is at either end of either side's selected pair.
 *
 * @param result - a recorded attempt
 * @returns the comparable outcome
 */
export function realOutcome(result: AttemptReport): ComparableOutcome {
  const hostsA = hostAddresses(result.a.candidates);
  const hostsB = hostAddresses(result.b.candidates);
  const pair = (side: AttemptReport['a'], own: Set<string>, other: Set<string>): string | null =>
    side.selected ? `${effectiveType(side.selected.local, own)}→${effectiveType(side.selected.remote, other)}` : null;
  if (!result.connected) return { via: 'none', a: null, b: null };
  const types = [result.a.selected, result.b.selected].flatMap((p) => (p ? [p.local.type, p.remote.type] : []));
  return { via: types.includes('relay') ? 'turn' : 'direct', a: pair(result.a, hostsA, hostsB), b: pair(result.b, hostsB, hostsA) };
}

/**
 * Reduces a simulator outcome to the compared fields.
 *
 * @param outcome - from `computeOutcome`
 * @returns the comparable outcome
 */
export function simulatedOutcome(outcome: SimulatedOutcome): ComparableOutcome {
  if (outcome.via === 'none' || !outcome.pair) return { via: outcome.via, a: null, b: null };
  return { via: outcome.via, a: `${outcome.pair.a.local}→${outcome.pair.a.remote}`, b: `${outcome.pair.b.local}→${outcome.pair.b.remote}` };
}

/**
 * Compares a real attempt with the simulator's outcome for the same NATs.
 *
 * @param result - the recorded attempt (side `a` is the offerer and ICE-controlling)
 * @param outcome - the simulator's outcome (side A controlling)
 * @returns whether they agree, and each difference
 * @example compareWithSimulator(cell.result, computeOutcome('full-cone', 'symmetric').value).matches // true
 */
export function compareWithSimulator(result: AttemptReport, outcome: SimulatedOutcome): CellComparison {
  const real = realOutcome(result);
  const simulated = simulatedOutcome(outcome);
  const differences = describeDifferences(real, simulated);
  return { matches: differences.length === 0, real, simulated, differences };
}

/**
 * Lists the fields in which two comparable outcomes differ.
 *
 * @param real - from {@link realOutcome}
 * @param simulated - from {@link simulatedOutcome}
 * @returns one line per difference; empty when they agree
 */
export function describeDifferences(real: ComparableOutcome, simulated: ComparableOutcome): string[] {
  const out: string[] = [];
  if (real.via !== simulated.via) out.push(`path: real ${real.via}, simulator ${simulated.via}`);
  if (real.via !== 'none' && simulated.via !== 'none') {
    if (real.a !== simulated.a) out.push(`side a pair: real ${String(real.a)}, simulator ${String(simulated.a)}`);
    if (real.b !== simulated.b) out.push(`side b pair: real ${String(real.b)}, simulator ${String(simulated.b)}`);
  }
  return out;
}
