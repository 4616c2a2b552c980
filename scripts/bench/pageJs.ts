/**
 * The JavaScript each page really loads before the reader interacts: every
 * page of the built site (ASTRO_OUT_DIR or dist/) is opened in Debian
 * Chromium at 390×844 and every script response is counted — raw, and
 * gzipped on its own (level 9), as a server that compresses would send it —
 * three times: once the page has loaded and the network is idle, with no
 * scroll (`atLoad`: what a reader who only reads the top of the page
 * pays); after every island has been scrolled to the middle of the screen
 * (`readGz`: what a reader who reads the whole page and touches nothing
 * pays — widgets are `client:interact` islands, so this should equal
 * atLoad); and after the pointer has been moved onto each island in turn
 * until every widget has hydrated (`gz`: a reader who reaches for every
 * widget). Nothing is clicked, so what loads on demand (the dump doctor's
 * worker) is not counted. A figure, not a test.
 *
 * The static count in scripts/bench.ts follows every import, the other
 * language's texts included; this one counts what a page in one language
 * fetches.
 *
 * Prints a table (widget pages; text pages summarised) and then one JSON
 * object: pageJs.pages (page, islands, requests, raw, gz, atLoadGz, readGz), pageJs.widgetPagesMaxGz,
 * pageJs.widgetPagesOver30k (every island hydrated), pageJs.widgetPagesOver30kBeforeInteraction
 * (the larger of atLoad and read), pageJs.textPagesMaxGz.
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

interface Row { page: string; islands: number; requests: number; raw: number; gz: number; atLoadGz: number; readGz: number }
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
    // A reader who reads the whole page: every island scrolled to the middle of the screen, nothing touched.
    for (let i = 0; i < islands; i++) {
      await page.locator('astro-island').nth(i).evaluate((el) => {
        [...el.querySelectorAll('*')].find((child) => child.getBoundingClientRect().height > 0)?.scrollIntoView({ block: 'center', behavior: 'instant' });
      });
      await page.waitForTimeout(300);
    }
    await page.waitForLoadState('networkidle');
    const readGz = gz([...await Promise.all(scripts.values()), inline]);
    for (let i = 0; i < islands; i++) {
      const island = page.locator('astro-island').nth(i);
      // The reader reaches for the widget: the pointer onto its root (islands are display: contents).
      await island.locator(':scope > :not(template, style, script, link)').first().hover({ timeout: 20_000 }).catch(() => undefined);
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
    rows.push({ page: path, islands, requests: bodies.length, raw: all.reduce((n, b) => n + b.length, 0), gz: gz(all), atLoadGz, readGz });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const widgetPages = rows.filter((r) => r.islands > 0);
const textPages = rows.filter((r) => r.islands === 0);
const over = (n: number) => (n > 30 * 1024 ? ' >30' : '    ');
console.log(`${'page (390×844)'.padEnd(40)} islands  kB gz: at load  read to the end   every island reached for: requests  kB raw  kB gz`);
for (const r of widgetPages) console.log(`${r.page.padEnd(40)} ${String(r.islands).padStart(7)}  ${kb(r.atLoadGz).padStart(14)}${over(r.atLoadGz)} ${kb(r.readGz).padStart(12)}${over(r.readGz)}  ${String(r.requests).padStart(25)} ${kb(r.raw)} ${kb(r.gz)}${over(r.gz).trimEnd()}`);
const textMax = Math.max(0, ...textPages.map((r) => r.gz));
console.log(`${textPages.length} pages without islands: at most ${kb(textMax).trim()} kB gz of JS each`);
console.log(JSON.stringify({
  pages: rows,
  widgetPagesMaxGz: Math.max(0, ...widgetPages.map((r) => r.gz)),
  widgetPagesOver30k: widgetPages.filter((r) => r.gz > 30 * 1024).length,
  widgetPagesOver30kAtLoad: widgetPages.filter((r) => r.atLoadGz > 30 * 1024).length,
  widgetPagesOver30kBeforeInteraction: widgetPages.filter((r) => Math.max(r.atLoadGz, r.readGz) > 30 * 1024).length,
  widgetPagesMaxGzBeforeInteraction: Math.max(0, ...widgetPages.map((r) => Math.max(r.atLoadGz, r.readGz))),
  widgetPages: widgetPages.length,
  textPagesMaxGz: textMax,
}));
