import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttemptReport, CandidateInfo } from '../../../src/lib/lab/recordings.ts';
import { compareWithSimulator, realOutcome } from '../../../scripts/lab/simulatorComparison.ts';

const c = (type: CandidateInfo['type'], address: string, port: number): CandidateInfo => ({ type, address, port, protocol: 'udp' });

/** Chromium's lines for a host with no NAT in front: the srflx candidate repeats the host address. */
const noNatLines = ['candidate:1 1 udp 2122260223 10.2.0.2 5000 typ host generation 0', 'candidate:2 1 udp 1686052607 10.2.0.2 5000 typ srflx raddr 10.2.0.2 rport 5000 generation 0'];
const natLines = ['candidate:3 1 udp 2122260223 10.1.0.2 6000 typ host generation 0', 'candidate:4 1 udp 1686052607 203.0.113.10 6000 typ srflx raddr 10.1.0.2 rport 6000 generation 0'];

function report(a: [CandidateInfo, CandidateInfo] | null, b: [CandidateInfo, CandidateInfo] | null): AttemptReport {
  const side = (pair: [CandidateInfo, CandidateInfo] | null, candidates: string[]) => ({
    candidates,
    candidateErrors: [],
    selected: pair ? { local: pair[0], remote: pair[1] } : null,
    iceConnectionState: pair ? 'connected' : 'checking',
  });
  return { connected: a !== null, timeToRoundTripMs: a ? 50 : null, roundTripMs: a ? 1 : null, a: side(a, natLines), b: side(b, noNatLines) };
}

test('a srflx candidate with the same address as a host candidate counts as host (RFC 8445 §5.1.3)', () => {
  const r = report([c('srflx', '203.0.113.10', 6000), c('srflx', '10.2.0.2', 5000)], [c('srflx', '10.2.0.2', 5000), c('srflx', '203.0.113.10', 6000)]);
  assert.deepEqual(realOutcome(r), { via: 'direct', a: 'srflx→host', b: 'host→srflx' });
});

test('a translated srflx candidate stays srflx', () => {
  const r = report([c('srflx', '203.0.113.10', 6000), c('host', '10.2.0.2', 5000)], [c('host', '10.2.0.2', 5000), c('srflx', '203.0.113.10', 6000)]);
  assert.equal(realOutcome(r).a, 'srflx→host');
});

test('a relay at any end of either pair makes the path a relay path', () => {
  const r = report([c('prflx', '203.0.113.10', 7000), c('relay', '203.0.113.2', 49152)], [c('relay', '203.0.113.2', 49152), c('prflx', '', 7000)]);
  assert.equal(realOutcome(r).via, 'turn');
});

test('agrees with a simulator outcome of the same shape', () => {
  const r = report([c('srflx', '203.0.113.10', 6000), c('host', '10.2.0.2', 5000)], [c('host', '10.2.0.2', 5000), c('srflx', '203.0.113.10', 6000)]);
  const cmp = compareWithSimulator(r, { via: 'direct', pair: { a: { local: 'srflx', remote: 'host' }, b: { local: 'host', remote: 'srflx' } } });
  assert.deepEqual([cmp.matches, cmp.differences], [true, []]);
});

test('names each differing field', () => {
  const r = report([c('srflx', '203.0.113.10', 6000), c('prflx', '', 5000)], [c('prflx', '10.2.0.2', 5000), c('srflx', '203.0.113.10', 6000)]);
  const cmp = compareWithSimulator(r, { via: 'direct', pair: { a: { local: 'srflx', remote: 'host' }, b: { local: 'host', remote: 'srflx' } } });
  assert.deepEqual(cmp.differences, ['side a pair: real srflx→prflx, simulator srflx→host', 'side b pair: real prflx→srflx, simulator host→srflx']);
});

test('a failed attempt against a simulated connection differs only in the path', () => {
  const cmp = compareWithSimulator(report(null, null), { via: 'direct', pair: { a: { local: 'srflx', remote: 'srflx' }, b: { local: 'srflx', remote: 'srflx' } } });
  assert.deepEqual(cmp.differences, ['path: real none, simulator direct']);
});
