import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minimalSaslPrep } from '../../../src/lib/stun/saslPrep.ts';

describe('minimalSaslPrep', () => {
  test('turns the RFC 5769 §2.4 password into TheMatrIX', () => {
    assert.equal(minimalSaslPrep('The\u00ADM\u00AAtr\u2168'), 'TheMatrIX');
  });
  test('removes soft hyphens and zero-width characters', () => {
    assert.equal(minimalSaslPrep('pa\u00ADss\u200Bwo\uFEFFrd'), 'password');
  });
  test('maps non-ASCII spaces to U+0020', () => {
    assert.equal(minimalSaslPrep('a\u00A0b\u3000c'), 'a b c');
  });
  test('leaves an ASCII ICE password as it is', () => {
    assert.equal(minimalSaslPrep('VOkJxbRl1RmTxUk/WvJxBt'), 'VOkJxbRl1RmTxUk/WvJxBt');
  });
  test('applies NFKC, folding full-width letters', () => {
    assert.equal(minimalSaslPrep('\uFF21\uFF22'), 'AB');
  });
});
