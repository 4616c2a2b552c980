/**
 * Candidate types and the priority formulas of ICE, once for the whole site
 * (RFC 8445 §5.1.2, §6.1.2.3): the NAT simulator orders its checklist with
 * exactly the numbers the candidate inspector explains.
 */

/** Candidate types (RFC 8445 §4, §5.1.1; RFC 8839 §5.1 `cand-type`). */
export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** Every {@link CandidateType}, in RFC 8445's order of recommended preference. */
export const CANDIDATE_TYPES: readonly CandidateType[] = ['host', 'prflx', 'srflx', 'relay'];

/** The largest candidate priority, 2^31 − 1 (RFC 8445 §5.1.2.1). */
export const MAX_CANDIDATE_PRIORITY = 2 ** 31 - 1;

/**
 * Type preferences RFC 8445 §5.1.2.2 recommends ("SHOULD be 126 for host
 * candidates, 110 for peer-reflexive candidates, 100 for server-reflexive
 * candidates, and 0 for relayed candidates").
 */
export const RECOMMENDED_TYPE_PREFERENCES = {
  host: 126,
  prflx: 110,
  srflx: 100,
  relay: 0,
} as const satisfies Record<CandidateType, number>;

/**
 * The local preference of an agent with one IP address: RFC 8445 §5.1.2.1
 * says it "SHOULD be set to the maximum of 65535".
 */
export const SINGLE_ADDRESS_LOCAL_PREFERENCE = 65535;

/** A candidate priority's three parts (RFC 8445 §5.1.2.1). */
export interface PriorityParts {
  /** 0–126 by the RFC (the top 8 bits; 127 can be written but is not allowed). */
  readonly typePreference: number;
  /** 0–65535, the middle 16 bits. */
  readonly localPreference: number;
  /** 1–256; the low 8 bits hold 256 minus it. */
  readonly componentId: number;
}

/**
 * The candidate priority formula (RFC 8445 §5.1.2.1):
 * `2^24 × type preference + 2^8 × local preference + (256 − component ID)`.
 * Arguments are not checked; `lib/ice`'s `computePriority` checks them for
 * text a reader typed.
 *
 * @param parts - type preference, local preference and component ID
 * @returns the priority
 * @example candidatePriority({ typePreference: 126, localPreference: 65535, componentId: 1 }) // 2130706431
 */
export function candidatePriority(parts: PriorityParts): number {
  return parts.typePreference * 2 ** 24 + parts.localPreference * 2 ** 8 + (256 - parts.componentId);
}

/**
 * Splits a candidate priority into its three parts (the inverse of
 * {@link candidatePriority}, RFC 8445 §5.1.2.1).
 *
 * @param priority - a priority, 1 … 2^31 − 1
 * @returns its parts
 * @example splitPriority(2122260223) // { typePreference: 126, localPreference: 32542, componentId: 1 }
 */
export function splitPriority(priority: number): PriorityParts {
  return {
    typePreference: Math.floor(priority / 2 ** 24),
    localPreference: Math.floor(priority / 2 ** 8) % 2 ** 16,
    componentId: 256 - (priority % 256),
  };
}

/**
 * The candidate-pair priority formula (RFC 8445 §6.1.2.3):
 * `2^32 × MIN(G, D) + 2 × MAX(G, D) + (G > D ? 1 : 0)`, with G the
 * controlling agent's candidate priority and D the controlled agent's. A
 * bigint, because the value exceeds 2^53.
 *
 * @param controlling - G
 * @param controlled - D
 * @returns the pair priority
 * @example pairPriority(2122260223, 1686052607) // 7241540810645061119n
 */
export function pairPriority(controlling: number, controlled: number): bigint {
  const g = BigInt(controlling);
  const d = BigInt(controlled);
  const min = g < d ? g : d;
  const max = g < d ? d : g;
  return (min << 32n) + 2n * max + (g > d ? 1n : 0n);
}
