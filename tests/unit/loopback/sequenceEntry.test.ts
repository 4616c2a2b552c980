import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWorthShowing, sequenceEntry, summarizeSdp } from '../../../src/lib/loopback/sequenceEntry.ts';
import { signalingMessage } from '../../../src/lib/loopback/signalingMessage.ts';
import { chromeAnswer, chromeCandidates, chromeOffer } from './chromeStats.ts';

test('a Chrome data-channel offer is summarised: ufrag, actpass, sha-256, one application section, no candidates', () => {
  assert.deepEqual(summarizeSdp(chromeOffer), { ufrag: 'ZAjy', setup: 'actpass', fingerprintHash: 'sha-256', media: ['application'], candidates: 0 });
});

test('the answer picks a DTLS role', () => {
  assert.match(summarizeSdp(chromeAnswer).setup ?? '', /^(active|passive)$/);
});

test('an SDP without the attributes gives nulls, not errors', () => {
  assert.deepEqual(summarizeSdp('v=0\r\n'), { ufrag: null, setup: null, fingerprintHash: null, media: [], candidates: 0 });
});

test('a candidate entry names its type, protocol and address, and keeps the line for the inspector', () => {
  const c = chromeCandidates[0]!;
  const message = signalingMessage('room2345', 'aaaa2222', { type: 'candidate', to: 'bbbb3333', ...c });
  const entry = sequenceEntry(message, 'sent', 'aaaa2222', 4, 12.5);
  assert.deepEqual(entry.summary, { type: 'candidate', candidateType: 'host', protocol: 'udp', address: '192.0.2.2', port: 44829 });
  assert.equal(entry.detail, c.candidate);
  assert.deepEqual([entry.n, entry.at, entry.direction], [4, 12.5, 'sent']);
});

test('a received hello says whether it names this tab or another', () => {
  const hello = (peer: string | null) => signalingMessage('room2345', 'bbbb3333', { type: 'hello', peer });
  const names = (peer: string | null) => {
    const s = sequenceEntry(hello(peer), 'received', 'aaaa2222', 1, 0).summary;
    return s.type === 'hello' ? s.names : null;
  };
  assert.equal(names(null), 'nobody');
  assert.equal(names('aaaa2222'), 'receiver');
  assert.equal(names('cccc4444'), 'another-tab');
});

test('heartbeat hellos are left out of the diagram; first hellos and changes are shown', () => {
  const hello = signalingMessage('room2345', 'bbbb3333', { type: 'hello', peer: 'aaaa2222' });
  assert.equal(isWorthShowing(hello, undefined), true);
  assert.equal(isWorthShowing(hello, null), true);
  assert.equal(isWorthShowing(hello, 'aaaa2222'), false);
  assert.equal(isWorthShowing(signalingMessage('room2345', 'bbbb3333', { type: 'bye', reason: 'closed' }), 'aaaa2222'), true);
});
