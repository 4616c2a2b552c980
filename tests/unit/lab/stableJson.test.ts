import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stableStringify } from '../../../scripts/lab/stableJson.ts';

test('sorts keys at every depth and keeps array order', () => {
  assert.equal(stableStringify({ b: 1, a: [{ d: 1, c: 2 }, 3] }), '{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    },\n    3\n  ],\n  "b": 1\n}\n');
});

test('gives the same text for objects built in different key orders', () => {
  assert.equal(stableStringify({ x: 1, y: { p: 1, q: 2 } }), stableStringify({ y: { q: 2, p: 1 }, x: 1 }));
});

test('leaves out undefined fields and ends with a newline', () => {
  const text = stableStringify({ a: undefined, b: null });
  assert.equal(text, '{\n  "b": null\n}\n');
});
