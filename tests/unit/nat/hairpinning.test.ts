import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FilteringBehaviour } from '../../../src/lib/nat/natTypes.ts';
import { at, behaviour, eventsWith, inbox, lanBehindNat, sendAt } from './natTestKit.ts';

/**
 * A and C share one NAT. C first sends to R1 so it has a mapping; then A
 * sends to C's outside address.
 */
function hairpin(hairpinning: boolean, filtering: FilteringBehaviour = 'EIF', cAnswersFirst = false) {
  const fixture = lanBehindNat(behaviour('EIM', filtering, { hairpinning }));
  const c = fixture.lanHost('C', '192.168.1.11');
  fixture.remote('R1', '198.51.100.1');
  const receivedByC = inbox(c, 6000);
  sendAt(fixture.sim, 0, c, 6000, { ip: '198.51.100.1', port: 1000 });
  sendAt(fixture.sim, 5, fixture.a, 5000, { ip: '198.51.100.1', port: 1000 });
  fixture.sim.at(100, () => {
    const [cMapping, aMapping] = fixture.nat.table.mappings();
    assert.ok(cMapping && aMapping);
    if (cAnswersFirst) c.send(6000, aMapping.outside, { kind: 'data', text: 'to A outside' });
    fixture.sim.after(50, () => fixture.a.send(5000, cMapping.outside, { kind: 'data', text: 'to C outside' }));
  });
  fixture.sim.run(1000);
  return { fixture, receivedByC };
}

describe('hairpinning (RFC 4787 §6)', () => {
  test('with hairpinning, a packet to a sibling’s outside address reaches the sibling', () => {
    const { receivedByC } = hairpin(true);
    assert.equal(receivedByC.length, 1);
  });

  test('the hairpinned packet carries the sender’s outside address, not its private one (REQ-9)', () => {
    const { fixture, receivedByC } = hairpin(true);
    const aOutside = fixture.nat.table.mappings()[1]?.outside;
    assert.ok(aOutside);
    assert.equal(receivedByC[0] && at(receivedByC[0].src), at(aOutside));
    const [translated] = eventsWith(fixture.sim.events, 'nat-hairpin-translated');
    assert.equal(translated?.params['oldFrom'], '192.168.1.10:5000');
    assert.equal(translated?.params['newTo'], '192.168.1.11:6000');
  });

  test('without hairpinning the packet is dropped as hairpin-off', () => {
    const { fixture, receivedByC } = hairpin(false);
    assert.equal(receivedByC.length, 0);
    const [drop] = eventsWith(fixture.sim.events, 'dropped-hairpin-off');
    assert.equal(drop?.reason, 'hairpin-off');
  });

  test('a hairpinned packet is filtered like any inbound packet', () => {
    assert.equal(hairpin(true, 'APDF').receivedByC.length, 0);
    assert.equal(hairpin(true, 'APDF', true).receivedByC.length, 1);
  });
});
