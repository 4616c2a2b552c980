/**
 * nftables rulesets for the NAT lab, as text for `nft -f -`.
 *
 * Flow: `scripts/lab/topology.ts` loads {@link guardRuleset} into every lab
 * namespace, {@link bridgeGuardRuleset} and {@link flowCounterRuleset} into
 * each switch, and {@link routerRuleset} into each router. The rulesets are
 * pure text so the unit tests can pin them down.
 *
 * The NAT modes and the RFC 4787 behaviour each one produces:
 *
 * - `linux-masquerade`: `masquerade` keeps the source port when it is free,
 *   so one internal port gets one external port for every destination
 *   (EIM, §4.1); conntrack lets in only replies from the exact address and
 *   port a flow went to (APDF, §5).
 * - `masquerade-random` / `masquerade-fully-random`: the external port is
 *   chosen per connection (hash-based or fully random), so each destination
 *   gets its own mapping (APDM) and filtering stays APDF.
 * - `restricted-cone` / `full-cone`: mainline Linux has no cone target, so
 *   the router adds a dynamic map, filled by outgoing UDP after source NAT,
 *   from external port (plus remote address for restricted cone) to the
 *   internal address and port; inbound UDP that matches is DNATed to it.
 *   That widens filtering to ADF or EIF. The lab has one host per LAN, and
 *   the map keys on the external port only, so the emulation assumes it.
 * - `no-nat`: plain routing.
 *
 * Every router drops packets addressed to itself that arrive on its outside
 * interface, as a router firewall does. Without that rule a peer's early
 * connectivity check creates a conntrack entry for the router's own address,
 * and the inside host's next packet to that peer is given a new port (see
 * `bare` in {@link RouterRulesetOptions}).
 */
import type { LabNatMode } from '../../src/lib/lab/labModes.ts';

/** Name of the guard table in every lab namespace. */
export const guardTable = 'icelab_guard';
/** Name of the flow-counting table on a switch. */
export const flowTable = 'icelab_flows';
/** Name of the set whose elements count packets per UDP flow on a switch. */
export const flowSet = 'udp_flows';
/** Name of the NAT table on a router. */
export const natTable = 'icelab_nat';

/** Names of the guard's counters, read back by `scripts/lab/guard.ts`. */
export const guardCounters = ['dropped_ipv4', 'dropped_ipv6'] as const;

function elements(prefixes: readonly string[]): string {
  return prefixes.join(', ');
}

/**
 * The part both guards share: the table (re)created from scratch, the set of
 * allowed IPv4 prefixes and the two drop counters the lab reports.
 */
function guardPreamble(family: 'inet' | 'bridge', allowedPrefixes: readonly string[]): string[] {
  return [
    `table ${family} ${guardTable}`,
    `delete table ${family} ${guardTable}`,
    `table ${family} ${guardTable} {`,
    '  set allowed_ipv4 {',
    '    type ipv4_addr',
    '    flags interval',
    `    elements = { ${elements(allowedPrefixes)} }`,
    '  }',
    '  counter dropped_ipv4 {',
    '  }',
    '  counter dropped_ipv6 {',
    '  }',
  ];
}

/**
 * The guard loaded into every lab namespace: IPv4 packets addressed outside
 * the lab's prefixes and all IPv6 except loopback are dropped before routing
 * or NAT sees them, and counted.
 *
 * @param allowedPrefixes - destination prefixes to let through, e.g. `['203.0.113.0/24', '10.1.0.0/24']`
 * @returns an `nft -f` script that replaces the table
 * @example guardRuleset(['203.0.113.0/24', '127.0.0.0/8']).includes('ip daddr != @allowed_ipv4') // true
 */
export function guardRuleset(allowedPrefixes: readonly string[]): string {
  return [
    ...guardPreamble('inet', allowedPrefixes),
    '  chain prerouting {',
    '    type filter hook prerouting priority raw; policy accept;',
    '    meta nfproto ipv4 ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop',
    '    meta nfproto ipv6 counter name "dropped_ipv6" drop',
    '  }',
    '  chain output {',
    '    type filter hook output priority raw; policy accept;',
    '    meta nfproto ipv4 ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop',
    '    meta nfproto ipv6 ip6 daddr != ::1 counter name "dropped_ipv6" drop',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The guard for a switch: bridged IPv4 frames addressed outside the lab's
 * prefixes and all bridged IPv6 are dropped and counted.
 *
 * @param allowedPrefixes - destination prefixes to let through
 * @returns an `nft -f` script that replaces the table
 */
export function bridgeGuardRuleset(allowedPrefixes: readonly string[]): string {
  return [
    ...guardPreamble('bridge', allowedPrefixes),
    '  chain forward {',
    '    type filter hook forward priority -200; policy accept;',
    '    meta protocol ip ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop',
    '    meta protocol ip6 counter name "dropped_ipv6" drop',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Counts packets per UDP flow (source address and port, destination address
 * and port) crossing a switch, in a dynamic set with a counter per element.
 *
 * @returns an `nft -f` script that replaces the table
 */
export function flowCounterRuleset(): string {
  return [
    `table bridge ${flowTable}`,
    `delete table bridge ${flowTable}`,
    `table bridge ${flowTable} {`,
    `  set ${flowSet} {`,
    '    type ipv4_addr . inet_service . ipv4_addr . inet_service',
    '    flags dynamic',
    '    counter',
    '  }',
    '  chain count {',
    '    type filter hook forward priority 0; policy accept;',
    `    meta protocol ip ip protocol udp add @${flowSet} { ip saddr . udp sport . ip daddr . udp dport }`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Options for {@link routerRuleset}. */
export interface RouterRulesetOptions {
  readonly mode: LabNatMode;
  /** Interface towards the outside, where source NAT applies. */
  readonly outside: string;
  /** Interface towards the inside network. */
  readonly inside: string;
  /**
   * Only the translation rules: no drop of packets addressed to the router
   * on its outside interface and no filter on forwarded inbound packets.
   * Linux with just a masquerade rule behaves like this.
   */
  readonly bare?: boolean;
  /** Lifetime of a cone mapping without outgoing traffic; RFC 4787 REQ-5 asks for at least 120 s. */
  readonly coneTimeoutSeconds?: number;
}

const masqueradeStatement: Readonly<Record<LabNatMode, string | null>> = {
  'no-nat': null,
  'full-cone': 'masquerade',
  'restricted-cone': 'masquerade',
  'linux-masquerade': 'masquerade',
  'masquerade-random': 'masquerade random',
  'masquerade-fully-random': 'masquerade fully-random',
};

/**
 * How the cone emulation keys its map: what outgoing packets record (after
 * source NAT, so `ct reply proto-dst` is the external port) and what inbound
 * packets look up.
 */
const coneKeys: Readonly<Partial<Record<LabNatMode, { type: string; outgoing: string; inbound: string }>>> = {
  'full-cone': { type: 'inet_service', outgoing: 'ct reply proto-dst', inbound: 'udp dport' },
  'restricted-cone': { type: 'inet_service . ipv4_addr', outgoing: 'ct reply proto-dst . ip daddr', inbound: 'udp dport . ip saddr' },
};

/**
 * The NAT and firewall rules of one router.
 *
 * @param options - mode, interface names, and whether to leave out the firewall
 * @returns an `nft -f` script that replaces the router's table
 * @example routerRuleset({ mode: 'masquerade-random', outside: 'wan', inside: 'lan' }).includes('masquerade random') // true
 */
export function routerRuleset(options: RouterRulesetOptions): string {
  const { mode, outside, inside } = options;
  const bare = options.bare ?? false;
  const masquerade = masqueradeStatement[mode];
  const cone = coneKeys[mode];
  const timeout = options.coneTimeoutSeconds ?? 120;
  const lines = [`table ip ${natTable}`, `delete table ip ${natTable}`, `table ip ${natTable} {`];
  lines.push('  counter outside_input_dropped {', '  }', '  counter inbound_dropped {', '  }');
  if (cone) {
    lines.push(
      '  map cone {',
      `    type ${cone.type} : ipv4_addr . inet_service`,
      '    flags dynamic, timeout',
      `    timeout ${timeout}s`,
      '  }',
    );
  }
  if (!bare) {
    lines.push(
      '  chain input {',
      '    type filter hook input priority filter; policy accept;',
      `    iifname "${outside}" counter name "outside_input_dropped" drop`,
      '  }',
    );
    if (masquerade) {
      lines.push(
        '  chain forward {',
        '    type filter hook forward priority filter; policy accept;',
        `    iifname "${outside}" oifname "${inside}" ct state established,related accept`,
        `    iifname "${outside}" oifname "${inside}" ct status dnat accept`,
        `    iifname "${outside}" oifname "${inside}" counter name "inbound_dropped" drop`,
        '  }',
      );
    }
  }
  if (masquerade) {
    lines.push(
      '  chain postrouting {',
      '    type nat hook postrouting priority srcnat; policy accept;',
      `    oifname "${outside}" ${masquerade}`,
      '  }',
    );
  }
  if (cone) {
    lines.push(
      '  chain cone_record {',
      '    type filter hook postrouting priority srcnat + 10; policy accept;',
      `    oifname "${outside}" meta l4proto udp ct direction original update @cone { ${cone.outgoing} : ct original ip saddr . ct original proto-src }`,
      '  }',
      '  chain cone_forward {',
      '    type nat hook prerouting priority dstnat; policy accept;',
      `    iifname "${outside}" meta l4proto udp dnat ip to ${cone.inbound} map @cone`,
      '  }',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}
