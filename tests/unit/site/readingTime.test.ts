import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes } from '../../../src/lib/site/readingTime.ts';

test('English is counted at about 220 words a minute', () => {
  assert.equal(readingMinutes('word '.repeat(440), 'en'), 2);
});

test('Japanese is counted at about 500 characters a minute', () => {
  assert.equal(readingMinutes('あ'.repeat(1500), 'ja'), 3);
});

test('imports, JSX tags and heading ids are not counted as prose', () => {
  const src = "import Term from '~/components/Term.astro';\n\n## Title {#title}\n\n<Term id=\"nat\">NAT</Term>";
  assert.equal(readingMinutes(src, 'en'), 1);
  assert.equal(readingMinutes("import A from 'a';\n".repeat(1000), 'en'), 1);
});

test('a short text still takes at least a minute', () => {
  assert.equal(readingMinutes('', 'en'), 1);
});
