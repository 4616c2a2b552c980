import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxProse } from '../../../src/lib/site/mdxProse.ts';

test('frontmatter, imports and JSX tags become blank, keeping line numbers', () => {
  const src = "---\ntitle: x\n---\nimport A from 'a';\n\n<Aside type=\"note\">\n本文です。\n</Aside>";
  const out = mdxProse(src).split('\n');
  assert.equal(out.length, 8);
  assert.equal(out[6], '本文です。');
  assert.equal(out.slice(0, 6).join('').trim(), '');
});

test('heading ids and expressions are removed, inline tag text is kept', () => {
  assert.equal(mdxProse('## 対称型 NAT {#symmetric-nat}'), '## 対称型 NAT');
  assert.equal(mdxProse('<Term id="nat">NAT</Term> は {1 + 1} です'), 'NAT は  です');
});

test('fenced code is left untouched', () => {
  assert.equal(mdxProse('```js\nimport x from "y";\n<p>{a}</p>\n```'), '```js\nimport x from "y";\n<p>{a}</p>\n```');
});
