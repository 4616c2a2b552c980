/**
 * The NAT modes a lab router can run, and how each one relates to the
 * simulator's named NAT types.
 *
 * Flow: `scripts/lab/cli.ts` parses `--mode`/`--a`/`--b` with
 * {@link parseLabNatMode}; `nftRuleset.ts` turns a mode into nftables rules;
 * the unit tests compare recordings of each mode with the simulator preset
 * given by {@link simulatorPresetForMode}.
 *
 * Behaviour names follow RFC 4787: mapping (§4.1) is endpoint-independent
 * (EIM), address-dependent (ADM) or address-and-port-dependent (APDM);
 * filtering (§5) is EIF, ADF or APDF.
 */
import { err, ok, type LibError, type Result } from '../result.ts';
import { translator } from '../../i18n/dictionary.ts';
import { labText } from './messages.ts';
import { natTypes, withConntrackFiltering, type NatType } from '../nat/natTypes.ts';

/** Every router mode the lab can build, in the order tables show them. */
export const labNatModes = [
  'no-nat',
  'full-cone',
  'restricted-cone',
  'linux-masquerade',
  'masquerade-random',
  'masquerade-fully-random',
] as const;

/** A router mode of the lab. */
export type LabNatMode = (typeof labNatModes)[number];

/**
 * The four classic (RFC 3489 §5) NAT types as the lab builds them, in the
 * order of the site's 4×4 matrix: full cone, restricted cone, port-restricted
 * cone (plain Linux masquerade) and symmetric (masquerade with `random`).
 */
export const classicLabModes = ['full-cone', 'restricted-cone', 'linux-masquerade', 'masquerade-random'] as const;

/** Ids of the simulator's named NAT types that lab modes correspond to (see `src/lib/nat/natTypes.ts`). */
export type SimulatorPresetId = 'none' | 'full-cone' | 'restricted-cone' | 'port-restricted-cone' | 'symmetric' | 'linux-masquerade';

/**
 * The simulator preset whose behaviour each lab mode is built to have.
 * Both masquerade variants with random port allocation are symmetric NATs
 * (APDM mapping, APDF filtering).
 */
export const simulatorPresetForMode: Readonly<Record<LabNatMode, SimulatorPresetId>> = {
  'no-nat': 'none',
  'full-cone': 'full-cone',
  'restricted-cone': 'restricted-cone',
  'linux-masquerade': 'linux-masquerade',
  'masquerade-random': 'symmetric',
  'masquerade-fully-random': 'symmetric',
};

/**
 * The simulator NAT type to compare a lab mode with: its preset, with filter
 * state kept per conntrack flow as every Linux NAT keeps it (RFC 4787 §5
 * applied per mapping; see `withConntrackFiltering`).
 *
 * @param mode - a lab mode
 * @returns the NAT type to simulate
 * @example simulatorNatTypeForMode('masquerade-random').behaviour?.filteringScope // 'mapping'
 */
export function simulatorNatTypeForMode(mode: LabNatMode): NatType {
  return withConntrackFiltering(natTypes[simulatorPresetForMode[mode]]);
}

/** RFC 4787 mapping behaviour (§4.1), or `none` where no translation happens. */
export type LabMapping = 'EIM' | 'ADM' | 'APDM' | 'none';
/** RFC 4787 filtering behaviour (§5). A host with no NAT and no firewall in front filters like EIF: anyone can reach it. */
export type LabFiltering = 'EIF' | 'ADF' | 'APDF';

/** The behaviour a mode is designed to have; the `classify` scenario measures whether it does. */
export interface IntendedBehaviour {
  readonly mapping: LabMapping;
  readonly filtering: LabFiltering;
}

/** What each mode is built to do (RFC 4787 §4.1 mapping, §5 filtering). */
export const intendedBehaviour: Readonly<Record<LabNatMode, IntendedBehaviour>> = {
  'no-nat': { mapping: 'none', filtering: 'EIF' },
  'full-cone': { mapping: 'EIM', filtering: 'EIF' },
  'restricted-cone': { mapping: 'EIM', filtering: 'ADF' },
  'linux-masquerade': { mapping: 'EIM', filtering: 'APDF' },
  'masquerade-random': { mapping: 'APDM', filtering: 'APDF' },
  'masquerade-fully-random': { mapping: 'APDM', filtering: 'APDF' },
};

/**
 * Other names the command line accepts for a mode: the classic names and the
 * simulator's `none`.
 */
export const labModeAliases: Readonly<Record<string, LabNatMode>> = {
  none: 'no-nat',
  'port-restricted-cone': 'linux-masquerade',
  symmetric: 'masquerade-random',
};

/** Error for a mode name the lab does not know. */
export interface LabModeError extends LibError {
  readonly code: 'unknown-lab-mode';
  /** The name that was given. */
  readonly value: string;
}

/**
 * Tells whether a string is a lab mode id.
 *
 * @param value - any string
 * @returns true for ids in {@link labNatModes}
 */
export function isLabNatMode(value: string): value is LabNatMode {
  return (labNatModes as readonly string[]).includes(value);
}

/**
 * Reads a mode name from the command line, accepting the aliases in
 * {@link labModeAliases}.
 *
 * @param value - a mode id or alias, e.g. `symmetric`
 * @returns the lab mode, or an `unknown-lab-mode` error listing the valid names
 * @example parseLabNatMode('port-restricted-cone') // ok('linux-masquerade')
 */
export function parseLabNatMode(value: string): Result<LabNatMode, LabModeError> {
  const name = value.trim().toLowerCase();
  if (isLabNatMode(name)) return ok(name);
  const alias = labModeAliases[name];
  if (alias !== undefined) return ok(alias);
  return err({
    code: 'unknown-lab-mode',
    value,
    message: translator('en', labText)('error.unknown-lab-mode', { value }),
  });
}
