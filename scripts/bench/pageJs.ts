/**
 * The JavaScript each page really loads before the reader interacts: every
 * page of the built site (ASTRO_OUT_DIR or dist/) is opened in Debian
 * Chromium at 390×844 and every script response is counted — raw, and
 * gzipped on its own (level 9), as a server that compresses would send it —
 * twice: once the page has loaded and the network is idle, with no scroll
 * (`atLoad`: what a reader who only reads the top of the page pays), and
 * after it has been scrolled island by island until every widget has
 * hydrated (as a reader scrolling down would). Nothing is clicked, so what
 * loads on demand (the dump doctor's worker) is not counted. A figure, not
 * a test.
 *
 * The static count in scripts/bench.ts follows every import, the other
 * language's texts included; this one counts what a page in one language
 * fetches.
 *
 * Prints a table (widget pages; text pages summarised) and then one JSON
 * object: pageJs.pages (page, islands, requests, raw, gz, atLoadGz), pageJs.widgetPagesMaxGz,
 * pageJs.widgetPagesOver30k, pageJs.textPagesMaxGz.
 *
 * PAGES=/en/,/ja/two-tabs/ limits the run; SITE_BASE serves the build under
 * a sub-path (as `SITE_BASE=/x/ npm run build` wrote it).
 *
 * Run after a build: node_modules/.bin/node scripts/bench/pageJs.ts
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { builtPages, serveStatic } from '../support/benchKit.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const pages = builtPages(dist, process.env.PAGES?.split(',').map((p) => p.trim()).filter(Boolean));

interface Row { page: string; islands: number; requests: number; raw: number; gz: number; atLoadGz: number }
const rows: Row[] = [];
const { server, port } = await serveStatic(dist, base);
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...testFlags] });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  for (const path of pages) {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url())) {
        scripts.set(response.url(), response.body().catch(() => Buffer.alloc(0)));
      }
    });
    await page.goto(`http://127.0.0.1:${port}${base}${path.slice(1)}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const gz = (bodies: Buffer[]) => bodies.reduce((n, b) => n + (b.length === 0 ? 0 : gzipSync(b, { level: 9 }).length), 0);
    // Inline module and classic scripts count too.
    const inline = Buffer.from(await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('')));
    const atLoadGz = gz([...await Promise.all(scripts.values()), inline]);
    const islands = await page.locator('astro-island').count();
    for (let i = 0; i < islands; i++) {
      const island = page.locator('astro-island').nth(i);
      await island.evaluate((el) => {
        [...el.querySelectorAll('*')].find((child) => child.getBoundingClientRect().height > 0)?.scrollIntoView({ block: 'center', behavior: 'instant' });
      });
      // Wait for it to hydrate (Astro removes `ssr`), at most 20 s; one that never does is reported, not waited for.
      const hydrated = await island.evaluate((el) => new Promise<boolean>((resolve) => {
        if (!el.hasAttribute('ssr')) { resolve(true); return; }
        const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 20_000);
        const observer = new MutationObserver(() => { if (!el.hasAttribute('ssr')) { clearTimeout(timer); observer.disconnect(); resolve(true); } });
        observer.observe(el, { attributes: true });
      }));
      if (!hydrated) console.error(`${path}: island ${i + 1} of ${islands} did not hydrate within 20 s`);
    }
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts.values());
    const all = [...bodies, inline];
    rows.push({ page: path, islands, requests: bodies.length, raw: all.reduce((n, b) => n + b.length, 0), gz: gz(all), atLoadGz });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const widgetPages = rows.filter((r) => r.islands > 0);
const textPages = rows.filter((r) => r.islands === 0);
console.log(`${'page (390×844)'.padEnd(40)} islands  at load, kB gz   every island hydrated: requests  kB raw  kB gz`);
for (const r of widgetPages) console.log(`${r.page.padEnd(40)} ${String(r.islands).padStart(7)}  ${kb(r.atLoadGz)}${r.atLoadGz > 30 * 1024 ? ' >30' : '    '}      ${String(r.requests).padStart(25)} ${kb(r.raw)} ${kb(r.gz)}${r.gz > 30 * 1024 ? ' >30' : ''}`);
const textMax = Math.max(0, ...textPages.map((r) => r.gz));
console.log(`${textPages.length} pages without islands: at most ${kb(textMax).trim()} kB gz of JS each`);
console.log(JSON.stringify({
  pages: rows,
  widgetPagesMaxGz: Math.max(0, ...widgetPages.map((r) => r.gz)),
  widgetPagesOver30k: widgetPages.filter((r) => r.gz > 30 * 1024).length,
  widgetPagesOver30kAtLoad: widgetPages.filter((r) => r.atLoadGz > 30 * 1024).length,
  widgetPages: widgetPages.length,
  textPagesMaxGz: textMax,
}));
