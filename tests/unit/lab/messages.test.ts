import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labNatModes } from '../../../src/lib/lab/labModes.ts';
import { formatMessage, messages, type MessageKey } from '../../../src/lib/lab/messages.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

test('Japanese has every English key and the same placeholders', () => {
  for (const key of Object.keys(messages.en) as MessageKey[]) {
    assert.ok(messages.ja[key], key);
    assert.deepEqual(placeholders(messages.ja[key]), placeholders(messages.en[key]), key);
  }
});

test('every lab mode has a name and a description in both languages', () => {
  for (const mode of labNatModes) {
    for (const lang of ['en', 'ja'] as const) {
      assert.ok(messages[lang][`mode.${mode}`], `${lang} mode.${mode}`);
      assert.ok(messages[lang][`modeDescription.${mode}`], `${lang} modeDescription.${mode}`);
    }
  }
});

test('fills placeholders and leaves unknown ones as written', () => {
  assert.equal(formatMessage('en', 'outcome.failed', { seconds: 15 }), 'No connection within 15 s.');
  assert.equal(formatMessage('ja', 'outcome.failed'), '{seconds} 秒以内に接続できませんでした。');
});
