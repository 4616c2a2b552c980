/**
 * Redaction for sharing gathering results: addresses become placeholders
 * that keep what the explanation needs (which class of address, which
 * family, which addresses were the same) and drop what identifies a person.
 *
 * Scheme:
 * - Every address (connection address and `raddr`, IPv4, IPv6, mDNS names
 *   and other names) becomes `<class>-<family>-<n>.invalid`, e.g.
 *   `private-v4-1.invalid`, `public-v6-1.invalid`, `cgnat-v4-1.invalid`,
 *   `mdns-1.invalid`. `.invalid` never resolves (RFC 6761 §6.4), so the
 *   line still parses, and `classifyAddress` reads the class back. mDNS names
 *   are redacted too: they live for one session but still identify it.
 * - The same address gets the same placeholder everywhere one redactor is
 *   used, so "this srflx's raddr is that host candidate" stays visible.
 * - `0.0.0.0` and `::` are kept: they mean "hidden" and identify no one.
 * - Foundations become `1`, `2`, … per distinct value (an agent may derive
 *   them from the base address); equal foundations stay equal.
 * - `ufrag` values become `ufrag-1`, `ufrag-2`, … per distinct value.
 * - Kept as they are: component, transport, priority (its bits carry no
 *   address), ports (ephemeral, and srflx port = rport shows a
 *   port-preserving NAT), type, `tcptype`, and the other extensions
 *   (`generation`, `network-id`, `network-cost`).
 */
import type { AddressClass } from './address.ts';
import { canonicalAddress, classifyAddress, parseIpv4, parseIpv6, parseRedactionLabel } from './address.ts';
import type { Candidate } from './parseCandidate.ts';
import { parseCandidate, serializeCandidate } from './parseCandidate.ts';

/** One address and the placeholder that replaced it. */
export interface AddressReplacement {
  readonly original: string;
  readonly placeholder: string;
  readonly addressClass: AddressClass;
  readonly family: 'v4' | 'v6' | 'name';
}

/** A redacted candidate: the line to share and that line parsed again. */
export interface RedactedCandidate {
  readonly line: string;
  /** The redacted line parsed, so its spans match `line`; `null` only if it failed. */
  readonly candidate: Candidate | null;
  /** The address replacements this candidate used. */
  readonly replacements: readonly AddressReplacement[];
}

/** Shares one mapping across many candidates, so equal addresses stay equal. */
export interface Redactor {
  /**
   * Redacts one candidate.
   *
   * @param candidate - A parsed candidate.
   * @returns The redacted line and its parse.
   */
  redactCandidate(candidate: Candidate): RedactedCandidate;
  /**
   * Redacts one address with this redactor's mapping.
   *
   * @param address - An IP address or host name.
   * @returns Its placeholder (`0.0.0.0` and `::` are returned unchanged).
   */
  redactAddress(address: string): string;
  /** Every replacement made so far, in order of first use. */
  readonly replacements: readonly AddressReplacement[];
}

/**
 * Creates a redactor whose placeholders are stable across every candidate
 * it redacts (see the module comment for the scheme).
 *
 * @returns A new redactor with an empty mapping.
 * @example
 * const r = createRedactor();
 * r.redactAddress('192.168.1.20'); // → 'private-v4-1.invalid'
 * r.redactAddress('192.168.1.20'); // → 'private-v4-1.invalid' again
 */
export function createRedactor(): Redactor {
  const addresses = new Map<string, AddressReplacement>();
  const perGroup = new Map<string, number>();
  const foundations = new Map<string, string>();
  const ufrags = new Map<string, string>();
  const replacements: AddressReplacement[] = [];

  const replace = (address: string): AddressReplacement | null => {
    const label = parseRedactionLabel(address);
    const family = parseIpv4(address) !== null ? 'v4' : parseIpv6(address) !== null ? 'v6' : (label?.family ?? 'name');
    const addressClass = classifyAddress(address);
    if (addressClass === 'unspecified') return null;
    const key = canonicalAddress(address) ?? address;
    const known = addresses.get(key);
    if (known !== undefined) return known;
    const group = family === 'name' ? addressClass : `${addressClass}-${family}`;
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    const replacement = { original: address, placeholder: `${group}-${n}.invalid`, addressClass, family } as const;
    addresses.set(key, replacement);
    replacements.push(replacement);
    return replacement;
  };
  const stable = (map: Map<string, string>, value: string, make: (n: number) => string): string => {
    const known = map.get(value);
    if (known !== undefined) return known;
    const made = make(map.size + 1);
    map.set(value, made);
    return made;
  };

  return {
    replacements,
    redactAddress(address) {
      return replace(address)?.placeholder ?? address;
    },
    redactCandidate(candidate) {
      const used: AddressReplacement[] = [];
      const swap = (address: string): string => {
        const r = replace(address);
        if (r === null) return address;
        if (!used.includes(r)) used.push(r);
        return r.placeholder;
      };
      const line = serializeCandidate({
        ...candidate,
        foundation: stable(foundations, candidate.foundation, (n) => String(n)),
        address: swap(candidate.address),
        relatedAddress: candidate.relatedAddress === null ? null : swap(candidate.relatedAddress),
        extensions: candidate.extensions.map((e) =>
          e.name === 'ufrag' ? { name: e.name, value: stable(ufrags, e.value, (n) => `ufrag-${n}`) } : e,
        ),
      });
      const reparsed = parseCandidate(line, { requireRelatedAddress: false });
      return { line, candidate: reparsed.ok ? reparsed.value : null, replacements: used };
    },
  };
}

/**
 * Redacts one candidate for sharing (scheme in the module comment). Pass a
 * {@link Redactor} to keep placeholders consistent across several candidates.
 *
 * @param candidate - A parsed candidate.
 * @param redactor - The mapping to use; a fresh one by default.
 * @returns The redacted line, its parse and the replacements made.
 * @example redactCandidate(c).line // → 'candidate:1 1 udp 1677729535 public-v4-1.invalid 54400 typ srflx raddr private-v4-1.invalid …'
 */
export function redactCandidate(candidate: Candidate, redactor: Redactor = createRedactor()): RedactedCandidate {
  return redactor.redactCandidate(candidate);
}

/**
 * Redacts a list of candidates with one shared mapping.
 *
 * @param candidates - Parsed candidates, e.g. everything one gathering produced.
 * @returns The redacted candidates, in the same order.
 */
export function redactCandidates(candidates: readonly Candidate[]): RedactedCandidate[] {
  const redactor = createRedactor();
  return candidates.map((c) => redactor.redactCandidate(c));
}
