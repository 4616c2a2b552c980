/**
 * A scenario as a short, URL-hash-friendly string, so a reader can share
 * exactly the step they are looking at (e.g. `#ice.prc.sym.12.t`).
 *
 * Format: `<scenario>.<sideA>.<sideB>.<step>[.t][.s<seed>]`
 * - scenario: a short code (`la`, `hp`, `of`, `ss`, `tf`, `mt`, `ice`) or a full id;
 * - side: a NAT type code (`fc`, `rc`, `prc`, `sym`, `lx`, `no`, `ee`…`pp`) or
 *   full id, optionally followed by `_` and the outer NAT's code (double NAT);
 * - step: the index of the event on screen, a whole number from 0 (the
 *   decoder cannot know how many events the run has: clamp in the UI);
 * - `t`: TURN offered; `r`: relay-only (`iceTransportPolicy: 'relay'`,
 *   implies `t`); `n`: no STUN server (`closed-network`); `m`: host
 *   addresses hidden behind mDNS names (`closed-network`); `s<seed>`: seed,
 *   omitted when 1.
 */
import { err, ok, type LibError, type Result } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import { natText } from './messages.ts';
import { isNatTypeId, natTypeIds, natTypeShortCodes, type NatTypeId } from './natTypes.ts';
import { scenarioIds, scenarioShortCodes, type ScenarioId } from './scenarios.ts';

/** Everything needed to reproduce one screen of a scenario widget. */
export interface ScenarioState {
  readonly scenario: ScenarioId;
  readonly natA: NatTypeId;
  readonly natB: NatTypeId;
  readonly outerA?: NatTypeId;
  readonly outerB?: NatTypeId;
  readonly turn: boolean;
  /** Relay-only (`iceTransportPolicy: 'relay'`); only with `turn`. Omitted means false. */
  readonly relay?: boolean;
  /** STUN offered (`closed-network`); omitted means true. */
  readonly stun?: boolean;
  /** Host addresses hidden behind mDNS names (`closed-network`); omitted means false. */
  readonly mdns?: boolean;
  readonly seed: number;
  readonly step: number;
}

/** Error codes of {@link decodeScenarioState} and {@link encodeScenarioState}. */
export type ScenarioStateErrorCode =
  | 'scenario-state-empty'
  | 'scenario-state-too-long'
  | 'scenario-state-malformed'
  | 'unknown-scenario'
  | 'unknown-nat-type'
  | 'invalid-step'
  | 'invalid-seed'
  | 'unknown-flag'
  | 'repeated-flag'
  | 'invalid-scenario-state';

/** Error of the scenario-state codec; the UI shows `t(`error.${code}`, params)` with `t = translator(lang, natText)`. */
export interface ScenarioStateError extends LibError {
  readonly code: ScenarioStateErrorCode;
  /** Placeholders of the localised message (`token`, `side`, `parts`, `max`, `field`). */
  readonly params: Readonly<Record<string, string | number>>;
}

/** Longest accepted string. */
export const maxScenarioStateLength = 120;

function fail(code: ScenarioStateErrorCode, params: Readonly<Record<string, string | number>> = {}): { ok: false; error: ScenarioStateError } {
  const t = translator('en', natText);
  return err({ code, params, message: t(`error.${code}`, params) });
}

const scenarioByCode = new Map<string, ScenarioId>();
for (const id of scenarioIds) {
  scenarioByCode.set(id, id);
  scenarioByCode.set(scenarioShortCodes[id], id);
}

const natByCode = new Map<string, NatTypeId>();
for (const id of natTypeIds) {
  natByCode.set(id, id);
  natByCode.set(natTypeShortCodes[id], id);
}

const maxSeed = 2 ** 32 - 1;

function validStep(step: number): boolean {
  return Number.isInteger(step) && step >= 0 && step <= 999_999;
}

function validSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= maxSeed;
}

/**
 * Encodes a scenario state as a short string.
 *
 * @param state - the state
 * @returns the string, or `invalid-scenario-state` naming a field that cannot be encoded
 * @example encodeScenarioState({ scenario: 'ice', natA: 'port-restricted-cone', natB: 'symmetric', turn: true, seed: 1, step: 12 })
 * // ok('ice.prc.sym.12.t')
 */
export function encodeScenarioState(state: ScenarioState): Result<string, ScenarioStateError> {
  if (!scenarioIds.includes(state.scenario)) return fail('invalid-scenario-state', { field: 'scenario' });
  for (const field of ['natA', 'natB', 'outerA', 'outerB'] as const) {
    const value = state[field];
    if (value !== undefined && !isNatTypeId(value)) return fail('invalid-scenario-state', { field });
  }
  if (!validStep(state.step)) return fail('invalid-scenario-state', { field: 'step' });
  if (!validSeed(state.seed)) return fail('invalid-scenario-state', { field: 'seed' });
  const side = (nat: NatTypeId, outer: NatTypeId | undefined): string =>
    outer === undefined ? natTypeShortCodes[nat] : `${natTypeShortCodes[nat]}_${natTypeShortCodes[outer]}`;
  const parts = [
    scenarioShortCodes[state.scenario],
    side(state.natA, state.outerA),
    side(state.natB, state.outerB),
    String(state.step),
  ];
  if (state.turn) parts.push('t');
  if (state.turn && state.relay === true) parts.push('r');
  if (state.stun === false) parts.push('n');
  if (state.mdns === true) parts.push('m');
  if (state.seed !== 1) parts.push(`s${state.seed}`);
  return ok(parts.join('.'));
}

function decodeSide(token: string, side: 'A' | 'B'): Result<{ nat: NatTypeId; outer?: NatTypeId }, ScenarioStateError> {
  const pieces = token.split('_');
  if (pieces.length > 2) return fail('unknown-nat-type', { token, side });
  const nat = natByCode.get(pieces[0] ?? '');
  if (nat === undefined) return fail('unknown-nat-type', { token: pieces[0] ?? token, side });
  if (pieces.length === 1) return ok({ nat });
  const outer = natByCode.get(pieces[1] ?? '');
  if (outer === undefined) return fail('unknown-nat-type', { token: pieces[1] ?? token, side });
  return ok({ nat, outer });
}

/**
 * Decodes a string made by {@link encodeScenarioState}. Never throws.
 * A leading `#` is ignored.
 *
 * @param text - e.g. `ice.prc.sym.12.t`
 * @returns the state, or an error with a stable code and the offending token
 * @example decodeScenarioState('hp.fc.sym.3') // ok({ scenario: 'hole-punch', natA: 'full-cone', natB: 'symmetric', turn: false, seed: 1, step: 3 })
 */
export function decodeScenarioState(text: string): Result<ScenarioState, ScenarioStateError> {
  if (typeof text !== 'string') return fail('scenario-state-empty');
  const trimmed = text.trim().replace(/^#/, '');
  if (trimmed === '') return fail('scenario-state-empty');
  if (trimmed.length > maxScenarioStateLength) return fail('scenario-state-too-long', { max: maxScenarioStateLength });
  const parts = trimmed.split('.');
  const [scenarioToken = '', sideAToken = '', sideBToken = '', stepToken = '', ...flags] = parts;
  if (parts.length < 4) return fail('scenario-state-malformed', { parts: parts.length });
  const scenario = scenarioByCode.get(scenarioToken);
  if (scenario === undefined) return fail('unknown-scenario', { token: scenarioToken });
  const sideA = decodeSide(sideAToken, 'A');
  if (!sideA.ok) return sideA;
  const sideB = decodeSide(sideBToken, 'B');
  if (!sideB.ok) return sideB;
  if (!/^\d{1,6}$/.test(stepToken)) return fail('invalid-step', { token: stepToken });
  let turn = false;
  let seed: number | undefined;
  const seen = new Set<string>();
  for (const flag of flags) {
    if (flag === 't' || flag === 'r' || flag === 'n' || flag === 'm') {
      if (seen.has(flag)) return fail('repeated-flag', { token: flag });
      seen.add(flag);
      if (flag === 't' || flag === 'r') turn = true;
    } else if (flag.startsWith('s')) {
      if (seed !== undefined) return fail('repeated-flag', { token: 's' });
      const digits = flag.slice(1);
      const value = Number(digits);
      if (!/^\d{1,10}$/.test(digits) || !validSeed(value)) return fail('invalid-seed', { token: flag });
      seed = value;
    } else {
      return fail('unknown-flag', { token: flag });
    }
  }
  return ok({
    scenario,
    natA: sideA.value.nat,
    natB: sideB.value.nat,
    ...(sideA.value.outer === undefined ? {} : { outerA: sideA.value.outer }),
    ...(sideB.value.outer === undefined ? {} : { outerB: sideB.value.outer }),
    turn,
    ...(seen.has('r') ? { relay: true } : {}),
    ...(seen.has('n') ? { stun: false } : {}),
    ...(seen.has('m') ? { mdns: true } : {}),
    seed: seed ?? 1,
    step: Number(stepToken),
  });
}
