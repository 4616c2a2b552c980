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
