import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signalingErrorText, signalingMessage, validateSignalingMessage } from '../../../src/lib/loopback/signalingMessage.ts';
import { chromeCandidates, chromeOffer } from './chromeStats.ts';

const envelope = { v: 1, room: 'room2345', from: 'aaaa2222' };
const to = 'bbbb3333';

function errorOf(data: unknown) {
  const result = validateSignalingMessage(data);
  assert.equal(result.ok, false, 'expected the message to be refused');
  return result.ok ? null : result.error;
}

test('a hello naming nobody or a tab is accepted', () => {
  assert.equal(validateSignalingMessage({ ...envelope, type: 'hello', peer: null }).ok, true);
  assert.equal(validateSignalingMessage({ ...envelope, type: 'hello', peer: to }).ok, true);
});

test('a real Chrome offer is accepted as it is', () => {
  const result = validateSignalingMessage({ ...envelope, type: 'offer', to, sdp: chromeOffer });
  assert.equal(result.ok && result.value.type === 'offer' && result.value.sdp, chromeOffer);
});

test('real Chrome candidates, host and relay, are accepted with their mid and ufrag', () => {
  for (const c of chromeCandidates) {
    const result = validateSignalingMessage({ ...envelope, type: 'candidate', to, ...c });
    assert.equal(result.ok, true, c.candidate);
    assert.equal(result.ok && result.value.type === 'candidate' && result.value.usernameFragment, c.usernameFragment);
  }
});

test('end-of-candidates and bye are accepted', () => {
  assert.equal(validateSignalingMessage({ ...envelope, type: 'end-of-candidates', to, usernameFragment: 'ZAjy' }).ok, true);
  assert.equal(validateSignalingMessage({ ...envelope, type: 'bye', reason: 'closed' }).ok, true);
});

test('signalingMessage wraps a body in the version, room and sender', () => {
  assert.deepEqual(signalingMessage('room2345', 'aaaa2222', { type: 'bye', reason: 'reconnecting' }), {
    v: 1, room: 'room2345', from: 'aaaa2222', type: 'bye', reason: 'reconnecting',
  });
});

test('each refusal has its own code, naming the field', () => {
  const cases: [unknown, string, string | null][] = [
    ['hello', 'not-an-object', null],
    [[1, 2], 'not-an-object', null],
    [{ ...envelope }, 'missing-field', 'type'],
    [{ ...envelope, type: 'shout' }, 'unknown-type', 'type'],
    [{ ...envelope, v: 2, type: 'hello', peer: null }, 'wrong-version', 'v'],
    [{ ...envelope, room: 'Room!', type: 'hello', peer: null }, 'bad-room-id', 'room'],
    [{ ...envelope, from: undefined, type: 'hello', peer: null }, 'missing-field', 'from'],
    [{ ...envelope, from: 'x', type: 'hello', peer: null }, 'bad-tab-id', 'from'],
    [{ ...envelope, type: 'hello' }, 'missing-field', 'peer'],
    [{ ...envelope, type: 'hello', peer: 42 }, 'bad-tab-id', 'peer'],
    [{ ...envelope, type: 'offer', sdp: chromeOffer }, 'missing-field', 'to'],
    [{ ...envelope, type: 'offer', to: envelope.from, sdp: chromeOffer }, 'addressed-to-sender', 'to'],
    [{ ...envelope, type: 'offer', to }, 'missing-field', 'sdp'],
    [{ ...envelope, type: 'answer', to, sdp: 7 }, 'wrong-field-type', 'sdp'],
    [{ ...envelope, type: 'answer', to, sdp: 'hello there' }, 'not-sdp', 'sdp'],
    [{ ...envelope, type: 'answer', to, sdp: `v=0\r\n${'a=x\r\n'.repeat(20000)}` }, 'sdp-too-long', 'sdp'],
    [{ ...envelope, type: 'candidate', to, candidate: 'candidate:1 1 udp 1 192.0.2.1 99999 typ host' }, 'bad-candidate', 'candidate'],
    [{ ...envelope, type: 'candidate', to, candidate: 'candidate:1 1 udp 1 192.0.2.1 9 typ host', sdpMLineIndex: -1 }, 'wrong-field-type', 'sdpMLineIndex'],
    [{ ...envelope, type: 'candidate', to, candidate: 'candidate:1 1 udp 1 192.0.2.1 9 typ host', sdpMid: 0 }, 'wrong-field-type', 'sdpMid'],
    [{ ...envelope, type: 'end-of-candidates', to, usernameFragment: 5 }, 'wrong-field-type', 'usernameFragment'],
    [{ ...envelope, type: 'bye', reason: 'tired' }, 'bad-bye-reason', 'reason'],
  ];
  for (const [data, code, field] of cases) {
    const error = errorOf(data);
    assert.equal(error?.code, code, JSON.stringify(data).slice(0, 80));
    assert.equal(error?.field, field, code);
  }
});

test('a refused candidate carries the candidate parser’s reason', () => {
  const error = errorOf({ ...envelope, type: 'candidate', to, candidate: 'candidate:1 1 udp 1 192.0.2.1 99999 typ host' });
  assert.equal(error?.cause, 'port-out-of-range');
  assert.match(error?.message ?? '', /port-out-of-range/);
});

test('long values are shortened in the error', () => {
  const error = errorOf({ ...envelope, type: 'offer', to, sdp: `x${'y'.repeat(500)}` });
  assert.ok((error?.value?.length ?? 0) < 50);
});

test('refusals read as one sentence in English and in Japanese', () => {
  const error = errorOf({ ...envelope, type: 'answer', to, sdp: 7 })!;
  assert.equal(error.message, 'The “sdp” field is 7, but it must be a string.');
  assert.equal(signalingErrorText('ja', error), '「sdp」フィールドの値が 7 ですが、文字列でなければなりません。');
});
