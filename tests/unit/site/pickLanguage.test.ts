import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLanguage } from '../../../src/lib/site/pickLanguage.ts';

test('the first preference the site has wins', () => {
  assert.equal(pickLanguage(['fr-FR', 'ja-JP', 'en'], ['en', 'ja']), 'ja');
});

test('a regional tag matches its primary language', () => {
  assert.equal(pickLanguage(['en-GB'], ['en', 'ja']), 'en');
});

test('matching ignores case', () => {
  assert.equal(pickLanguage(['JA'], ['en', 'ja']), 'ja');
});

test('with no match the default language is used', () => {
  assert.equal(pickLanguage(['de', 'fr'], ['en', 'ja']), 'en');
  assert.equal(pickLanguage([], ['en', 'ja']), 'en');
});
