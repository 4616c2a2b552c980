import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectJapaneseStrings, isJapanese, japaneseLiterals } from '../../../src/lib/site/japaneseStrings.ts';

test('hiragana, katakana and kanji count as Japanese; ASCII and full-width punctuation alone do not', () => {
  assert.equal(isJapanese('ブラウザー'), true);
  assert.equal(isJapanese('候補'), true);
  assert.equal(isJapanese('です'), true);
  assert.equal(isJapanese('RFC 8445 §5.1.2'), false);
  assert.equal(isJapanese('（）'), false);
});

test('a flat { en, ja } dictionary yields the ja strings with their keys', () => {
  const dict = { en: { 'a.b': 'Browser' }, ja: { 'a.b': 'ブラウザー' } };
  assert.deepEqual(collectJapaneseStrings(dict), [{ path: 'ja.a.b', text: 'ブラウザー' }]);
});

test('per-entry pairs inside arrays and nested tables are found', () => {
  const samples = [{ title: { en: 'Request', ja: 'リクエスト' }, steps: [{ en: 'x', ja: '接続性チェック' }] }];
  assert.deepEqual(collectJapaneseStrings({ samples }).map((s) => s.path), ['samples.0.title.ja', 'samples.0.steps.0.ja']);
});

test('a dictionary object returned by a factory (any shape) is walked, and cycles end', () => {
  const made: Record<string, unknown> = { strings: { ja: { ok: '完了' } } };
  made['self'] = made;
  assert.deepEqual(collectJapaneseStrings(made), [{ path: 'strings.ja.ok', text: '完了' }]);
});

test('Map values are walked', () => {
  assert.deepEqual(collectJapaneseStrings(new Map([['k', '値']]), 'm'), [{ path: 'm.k', text: '値' }]);
});

test('Japanese string literals are read from source text with their line', () => {
  const source = "const en = 'Browser';\nconst ja = 'ブラウザ';\nconst t = `候補 ${n} 件`;\n";
  assert.deepEqual(japaneseLiterals(source), [
    { path: 'line 2', text: 'ブラウザ' },
    { path: 'line 3', text: '候補 ${n} 件' },
  ]);
});
