/**
 * Reads the output of coturn's `turnutils_natdiscovery`, which runs the
 * NAT behaviour discovery tests of RFC 5780 §4.3 (mapping), §4.4 (filtering)
 * and §4.5 (hairpinning, via a binding request sent to one's own mapped
 * address).
 *
 * Flow: `scripts/lab/classify.ts` runs the tool once per test inside a LAN
 * host's namespace and hands the text here; the result goes into
 * `classification.json`.
 */
import { err, ok, type LibError, type Result } from '../../src/lib/result.ts';
import type { LabFiltering, LabMapping } from '../../src/lib/lab/labModes.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { labText } from '../../src/lib/lab/messages.ts';

/** One reading of a mapped address during a test. */
export interface ReflexiveSample {
  /** XOR-MAPPED-ADDRESS as `ip:port`. */
  readonly mapped: string;
  /** The server address that answered (RESPONSE-ORIGIN), when reported. */
  readonly origin: string | null;
  /** The local address the request was sent from, when reported. */
  readonly local: string | null;
}

/** What one run of the tool says. */
export interface NatDiscoveryReading {
  /** RFC 5780 §4.3 verdict; `none` when the mapped address equals the local one. */
  readonly mapping: LabMapping | null;
  /** RFC 5780 §4.4 verdict. */
  readonly filtering: LabFiltering | null;
  /** RFC 5780 §4.5: whether a request sent to the own mapped address came back in. */
  readonly hairpinning: boolean | null;
  /** Whether the server answered with OTHER-ADDRESS (RFC 5780 §7.4), which the tests need. */
  readonly rfc5780: boolean;
  /** Mapped addresses in the order the tool printed them. */
  readonly samples: readonly ReflexiveSample[];
  /** The verdict lines exactly as printed. */
  readonly verdicts: readonly string[];
}

/** Error for output that holds no verdict. */
export interface NatDiscoveryError extends LibError {
  readonly code: 'natdiscovery-no-rfc5780' | 'natdiscovery-no-answer';
}

const mappingVerdicts: readonly [RegExp, LabMapping][] = [
  [/^No NAT!/, 'none'],
  [/^NAT with Endpoint Independent Mapping!/, 'EIM'],
  [/^NAT with Address Dependent Mapping!/, 'ADM'],
  [/^NAT with Address and Port Dependent Mapping!/, 'APDM'],
];

const filteringVerdicts: readonly [RegExp, LabFiltering][] = [
  [/^NAT with Endpoint Independent Filtering!/, 'EIF'],
  [/^NAT with Address Dependent Filtering!/, 'ADF'],
  [/^NAT with Address and Port Dependent Filtering!/, 'APDF'],
];

/**
 * Parses the output of one `turnutils_natdiscovery` run (any of `-m`, `-f`,
 * `-H`). A test the run did not include is reported as `null`.
 *
 * @param output - the tool's standard output
 * @returns the verdicts and mapped-address samples, or an error when the server gave no RFC 5780 answer
 * @example parseNatDiscovery('…\nNAT with Endpoint Independent Mapping!\n…').value.mapping // 'EIM'
 */
export function parseNatDiscovery(output: string): Result<NatDiscoveryReading, NatDiscoveryError> {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  let section: 'mapping' | 'filtering' | 'hairpinning' | null = null;
  let mapping: LabMapping | null = null;
  let filtering: LabFiltering | null = null;
  let hairpinning: boolean | null = null;
  let rfc5780 = false;
  let pendingOrigin: string | null = null;
  const samples: { mapped: string; origin: string | null; local: string | null }[] = [];
  const verdicts: string[] = [];
  for (const line of lines) {
    if (line.includes('-= Mapping Behavior Discovery =-')) section = 'mapping';
    else if (line.includes('-= Filtering Behavior Discovery =-')) section = 'filtering';
    else if (line.includes('-= Hairpinning Behavior Discovery =-')) {
      section = 'hairpinning';
      hairpinning = false;
    }
    if (/^RFC 5780 response/.test(line)) rfc5780 = true;
    const origin = /Response origin: :?\s*([\d.]+:\d+)/.exec(line);
    if (origin?.[1]) pendingOrigin = origin[1];
    const reflexive = /UDP reflexive addr:?\s*([\d.]+:\d+)/.exec(line);
    if (reflexive?.[1]) {
      samples.push({ mapped: reflexive[1], origin: pendingOrigin, local: null });
      pendingOrigin = null;
    }
    const local = /Local addr:?\s*:?\s*([\d.]+:\d+)/.exec(line);
    const last = samples[samples.length - 1];
    if (local?.[1] && last && last.local === null) last.local = local[1];
    if (section === 'hairpinning' && line.startsWith('Received a request')) hairpinning = true;
    for (const [pattern, value] of mappingVerdicts) {
      if (pattern.test(line) && (section === 'mapping' || value === 'none')) {
        // After "No NAT!" the tool goes on and prints an EIM verdict too; keep "none".
        if (section === 'mapping' && mapping !== 'none') mapping = value;
        verdicts.push(line);
      }
    }
    for (const [pattern, value] of filteringVerdicts) {
      if (pattern.test(line)) {
        filtering = value;
        verdicts.push(line);
      }
    }
  }
  if (!rfc5780 && (mapping === null || mapping !== 'none') && samples.length === 0) {
    return err({ code: 'natdiscovery-no-answer', message: translator('en', labText)('error.natdiscovery-no-answer') });
  }
  if (!rfc5780 && mapping !== 'none') {
    return err({ code: 'natdiscovery-no-rfc5780', message: translator('en', labText)('error.natdiscovery-no-rfc5780') });
  }
  return ok({ mapping, filtering, hairpinning, rfc5780, samples, verdicts });
}
