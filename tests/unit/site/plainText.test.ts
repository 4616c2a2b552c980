import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs } from '../../../src/lib/site/plainText.ts';

test('blank lines separate paragraphs and single newlines fold into spaces', () => {
  assert.deepEqual(paragraphs('one\ntwo\n\nthree').map((p) => p.map((i) => i.text).join('')), ['one two', 'three']);
});

test('backticks mark inline code', () => {
  assert.deepEqual(paragraphs('Use `turn:` URLs.')[0], [
    { code: false, text: 'Use ' },
    { code: true, text: 'turn:' },
    { code: false, text: ' URLs.' },
  ]);
});

test('an unmatched backtick stays text', () => {
  assert.deepEqual(paragraphs('a ` b')[0], [{ code: false, text: 'a ` b' }]);
});
