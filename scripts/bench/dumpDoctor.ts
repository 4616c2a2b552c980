/**
 * How fast the dump doctor reads a dump, in Chromium, and whether the page
 * stays responsive meanwhile. Serves the built site (ASTRO_OUT_DIR or
 * dist/), opens /en/tools/dump-doctor/ and uploads, through the file input:
 *
 * - the largest committed fixture (tests/fixtures/dumps/*.json);
 * - a synthetic dump of about 10 MB: the host-success fixture with every
 *   stats series stretched to a long call's worth of samples.
 *
 * For each: `workerMs` (read + parse + analyse inside the Web Worker, as the
 * worker reports it), `toRenderedMs` (from the input's change event to the
 * findings on screen), `longestTaskMs` (the longest main-thread task seen by
 * a `longtask` PerformanceObserver during that time; 0 when none was over
 * 50 ms), and the bare baseline `bareParseMs`: `JSON.parse` of the same
 * text on the main thread, what a page without a worker would block for.
 * Medians of RUNS runs (default 5). Targets: toRenderedMs < 1000,
 * longestTaskMs < 200. Prints one JSON object.
 *
 * Run after a build: node_modules/.bin/node scripts/bench/dumpDoctor.ts
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { median, serveStatic } from '../support/benchKit.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const fixtures = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'dumps');
if (!existsSync(join(dist, 'en', 'tools', 'dump-doctor', 'index.html'))) {
  console.error(`No built site in ${dist}/ (run npm run build first).`);
  process.exit(1);
}

/** The host-success dump with every series stretched to `samples` samples. */
function syntheticDump(targetBytes: number): Buffer {
  const dump = JSON.parse(readFileSync(join(fixtures, 'host-success.json'), 'utf8')) as {
    PeerConnections: Record<string, { stats: Record<string, { values: string }> }>;
  };
  const original = new Map<{ values: string }, unknown[]>();
  for (const pc of Object.values(dump.PeerConnections)) for (const s of Object.values(pc.stats)) original.set(s, JSON.parse(s.values) as unknown[]);
  let text = JSON.stringify(dump);
  for (let factor = 2; Buffer.byteLength(text) < targetBytes; factor *= 2) {
    for (const [s, values] of original) s.values = JSON.stringify(Array.from({ length: factor }, () => values).flat());
    text = JSON.stringify(dump);
  }
  return Buffer.from(text);
}

const largest = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.truth.json'))
  .map((f) => ({ name: f, size: statSync(join(fixtures, f)).size }))
  .sort((a, b) => b.size - a.size)[0]!;

// Files on disk, so Playwright hands them to the input through the browser
// (DOM.setFileInputFiles) instead of decoding a buffer on the page's main thread.
const tmp = mkdtempSync(join(tmpdir(), 'dump-bench-'));
const syntheticPath = join(tmp, 'synthetic.json');
writeFileSync(syntheticPath, syntheticDump(10 * 1024 * 1024));
const cases = [
  { label: 'largestFixture', path: join(fixtures, largest.name) },
  { label: 'synthetic10MB', path: syntheticPath },
];

async function once(page: Page, port: number, path: string): Promise<{ workerMs: number; toRenderedMs: number; longestTaskMs: number }> {
  await page.goto(`http://127.0.0.1:${port}/en/tools/dump-doctor/`);
  await page.locator('#dump-doctor').hover(); // client:interact: the reader reaches for it
  await page.locator('#dump-doctor[data-ready="true"]').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number; __start: number; __obs?: PerformanceObserver };
    w.__long = 0;
    w.__start = 0;
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (w.__start && e.startTime + e.duration >= w.__start) w.__long = Math.max(w.__long, e.duration);
    });
    w.__obs.observe({ type: 'longtask', buffered: false });
    document.querySelector('#dump-doctor input[type=file]')!.addEventListener('change', () => (w.__start = performance.now()), { capture: true });
  });
  await page.locator('#dump-doctor input[type=file]').setInputFiles(path);
  await page.locator('#dump-doctor article.connection').first().waitFor({ timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // Let the render's own task finish and be observed.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const w = window as unknown as { __long: number; __start: number };
            const root = document.querySelector<HTMLElement>('#dump-doctor')!;
            resolve({ workerMs: Number(root.dataset['workerMs'] ?? NaN), toRenderedMs: performance.now() - w.__start, longestTaskMs: w.__long });
          }, 0),
        );
      }),
  );
}

async function bareParse(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => {
    const s = performance.now();
    JSON.parse(t);
    return performance.now() - s;
  }, text);
}

const { server, port } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...testFlags], headless: true });
try {
  const page = await browser.newPage();
  const out: Record<string, unknown> = { runs: RUNS, largestFixtureName: largest.name };
  for (const c of cases) {
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await once(page, port, c.path));
    const text = readFileSync(c.path, 'utf8');
    const bare = [];
    for (let i = 0; i < RUNS; i++) bare.push(await bareParse(page, text));
    out[c.label] = {
      bytes: statSync(c.path).size,
      workerMs: median(results.map((r) => r.workerMs)),
      toRenderedMs: median(results.map((r) => r.toRenderedMs)),
      longestTaskMs: median(results.map((r) => r.longestTaskMs)),
      longestTaskMaxMs: Math.max(...results.map((r) => r.longestTaskMs)),
      bareParseMs: median(bare),
    };
  }
  out['loadAverage1m'] = Number(loadavg()[0]!.toFixed(2));
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}
