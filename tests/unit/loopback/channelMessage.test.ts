import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  channelErrorText, chatErrorText, decodeChannelMessage, encodeChannelMessage, MAX_CHAT_LENGTH, pongFor, roundTripMs, validateChatText,
} from '../../../src/lib/loopback/channelMessage.ts';

test('chat, ping and pong survive encoding and decoding', () => {
  for (const message of [
    { kind: 'chat', text: 'こんにちは 👋' },
    { kind: 'ping', id: 3, sentAt: 1234.5 },
    { kind: 'pong', id: 3, sentAt: 1234.5 },
  ] as const) {
    assert.deepEqual(decodeChannelMessage(encodeChannelMessage(message)), { ok: true, value: message });
  }
});

test('binary data, non-JSON and unknown kinds are refused with their own codes', () => {
  const code = (data: unknown) => {
    const r = decodeChannelMessage(data);
    return r.ok ? null : r.error.code;
  };
  assert.equal(code(new ArrayBuffer(4)), 'not-text');
  assert.equal(code('not json'), 'not-json');
  assert.equal(code('[1]'), 'not-json');
  assert.equal(code('{"kind":"shout"}'), 'unknown-kind');
  assert.equal(code('{"kind":"ping","id":-1,"sentAt":1}'), 'bad-field');
  assert.equal(code('{"kind":"pong","id":1,"sentAt":"soon"}'), 'bad-field');
  assert.equal(code(JSON.stringify({ kind: 'chat', text: 'x'.repeat(MAX_CHAT_LENGTH + 1) })), 'bad-field');
});

test('a pong returns the ping’s id and time, and the round trip is measured on the pinging clock', () => {
  const pong = pongFor({ kind: 'ping', id: 9, sentAt: 100 });
  assert.deepEqual(pong, { kind: 'pong', id: 9, sentAt: 100 });
  assert.equal(pong.kind === 'pong' && roundTripMs(pong, 100.75), 0.75);
  assert.equal(pong.kind === 'pong' && roundTripMs(pong, 99), 0);
});

test('a chat line is trimmed; an empty or overlong line is refused', () => {
  assert.deepEqual(validateChatText('  hi  '), { ok: true, value: 'hi' });
  const empty = validateChatText('   ');
  assert.equal(empty.ok ? null : empty.error.code, 'empty');
  const long = validateChatText('x'.repeat(MAX_CHAT_LENGTH + 5));
  assert.equal(long.ok ? null : long.error.length, MAX_CHAT_LENGTH + 5);
});

test('chat and channel errors read in both languages', () => {
  const long = validateChatText('x'.repeat(2001));
  assert.ok(!long.ok);
  if (!long.ok) {
    assert.equal(chatErrorText('en', long.error), 'The message is 2001 characters long; keep it to 2000.');
    assert.equal(chatErrorText('ja', long.error), 'メッセージが 2001 文字あります。2000 文字以内にしてください。');
  }
  const bad = decodeChannelMessage('{"kind":"shout"}');
  assert.ok(!bad.ok);
  if (!bad.ok) assert.match(channelErrorText('ja', bad.error), /"shout"|shout/);
});
