import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConnectionObservation } from '../../../src/lib/loopback/diagnoseConnection.ts';
import { diagnoseConnection } from '../../../src/lib/loopback/diagnoseConnection.ts';
import { readCandidatePairs } from '../../../src/lib/loopback/candidatePairs.ts';
import { relayHostFailedStats } from './chromeStats.ts';

const healthy: ConnectionObservation = {
  mode: 'all',
  turnUrls: 0,
  connectionState: 'connected',
  iceConnectionState: 'connected',
  iceGatheringState: 'complete',
  dtlsState: 'connected',
  localCandidates: 2,
  remoteCandidates: 2,
  remoteGatheringDone: true,
  candidateErrors: [],
  pairs: [],
};
const code = (o: Partial<ConnectionObservation>) => diagnoseConnection({ ...healthy, ...o })?.code ?? null;

test('a connected connection, or one still checking, gets no diagnosis', () => {
  assert.equal(code({}), null);
  assert.equal(code({ connectionState: 'connecting', iceConnectionState: 'checking', iceGatheringState: 'gathering' }), null);
});

test('relay only without a TURN server is named as soon as gathering ends empty', () => {
  const d = diagnoseConnection({ ...healthy, mode: 'relay', connectionState: 'new', iceConnectionState: 'new', localCandidates: 0 });
  assert.equal(d?.code, 'relay-without-turn');
  assert.deepEqual(d?.explanation, { slug: 'two-tabs', anchor: 'forcing' });
});

test('a TURN server that refuses the credentials is named with its URL', () => {
  const d = diagnoseConnection({
    ...healthy, mode: 'relay', turnUrls: 1, connectionState: 'new', localCandidates: 0,
    candidateErrors: [{ errorCode: 401, url: 'turn:127.0.0.1:3478?transport=udp' }],
  });
  assert.deepEqual([d?.code, d?.params['url']], ['turn-auth-failed', 'turn:127.0.0.1:3478?transport=udp']);
});

test('a server that never answered is named', () => {
  assert.equal(code({ mode: 'relay', turnUrls: 1, localCandidates: 0, connectionState: 'new', candidateErrors: [{ errorCode: 701, url: 'turn:127.0.0.1:9' }] }), 'server-unreachable');
});

test('an empty candidate list from the other tab is named', () => {
  assert.equal(code({ connectionState: 'connecting', iceConnectionState: 'checking', remoteCandidates: 0 }), 'no-remote-candidates');
});

test('failed checks through a relay are told apart from failed checks in general', () => {
  const pairs = readCandidatePairs(relayHostFailedStats).rows;
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'failed', pairs }), 'relay-checks-failed');
  const hostPairs = pairs.map((p) => ({ ...p, local: { ...p.local, type: 'host' as const } }));
  const d = diagnoseConnection({ ...healthy, connectionState: 'failed', iceConnectionState: 'failed', pairs: hostPairs });
  assert.deepEqual([d?.code, d?.params['pairs'], d?.explanation.slug], ['checks-failed', 1, 'how-ice-works']);
});

test('a failure after ICE connected is a DTLS failure', () => {
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'connected', dtlsState: 'failed' }), 'dtls-failed');
});

test('a disconnected pair is reported as recoverable', () => {
  const d = diagnoseConnection({ ...healthy, iceConnectionState: 'disconnected', connectionState: 'disconnected' });
  assert.deepEqual([d?.code, d?.fatal], ['disconnected', false]);
});

test('a failure with no pairs and no other clue says so', () => {
  assert.equal(code({ connectionState: 'failed', iceConnectionState: 'failed' }), 'failed-unknown');
});
