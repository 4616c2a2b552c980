import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { labNatModes } from '../../../src/lib/lab/labModes.ts';
import { bridgeGuardRuleset, flowCounterRuleset, guardRuleset, routerRuleset } from '../../../scripts/lab/nftRuleset.ts';

const router = (mode: (typeof labNatModes)[number], bare = false): string => routerRuleset({ mode, outside: 'wan', inside: 'lan', bare });

describe('guard', () => {
  const text = guardRuleset(['203.0.113.0/24', '10.1.0.0/24']);

  test('lists exactly the allowed prefixes', () => {
    assert.match(text, /elements = \{ 203\.0\.113\.0\/24, 10\.1\.0\.0\/24 \}/);
  });

  test('drops IPv4 to other destinations before routing and on output, with a counter', () => {
    assert.match(text, /hook prerouting priority raw[^]*ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop/);
    assert.match(text, /hook output priority raw[^]*ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop/);
  });

  test('drops all IPv6 except loopback', () => {
    assert.match(text, /meta nfproto ipv6 counter name "dropped_ipv6" drop/);
    assert.match(text, /ip6 daddr != ::1 counter name "dropped_ipv6" drop/);
  });

  test('replaces an existing table instead of adding to it', () => {
    assert.ok(text.startsWith('table inet icelab_guard\ndelete table inet icelab_guard\n'));
  });

  test('the bridge guard drops bridged IPv4 outside the prefixes and all bridged IPv6', () => {
    const bridge = bridgeGuardRuleset(['203.0.113.0/24']);
    assert.match(bridge, /table bridge icelab_guard \{/);
    assert.match(bridge, /meta protocol ip ip daddr != @allowed_ipv4 counter name "dropped_ipv4" drop/);
    assert.match(bridge, /meta protocol ip6 counter name "dropped_ipv6" drop/);
  });
});

describe('flow counter', () => {
  test('keys a counting set on both addresses and ports of UDP', () => {
    const text = flowCounterRuleset();
    assert.match(text, /type ipv4_addr \. inet_service \. ipv4_addr \. inet_service/);
    assert.match(text, /\n {4}counter\n/);
    assert.match(text, /add @udp_flows \{ ip saddr \. udp sport \. ip daddr \. udp dport \}/);
  });
});

describe('router modes', () => {
  test('plain masquerade for the Linux default', () => {
    assert.match(router('linux-masquerade'), /oifname "wan" masquerade\n/);
  });

  test('random and fully-random port allocation for the symmetric modes', () => {
    assert.match(router('masquerade-random'), /oifname "wan" masquerade random\n/);
    assert.match(router('masquerade-fully-random'), /oifname "wan" masquerade fully-random\n/);
  });

  test('no translation and no inbound filter without NAT', () => {
    const text = router('no-nat');
    assert.doesNotMatch(text, /masquerade/);
    assert.doesNotMatch(text, /chain forward/);
  });

  test('full cone maps the external port alone back to the inside endpoint', () => {
    const text = router('full-cone');
    assert.match(text, /type inet_service : ipv4_addr \. inet_service/);
    assert.match(text, /update @cone \{ ct reply proto-dst : ct original ip saddr \. ct original proto-src \}/);
    assert.match(text, /dnat ip to udp dport map @cone/);
  });

  test('restricted cone also keys on the remote address', () => {
    const text = router('restricted-cone');
    assert.match(text, /type inet_service \. ipv4_addr : ipv4_addr \. inet_service/);
    assert.match(text, /update @cone \{ ct reply proto-dst \. ip daddr : /);
    assert.match(text, /dnat ip to udp dport \. ip saddr map @cone/);
  });

  test('cone maps live at least the 120 s RFC 4787 REQ-5 asks for', () => {
    assert.match(router('full-cone'), /timeout 120s/);
  });

  test('only the cone modes carry a map', () => {
    const withMap = labNatModes.filter((m) => router(m).includes('map cone'));
    assert.deepEqual(withMap, ['full-cone', 'restricted-cone']);
  });

  test('every mode drops packets addressed to the router on its outside', () => {
    for (const mode of labNatModes) assert.match(router(mode), /iifname "wan" counter name "outside_input_dropped" drop/, mode);
  });

  test('translating modes let inbound packets through only for known flows or cone mappings', () => {
    const text = router('linux-masquerade');
    assert.match(text, /iifname "wan" oifname "lan" ct state established,related accept/);
    assert.match(text, /iifname "wan" oifname "lan" ct status dnat accept/);
    assert.match(text, /iifname "wan" oifname "lan" counter name "inbound_dropped" drop/);
  });

  test('bare routers keep only the translation rules', () => {
    const text = router('linux-masquerade', true);
    assert.doesNotMatch(text, /chain input/);
    assert.doesNotMatch(text, /chain forward/);
    assert.match(text, /masquerade/);
  });

  test('uses the interface names it is given', () => {
    const text = routerRuleset({ mode: 'linux-masquerade', outside: 'eth-a', inside: 'eth-o' });
    assert.match(text, /oifname "eth-a" masquerade/);
    assert.match(text, /iifname "eth-a" oifname "eth-o"/);
  });
});
