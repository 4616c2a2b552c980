/**
 * Every dictionary of the site, found by reading `src/` (not a hand-kept
 * list), keeps the same placeholders in English and Japanese. Equal key sets
 * are the types' job (`defineDictionary`); what the types cannot see is the
 * text inside each template.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDictionary, type Dictionary } from '../../../src/i18n/dictionary.ts';
import { placeholdersOf } from '../../../src/lib/fillTemplate.ts';

const root = join(import.meta.dirname, '../../..');
const src = join(root, 'src');

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const call = /\bdefineDictionary\(/g;
/** Calls in code, not in comments (a line of a block or line comment does not count). */
const callsIn = (source: string): number =>
  source
    .split('\n')
    .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
    .reduce((n, line) => n + (line.match(call)?.length ?? 0), 0);
const definingFiles = [...walk(src)]
  .filter((path) => !path.endsWith(join('i18n', 'dictionary.ts')) && /\.(ts|js|svelte|astro|mdx?)$/.test(path))
  .map((path) => ({ path, name: relative(root, path), calls: callsIn(readFileSync(path, 'utf8')) }))
  .filter((file) => file.calls > 0);

const dictionaries: { name: string; dictionary: Dictionary }[] = [];
for (const file of definingFiles) {
  if (!file.path.endsWith('.ts')) continue;
  const module: Record<string, unknown> = await import(pathToFileURL(file.path).href);
  for (const [exportName, value] of Object.entries(module)) {
    if (isDictionary(value)) dictionaries.push({ name: `${file.name} ${exportName}`, dictionary: value });
  }
}

test('dictionaries are found in src/', () => {
  assert.ok(dictionaries.length >= 1, 'no dictionary found: is defineDictionary still the way texts are defined?');
});

test('every dictionary is defined in a .ts module that exports it, so this test can read it', () => {
  for (const file of definingFiles) {
    assert.ok(file.path.endsWith('.ts'), `${file.name} calls defineDictionary; move the dictionary into a .ts file beside it`);
    const exported = dictionaries.filter((d) => d.name.startsWith(`${file.name} `)).length;
    assert.equal(exported, file.calls, `${file.name} defines ${file.calls} dictionaries but exports ${exported}`);
  }
});

test('in every dictionary, each Japanese text has the placeholders of its English text', () => {
  const problems: string[] = [];
  for (const { name, dictionary } of dictionaries) {
    const { en, ja } = dictionary.texts;
    for (const key of Object.keys(en)) {
      const want = placeholdersOf(en[key]!).join(' ');
      const got = placeholdersOf(ja[key] ?? '').join(' ');
      if (want !== got) problems.push(`${name} "${key}": en {${want}} ja {${got}}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no dictionary has an empty text', () => {
  const empty = dictionaries.flatMap(({ name, dictionary }) =>
    Object.entries(dictionary.texts).flatMap(([lang, table]) =>
      Object.entries(table)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${name} ${lang} "${key}"`),
    ),
  );
  assert.deepEqual(empty, []);
});
