import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIceServerUrl, type IceServerUrl } from '../../../src/lib/ice/parseIceServerUrl.ts';
import {
  allocationVerdict,
  relayAddressWarning,
  transportVariants,
  turnCheckVerdict,
  turnTransport,
  type AllocationEvidence,
  type DataEvidence,
} from '../../../src/lib/turn/turnCheckVerdict.ts';

function url(text: string): IceServerUrl {
  const r = parseIceServerUrl(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}
const relay = (address: string): AllocationEvidence => ({ relay: { address, port: 49152, ms: 12 }, errors: [], end: 'complete' });
const errors = (...codes: number[]): AllocationEvidence => ({
  relay: null,
  errors: codes.map((errorCode) => ({ errorCode, phase: 'allocation' as const, ms: 5, url: 'turn:x' })),
  end: 'complete',
});
const passed: DataEvidence = { outcome: 'passed', rttMs: 1, throughputMBps: 50, bytes: 4e6, pair: null, errors: [] };
const failed: DataEvidence = { outcome: 'ice-failed', rttMs: null, throughputMBps: null, bytes: 0, pair: null, errors: [] };

test('turn: is udp, ?transport=tcp is tcp, turns: is tls', () => {
  assert.equal(turnTransport(url('turn:a.example')), 'udp');
  assert.equal(turnTransport(url('turn:a.example?transport=tcp')), 'tcp');
  assert.equal(turnTransport(url('turns:a.example:443?transport=tcp')), 'tls');
});

test('transport variants of one server are udp, tcp and TLS on 443', () => {
  assert.deepEqual(transportVariants('turn:10.0.0.5:3478'), ['turn:10.0.0.5:3478?transport=udp', 'turn:10.0.0.5:3478?transport=tcp', 'turns:10.0.0.5:443?transport=tcp']);
  assert.deepEqual(transportVariants('turns:[2001:db8::1]:443?transport=tcp'), ['turn:[2001:db8::1]:3478?transport=udp', 'turn:[2001:db8::1]:3478?transport=tcp', 'turns:[2001:db8::1]:443?transport=tcp']);
  assert.equal(transportVariants('stun:a.example'), null);
  assert.equal(transportVariants('garbage'), null);
});

for (const [codes, verdict] of [
  [[401], 'auth-failed'],
  [[701, 401], 'auth-failed'],
  [[403], 'forbidden'],
  [[486], 'quota'],
  [[508], 'capacity'],
  [[437], 'mismatch'],
  [[438], 'stale-nonce'],
  [[442], 'unsupported-transport'],
  [[500], 'server-error'],
  [[701], 'unreachable'],
  [[], 'no-response'],
] as const) {
  test(`allocation errors [${codes.join(', ')}] without a relay candidate read as ${verdict}`, () => {
    assert.equal(allocationVerdict(errors(...codes)), verdict);
  });
}

test('a relay candidate makes the allocation ok even beside a 701', () => {
  assert.equal(allocationVerdict({ ...relay('203.0.113.9'), errors: errors(701).errors }), 'ok');
});

test('errors from the data test do not decide the allocation verdict', () => {
  const e: AllocationEvidence = { relay: null, errors: [{ errorCode: 401, phase: 'data-test', ms: 1 }], end: 'complete' };
  assert.equal(allocationVerdict(e), 'no-response');
});

for (const [address, peers, warning] of [
  ['127.0.0.1', 'this-machine', null],
  ['127.0.0.1', 'same-network', 'loopback-relay'],
  ['::1', 'other-networks', 'loopback-relay'],
  ['10.1.2.3', 'other-networks', 'private-relay'],
  ['172.20.0.4', 'other-networks', 'private-relay'],
  ['100.72.3.4', 'other-networks', 'private-relay'],
  ['fd00::5', 'other-networks', 'private-relay'],
  ['10.1.2.3', 'same-network', null],
  ['10.1.2.3', 'this-machine', null],
  ['8.8.4.4', 'other-networks', null],
  ['8.8.4.4', 'same-network', null],
] as const) {
  test(`a relay address ${address} with peers on ${peers} gives ${warning ?? 'no'} warning`, () => {
    assert.equal(relayAddressWarning(address, peers), warning);
  });
}

const base = { peers: 'this-machine' as const, credentials: { kind: 'static' as const }, nowSeconds: 1000 };

test('allocation and data ok on loopback for peers on this machine is an ok row without advice', () => {
  const v = turnCheckVerdict({ ...base, url: url('turn:127.0.0.1:3478?transport=udp'), allocation: relay('127.0.0.1'), data: passed });
  assert.equal(v.overall, 'ok');
  assert.deepEqual(v.advice, []);
  assert.equal(v.relayAddress, '127.0.0.1');
});

test('a private relay address for peers elsewhere is a warning that advises external-ip', () => {
  const v = turnCheckVerdict({ ...base, peers: 'other-networks', url: url('turn:10.0.0.5'), allocation: relay('10.0.0.5'), data: passed });
  assert.equal(v.overall, 'warning');
  assert.deepEqual(v.advice.map((a) => a.key), ['advice.private-relay']);
});

test('a relay candidate whose data test failed is a failed row that advises about relaying', () => {
  const v = turnCheckVerdict({ ...base, url: url('turn:127.0.0.1'), allocation: relay('127.0.0.1'), data: failed });
  assert.equal(v.overall, 'failed');
  assert.equal(v.data, 'failed');
  assert.deepEqual(v.advice.map((a) => a.key), ['advice.data-failed']);
});

test('a 401 with static credentials advises checking user and realm', () => {
  const v = turnCheckVerdict({ ...base, url: url('turn:127.0.0.1'), allocation: errors(401), data: null });
  assert.equal(v.allocation, 'auth-failed');
  assert.equal(v.rest, null);
  assert.deepEqual(v.advice.map((a) => a.key), ['advice.auth-failed']);
});

test('a 401 with an expired REST username reads as expired', () => {
  const v = turnCheckVerdict({ ...base, credentials: { kind: 'rest', expiry: 999, derivedHere: true }, url: url('turn:127.0.0.1'), allocation: errors(401), data: null });
  assert.equal(v.rest, 'expired');
  assert.deepEqual(v.advice.map((a) => a.key), ['advice.rest-expired']);
});

test('a 401 with a fresh REST username derived here reads as wrong secret or clock skew', () => {
  const v = turnCheckVerdict({ ...base, credentials: { kind: 'rest', expiry: 5000, derivedHere: true }, url: url('turn:127.0.0.1'), allocation: errors(401), data: null });
  assert.equal(v.rest, 'wrong-secret-or-skew');
});

test('an unreachable tcp URL advises the tcp listener', () => {
  const v = turnCheckVerdict({ ...base, url: url('turn:127.0.0.1?transport=tcp'), allocation: errors(701), data: null });
  assert.deepEqual(v.advice.map((a) => a.key), ['advice.unreachable.tcp']);
  assert.equal(v.data, 'not-run');
  assert.equal(v.overall, 'failed');
});
