import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineDictionary, isDictionary, translator, type Translation } from '../../../src/i18n/dictionary.ts';
import { fillTemplate, placeholdersOf } from '../../../src/lib/fillTemplate.ts';

const en = { 'run.found': '{n} candidates from {server}', 'term.check': 'connectivity check', 'event.sent': 'A sends a {kind|term}.' } as const;
const ja: Translation<typeof en> = { 'run.found': '{server} から候補 {n} 件', 'term.check': '接続性チェック', 'event.sent': 'A が{kind|term}を送ります。' };
const first = defineDictionary({ en, ja });
const second = defineDictionary({ en: { 'copy.done': 'Copied' }, ja: { 'copy.done': 'コピーしました' } });
const spaced = defineDictionary({ en: { 'sent': 'A sends {what}.' }, ja: { 'sent': 'A が{what}を送ります。' } }, { spaceJapanese: true });

test('t fills placeholders in the language it was made for', () => {
  assert.equal(translator('en', first)('run.found', { n: 3, server: 'stun:a' }), '3 candidates from stun:a');
  assert.equal(translator('ja', first)('run.found', { n: 3, server: 'stun:a' }), 'stun:a から候補 3 件');
});

test('one t reads several dictionaries', () => {
  const t = translator('ja', first, second);
  assert.equal(t('copy.done'), 'コピーしました');
  assert.equal(t('term.check'), '接続性チェック');
});

test('{name|ns} inserts the text keyed ns.<value> in the same language', () => {
  assert.equal(translator('en', first)('event.sent', { kind: 'check' }), 'A sends a connectivity check.');
  assert.equal(translator('ja', first)('event.sent', { kind: 'check' }), 'A が接続性チェックを送ります。');
});

test('{name|ns} with no such text inserts the value itself', () => {
  assert.equal(translator('en', first)('event.sent', { kind: 'probe' }), 'A sends a probe.');
});

test('a missing parameter stays visible and an unknown key comes back as itself', () => {
  const t = translator('en', first);
  assert.equal(t('run.found', { n: 1 }), '1 candidates from {server}');
  assert.equal((t as (key: string) => string)('no.such.key'), 'no.such.key');
});

test('has tells keys of the dictionaries from other strings, and t knows its language', () => {
  const t = translator('ja', first);
  assert.equal(t.has('term.check'), true);
  assert.equal(t.has('toString'), false);
  assert.equal(t.lang, 'ja');
});

test('spaceJapanese puts a space between kana and Latin text after filling', () => {
  assert.equal(translator('ja', spaced)('sent', { what: 'STUN' }), 'A が STUN を送ります。');
  assert.equal(translator('en', spaced)('sent', { what: 'STUN' }), 'A sends STUN.');
});

test('a dictionary whose other language a per-language build left out falls back to the one that is there', () => {
  const enOnly = { ...first, texts: { en: first.texts.en } } as unknown as typeof first;
  assert.equal(translator('ja', enOnly)('term.check'), 'connectivity check');
});

test('isDictionary tells dictionaries from look-alike objects', () => {
  assert.equal(isDictionary(first), true);
  assert.equal(isDictionary({ texts: { en, ja }, options: {} }), false);
});

test('fillTemplate without a resolver inserts the value for {name|ns}', () => {
  assert.equal(fillTemplate('a {kind|term}', { kind: 'check' }), 'a check');
});

test('placeholdersOf lists each placeholder once, sorted, with its namespace', () => {
  assert.deepEqual(placeholdersOf('{b} and {a|term} and {b}'), ['a|term', 'b']);
  assert.deepEqual(placeholdersOf('no placeholders, {not one} either'), []);
});
