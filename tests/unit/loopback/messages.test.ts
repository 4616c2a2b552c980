import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../../src/i18n/dictionary.ts';
import { loopbackText } from '../../../src/lib/loopback/messages.ts';

test('Japanese texts are written in the polite style and end like sentences', () => {
  for (const [key, text] of Object.entries(loopbackText.texts.ja)) {
    if (key.startsWith('expected.')) continue;
    assert.match(text, /[。）]$/, key);
    assert.doesNotMatch(text, /である。|だ。/, key);
  }
});

test('the lookup fills placeholders and leaves unknown ones visible', () => {
  const t = translator('en', loopbackText);
  assert.equal(t('chatError.too-long', { length: 3 }), 'The message is 3 characters long; keep it to {max}.');
});
