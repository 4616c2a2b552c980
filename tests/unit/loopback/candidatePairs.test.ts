import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpoint, explainSelectedPair, mergePairTables, readCandidatePairs } from '../../../src/lib/loopback/candidatePairs.ts';
import type { StatsEntry } from '../../../src/lib/loopback/candidatePairs.ts';
import { hostHostStats, relayHostFailedStats, relayRelayStats, relaySrflxStats } from './chromeStats.ts';

const codes = (entries: StatsEntry[]) => explainSelectedPair(readCandidatePairs(entries)).map((r) => r.code);

test('every candidate pair becomes a row with both ends, state and counters', () => {
  const table = readCandidatePairs(hostHostStats);
  assert.equal(table.rows.length, 2);
  const v4 = table.rows.find((r) => r.local.address === '192.0.2.2')!;
  assert.deepEqual(
    { type: v4.local.type, remote: v4.remote.type, state: v4.state, nominated: v4.nominated, sent: v4.bytesSent, rtt: v4.rttMs },
    { type: 'host', remote: 'host', state: 'succeeded', nominated: true, sent: 2065, rtt: 1 },
  );
});

test('the transport’s selected pair is marked, and its role is read', () => {
  const table = readCandidatePairs(hostHostStats);
  assert.equal(table.selectedId, 'CPV2nHEwdf_TCeNj+do');
  assert.deepEqual(table.rows.filter((r) => r.selected).map((r) => r.local.address), ['fd00::2']);
  assert.equal(table.iceRole, 'controlling');
  assert.equal(table.dtlsState, 'connected');
});

test('pair priorities are exact and agree with the browser’s rounded numbers', () => {
  const table = readCandidatePairs(hostHostStats);
  for (const row of table.rows) {
    const reported = hostHostStats.find((e) => e.id === row.id)!['priority'] as number;
    assert.equal(Number(BigInt(row.priority!)), reported);
  }
});

test('rows are ordered by descending pair priority', () => {
  const table = readCandidatePairs(relaySrflxStats);
  const priorities = table.rows.map((r) => BigInt(r.priority!));
  assert.deepEqual([...priorities].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)), priorities);
  assert.equal(table.rows[0]?.remote.type, 'host');
});

test('the controlled side swaps the candidates in the pair-priority formula', () => {
  const controlled = relaySrflxStats.map((e) => (e.type === 'transport' ? { ...e, iceRole: 'controlled' } : e));
  const a = readCandidatePairs(relaySrflxStats).rows.find((r) => r.selected)!;
  const b = readCandidatePairs(controlled).rows.find((r) => r.selected)!;
  // G = relay 50339839, D = srflx 1677729535: G < D gives no "+1"; swapped, G > D adds it.
  assert.equal(BigInt(b.priority!) - BigInt(a.priority!), 1n);
});

test('a relayed local end keeps its TURN URL and relay protocol', () => {
  const row = readCandidatePairs(relayRelayStats).rows[0]!;
  assert.equal(row.local.type, 'relay');
  assert.equal(row.local.relayProtocol, 'udp');
  assert.match(row.local.url ?? '', /^turn:127\.0\.0\.1:\d+\?transport=udp$/);
});

test('missing or odd fields become null or zero instead of throwing', () => {
  const table = readCandidatePairs([{ id: 'p', type: 'candidate-pair', state: 'bogus', bytesSent: -4 }]);
  assert.equal(table.rows[0]?.state, null);
  assert.equal(table.rows[0]?.priority, null);
  assert.equal(table.rows[0]?.bytesSent, 0);
  assert.equal(table.selectedId, null);
});

test('a host pair is explained by its checks, its nomination by this tab, its priority and a direct path', () => {
  assert.deepEqual(codes(hostHostStats), ['checks-succeeded', 'nominated-by-this-tab', 'highest-priority', 'path-host']);
});

test('a relay–relay pair is the only pair and goes through the TURN server', () => {
  const reasons = explainSelectedPair(readCandidatePairs(relayRelayStats));
  assert.deepEqual(reasons.map((r) => r.code), ['checks-succeeded', 'nominated-by-this-tab', 'only-pair', 'path-relay']);
  assert.match(String(reasons[3]?.params['address']), /^127\.0\.0\.1:\d+$/);
});

test('a relay–srflx pair is the only one that succeeded, and type preference is mentioned', () => {
  assert.deepEqual(codes(relaySrflxStats), ['checks-succeeded', 'nominated-by-this-tab', 'only-succeeded', 'path-relay', 'type-preference']);
});

test('the controlled side says the other tab nominated the pair', () => {
  const controlled = relayRelayStats.map((e) => (e.type === 'transport' ? { ...e, iceRole: 'controlled' } : e));
  assert.ok(codes(controlled).includes('nominated-by-other-tab'));
});

test('a peer-reflexive remote end is explained', () => {
  const prflx = relayRelayStats.map((e) => (e.type === 'remote-candidate' ? { ...e, candidateType: 'prflx' } : e));
  assert.ok(codes(prflx).includes('prflx-remote'));
});

test('a selected pair with a better succeeded pair beside it says so', () => {
  const swapped = hostHostStats.map((e) => (e.type === 'transport' ? { ...e, selectedCandidatePairId: 'CPp+6qiFsQ_yU93Wo24' } : e));
  const reasons = explainSelectedPair(readCandidatePairs(swapped));
  assert.deepEqual(reasons.find((r) => r.code === 'not-highest')?.params, { higher: 1 });
});

test('no reasons are given before a pair is selected', () => {
  assert.deepEqual(explainSelectedPair(readCandidatePairs(relayHostFailedStats)), []);
});

test('endpoints put IPv6 addresses in brackets', () => {
  const end = { type: null, address: 'fd00::2', port: 9, protocol: null, relayProtocol: null, priority: null, url: null };
  assert.equal(endpoint(end), '[fd00::2]:9');
  assert.equal(endpoint({ ...end, address: '192.0.2.2' }), '192.0.2.2:9');
});

test('pairs the browser stops reporting stay in the table, marked gone, with their last state', () => {
  const before = readCandidatePairs(relaySrflxStats);
  const after = readCandidatePairs([]);
  const merged = mergePairTables(before, after);
  assert.equal(merged.rows.length, before.rows.length);
  assert.ok(merged.rows.every((r) => r.gone && !r.selected));
  assert.deepEqual(merged.rows.map((r) => r.state), before.rows.map((r) => r.state));
  assert.equal(merged.iceRole, before.iceRole);
});

test('a fresh reading replaces the rows it still reports and keeps the order by priority', () => {
  const table = readCandidatePairs(relaySrflxStats);
  const merged = mergePairTables(table, table);
  assert.deepEqual(merged, table);
  assert.equal(mergePairTables(null, table), table);
  const partial = readCandidatePairs(relaySrflxStats.filter((e) => e.type !== 'candidate-pair' || e.id !== table.rows[0]?.id));
  const kept = mergePairTables(table, partial);
  assert.deepEqual(kept.rows.map((r) => r.id), table.rows.map((r) => r.id));
  assert.deepEqual(kept.rows.map((r) => r.gone), table.rows.map((_, i) => i === 0));
});
