import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeOutcome } from '../../../src/lib/nat/outcome.ts';
import { runScenario } from '../../../src/lib/nat/scenarios.ts';
import { eventsWith, unwrap } from './natTestKit.ts';

describe('double NAT (carrier-grade NAT in front)', () => {
  test('STUN behind two NATs reports the outer NAT’s address', () => {
    const run = unwrap(runScenario('learn-address', { natA: 'full-cone', outerA: 'symmetric', natB: 'none' }));
    const learned = eventsWith(run.events, 'address-learned').find((event) => event.node === 'A');
    assert.match(String(learned?.params['address']), /^203\.0\.113\.10:\d+$/);
  });

  test('the packet is translated twice, and each NAT keeps its own mapping', () => {
    const run = unwrap(runScenario('learn-address', { natA: 'full-cone', outerA: 'symmetric', natB: 'none' }));
    const translations = eventsWith(run.events, 'nat-outbound-translated').filter((event) => String(event.params['nat']).endsWith('A'));
    assert.deepEqual(
      translations.map((event) => event.params['nat']),
      ['NAT A', 'CGNAT A'],
    );
    const last = run.events.at(-1);
    const inner = last?.nats.find((table) => table.nat === 'NAT A')?.rows[0];
    const outer = last?.nats.find((table) => table.nat === 'CGNAT A')?.rows[0];
    assert.equal(inner?.inside, '192.168.1.10:50000');
    assert.match(String(inner?.outside), /^100\.64\.0\.10:\d+$/);
    assert.equal(outer?.inside, inner?.outside);
    assert.match(String(outer?.outside), /^203\.0\.113\.10:\d+$/);
  });

  test('two cone NATs in a row still connect directly', () => {
    const outcome = unwrap(computeOutcome('port-restricted-cone', 'full-cone', { outerA: 'restricted-cone' }));
    assert.equal(outcome.via, 'direct');
    assert.equal(outcome.outerA, 'restricted-cone');
  });

  test('a symmetric carrier-grade NAT on both sides blocks the direct path, and TURN rescues it', () => {
    const options = { outerA: 'symmetric', outerB: 'symmetric' } as const;
    assert.equal(unwrap(computeOutcome('full-cone', 'full-cone', options)).via, 'none');
    assert.equal(unwrap(computeOutcome('full-cone', 'full-cone', { ...options, turn: true })).via, 'turn');
  });
});
