/**
 * Helpers for the NAT-table demo's state: the short form an article uses to
 * open the demo on a scenario, the NAT type a reader builds by choosing
 * mapping and filtering separately (RFC 4787 §4.1 × §5), and the state a
 * scenario starts from. The full state string is `scenarioState.ts`.
 */
import type { Result } from '../result.ts';
import { natTypes, natTypeShortCodes, type FilteringBehaviour, type MappingBehaviour, type NatTypeId } from './natTypes.ts';
import { decodeScenarioState, type ScenarioState, type ScenarioStateError } from './scenarioState.ts';
import { scenarioDefaults, scenarioIds, scenarioShortCodes, type ScenarioId } from './scenarios.ts';

/** Mapping behaviours in the order the demo lists them. */
export const mappingBehaviours: readonly MappingBehaviour[] = ['EIM', 'ADM', 'APDM'];

/** Filtering behaviours in the order the demo lists them. */
export const filteringBehaviours: readonly FilteringBehaviour[] = ['EIF', 'ADF', 'APDF'];

/**
 * The RFC 4787 NAT type with a given mapping and filtering behaviour, as the
 * demo picks it when a reader sets the two separately.
 *
 * @param mapping - §4.1 behaviour
 * @param filtering - §5 behaviour
 * @returns one of the nine ids `eim-eif` … `apdm-apdf`
 * @example natTypeForBehaviours('EIM', 'APDF') // 'eim-apdf'
 */
export function natTypeForBehaviours(mapping: MappingBehaviour, filtering: FilteringBehaviour): NatTypeId {
  return `${mapping.toLowerCase()}-${filtering.toLowerCase()}` as NatTypeId;
}

/**
 * The mapping and filtering of a built-in NAT type.
 *
 * @param id - a NAT type id
 * @returns the two behaviours, or undefined for `none` (no NAT)
 * @example behavioursOf('symmetric') // { mapping: 'APDM', filtering: 'APDF' }
 */
export function behavioursOf(id: NatTypeId): { mapping: MappingBehaviour; filtering: FilteringBehaviour } | undefined {
  const behaviour = natTypes[id].behaviour;
  return behaviour === null ? undefined : { mapping: behaviour.mapping, filtering: behaviour.filtering };
}

/**
 * The state a scenario starts from: its default NAT types and TURN setting, step 0.
 *
 * @param scenario - scenario id
 * @param seed - port-choice seed (default 1)
 * @returns the state
 * @example scenarioStartState('symmetric-vs-stun') // { scenario: 'symmetric-vs-stun', natA: 'symmetric', natB: 'full-cone', turn: false, seed: 1, step: 0 }
 */
export function scenarioStartState(scenario: ScenarioId, seed = 1): ScenarioState {
  const defaults = scenarioDefaults[scenario];
  // The closed network starts as default Chrome sees it: host addresses hidden behind mDNS names.
  const mdns = scenario === 'closed-network' ? { mdns: true } : {};
  return { scenario, natA: defaults.natA, natB: defaults.natB, turn: defaults.turn, ...mdns, seed, step: 0 };
}

function scenarioByToken(token: string): ScenarioId | undefined {
  return scenarioIds.find((id) => id === token || scenarioShortCodes[id] === token);
}

/**
 * Parses the demo's `initial` prop: a scenario state string in which the
 * parts after the scenario may be left out (`scenario[.natA[.natB[.step[.flags]]]]`).
 * Missing NAT types come from the scenario's defaults and the step is 0.
 * When the step is left out, TURN follows the scenario's default (on for
 * `ice`); with four or more parts the string is read exactly as
 * {@link decodeScenarioState} reads it, so `t` must be written to get TURN.
 *
 * @param text - e.g. `symmetric-vs-stun.sym.prc`, `hp`, `ice.rc.sym.0.t`
 * @returns the state, or the codec's error (stable code, localisable via `translator(lang, natText)(`error.${code}`, params)`)
 * @example parseDemoInitial('ss.sym.prc') // ok({ scenario: 'symmetric-vs-stun', natA: 'symmetric', natB: 'port-restricted-cone', turn: false, seed: 1, step: 0 })
 */
export function parseDemoInitial(text: string): Result<ScenarioState, ScenarioStateError> {
  if (typeof text !== 'string') return decodeScenarioState('');
  const parts = text.trim().replace(/^#/, '').split('.');
  if (parts.length >= 4) return decodeScenarioState(text);
  const [token = '', natA, natB] = parts;
  if (token === '') return decodeScenarioState('');
  const scenario = scenarioByToken(token);
  // Let the codec produce its own unknown-scenario error, with the token.
  if (scenario === undefined) return decodeScenarioState(`${token}.no.no.0`);
  const defaults = scenarioDefaults[scenario];
  const full = [
    token,
    natA ?? natTypeShortCodes[defaults.natA],
    natB ?? natTypeShortCodes[defaults.natB],
    '0',
    ...(defaults.turn ? ['t'] : []),
    ...(scenario === 'closed-network' ? ['m'] : []),
  ].join('.');
  return decodeScenarioState(full);
}

/**
 * Clamps a decoded step to the events a run has.
 *
 * @param step - step from a URL or a prop
 * @param eventCount - events in the run
 * @returns a valid index (0 when the run has no events)
 * @example clampStep(99, 38) // 37
 */
export function clampStep(step: number, eventCount: number): number {
  if (eventCount <= 0 || !Number.isFinite(step) || step < 0) return 0;
  return Math.min(Math.floor(step), eventCount - 1);
}
