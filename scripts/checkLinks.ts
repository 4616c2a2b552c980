/**
 * Link checker over the built site (dist/): every internal link and every
 * #anchor must resolve, in every language; ids must be unique per page.
 * Usage: node scripts/checkLinks.ts [dist] [--base /ice-guide/]
 *
 * With --base (a build made with SITE_BASE) the site is checked as served
 * under that path: a link that forgets the base path is a missing page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks } from '../src/lib/site/linkCheck.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt === -1 ? '/' : `/${(args[baseAt + 1] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (baseAt !== -1) args.splice(baseAt, 2);
const dist = args[0] ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const relativeFiles = walk(dist).map((f) => relative(dist, f).split(sep).join('/'));
const files = relativeFiles.map((f) => `${base}${f}`);
const pages = new Map<string, string>();
for (const file of relativeFiles) {
  if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
  const path = `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
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
console.log(`link check: ${pages.size} pages under ${base}, ${links} links, every internal link and anchor resolves`);
