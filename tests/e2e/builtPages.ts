import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages the built sitemap lists (paths), read from dist/ when the spec
 * files are collected, so each page becomes its own test.
 */
export function builtSitemapPaths(): string[] {
  const dist = process.env.ASTRO_OUT_DIR ?? join(import.meta.dirname, '../../dist');
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('dist/ has no sitemap: run "npm run build" before the e2e tests (npm test does).');
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
