import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseConntrack } from '../../../scripts/lab/conntrack.ts';

/** A full-cone router's table after an RFC 5780 filtering test (real /proc/net/nf_conntrack). */
const fullCone = readFileSync(new URL('./fixtures/conntrack-full-cone.txt', import.meta.url), 'utf8');

describe('conntrack entries as NAT mappings', () => {
  const entries = parseConntrack(fullCone, 'ra');

  test('an outgoing flow: the inside endpoint, its translation and the remote', () => {
    const out = entries.find((e) => e.remote === '203.0.113.2:3478');
    assert.ok(out);
    assert.match(out.inside, /^10\.1\.0\.2:\d+$/);
    assert.equal(out.outside, `203.0.113.10:${out.inside.split(':')[1]}`);
    assert.equal(out.replied, true);
  });

  test('an inbound flow let in by the cone map: destination translated to the inside host', () => {
    const inbound = entries.find((e) => e.remote === '203.0.113.3:3479');
    assert.ok(inbound);
    assert.match(inbound.inside, /^10\.1\.0\.2:\d+$/);
    assert.match(inbound.outside, /^203\.0\.113\.10:\d+$/);
    assert.equal(inbound.replied, false);
  });

  test('names the kind of translation', () => {
    assert.deepEqual(entries.map((e) => e.translation).sort(), ['destination', 'source']);
  });

  test('an entry for a packet addressed to the router itself has no translation', () => {
    const line = 'ipv4     2 udp      17 29 src=203.0.113.20 dst=203.0.113.10 sport=41416 dport=51345 [UNREPLIED] src=203.0.113.10 dst=203.0.113.20 sport=51345 dport=41416 mark=0 zone=0 use=2';
    const [entry] = parseConntrack(line, 'ra');
    assert.deepEqual(entry, { router: 'ra', translation: 'none', inside: '203.0.113.20:41416', outside: '203.0.113.20:41416', remote: '203.0.113.10:51345', replied: false });
  });

  test('carries the router role', () => {
    assert.ok(entries.every((e) => e.router === 'ra'));
  });

  test('ignores non-UDP lines and blank input', () => {
    const tcp = 'ipv4     2 tcp      6 431999 ESTABLISHED src=10.1.0.2 dst=203.0.113.2 sport=1 dport=2 src=203.0.113.2 dst=203.0.113.10 sport=2 dport=1 [ASSURED] mark=0 use=1';
    assert.deepEqual(parseConntrack(`${tcp}\n\n`, 'ra'), []);
  });
});
