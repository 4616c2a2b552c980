/**
 * The case study's closed network in the simulator: A (offerer) reaches B
 * through R2, which masquerades; B reaches A through R1, which only routes.
 * Checked against the NAT lab's recording of the same network with real
 * Chromium 156, in both browser modes (mDNS host-name hiding on and off),
 * for every ICE configuration and both server placements.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readRecording } from '../../../src/lib/lab/recordings.ts';
import { compareWithSimulator } from '../../../scripts/lab/simulatorComparison.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { closedNetworkSpec, computeClosedNetworkOutcome, natText, runIceSession } from '../../../src/lib/nat/index.ts';

const json: unknown = JSON.parse(readFileSync(new URL('../../../src/data/lab/closed-network.json', import.meta.url), 'utf8'));
const read = readRecording(json, 'closed-network');
if (!read.ok) throw new Error(read.error.message);
const recording = read.value;

function typesOf(outcome: ReturnType<typeof computeClosedNetworkOutcome>): string {
  return outcome.pair === undefined ? 'none' : `${outcome.pair.a.local}→${outcome.pair.a.remote} / ${outcome.pair.b.local}→${outcome.pair.b.remote}`;
}

describe('closed network (asymmetric routing, one translating router)', () => {
  test('host-only connects with mDNS hiding off: B’s check reaches A by routing, A’s answer leaves through R2 and A’s pair is peer-reflexive', () => {
    const outcome = computeClosedNetworkOutcome({ ice: 'none', mdns: false });
    assert.equal(outcome.via, 'direct');
    assert.equal(typesOf(outcome), 'prflx→host / host→prflx');
    assert.equal(outcome.pair?.a.localAddress, '10.20.0.254:50000');
  });

  test('host-only fails in default Chrome: .local names cannot be resolved across segments', () => {
    const outcome = computeClosedNetworkOutcome({ ice: 'none', mdns: true });
    assert.equal(outcome.via, 'none');
    assert.equal(outcome.reason, 'failed-mdns-unresolved');
    assert.equal(outcome.params['unresolved'], 2);
    assert.match(translator('ja', natText)(`outcome.${outcome.reason}`, outcome.params), /mDNS/);
  });

  test('STUN in segment B connects in both modes, A on its server-reflexive candidate', () => {
    assert.equal(typesOf(computeClosedNetworkOutcome({ ice: 'stun', mdns: false })), 'srflx→host / host→srflx');
    assert.equal(typesOf(computeClosedNetworkOutcome({ ice: 'stun', mdns: true })), 'srflx→srflx / host→srflx');
  });

  test('relay-only connects relay to relay in both modes', () => {
    for (const mdns of [false, true]) assert.equal(typesOf(computeClosedNetworkOutcome({ ice: 'relay', mdns })), 'relay→relay / relay→relay');
  });

  test('with the server in segment A, B’s STUN and TURN answers come back through R2, translated, and are ignored', () => {
    const run = runIceSession(closedNetworkSpec({ ice: 'relay', mdns: false, server: 'offer-segment' }, true));
    const ignored = run.network.sim.events.filter((event) => event.code === 'server-response-wrong-source');
    assert.ok(ignored.length > 0);
    assert.ok(ignored.every((event) => event.node === 'B' && event.params['from'] === '10.20.0.254:3478'));
    assert.equal(run.outcome.via, 'none');
  });

  test('R1 forwards without translating and R2 translates: the events say which router did what', () => {
    const run = runIceSession(closedNetworkSpec({ ice: 'none', mdns: false }, true));
    const events = run.network.sim.events;
    const routed = events.find((event) => event.code === 'packet-routed');
    assert.equal(routed?.node, 'R1');
    assert.equal(routed?.params['from'], '10.20.0.2:60000');
    const translated = events.find((event) => event.code === 'nat-outbound-translated');
    assert.equal(translated?.node, 'R2');
    assert.equal(translated?.params['newFrom'], '10.20.0.254:50000');
    assert.doesNotMatch(translator('ja', natText)('packet-routed', routed?.params ?? {}), /\{/);
  });
});

describe('closed network: simulator against the lab recording, both browser modes', () => {
  test('the recording has every ICE configuration with mDNS hiding on and off, for both server placements', () => {
    for (const server of ['answer-segment', 'offer-segment'] as const) {
      for (const mdns of [false, true]) {
        const ices = recording.cases.filter((c) => c.server === server && c.mdns === mdns).map((c) => c.ice);
        assert.deepEqual([...ices].sort(), ['none', 'relay', 'stun', 'turn'], `${server}, mDNS ${String(mdns)}`);
      }
    }
  });

  for (const c of recording.cases) {
    test(`${c.server}, mDNS ${c.mdns ? 'on' : 'off'}, ${c.ice}: same path and pair types as real Chromium`, () => {
      const cmp = compareWithSimulator(c.result, computeClosedNetworkOutcome({ ice: c.ice, mdns: c.mdns, server: c.server }));
      assert.deepEqual(cmp.differences, [], `real ${JSON.stringify(cmp.real)} vs simulated ${JSON.stringify(cmp.simulated)}`);
    });
  }

  test('tally per browser mode', (t) => {
    for (const mdns of [false, true]) {
      const cases = recording.cases.filter((c) => c.mdns === mdns);
      const equal = cases.filter((c) => compareWithSimulator(c.result, computeClosedNetworkOutcome({ ice: c.ice, mdns, server: c.server })).matches).length;
      t.diagnostic(`closed network, mDNS ${mdns ? 'on' : 'off'}: cases ${equal}/${cases.length}`);
      assert.equal(equal, cases.length);
    }
  });
});

describe('closed network without a default route (lab, Chromium 156)', () => {
  const noRouteJson: unknown = JSON.parse(readFileSync(new URL('../../../src/data/lab/closed-network-no-default-route.json', import.meta.url), 'utf8'));
  const noRoute = readRecording(noRouteJson, 'closed-network');
  if (!noRoute.ok) throw new Error(noRoute.error.message);
  const hosts = (lines: readonly string[]) => lines.filter((line) => line.includes(' typ host ') && line.includes(' udp '));

  test('in default Chrome (mDNS on) the hosts gathered no host candidate at all, and host-only never connected', () => {
    for (const c of noRoute.value.cases.filter((x) => x.mdns)) {
      assert.deepEqual(hosts(c.result.a.candidates), [], c.ice);
      assert.deepEqual(hosts(c.result.b.candidates), [], c.ice);
    }
    const hostOnly = noRoute.value.cases.find((x) => x.mdns && x.ice === 'none');
    assert.equal(hostOnly?.result.connected, false);
    assert.equal(hostOnly?.result.a.candidates.length, 0);
    // STUN still gives A its translated address, with raddr hidden.
    const stun = noRoute.value.cases.find((x) => x.mdns && x.ice === 'stun');
    assert.equal(stun?.result.connected, true);
    assert.ok(stun?.result.a.candidates.some((line) => / 10\.20\.0\.254 \d+ typ srflx raddr 0\.0\.0\.0 /.test(line)));
  });

  test('with mDNS hiding off the same hosts gathered their real host addresses and connected as with a default route', () => {
    for (const c of noRoute.value.cases.filter((x) => !x.mdns)) {
      assert.equal(hosts(c.result.a.candidates).length, 1, c.ice);
      assert.equal(c.result.connected, true, c.ice);
      const cmp = compareWithSimulator(c.result, computeClosedNetworkOutcome({ ice: c.ice, mdns: false, server: c.server }));
      assert.deepEqual(cmp.differences, []);
    }
  });

  test('nothing tried to leave the lab', () => {
    assert.equal(noRoute.value.guard.droppedPackets, 0);
  });
});
