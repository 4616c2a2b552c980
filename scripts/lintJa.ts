/**
 * Lints the site's Japanese text with textlint:
 * - the Japanese articles with every rule in .textlintrc.json (spacing between
 *   full- and half-width characters, no mixing of です・ます and だ・である,
 *   and prh: one term per concept, prh.yml);
 * - with prh only: the articles' frontmatter (title, description), the
 *   glossary's Japanese texts (term, short, long; `aka` lists variants on
 *   purpose and is skipped), and every Japanese string that the widgets and
 *   libraries export (found by importing each module under src/lib,
 *   src/components and src/i18n and walking its exports; a module that cannot
 *   be imported in Node is read for its Japanese string literals instead).
 * MDX is reduced to Markdown prose first (src/lib/site/mdxProse.ts) because
 * textlint's MDX plugin does not support TypeScript 6.
 * Usage: node scripts/lintJa.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { createLinter, loadTextlintrc, loadLinterFormatter } from 'textlint';
import type { TextlintResult } from '@textlint/types';
import { mdxProse } from '../src/lib/site/mdxProse.ts';
import { collectJapaneseStrings, japaneseLiterals, type JapaneseString } from '../src/lib/site/japaneseStrings.ts';

const root = process.cwd();
const descriptor = await loadTextlintrc();
const linter = createLinter({ descriptor });
const prhOnly = createLinter({
  descriptor: descriptor.shallowMerge({ rules: descriptor.rule.toKernelRulesFormat().filter((r) => r.ruleId === 'prh') }),
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const results: TextlintResult[] = [];
let checked = 0;

async function lintStrings(label: string, strings: readonly JapaneseString[], as = 'string.txt'): Promise<void> {
  for (const s of strings) {
    checked += 1;
    const result = await prhOnly.lintText(s.text, as);
    if (result.messages.length > 0) results.push({ ...result, filePath: `${label} › ${s.path}` });
  }
}

// 1. Articles: every rule, plus prh on the frontmatter.
const articleDir = 'src/content/articles/ja';
const articles = readdirSync(articleDir).filter((f) => /\.mdx?$/.test(f)).sort();
for (const name of articles) {
  const path = join(articleDir, name);
  const source = readFileSync(path, 'utf8');
  const result = await linter.lintText(mdxProse(source), path.replace(/\.mdx$/, '.md'));
  checked += 1;
  results.push({ ...result, filePath: path });
  const front = /^---\n([\s\S]*?)\n---/.exec(source);
  const data = front ? (loadYaml(front[1]!) as Record<string, unknown>) : {};
  await lintStrings(`${path} (frontmatter)`, collectJapaneseStrings({ title: data['title'], description: data['description'] }));
}

// 2. Glossary: the Japanese term, short and long texts.
const glossaryPath = 'src/content/glossary/glossary.yaml';
const glossary = loadYaml(readFileSync(glossaryPath, 'utf8')) as { id: string; ja: Record<string, unknown> }[];
for (const entry of glossary) {
  const { aka: _aka, ...texts } = entry.ja;
  await lintStrings(`${glossaryPath} › ${entry.id}`, collectJapaneseStrings(texts, 'ja'), 'glossary.md');
}

// 3. Widget and library strings.
const sources = ['src/lib', 'src/components', 'src/i18n', 'src/directives']
  .flatMap((dir) => walk(dir))
  .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.d.ts'))
  .sort();
let imported = 0;
let read = 0;
for (const file of sources) {
  let strings: JapaneseString[] | null = null;
  if (file.endsWith('.ts') && !file.endsWith('.svelte.ts')) {
    try {
      const mod: Record<string, unknown> = await import(pathToFileURL(join(root, file)).href);
      strings = collectJapaneseStrings(mod);
      imported += 1;
    } catch {
      strings = null;
    }
  }
  // A module that imports but exports no Japanese table (strings kept in a
  // private const, say) is read as text too, so prh still sees its strings.
  if (strings === null || strings.length === 0) {
    strings = japaneseLiterals(readFileSync(file, 'utf8'));
    read += 1;
  }
  await lintStrings(relative(root, file), strings);
}

const problems = results.reduce((n, r) => n + r.messages.length, 0);
const summary = `${articles.length} articles, ${glossary.length} glossary entries, ${sources.length} source files (${imported} imported, ${read} read as text), ${checked} texts`;
if (problems > 0) {
  const formatter = await loadLinterFormatter({ formatterName: 'stylish' });
  console.log(formatter.format(results.filter((r) => r.messages.length > 0)));
  console.log(`textlint (${summary}): 0 passed, ${problems} failed`);
  process.exit(1);
}
console.log(`textlint: ${summary}, no problems`);
