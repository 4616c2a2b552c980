import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explorerText } from '../../../src/lib/stun/explorerMessages.ts';
import { translator } from '../../../src/i18n/dictionary.ts';

const { en, ja } = explorerText.texts;

describe('explorerText', () => {
  test('each Japanese sentence is written in Japanese', () => {
    for (const code of Object.keys(en).filter((c) => c.startsWith('endpoint-'))) {
      assert.match(ja[code as keyof typeof ja], /[ぁ-んァ-ヶ一-龯]/, code);
      assert.match(ja[code as keyof typeof ja], /。$/, `${code} ends a sentence`);
    }
  });

  test('t fills placeholders and leaves unknown ones visible', () => {
    assert.equal(translator('en', explorerText)('value-bytes', { n: 20 }), '20 bytes');
    assert.equal(translator('ja', explorerText)('value-seconds', { n: 600 }), '600 秒');
    assert.equal(translator('en', explorerText)('value-bytes'), '{n} bytes');
  });
});
