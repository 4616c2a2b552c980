/**
 * `npm run bench`: builds the site and prints figures — not a test, nothing
 * here passes or fails on a threshold.
 *
 * - build time (astro build + Pagefind);
 * - per page: HTML, CSS and JS bytes, raw and gzipped (JS counts inline
 *   scripts, module scripts, island component and renderer URLs, and every
 *   module they import, followed through dist/_astro, except the other
 *   language's dictionary texts; scripts/bench/pageJs.ts counts what a
 *   browser really fetches);
 * - every scripts/bench/*.ts, each printing one JSON object of figures.
 *
 * Results go to stdout and bench-results/latest.json.
 *
 * Options: --no-build (measure the existing ASTRO_OUT_DIR/dist build),
 * --only lighthouse,loopback (run only those scripts/bench/*.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const figures: Record<string, unknown> = {};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const sizes = (text: string | Buffer) => ({ raw: Buffer.byteLength(text), gz: gzipSync(text, { level: 9 }).length });

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : (argv[onlyAt + 1] ?? '').split(',').filter(Boolean);

// 1. Build.
if (!argv.includes('--no-build')) {
  const started = performance.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
  figures.buildSeconds = Number(((performance.now() - started) / 1000).toFixed(2));
}

// 2. Bytes per page.
function readSite(path: string): string | undefined {
  const file = join(dist, path.split('?')[0]!);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
}

/** A module and everything it statically or dynamically imports (relative specifiers). */
function moduleClosure(entry: string, seen = new Set<string>(), skip?: RegExp): Set<string> {
  if (seen.has(entry) || skip?.test(entry)) return seen;
  const code = readSite(entry);
  if (code === undefined) return seen;
  seen.add(entry);
  for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const spec = m[1]!;
    if (spec.startsWith('/pagefind/')) continue; // loaded only when the reader searches
    const resolved = spec.startsWith('/') ? spec : new URL(spec, `http://x${entry}`).pathname;
    moduleClosure(resolved, seen, skip);
  }
  return seen;
}

interface PageFigures { page: string; html: { raw: number; gz: number }; css: { raw: number; gz: number }; js: { raw: number; gz: number }; islands: number }
const pages: PageFigures[] = [];
for (const file of walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))) {
  const html = readFileSync(file, 'utf8');
  const page = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readSite(m[1]!) ?? '').join('')
    + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(m[1]!);
  for (const m of inline.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) entries.add(m[1]!);
  const modules = new Set<string>();
  // A page loads only its own language's dictionary texts (src/plugins/pageLanguageText.mjs).
  const otherTexts = page.startsWith('/ja/') ? /\.en\.[\w-]+\.js$/ : page.startsWith('/en/') ? /\.ja\.[\w-]+\.js$/ : undefined;
  for (const entry of entries) moduleClosure(entry, modules, otherTexts);
  const js = inline + [...modules].map((m) => readSite(m) ?? '').join('');
  pages.push({ page, html: sizes(html), css: sizes(css), js: sizes(js), islands: (html.match(/<astro-island/g) ?? []).length });
}
pages.sort((a, b) => a.page.localeCompare(b.page));
figures.pages = pages;

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
if (figures.buildSeconds !== undefined) console.log(`build: ${figures.buildSeconds} s\n`);
console.log(`${'page'.padEnd(40)} ${'HTML kB'.padStart(15)} ${'CSS kB'.padStart(15)} ${'JS kB'.padStart(15)} islands`);
console.log(`${''.padEnd(40)} ${'raw / gz'.padStart(15)} ${'raw / gz'.padStart(15)} ${'raw / gz'.padStart(15)}`);
for (const p of pages) {
  console.log(`${p.page.padEnd(40)} ${kb(p.html.raw)} /${kb(p.html.gz)} ${kb(p.css.raw)} /${kb(p.css.gz)} ${kb(p.js.raw)} /${kb(p.js.gz)} ${String(p.islands).padStart(4)}`);
}
const textPages = pages.filter((p) => p.islands === 0);
figures.textPagesMaxJsGz = Math.max(...textPages.map((p) => p.js.gz));
console.log(`\npages without islands: ${textPages.length}; largest JS on them: ${figures.textPagesMaxJsGz} B gzipped (no framework)`);

// 3. Other figures.
const benchDir = 'scripts/bench';
if (existsSync(benchDir)) {
  for (const name of readdirSync(benchDir).filter((f) => f.endsWith('.ts') && (!only || only.includes(f.replace(/\.ts$/, '')))).sort()) {
    const run = spawnSync(process.execPath, [join(benchDir, name)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ASTRO_OUT_DIR: dist }, timeout: 15 * 60_000 });
    const stdout = run.stdout ?? '';
    // A script may print a table before its JSON line (lighthouse.ts does).
    const lastLine = stdout.trimEnd().split('\n').pop() ?? '';
    const json = lastLine.startsWith('{') ? lastLine : /\{[\s\S]*\}\s*$/.exec(stdout)?.[0];
    const table = lastLine.startsWith('{') ? stdout.trimEnd().split('\n').slice(0, -1).join('\n') : '';
    if (table) console.log(`\n${table}`);
    try {
      const result = JSON.parse(json ?? '') as Record<string, unknown>;
      figures[name.replace(/\.ts$/, '')] = result;
      console.log(`\n${name}: ${JSON.stringify(result)}`);
    } catch {
      console.log(`\n${name}: no figures (exit ${run.status})`);
    }
  }
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log('\nwritten to bench-results/latest.json');
