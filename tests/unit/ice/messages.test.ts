import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MessageKey } from '../../../src/lib/ice/messages.ts';
import { candidateTypeReferences, fieldReferences, formatMessage, messages } from '../../../src/lib/ice/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(messages.en) as MessageKey[];

describe('messages', () => {
  test('English and Japanese have the same keys', () => {
    assert.deepEqual(Object.keys(messages.ja).sort(), [...keys].sort());
  });

  test('each Japanese message uses the same placeholders as its English one', () => {
    for (const key of keys) {
      assert.deepEqual(placeholders(messages.ja[key]), placeholders(messages.en[key]), key);
    }
  });

  test('each Japanese message contains Japanese text', () => {
    for (const key of keys) {
      assert.match(messages.ja[key], /[ぁ-んァ-ヶ一-龯]/, key);
    }
  });

  test('formatMessage fills placeholders and leaves unknown ones visible', () => {
    assert.equal(
      formatMessage('en', 'reading.srflx-equals-host', { address: '198.51.100.20' }).slice(0, 54),
      'The server-reflexive address 198.51.100.20 equals one ',
    );
    assert.match(formatMessage('en', 'serverVerdict.pending'), /^\{url\}: no answer yet/);
  });

  test('every explained field and candidate kind has both texts and a reference', () => {
    for (const field of Object.keys(fieldReferences)) {
      assert.ok(`field.${field}` in messages.en, field);
    }
    for (const kind of Object.keys(candidateTypeReferences)) {
      assert.ok(`candidateType.${kind}` in messages.en, kind);
    }
    assert.equal(candidateTypeReferences.srflx.glossary, 'server-reflexive-candidate');
    assert.equal(fieldReferences.relatedAddress.rfc, 'RFC 8839 §5.1');
  });
});
