import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConnectionObservation } from '../../../src/lib/loopback/diagnoseConnection.ts';
import { describePairs, diagnoseConnection, impliedPairs } from '../../../src/lib/loopback/diagnoseConnection.ts';
import type { PairEnd, PairRow, PairState } from '../../../src/lib/loopback/candidatePairs.ts';
import { readCandidatePairs } from '../../../src/lib/loopback/candidatePairs.ts';
import { relayHostFailedStats } from './chromeStats.ts';

// Candidate lines as Chromium 156 gathered them on this machine (192.0.2.2, fd00::2) with
// the test coturn on 127.0.0.1; the others are the same lines with addresses of other networks.
const HOST_V4 = 'candidate:3567393516 1 udp 2113937151 192.0.2.2 52984 typ host generation 0 network-cost 999';
const HOST_V6 = 'candidate:3553654364 1 udp 2113942271 fd00::2 53828 typ host generation 0 network-cost 999';
const MDNS = 'candidate:3792568634 1 udp 2113937151 0d23dc62-4a41-414a-8dc9-6a020eb7d8ed.local 48868 typ host generation 0 network-cost 999';
const RELAY_LOOPBACK = 'candidate:1132915558 1 udp 50340095 127.0.0.1 43251 typ relay raddr 0.0.0.0 rport 0 generation 0 network-cost 999';
const OTHER_HOST = 'candidate:1 1 udp 2113937151 10.20.0.5 50000 typ host generation 0';
const SAME_SUBNET_HOST = 'candidate:1 1 udp 2113937151 192.0.2.77 50000 typ host generation 0';
const SRFLX_A = 'candidate:2 1 udp 1677729535 198.51.100.7 40000 typ srflx raddr 0.0.0.0 rport 0 generation 0';
const SRFLX_B = 'candidate:3 1 udp 1677729535 203.0.113.9 41000 typ srflx raddr 0.0.0.0 rport 0 generation 0';
const RELAY_A = 'candidate:4 1 udp 50340095 198.51.100.50 49160 typ relay raddr 198.51.100.7 rport 40000 generation 0';
const RELAY_B = 'candidate:5 1 udp 50340095 198.51.100.50 49170 typ relay raddr 203.0.113.9 rport 41000 generation 0';

const healthy: ConnectionObservation = {
  mode: 'all',
  turnUrls: 0,
  connectionState: 'connected',
  iceConnectionState: 'connected',
  iceWasConnected: true,
  iceGatheringState: 'complete',
  dtlsState: 'connected',
  localCandidates: [HOST_V4, HOST_V6],
  remoteCandidates: [HOST_V4, HOST_V6],
  remoteGatheringDone: true,
  candidateErrors: [],
  pairs: [],
};
const failedIce: Partial<ConnectionObservation> = { connectionState: 'failed', iceConnectionState: 'failed', iceWasConnected: false, dtlsState: 'new' };
const code = (o: Partial<ConnectionObservation>) => diagnoseConnection({ ...healthy, ...o })?.code ?? null;
const findings = (o: Partial<ConnectionObservation>) => diagnoseConnection({ ...healthy, ...failedIce, ...o })?.findings.map((f) => f.code) ?? [];

function end(type: PairEnd['type'], address: string): PairEnd {
  return { type, address, port: 50000, protocol: 'udp', relayProtocol: null, priority: 1, url: null };
}
function pair(id: string, local: PairEnd, remote: PairEnd, state: PairState): PairRow {
  return {
    id, local, remote, state, nominated: false, priority: '1', rttMs: null, bytesSent: 0, bytesReceived: 0,
    requestsSent: 5, responsesReceived: 0, requestsReceived: 0, selected: false, gone: state === 'failed',
  };
}

test('a connected connection, or one still checking, gets no diagnosis', () => {
  assert.equal(code({}), null);
  assert.equal(code({ connectionState: 'connecting', iceConnectionState: 'checking', iceWasConnected: false, iceGatheringState: 'gathering' }), null);
});

test('relay only without a TURN server is named as soon as gathering ends empty', () => {
  const d = diagnoseConnection({ ...healthy, mode: 'relay', connectionState: 'new', iceConnectionState: 'new', localCandidates: [] });
  assert.equal(d?.code, 'relay-without-turn');
  assert.deepEqual(d?.explanation, { slug: 'two-tabs', anchor: 'forcing' });
});

test('a TURN server that refuses the credentials is named with its URL', () => {
  const d = diagnoseConnection({
    ...healthy, mode: 'relay', turnUrls: 1, connectionState: 'new', localCandidates: [],
    candidateErrors: [{ errorCode: 401, url: 'turn:127.0.0.1:3478?transport=udp' }],
  });
  assert.deepEqual([d?.code, d?.params['url']], ['turn-auth-failed', 'turn:127.0.0.1:3478?transport=udp']);
});

test('a server that never answered is named', () => {
  assert.equal(code({ mode: 'relay', turnUrls: 1, localCandidates: [], connectionState: 'new', candidateErrors: [{ errorCode: 701, url: 'turn:127.0.0.1:9' }] }), 'server-unreachable');
});

test('an empty candidate list from the other side is named', () => {
  assert.equal(code({ connectionState: 'connecting', iceConnectionState: 'checking', remoteCandidates: [] }), 'no-remote-candidates');
});

test('ICE failed is "every pair failed its checks", with the pairs tried by type, never DTLS', () => {
  const pairs = readCandidatePairs(relayHostFailedStats).rows;
  const d = diagnoseConnection({ ...healthy, ...failedIce, pairs });
  assert.deepEqual([d?.code, d?.params['pairs'], d?.params['tried']], ['checks-failed', 1, 'relay→host ×1']);
});

test('connection failed while ICE still says disconnected, never having connected, is failed checks (the relay-only bug)', () => {
  // Seen in Chromium with relay only through a coturn without allow-loopback-peers:
  // ICE checking → disconnected → failed, and connectionState "failed" arrives first.
  const pairs = [pair('a', end('relay', '127.0.0.1'), end('relay', '127.0.0.1'), 'failed')];
  const d = diagnoseConnection({ ...healthy, connectionState: 'failed', iceConnectionState: 'disconnected', iceWasConnected: false, dtlsState: 'new', pairs, localCandidates: [RELAY_LOOPBACK], remoteCandidates: [RELAY_LOOPBACK] });
  assert.equal(d?.code, 'checks-failed');
  assert.deepEqual(d?.findings.map((f) => f.code), ['relay-loopback-peer']);
});

test('ICE connected, then the connection failed, is a DTLS failure', () => {
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'connected', dtlsState: 'failed' }), 'dtls-failed');
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'connected', dtlsState: 'connecting' }), 'dtls-failed');
});

test('ICE that connected and later failed lost its path (consent), not its checks', () => {
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'failed', iceWasConnected: true, dtlsState: 'connected' }), 'path-lost');
});

test('a disconnected pair is reported as recoverable', () => {
  const d = diagnoseConnection({ ...healthy, iceConnectionState: 'disconnected', connectionState: 'disconnected' });
  assert.deepEqual([d?.code, d?.fatal], ['disconnected', false]);
});

test('a failure with no pairs and no remote candidates says it cannot see why', () => {
  assert.equal(code({ ...failedIce, remoteCandidates: [], remoteGatheringDone: false }), 'failed-unknown');
});

test('host candidates only, in different subnets, is named with both sides’ addresses', () => {
  const pairs = [pair('a', end('host', '192.0.2.2'), end('host', '10.20.0.5'), 'failed')];
  const d = diagnoseConnection({ ...healthy, ...failedIce, localCandidates: [HOST_V4], remoteCandidates: [OTHER_HOST], pairs });
  assert.deepEqual(d?.findings.map((f) => f.code), ['hosts-different-subnets', 'no-relay']);
  assert.deepEqual([d?.findings[0]?.params['local'], d?.findings[0]?.params['remote']], ['192.0.2.2', '10.20.0.5']);
});

test('host candidates only, in one subnet, with every check failing, points at a firewall', () => {
  const pairs = [pair('a', end('host', '192.0.2.2'), end('host', '192.0.2.77'), 'failed')];
  assert.deepEqual(findings({ localCandidates: [HOST_V4], remoteCandidates: [SAME_SUBNET_HOST], pairs }), ['hosts-same-subnet', 'no-relay']);
});

test('IPv4 on one side and IPv6 on the other cannot pair', () => {
  assert.deepEqual(findings({ localCandidates: [HOST_V4], remoteCandidates: [HOST_V6], pairs: [] }), ['address-families-differ', 'no-relay']);
});

test('.local host names that never became a pair were not resolved (mDNS does not cross routers)', () => {
  const f = diagnoseConnection({ ...healthy, ...failedIce, localCandidates: [HOST_V4], remoteCandidates: [MDNS], pairs: [] })?.findings ?? [];
  assert.deepEqual(f.map((x) => x.code), ['mdns-unresolved', 'mdns-only', 'no-relay']);
  assert.equal(f[1]?.params['sides'], 'remote');
});

test('resolved .local names (pairs formed) are not called unresolved', () => {
  const pairs = [pair('a', end('host', '192.0.2.2'), end('host', '192.0.2.9'), 'failed')];
  assert.deepEqual(findings({ localCandidates: [MDNS], remoteCandidates: [MDNS], pairs }), ['mdns-only', 'no-relay']);
});

test('srflx pairs that all failed point at address-dependent filtering and TURN', () => {
  const pairs = [
    pair('a', end('host', '10.0.0.2'), end('srflx', '203.0.113.9'), 'failed'),
    pair('b', end('host', '10.0.0.2'), end('host', '10.1.0.3'), 'failed'),
  ];
  const f = diagnoseConnection({ ...healthy, ...failedIce, localCandidates: [HOST_V4, SRFLX_A], remoteCandidates: [OTHER_HOST, SRFLX_B], pairs })?.findings ?? [];
  assert.deepEqual(f.map((x) => x.code), ['srflx-pairs-failed', 'no-relay']);
  assert.equal(f[0]?.params['pairs'], 1);
});

test('relay candidates on both sides with every relay pair failing blame the TURN server’s reach', () => {
  const pairs = [pair('a', end('relay', '198.51.100.50'), end('relay', '198.51.100.50'), 'failed')];
  assert.deepEqual(findings({ mode: 'relay', localCandidates: [RELAY_A], remoteCandidates: [RELAY_B], pairs }), ['relay-pairs-failed']);
});

test('loopback relays name coturn’s allow-loopback-peers', () => {
  const pairs = [pair('a', end('relay', '127.0.0.1'), end('relay', '127.0.0.1'), 'failed')];
  const d = diagnoseConnection({ ...healthy, ...failedIce, localCandidates: [RELAY_LOOPBACK], remoteCandidates: [RELAY_LOOPBACK], pairs });
  assert.deepEqual([d?.findings[0]?.code, d?.findings[0]?.params['address']], ['relay-loopback-peer', '127.0.0.1']);
});

test('when no rule applies the finding is "cannot tell", with the pair counts', () => {
  const pairs = [pair('a', end('relay', '198.51.100.50'), end('host', '10.1.0.3'), 'failed')];
  const d = diagnoseConnection({ ...healthy, ...failedIce, localCandidates: [RELAY_A], remoteCandidates: [OTHER_HOST, SRFLX_B], pairs });
  assert.deepEqual(d?.findings, [{ code: 'cannot-tell', params: { pairs: 1, failed: 1 } }]);
});

test('the pairs tried are listed by local→remote types with counts', () => {
  assert.equal(describePairs([]), 'none');
  const r = end('relay', '127.0.0.1');
  assert.equal(describePairs([pair('a', r, r, 'failed'), pair('b', r, r, 'failed'), pair('c', end('host', '1.2.3.4'), r, 'failed')]), 'relay→relay ×2, host→relay ×1');
});

test('failed checks whose pairs the browser dropped before they were read say so, and still name loopback relays', () => {
  const d = diagnoseConnection({ ...healthy, connectionState: 'failed', iceConnectionState: 'disconnected', iceWasConnected: false, dtlsState: 'new', pairs: [], localCandidates: [RELAY_LOOPBACK], remoteCandidates: [RELAY_LOOPBACK] });
  assert.deepEqual([d?.code, d?.findings.map((f) => f.code)], ['checks-failed-unseen', ['relay-loopback-peer']]);
});

test('a pair last seen in progress and then dropped counts as not succeeded', () => {
  const dropped = { ...pair('a', end('relay', '198.51.100.50'), end('relay', '198.51.100.50'), 'in-progress'), gone: true };
  assert.deepEqual(findings({ localCandidates: [RELAY_A], remoteCandidates: [RELAY_B], pairs: [dropped] }), ['relay-pairs-failed']);
});

test('the pairs the candidates make: local host and relay with remote candidates of the same family, .local names left out', () => {
  assert.deepEqual(impliedPairs([RELAY_LOOPBACK], [RELAY_LOOPBACK]), { count: 1, text: 'relay→relay ×1' });
  assert.deepEqual(impliedPairs([HOST_V4, HOST_V6, SRFLX_A], [OTHER_HOST, MDNS, HOST_V6]), { count: 2, text: 'host→host ×2' });
  assert.deepEqual(impliedPairs([HOST_V4], [MDNS]), { count: 0, text: 'none' });
});
