import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { missingTranslations } from '../../../src/lib/site/learningPath.ts';
import { langs } from '../../../src/i18n/locales.ts';

const root = join(import.meta.dirname, '../../../src/content/articles');

function articleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return articleFiles(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

test('every article exists in every language under the same file name', () => {
  const byLang = Object.fromEntries(
    langs.map((lang) => [lang, articleFiles(join(root, lang)).map((f) => relative(join(root, lang), f))]),
  );
  assert.deepEqual(missingTranslations(byLang), []);
});

test('there is at least one article per language', () => {
  for (const lang of langs) assert.ok(articleFiles(join(root, lang)).length > 0, `no articles in ${lang}`);
});
