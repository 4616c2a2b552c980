import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFlowSet, parseNftCounters } from '../../../scripts/lab/nftJson.ts';

/** Real `nft -j` output (nftables 1.0.6) recorded in the lab. */
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('named counters', () => {
  test('reads both guard counters of a table', () => {
    const r = parseNftCounters(fixture('nft-guard.json'));
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.map((c) => [c.family, c.table, c.name]),
      [
        ['inet', 'icelab_guard', 'dropped_ipv4'],
        ['inet', 'icelab_guard', 'dropped_ipv6'],
      ],
    );
  });

  test('reads a router table, skipping its maps and chains', () => {
    const r = parseNftCounters(fixture('nft-router-full-cone.json'));
    assert.ok(r.ok);
    assert.deepEqual(r.value.map((c) => c.name), ['outside_input_dropped', 'inbound_dropped']);
  });

  test('reads packet and byte numbers', () => {
    const text = '{"nftables":[{"counter":{"family":"inet","name":"dropped_ipv4","table":"icelab_guard","handle":3,"packets":2,"bytes":80}}]}';
    const r = parseNftCounters(text);
    assert.deepEqual(r.ok && r.value[0], { family: 'inet', table: 'icelab_guard', name: 'dropped_ipv4', packets: 2, bytes: 80 });
  });

  test('rejects text that is not nft JSON', () => {
    for (const text of ['table inet x {}', '{"other":[]}']) {
      const r = parseNftCounters(text);
      assert.equal(!r.ok && r.error.code, 'nft-json-invalid');
    }
  });
});

describe('flow set', () => {
  test('reads one entry per flow direction with its counter', () => {
    const r = parseFlowSet(fixture('nft-flows.json'));
    assert.ok(r.ok);
    assert.equal(r.value.length, 3);
    assert.deepEqual(r.value[0], { source: '203.0.113.10', sourcePort: r.value[0]?.sourcePort, destination: '203.0.113.2', destinationPort: 3478, packets: 2, bytes: 104 });
  });

  test('sorts flows by packets, most first', () => {
    const r = parseFlowSet(fixture('nft-flows.json'));
    assert.ok(r.ok);
    const packets = r.value.map((f) => f.packets);
    assert.deepEqual(packets, [...packets].sort((x, y) => y - x));
  });

  test('returns no flows for an empty set', () => {
    const r = parseFlowSet('{"nftables":[{"set":{"family":"bridge","name":"udp_flows","table":"icelab_flows"}}]}');
    assert.deepEqual(r.ok && r.value, []);
  });
});
