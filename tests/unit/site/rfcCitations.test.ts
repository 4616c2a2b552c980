import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findRfcCitations, stripCodeComments } from '../../../src/lib/site/rfcCitations.ts';

/** Section numbers transcribed from the RFC texts (see the file's `source` fields). */
const table = JSON.parse(readFileSync('src/data/rfcSections.json', 'utf8')) as Record<
  string,
  { title: string; source: string; sections: Record<string, string> }
>;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Articles, glossary, layouts and pages, widget and library strings.
const files = walk('src').filter((f) => /\.(mdx|md|astro|ts|svelte|yaml)$/.test(f));
const citations = files.flatMap((file) =>
  findRfcCitations(readFileSync(file, 'utf8'), { stripComments: /\.(ts|svelte)$/.test(file) }).map((c) => ({ ...c, file })),
);

test('the component, prose and YAML forms are all found', () => {
  const text = [
    'See <Rfc n={8445} s="6.1.4.1" /> and <Rfc n={8489} />.',
    "'Error (RFC 8489 §14.8).' and RFC 8656, Section 3.2",
    'rfc: { n: 4787, s: "4.1" }',
  ].join('\n');
  assert.deepEqual(
    findRfcCitations(text).map((c) => [c.rfc, c.section, c.line]),
    [[8445, '6.1.4.1', 1], [8489, null, 1], [8489, '14.8', 2], [8656, '3.2', 2], [4787, '4.1', 3]],
  );
});

test('code comments are skipped when asked, URLs in strings are kept', () => {
  const source = "// RFC 5766 §2.2\nconst u = 'https://www.rfc-editor.org/rfc/rfc8656'; /* RFC 5766 §2.4 */\nconst m = 'RFC 8656 §3.2';";
  assert.deepEqual(findRfcCitations(source, { stripComments: true }).map((c) => `${c.rfc} ${c.section}`), ['8656 3.2']);
  assert.match(stripCodeComments(source), /https:\/\/www\.rfc-editor/);
});

test('the site cites RFC sections in hundreds of places (the scan is not empty)', () => {
  assert.ok(citations.filter((c) => c.section !== null).length > 400, `${citations.length}`);
});

test('every cited RFC section exists in the RFC (src/data/rfcSections.json)', () => {
  const wrong = citations
    .filter((c) => c.section !== null)
    .filter((c) => !(String(c.rfc) in table) || !(c.section! in table[String(c.rfc)]!.sections))
    .map((c) => `${c.file}:${c.line} ${c.text}${String(c.rfc) in table ? '' : ' (RFC not in the table)'}`);
  assert.deepEqual(wrong, []);
});

test('the table has no empty RFC and every section number is well formed', () => {
  for (const [n, rfc] of Object.entries(table)) {
    assert.match(n, /^\d{3,5}$/);
    assert.ok(Object.keys(rfc.sections).length > 0, n);
    for (const s of Object.keys(rfc.sections)) assert.match(s, /^(\d+|[A-Z])(\.\d+)*$/, `${n} ${s}`);
  }
});

test('RFC 8656 keeps its own numbering: the overview is §3, §2 is Terminology', () => {
  assert.equal(table['8656']!.sections['2'], 'Terminology');
  assert.equal(table['8656']!.sections['3.2'], 'Allocations');
  assert.equal(table['8656']!.sections['2.2'], undefined);
});
