import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ATTRIBUTES, ERROR_CODES, STUN_CLASSES, STUN_METHODS } from '../../../src/lib/stun/constants.ts';
import type { FieldExplanationId } from '../../../src/lib/stun/messages.ts';
import { explainField, fieldReferences, stunFieldText } from '../../../src/lib/stun/messages.ts';
import { stunErrorText } from '../../../src/lib/stun/errorText.ts';
import { translator } from '../../../src/i18n/dictionary.ts';

const explanationIds = Object.keys(fieldReferences) as FieldExplanationId[];

describe('codec sentences (stunErrorText)', () => {
  test('Japanese sentences are written in です・ます style and end with 。', () => {
    for (const text of Object.values(stunErrorText.texts.ja)) {
      assert.match(text, /。$/, text);
      assert.doesNotMatch(text, /である。|だ。/, text);
    }
  });
  test('t fills placeholders in the requested language', () => {
    assert.equal(
      translator('ja', stunErrorText)('stun-truncated-header', { available: 12 }),
      'STUN ヘッダーは 20 バイトですが、12 バイトしかありません。メッセージ全体を貼り付けてください。',
    );
    assert.equal(
      translator('en', stunErrorText)('stun-truncated-header', { available: 12 }),
      'A STUN header is 20 bytes but only 12 bytes were given; paste the whole message.',
    );
  });
  test('t leaves a placeholder without a value visible', () => {
    assert.match(translator('en', stunErrorText)('stun-truncated-header'), /\{available\}/);
  });
});

describe('field explanations', () => {
  test('every explanation has a title, what and why in both languages', () => {
    for (const id of explanationIds) {
      for (const lang of ['en', 'ja'] as const) {
        const { title, what, why, rfc } = explainField(lang, id);
        assert.ok(title && what && why, `${lang} ${id}`);
        assert.match(rfc, /^RFC \d{4} §\d+(\.\d+)*$/);
      }
    }
  });
  test('no explanation exists without an RFC reference', () => {
    const explained = Object.keys(stunFieldText.texts.en).flatMap((key) => /^field\.(.+)\.title$/.exec(key)?.[1] ?? []);
    assert.deepEqual(explained.sort(), [...explanationIds].sort());
  });
  test('every attribute in the registry is explained, with the same RFC section', () => {
    for (const attribute of ATTRIBUTES) {
      const id = `attr-${attribute.slug}` as FieldExplanationId;
      assert.equal(fieldReferences[id], attribute.rfc, attribute.name);
    }
  });
  test('every method, class and error code is explained', () => {
    for (const method of STUN_METHODS) assert.ok(fieldReferences[`method-${method.slug}` as FieldExplanationId]);
    for (const messageClass of STUN_CLASSES) assert.ok(fieldReferences[`class-${messageClass}` as FieldExplanationId]);
    for (const error of ERROR_CODES) {
      const id = `error-${error.code}` as FieldExplanationId;
      assert.equal(fieldReferences[id], error.rfc);
      assert.ok(explainField('en', id).title.startsWith(String(error.code)));
    }
  });
  test('XOR-MAPPED-ADDRESS explains the NATs and ALGs that rewrite addresses in payloads', () => {
    assert.match(explainField('en', 'attr-xor-mapped-address').why, /application-level gateways/);
    assert.match(explainField('ja', 'attr-xor-mapped-address').why, /ALG/);
  });
});
