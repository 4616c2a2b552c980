import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, messages } from '../../../src/lib/loopback/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();

test('English and Japanese have the same keys', () => {
  assert.deepEqual(Object.keys(messages.ja).sort(), Object.keys(messages.en).sort());
});

test('each Japanese text uses the same placeholders as the English one', () => {
  for (const [key, text] of Object.entries(messages.en)) {
    assert.deepEqual(placeholders(messages.ja[key as keyof typeof messages.ja]), placeholders(text), key);
  }
});

test('Japanese texts are written in the polite style and end like sentences', () => {
  for (const [key, text] of Object.entries(messages.ja)) {
    if (key.startsWith('expected.')) continue;
    assert.match(text, /[。）]$/, key);
    assert.doesNotMatch(text, /である。|だ。/, key);
  }
});

test('formatMessage fills placeholders and leaves unknown ones visible', () => {
  assert.equal(formatMessage('en', 'chatError.too-long', { length: 3 }), 'The message is 3 characters long; keep it to {max}.');
});
