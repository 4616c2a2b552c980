import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translator } from '../../../src/i18n/dictionary.ts';
import { candidateTypeReferences, fieldReferences, iceText } from '../../../src/lib/ice/messages.ts';

describe('messages', () => {
  test('each Japanese message contains Japanese text', () => {
    for (const [key, text] of Object.entries(iceText.texts.ja)) {
      assert.match(text, /[ぁ-んァ-ヶ一-龯]/, key);
    }
  });

  test('the lookup fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en', iceText);
    assert.equal(
      t('reading.srflx-equals-host', { address: '198.51.100.20' }).slice(0, 54),
      'The server-reflexive address 198.51.100.20 equals one ',
    );
    assert.match(t('serverVerdict.pending'), /^\{url\}: no answer yet/);
  });

  test('every explained field and candidate kind has both texts and a reference', () => {
    const t = translator('en', iceText);
    for (const field of Object.keys(fieldReferences)) {
      assert.ok(t.has(`field.${field}`), field);
    }
    for (const kind of Object.keys(candidateTypeReferences)) {
      assert.ok(t.has(`candidateType.${kind}`), kind);
    }
    assert.equal(candidateTypeReferences.srflx.glossary, 'server-reflexive-candidate');
    assert.equal(fieldReferences.relatedAddress.rfc, 'RFC 8839 §5.1');
  });
});
