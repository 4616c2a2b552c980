/**
 * Lints the Japanese articles with textlint (spacing between full- and
 * half-width characters, no mixing of です・ます and だ・である).
 * MDX is reduced to Markdown prose first (src/lib/site/mdxProse.ts) because
 * textlint's MDX plugin does not support TypeScript 6.
 * Usage: node scripts/lintJa.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, loadTextlintrc, loadLinterFormatter } from 'textlint';
import { mdxProse } from '../src/lib/site/mdxProse.ts';

const dir = 'src/content/articles/ja';
const descriptor = await loadTextlintrc();
const linter = createLinter({ descriptor });
const results = [];
for (const name of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
  const path = join(dir, name);
  const result = await linter.lintText(mdxProse(readFileSync(path, 'utf8')), path.replace(/\.mdx$/, '.md'));
  results.push({ ...result, filePath: path });
}
const problems = results.reduce((n, r) => n + r.messages.length, 0);
if (problems > 0) {
  const formatter = await loadLinterFormatter({ formatterName: 'stylish' });
  console.log(formatter.format(results));
  console.log(`textlint: 0 passed, ${problems} failed`);
  process.exit(1);
}
console.log(`textlint: ${results.length} Japanese articles, no problems`);
