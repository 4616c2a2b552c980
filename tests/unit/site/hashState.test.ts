import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFragmentPart, hashFor, parseFragment, readHashState, readHashStateDetailed } from '../../../src/lib/browser/hashState.ts';

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

test('malformed percent-encoding in a value is left out and listed, and the rest is read', () => {
  const state = readHashStateDetailed('gatherer', '#gatherer?server=stun:a%ZZ&policy=relay');
  assert.deepEqual(state?.undecodable, ['server=stun:a%ZZ']);
  assert.equal(state?.params.get('policy'), 'relay');
  assert.equal(state?.params.has('server'), false);
});

test('a cut-off UTF-8 sequence or a lone percent sign never throws', () => {
  assert.doesNotThrow(() => parseFragment('#%E0%A4%A'));
  assert.deepEqual(parseFragment('#%E0%A4%A').undecodable, ['%E0%A4%A']);
  assert.deepEqual(readHashStateDetailed('inspector', '#inspector?c=%%%')?.undecodable, ['c=%%%']);
  assert.equal(readHashState('inspector', '#inspector?c=%%%')?.has('c'), false);
});

test('plus signs in the query read as spaces and encoded plus signs as plus', () => {
  assert.equal(readHashState('inspector', '#inspector?c=a+b%2Bc')?.get('c'), 'a b+c');
});

test('decodeFragmentPart returns the raw text when it cannot decode it', () => {
  assert.deepEqual(decodeFragmentPart('a%ZZ'), { ok: false, value: 'a%ZZ' });
  assert.deepEqual(decodeFragmentPart('%E3%81%82'), { ok: true, value: 'あ' });
});

test('an encoded widget id still names the widget', () => {
  assert.equal(readHashState('inspector', '#%69nspector?c=x')?.get('c'), 'x');
});
