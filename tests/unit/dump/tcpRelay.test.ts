/**
 * The TCP/TLS-relay rule. No real fixture: Chromium 156 in the lab's
 * namespace reported 701 "Failed to establish connection" for TURN over TCP
 * to a second coturn and never connected, so this test derives its input
 * from the real relay-success dump by changing what the relay candidates'
 * stats say about the transport to the server (`relayProtocol`), which is
 * the only thing the rule reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDump } from '../../../src/lib/dump/index.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'dumps');

function withRelayProtocol(protocol: string): string {
  const dump = JSON.parse(readFileSync(join(dir, 'relay-success.json'), 'utf8')) as { PeerConnections: Record<string, { stats: Record<string, { values: string }> }> };
  for (const pc of Object.values(dump.PeerConnections)) {
    for (const [key, s] of Object.entries(pc.stats)) {
      if (key.endsWith('-relayProtocol')) s.values = JSON.stringify((JSON.parse(s.values) as unknown[]).map(() => protocol));
    }
  }
  return JSON.stringify(dump);
}

for (const protocol of ['tcp', 'tls']) {
  test(`relay candidates reached over ${protocol} only are reported, with the protocol`, () => {
    const r = analyseDump(withRelayProtocol(protocol));
    assert.ok(r.ok);
    const f = r.value.connections[0]!.findings.find((x) => x.id === 'tcp-tls-relay-only');
    assert.ok(f);
    assert.equal(f.params['protocols'], protocol);
    assert.match(f.evidence[0]!.text, new RegExp(`relayProtocol ${protocol}`));
  });
}

test('a UDP relay (the real relay-success dump) is not reported as TCP/TLS only', () => {
  const r = analyseDump(readFileSync(join(dir, 'relay-success.json'), 'utf8'));
  assert.ok(r.ok);
  assert.ok(!r.value.connections[0]!.findings.some((x) => x.id === 'tcp-tls-relay-only'));
});
