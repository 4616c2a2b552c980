/**
 * Lighthouse (npm `lighthouse`, exact version in package.json) over every
 * page of the built site, mobile profile with Lighthouse's simulated
 * throttling, in Debian's Chromium. A figure, not a test: nothing here
 * passes or fails.
 *
 * The built site (ASTRO_OUT_DIR or dist/) is served by scripts/support's
 * static server on 127.0.0.1; Chromium runs with every background-network
 * feature off, and Lighthouse's own requests stay on that origin, so the run
 * needs nothing from the internet.
 *
 * Prints a table (performance, accessibility, best practices, SEO, and the
 * metrics behind performance: LCP, TBT, CLS) and then one JSON object.
 * PAGES=/en/,/ja/two-tabs/ limits the run; SITE_BASE serves the build under
 * a sub-path (as `SITE_BASE=/x/ npm run build` wrote it).
 *
 * Run after a build: node_modules/.bin/node scripts/bench/lighthouse.ts
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { builtPages, serveStatic } from '../support/benchKit.ts';
import { chromiumPath, lighthouseFlags } from '../support/chromium.ts';

const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const pages = builtPages(dist, process.env.PAGES?.split(',').map((p) => p.trim()).filter(Boolean));

const { server, port } = await serveStatic(dist, base);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [...lighthouseFlags],
});

interface Row { page: string; performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number; cls: number; failing: string[] }
const rows: Row[] = [];
try {
  for (const page of pages) {
    const url = `http://127.0.0.1:${port}${base}${page.slice(1)}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) continue;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    // Which scored audits (outside performance metrics) keep a category below 100.
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${cat}:${ref.id}`));
    rows.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      failing,
    });
  }
} finally {
  chrome.kill();
  server.close();
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const version = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
console.log(`Lighthouse ${version}, mobile, simulated throttling; 1-min load average ${loadavg()[0]?.toFixed(1)} (TBT and performance rise and fall with it)`);
console.log(`${'page'.padEnd(44)} ${pad('perf', 4)} ${pad('a11y', 4)} ${pad('bp', 4)} ${pad('seo', 4)} ${pad('LCP ms', 7)} ${pad('TBT ms', 7)} ${pad('CLS', 6)}  below 100`);
for (const r of rows) {
  console.log(`${r.page.padEnd(44)} ${pad(r.performance, 4)} ${pad(r.accessibility, 4)} ${pad(r.bestPractices, 4)} ${pad(r.seo, 4)} ${pad(r.lcpMs, 7)} ${pad(r.tbtMs, 7)} ${pad(r.cls, 6)}  ${r.failing.join(' ')}`);
}
const min = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo') => Math.min(...rows.map((r) => r[key]));
console.log(JSON.stringify({
  pages: rows.length,
  minPerformance: min('performance'),
  minAccessibility: min('accessibility'),
  minBestPractices: min('bestPractices'),
  minSeo: min('seo'),
  loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  rows,
}));
