import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  closedAddresses,
  planClosedNetwork,
  planInternetLab,
  plannedAddresses,
  type LabPlan,
} from '../../../scripts/lab/addressPlan.ts';
import { labNatModes } from '../../../src/lib/lab/labModes.ts';
import { cidrContains } from '../../../src/lib/net/address.ts';

const plans: [string, LabPlan][] = [
  ['internet, both masquerade', planInternetLab({ modes: { a: 'linux-masquerade', b: 'linux-masquerade' } })],
  ['internet, both routed', planInternetLab({ modes: { a: 'no-nat', b: 'no-nat' } })],
  ['internet, carrier in front of A', planInternetLab({ modes: { a: 'linux-masquerade', b: 'full-cone' }, carrier: { side: 'a', mode: 'masquerade-random' } })],
  ['internet, routed carrier and LAN on B', planInternetLab({ modes: { a: 'full-cone', b: 'no-nat' }, carrier: { side: 'b', mode: 'no-nat' } })],
  ['closed network, server with the answerer', planClosedNetwork({ server: 'answer-segment' })],
  ['closed network, server with the offerer', planClosedNetwork({ server: 'offer-segment' })],
];

describe('every plan keeps to the lab ranges', () => {
  for (const [name, plan] of plans) {
    test(`${name}: every address lies in a prefix the guard lets through`, () => {
      for (const { node, address } of plannedAddresses(plan)) {
        assert.ok(
          plan.allowedPrefixes.some((p) => cidrContains(p, address)),
          `${node} ${address}`,
        );
      }
    });

    test(`${name}: only documentation, shared and private space is used`, () => {
      const labSpace = ['203.0.113.0/24', '100.64.0.0/10', '10.0.0.0/8', '127.0.0.0/8', '224.0.0.0/24'];
      for (const prefix of plan.allowedPrefixes) {
        const base = prefix.split('/')[0] ?? '';
        assert.ok(labSpace.some((space) => cidrContains(space, base)), prefix);
      }
    });

    test(`${name}: no router has a default route`, () => {
      const routers = new Set(plan.nodes.filter((n) => n.kind === 'router').map((n) => n.role));
      assert.deepEqual(
        plan.routes.filter((r) => routers.has(r.node) && r.destination === 'default'),
        [],
      );
    });

    test(`${name}: both ends of every link are lab namespaces`, () => {
      const roles = new Set(plan.nodes.map((n) => n.role));
      for (const link of plan.links) {
        assert.ok(roles.has(link.a.node) && roles.has(link.b.node), `${link.a.node} ↔ ${link.b.node}`);
      }
    });

    test(`${name}: interface names fit the kernel's 15-character limit`, () => {
      for (const link of plan.links) {
        for (const end of [link.a, link.b]) assert.ok(end.name.length <= 15, end.name);
      }
    });

    test(`${name}: every route's gateway is on a network the node is attached to`, () => {
      for (const route of plan.routes) {
        const own = plan.links.flatMap((l) => [l.a, l.b]).filter((end) => end.node === route.node).flatMap((end) => end.addresses);
        assert.ok(own.some((cidr) => cidrContains(cidr.replace(/\.\d+\//, '.0/'), route.via)), `${route.node} via ${route.via}`);
      }
    });
  }
});

describe('internet lab routing', () => {
  test('a LAN behind NAT is not routed from the public side', () => {
    const plan = planInternetLab({ modes: { a: 'linux-masquerade', b: 'full-cone' } });
    assert.deepEqual(
      plan.routes.filter((r) => r.destination === '10.1.0.0/24' || r.destination === '10.2.0.0/24'),
      [],
    );
  });

  test('a LAN with no NAT is routed from the server and from the other router', () => {
    const plan = planInternetLab({ modes: { a: 'no-nat', b: 'linux-masquerade' } });
    const toLanA = plan.routes.filter((r) => r.destination === '10.1.0.0/24').map((r) => `${r.node} via ${r.via}`);
    assert.deepEqual(toLanA.sort(), ['rb via 203.0.113.10', 'stun via 203.0.113.10']);
  });

  test('a carrier router takes LAN A off the public bridge and routes its router upstream', () => {
    const plan = planInternetLab({ modes: { a: 'linux-masquerade', b: 'linux-masquerade' }, carrier: { side: 'a', mode: 'masquerade-random' } });
    assert.ok(plan.nodes.some((n) => n.role === 'ca'));
    assert.ok(!plan.links.some((l) => l.a.node === 'inet' && l.b.node === 'ra'));
    assert.ok(plan.routes.some((r) => r.node === 'ra' && r.destination === '203.0.113.0/24' && r.via === '100.64.1.1'));
    assert.equal(plan.routers.find((r) => r.node === 'ca')?.mode, 'masquerade-random');
  });

  test('the server has two public addresses for RFC 5780 tests', () => {
    const plan = planInternetLab({ modes: { a: 'full-cone', b: 'full-cone' } });
    const server = plan.links.find((l) => l.b.node === 'stun');
    assert.deepEqual(server?.b.addresses, ['203.0.113.2/24', '203.0.113.3/24']);
  });

  test('the guard prefixes do not depend on the modes', () => {
    const lists = labNatModes.map((m) => planInternetLab({ modes: { a: m, b: m } }).allowedPrefixes.join(','));
    assert.equal(new Set(lists).size, 1);
  });

  test('the bridge and the server are built once, LANs per attempt', () => {
    const plan = planInternetLab({ modes: { a: 'full-cone', b: 'full-cone' } });
    assert.deepEqual(plan.nodes.filter((n) => n.stage === 'base').map((n) => n.role), ['inet', 'stun']);
  });
});

describe('closed network routing', () => {
  const plan = planClosedNetwork({ server: 'answer-segment' });

  test('the offerer reaches the other segment through the translating router', () => {
    assert.deepEqual(plan.routes.find((r) => r.node === 'offer'), { node: 'offer', destination: 'default', via: closedAddresses.natRouter.offerSide, stage: 'attempt' });
  });

  test('the answerer reaches the other segment through the routing-only router', () => {
    assert.deepEqual(plan.routes.find((r) => r.node === 'answer'), { node: 'answer', destination: 'default', via: closedAddresses.routedRouter.answerSide, stage: 'attempt' });
  });

  test('only the translating router masquerades, towards the answerer', () => {
    assert.deepEqual(
      plan.routers.map((r) => [r.node, r.mode, r.outside]),
      [
        ['r1', 'no-nat', 'eth-o'],
        ['r2', 'linux-masquerade', 'eth-a'],
      ],
    );
  });

  test('a server on the offerer segment uses the translating router as gateway', () => {
    const offerSide = planClosedNetwork({ server: 'offer-segment' });
    assert.equal(offerSide.routes.find((r) => r.node === 'turn')?.via, closedAddresses.natRouter.offerSide);
  });
});
describe('closed network without a default route', () => {
  test('each host gets only a route to the other segment, through the same router as before', () => {
    const plan = planClosedNetwork({ server: 'answer-segment', defaultRoute: false });
    const hostRoutes = plan.routes.filter((route) => route.node === 'offer' || route.node === 'answer');
    assert.deepEqual(
      hostRoutes.map((route) => `${route.node} ${route.destination} via ${route.via}`),
      ['offer 10.20.0.0/24 via 10.10.0.254', 'answer 10.10.0.0/24 via 10.20.0.1'],
    );
    assert.ok(planClosedNetwork({ server: 'answer-segment' }).routes.some((route) => route.node === 'offer' && route.destination === 'default'));
  });
});
