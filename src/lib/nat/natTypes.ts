/**
 * NAT behaviours (RFC 4787) and the named NAT types the site talks about.
 *
 * A behaviour fixes how a NAT maps (§4.1), assigns ports (§4.2), times out
 * (§4.3), filters (§5) and hairpins (§6). A NAT type is a named behaviour, or
 * `null` for "no NAT" (the host has a public address).
 */
import { err, ok, type LibError, type Result } from '../result.ts';

/**
 * Mapping behaviour, RFC 4787 §4.1: when does an internal endpoint X:x get
 * the same external address X':x' for different destinations?
 * - `EIM` endpoint-independent: one mapping for every destination.
 * - `ADM` address-dependent: one mapping per destination IP address.
 * - `APDM` address-and-port-dependent: one mapping per destination IP:port.
 */
export type MappingBehaviour = 'EIM' | 'ADM' | 'APDM';

/**
 * Filtering behaviour, RFC 4787 §5: which packets arriving at a mapping are
 * let in to the internal endpoint X:x?
 * - `EIF` endpoint-independent: any remote, once a mapping exists.
 * - `ADF` address-dependent: remotes whose IP X:x has sent to (any port).
 * - `APDF` address-and-port-dependent: only the exact IP:port X:x has sent to.
 */
export type FilteringBehaviour = 'EIF' | 'ADF' | 'APDF';

/**
 * How a NAT picks the external port when it cannot (or does not try to)
 * keep the internal port (RFC 4787 §4.2.1): the next free port after a
 * seeded starting point, or a seeded pseudo-random free port.
 */
export type PortAssignment = 'sequential' | 'random';

/**
 * Where a NAT keeps the filter state of RFC 4787 §5:
 * - `endpoint` (the RFC's definition, the default): a packet from Y:y is
 *   admitted when the internal endpoint X:x has sent to Y (ADF) or Y:y
 *   (APDF) through any of its mappings;
 * - `mapping` (conntrack-like, what Linux does): only when X:x sent to it
 *   through the very mapping the packet arrives at, because Linux keeps
 *   one conntrack entry per flow and looks the reply up in that entry.
 * The two differ only for ADM and APDM NATs, where one endpoint has
 * several mappings; with EIM there is a single mapping per endpoint.
 */
export type FilteringScope = 'endpoint' | 'mapping';

/** Everything that decides how one NAT box treats packets. */
export interface NatBehaviour {
  readonly mapping: MappingBehaviour;
  readonly filtering: FilteringBehaviour;
  /** Keep the internal source port when it is free on the outside (§4.2.1). */
  readonly portPreservation: boolean;
  readonly portAssignment: PortAssignment;
  /** Lowest external port the NAT hands out. */
  readonly portMin: number;
  /** Highest external port the NAT hands out. */
  readonly portMax: number;
  /** Idle time after which a mapping is removed (§4.3, REQ-5: at least 120 s). */
  readonly mappingTimeoutMs: number;
  /** Whether inbound packets also refresh a mapping (§4.3: outbound always do). */
  readonly inboundRefresh: boolean;
  /** Whether packets from inside to the NAT's own outside address are looped back (§6). */
  readonly hairpinning: boolean;
  /** Where filter state lives (§5); `endpoint` when omitted. See {@link FilteringScope}. */
  readonly filteringScope?: FilteringScope;
}

/** A named NAT type: a behaviour, or `null` for a host with no NAT. */
export interface NatType {
  /** Stable id; built-in types use a {@link NatTypeId}. */
  readonly id: string;
  readonly behaviour: NatBehaviour | null;
}

/** The four classic (RFC 3489) names, in the order of the 4×4 matrix. */
export const classicNatTypeIds = ['full-cone', 'restricted-cone', 'port-restricted-cone', 'symmetric'] as const;

/** The six presets shown by name on the site: the classic four, Linux masquerading, and no NAT. */
export const presetNatTypeIds = [...classicNatTypeIds, 'linux-masquerade', 'none'] as const;

/** The nine RFC 4787 mapping × filtering combinations, in the order of the 9×9 matrix. */
export const rfc4787NatTypeIds = [
  'eim-eif',
  'eim-adf',
  'eim-apdf',
  'adm-eif',
  'adm-adf',
  'adm-apdf',
  'apdm-eif',
  'apdm-adf',
  'apdm-apdf',
] as const;

/** Ids of the built-in NAT types: the presets, then the RFC 4787 combinations. */
export const natTypeIds = [...presetNatTypeIds, ...rfc4787NatTypeIds] as const;

/** Id of a built-in NAT type. */
export type NatTypeId = (typeof natTypeIds)[number];

/** RFC 4787 REQ-5 minimum, used by every built-in type. */
const defaultTimeoutMs = 120_000;

function behaviour(
  mapping: MappingBehaviour,
  filtering: FilteringBehaviour,
  extra: Partial<NatBehaviour> = {},
): NatBehaviour {
  return {
    mapping,
    filtering,
    portPreservation: false,
    portAssignment: 'sequential',
    portMin: 1024,
    portMax: 65535,
    mappingTimeoutMs: defaultTimeoutMs,
    inboundRefresh: false,
    hairpinning: true,
    ...extra,
  };
}

/**
 * The built-in NAT types.
 *
 * - The four classic cone/symmetric names map onto RFC 4787 as RFC 4787 §4.1
 *   and §5 explain; `symmetric` keeps RFC 3489's definition that only the
 *   host a packet went to may answer, i.e. filter state per mapping. They
 *   do not preserve ports (sequential allocation from a
 *   seeded start), so a reader always sees a translation.
 * - `linux-masquerade` models iptables/nftables MASQUERADE with conntrack:
 *   the source port is kept when free, a different one is chosen when it is
 *   taken; replies must come from the exact address and port that was sent to
 *   (APDF); any packet of the flow refreshes conntrack (inbound refresh); a
 *   plain masquerade rule does not hairpin.
 * - `none` is a host with a public address and no NAT.
 */
export const natTypes: Readonly<Record<NatTypeId, NatType>> = {
  'full-cone': { id: 'full-cone', behaviour: behaviour('EIM', 'EIF') },
  'restricted-cone': { id: 'restricted-cone', behaviour: behaviour('EIM', 'ADF') },
  'port-restricted-cone': { id: 'port-restricted-cone', behaviour: behaviour('EIM', 'APDF') },
  // RFC 3489 §5: "only the external host that receives a packet can send a
  // UDP packet back" — the classic definition filters per mapping.
  symmetric: { id: 'symmetric', behaviour: behaviour('APDM', 'APDF', { filteringScope: 'mapping' }) },
  'linux-masquerade': {
    id: 'linux-masquerade',
    behaviour: behaviour('EIM', 'APDF', {
      portPreservation: true,
      portAssignment: 'random',
      inboundRefresh: true,
      hairpinning: false,
      filteringScope: 'mapping',
    }),
  },
  none: { id: 'none', behaviour: null },
  'eim-eif': { id: 'eim-eif', behaviour: behaviour('EIM', 'EIF') },
  'eim-adf': { id: 'eim-adf', behaviour: behaviour('EIM', 'ADF') },
  'eim-apdf': { id: 'eim-apdf', behaviour: behaviour('EIM', 'APDF') },
  'adm-eif': { id: 'adm-eif', behaviour: behaviour('ADM', 'EIF') },
  'adm-adf': { id: 'adm-adf', behaviour: behaviour('ADM', 'ADF') },
  'adm-apdf': { id: 'adm-apdf', behaviour: behaviour('ADM', 'APDF') },
  'apdm-eif': { id: 'apdm-eif', behaviour: behaviour('APDM', 'EIF') },
  'apdm-adf': { id: 'apdm-adf', behaviour: behaviour('APDM', 'ADF') },
  'apdm-apdf': { id: 'apdm-apdf', behaviour: behaviour('APDM', 'APDF') },
};

/**
 * Short codes used in URL hashes (see `encodeScenarioState`).
 * Mapping × filtering combinations use one letter each: e(ndpoint),
 * a(ddress), p(ort) — `ep` is EIM + APDF.
 */
export const natTypeShortCodes: Readonly<Record<NatTypeId, string>> = {
  'full-cone': 'fc',
  'restricted-cone': 'rc',
  'port-restricted-cone': 'prc',
  symmetric: 'sym',
  'linux-masquerade': 'lx',
  none: 'no',
  'eim-eif': 'ee',
  'eim-adf': 'ea',
  'eim-apdf': 'ep',
  'adm-eif': 'ae',
  'adm-adf': 'aa',
  'adm-apdf': 'ap',
  'apdm-eif': 'pe',
  'apdm-adf': 'pa',
  'apdm-apdf': 'pp',
};

/**
 * The same NAT type with filter state kept per mapping (conntrack-like), as
 * a Linux NAT keeps it; the id gets a `+conntrack` suffix unless the type
 * already filters per mapping.
 *
 * @param type - a NAT type
 * @returns the type with `filteringScope: 'mapping'` (RFC 4787 §5 applied per flow)
 * @example withConntrackFiltering(natTypes.symmetric).behaviour?.filteringScope // 'mapping'
 */
export function withConntrackFiltering(type: NatType): NatType {
  const behaviour = type.behaviour;
  if (behaviour === null || behaviour.filteringScope === 'mapping') return type;
  return { id: `${type.id}+conntrack`, behaviour: { ...behaviour, filteringScope: 'mapping' } };
}

/**
 * Tells whether a string is a built-in NAT type id.
 *
 * @param value - any string
 * @returns true for ids in {@link natTypeIds}
 */
export function isNatTypeId(value: string): value is NatTypeId {
  return (natTypeIds as readonly string[]).includes(value);
}

/** Error for a NAT behaviour that cannot be simulated. */
export interface NatBehaviourError extends LibError {
  readonly code: 'invalid-nat-behaviour' | 'unknown-nat-type';
  /** The offending field (`portMin`, `mapping`, …) or the unknown id. */
  readonly field: string;
}

function behaviourError(field: string, message: string): { ok: false; error: NatBehaviourError } {
  return err({ code: 'invalid-nat-behaviour', field, message });
}

/**
 * Checks that a behaviour can be simulated: known enum values, a port range
 * inside 1–65535, and a positive timeout.
 *
 * @param value - a behaviour built by a caller
 * @returns the same behaviour, or an `invalid-nat-behaviour` error naming the field
 */
export function validateNatBehaviour(value: NatBehaviour): Result<NatBehaviour, NatBehaviourError> {
  if (!['EIM', 'ADM', 'APDM'].includes(value.mapping)) {
    return behaviourError('mapping', 'Mapping must be EIM, ADM or APDM (RFC 4787 §4.1).');
  }
  if (!['EIF', 'ADF', 'APDF'].includes(value.filtering)) {
    return behaviourError('filtering', 'Filtering must be EIF, ADF or APDF (RFC 4787 §5).');
  }
  if (!['sequential', 'random'].includes(value.portAssignment)) {
    return behaviourError('portAssignment', 'Port assignment must be "sequential" or "random".');
  }
  if (!Number.isInteger(value.portMin) || !Number.isInteger(value.portMax) || value.portMin < 1 || value.portMax > 65535 || value.portMin > value.portMax) {
    return behaviourError('portMin', 'The port range must be whole numbers with 1 <= portMin <= portMax <= 65535.');
  }
  if (!(Number.isFinite(value.mappingTimeoutMs) && value.mappingTimeoutMs > 0)) {
    return behaviourError('mappingTimeoutMs', 'The mapping timeout must be a positive number of milliseconds.');
  }
  if (value.filteringScope !== undefined && !['endpoint', 'mapping'].includes(value.filteringScope)) {
    return behaviourError('filteringScope', 'Filtering scope must be "endpoint" (RFC 4787 §5) or "mapping" (per conntrack flow, as Linux does).');
  }
  for (const flag of ['portPreservation', 'inboundRefresh', 'hairpinning'] as const) {
    if (typeof value[flag] !== 'boolean') {
      return behaviourError(flag, `${flag} must be true or false.`);
    }
  }
  return ok(value);
}

/** A NAT given by built-in id or as a full {@link NatType}. */
export type NatSpec = NatTypeId | NatType;

/**
 * Resolves a NAT spec to a validated {@link NatType}.
 *
 * @param spec - built-in id or custom type
 * @returns the NAT type, or an error for an unknown id or invalid behaviour
 * @example resolveNatType('symmetric') // ok({ id: 'symmetric', behaviour: { mapping: 'APDM', … } })
 */
export function resolveNatType(spec: NatSpec): Result<NatType, NatBehaviourError> {
  if (typeof spec === 'string') {
    if (!isNatTypeId(spec)) {
      return err({ code: 'unknown-nat-type', field: String(spec), message: `Unknown NAT type "${String(spec)}"; use one of ${natTypeIds.join(', ')}.` });
    }
    return ok(natTypes[spec]);
  }
  if (spec.behaviour === null) return ok(spec);
  const checked = validateNatBehaviour(spec.behaviour);
  return checked.ok ? ok(spec) : checked;
}
