/**
 * Where code may import from (docs/house-style.md, "Where code goes"), read
 * from the files themselves: the site never imports the scripts or the
 * tests, the scripts never import the tests, `src/lib/lab` holds only what
 * the site shows from the lab, and Chromium's flags are written once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '../../..');

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.(ts|mts|mjs|js|svelte|astro|mdx)$/.test(entry.name)) yield path;
  }
}

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Repository-relative paths that a file imports (relative and `~/` specifiers only). */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(importPattern)) {
    const spec = m[1] ?? m[2] ?? '';
    if (spec.startsWith('.')) out.push(relative(root, resolve(dirname(path), spec)));
    else if (spec.startsWith('~/')) out.push(join('src', spec.slice(2)));
  }
  return out;
}

const filesUnder = (dir: string): string[] => [...walk(join(root, dir))];
const offenders = (dir: string, forbidden: RegExp): string[] =>
  filesUnder(dir).flatMap((path) => importsOf(path).filter((target) => forbidden.test(target)).map((target) => `${relative(root, path)} → ${target}`));

test('the scripts never import from tests/ (what both need lives in scripts/support)', () => {
  assert.deepEqual(offenders('scripts', /^tests\//), []);
});

test('the site never imports from scripts/ or tests/', () => {
  assert.deepEqual(offenders('src', /^(scripts|tests)\//), []);
});

test('every module in src/lib/lab is used by the site, not only by the lab scripts', () => {
  const labDir = join('src', 'lib', 'lab');
  const siteImports = new Set(
    filesUnder('src')
      .filter((path) => !relative(root, path).startsWith(labDir))
      .flatMap(importsOf),
  );
  const unused = readdirSync(join(root, labDir))
    .map((name) => join(labDir, name))
    .filter((path) => !siteImports.has(path));
  assert.deepEqual(unused, [], 'move a module only scripts/lab uses next to the scripts');
});

test('Chromium flags are written only in scripts/support/chromium.ts', () => {
  const flag = /['"]--(?:no-sandbox|allow-loopback-in-peer-connection|disable-features=WebRtcHideLocalIpsWithMdns|disable-background-networking)['"]/;
  const writers = ['scripts', 'tests', 'src']
    .flatMap(filesUnder)
    .concat(['playwright.config.ts', 'playwright.subpath.config.ts'].map((name) => join(root, name)))
    .filter((path) => !path.endsWith('.mdx'))
    .filter((path) => flag.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path));
  assert.deepEqual(writers, ['scripts/support/chromium.ts']);
});

/** Value imports only (`import type` leaves no trace at run time), as repository-relative paths. */
function valueImportsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(importPattern)) {
    if (/^\s*[;]?\s*(?:import|export)\s+type\s/.test(m[0])) continue;
    const spec = m[1] ?? m[2] ?? '';
    if (spec.startsWith('.')) out.push(relative(root, resolve(dirname(path), spec)));
    else if (spec.startsWith('~/')) out.push(join('src', spec.slice(2)));
  }
  return out;
}

/** The strongly connected components of more than one module (Tarjan), i.e. the import cycles. */
function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((path) => [relative(root, path), valueImportsOf(path)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

test('no import cycles in src/ or scripts/ (a module and what it imports can be read in order)', () => {
  assert.deepEqual(importCycles([...filesUnder('src'), ...filesUnder('scripts')]), []);
});

test('the cycle finder finds a cycle (so the test above can fail)', () => {
  const a = join(root, 'tests/unit/site/fixtures/cycle/a.ts');
  const b = join(root, 'tests/unit/site/fixtures/cycle/b.ts');
  assert.deepEqual(importCycles([a, b]), [[relative(root, a), relative(root, b)]]);
});
