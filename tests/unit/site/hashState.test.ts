import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashFor, readHashState } from '../../../src/lib/browser/hashState.ts';

test('a fragment for the widget yields its parameters', () => {
  assert.equal(readHashState('inspector', '#inspector?c=abc&x=1')?.get('c'), 'abc');
});

test('a fragment for another widget or a section yields null', () => {
  assert.equal(readHashState('inspector', '#gatherer?c=abc'), null);
  assert.equal(readHashState('inspector', '#symmetric-nat'), null);
  assert.equal(readHashState('inspector', ''), null);
});

test('the bare widget id yields empty parameters', () => {
  assert.equal(readHashState('inspector', '#inspector')?.toString(), '');
});

test('hashFor and readHashState round-trip text with spaces and symbols', () => {
  const line = 'candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host generation 0';
  assert.equal(readHashState('inspector', hashFor('inspector', { c: line }))?.get('c'), line);
});
