import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDataTestMessage, encodeDataTestMessage, MAX_TEST_BYTES, megabytesPerSecond, summarizeRtt } from '../../../src/lib/twomachine/dataTest.ts';
import { codeErrorText } from '../../../src/lib/twomachine/messages.ts';
import { decodeConnectionCode } from '../../../src/lib/twomachine/connectionCode.ts';

test('control messages round-trip', () => {
  for (const m of [{ k: 'ping', id: 1, t: 12.5 }, { k: 'pong', id: 1, t: 12.5 }, { k: 'upload', bytes: 16_000_000 }, { k: 'request', bytes: 1 }, { k: 'received', bytes: 5, ms: 3 }] as const) {
    const r = decodeDataTestMessage(encodeDataTestMessage(m));
    assert.deepEqual(r.ok ? r.value : r.error, m);
  }
});

test('hostile or broken control messages are refused with a code, never thrown', () => {
  const cases: [string, string][] = [
    ['not json', 'not-json'], ['42', 'not-json'], ['{"k":"rm -rf"}', 'unknown-kind'],
    [`{"k":"request","bytes":${MAX_TEST_BYTES + 1}}`, 'bad-field'], ['{"k":"ping","id":-1,"t":0}', 'bad-field'], ['{"k":"received","bytes":1}', 'bad-field'],
  ];
  for (const [text, code] of cases) {
    const r = decodeDataTestMessage(text);
    assert.equal(r.ok ? null : r.error.code, code, text);
  }
});

test('throughput is MB (10^6 bytes) per second, and undefined without time', () => {
  assert.equal(megabytesPerSecond(16_000_000, 800), 20);
  assert.equal(megabytesPerSecond(16_000_000, 3000), 5.3);
  assert.equal(megabytesPerSecond(1, 0), null);
});

test('a ping series is summarised as min, median and max', () => {
  assert.deepEqual(summarizeRtt([3, 1, 2, 10]), { count: 4, minMs: 1, medianMs: 2.5, maxMs: 10 });
  assert.equal(summarizeRtt([]), null);
});

test('every code error has a message in both languages naming what to do', () => {
  for (const text of ['', 'garbage', 'ifg2o.AAAA', 'ifg1a.AAAA', 'ifg1o.AAAAA', 'x'.repeat(9000)]) {
    const r = decodeConnectionCode(text, 'offer');
    assert.ok(!r.ok);
    for (const lang of ['en', 'ja'] as const) {
      const message = codeErrorText(lang, r.error, 'offer');
      assert.ok(message.length > 20 && !message.includes('{'), `${lang} ${r.error.code}: ${message}`);
    }
  }
  assert.match(codeErrorText('en', { code: 'stale', message: '', staleReason: 'expired', ageMinutes: 45 }, 'answer'), /45 minutes ago/);
  assert.match(codeErrorText('ja', { code: 'too-long', message: '', length: 9000 }, 'offer'), /9000/);
});
