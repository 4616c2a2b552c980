import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labNatModes } from '../../../src/lib/lab/labModes.ts';
import { labText } from '../../../src/lib/lab/messages.ts';
import { translator } from '../../../src/i18n/dictionary.ts';

test('every lab mode has a name and a description in both languages', () => {
  for (const mode of labNatModes) {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang, labText);
      assert.ok(t.has(`mode.${mode}`), `${lang} mode.${mode}`);
      assert.ok(t.has(`modeDescription.${mode}`), `${lang} modeDescription.${mode}`);
    }
  }
});

test('fills placeholders and leaves unknown ones as written', () => {
  assert.equal(translator('en', labText)('outcome.failed', { seconds: 15 }), 'No connection within 15 s.');
  assert.equal(translator('ja', labText)('outcome.failed'), '{seconds} 秒以内に接続できませんでした。');
});
