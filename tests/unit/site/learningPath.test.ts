import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingTranslations, neighbours, sortPath } from '../../../src/lib/site/learningPath.ts';

const items = [
  { slug: 'c', order: 30 },
  { slug: 'a', order: 10 },
  { slug: 'b', order: 20 },
];

test('sortPath orders by position in the path', () => {
  assert.deepEqual(sortPath(items).map((i) => i.slug), ['a', 'b', 'c']);
});

test('sortPath breaks ties by slug so both languages agree', () => {
  assert.deepEqual(sortPath([{ slug: 'y', order: 1 }, { slug: 'x', order: 1 }]).map((i) => i.slug), ['x', 'y']);
});

test('neighbours gives previous and next in path order', () => {
  const n = neighbours(items, 'b');
  assert.equal(n.prev?.slug, 'a');
  assert.equal(n.next?.slug, 'c');
  assert.equal(n.position, 2);
  assert.equal(n.total, 3);
});

test('neighbours has no previous at the start and no next at the end', () => {
  assert.equal(neighbours(items, 'a').prev, undefined);
  assert.equal(neighbours(items, 'c').next, undefined);
});

test('neighbours reports position 0 for an unknown slug', () => {
  const n = neighbours(items, 'zzz');
  assert.equal(n.position, 0);
  assert.equal(n.next, undefined);
});

test('missingTranslations lists a slug that one language lacks', () => {
  assert.deepEqual(missingTranslations({ en: ['a', 'b'], ja: ['a'] }), [{ lang: 'ja', slug: 'b' }]);
});

test('missingTranslations is empty when every language has every slug', () => {
  assert.deepEqual(missingTranslations({ en: ['a', 'b'], ja: ['b', 'a'] }), []);
});
