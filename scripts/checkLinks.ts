/**
 * Link checker over the built site (dist/): every internal link and every
 * #anchor must resolve, in every language; ids must be unique per page.
 * Usage: node scripts/checkLinks.ts [dist]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks } from '../src/lib/site/linkCheck.ts';

const dist = process.argv[2] ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(dist).map((f) => `/${relative(dist, f).split(sep).join('/')}`);
const pages = new Map<string, string>();
for (const file of files) {
  if (!file.endsWith('.html') || file.startsWith('/pagefind/')) continue;
  const path = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  pages.set(path, readFileSync(join(dist, file), 'utf8'));
}
const problems = checkLinks(pages, new Set(files));
let links = 0;
for (const html of pages.values()) links += (html.match(/\shref=/g) ?? []).length;
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p.page}: ${p.kind} ${p.link}`);
  console.error(`link check: ${problems.length} problems in ${pages.size} pages`);
  console.log(`link check: 0 passed, ${problems.length} failed`);
  process.exit(1);
}
console.log(`link check: ${pages.size} pages, ${links} links, every internal link and anchor resolves`);
