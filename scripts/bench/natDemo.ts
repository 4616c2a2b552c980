/**
 * How smoothly the NAT-table demo plays. Serves the built site
 * (ASTRO_OUT_DIR or dist/) with a small static server of its own on
 * 127.0.0.1, opens the demo in Debian Chromium (same flags as
 * playwright.config.ts), sets full speed (8×) and plays each scenario below
 * for PLAY_SECONDS (default 12), while a `longtask` PerformanceObserver
 * records every main-thread task of 50 ms or more and a requestAnimationFrame
 * loop records the longest gap between two frames.
 *
 * Scenarios: the hole-punching story (short, typical), a full ICE run with
 * TURN (300 events), and a full ICE run between two APDM + EIF NATs, the
 * worst case for the tables (thousands of events, dozens of mappings).
 *
 * A Chrome trace taken over the same period gives each main-thread task's
 * CPU time as well as its wall time: on a machine busy with other work a
 * task can wait for the CPU, and the wall time then overstates what the
 * page itself costs.
 *
 * Prints one JSON object: natDemoLongestTaskMs (wall time of the longest
 * task the `longtask` observer saw; 0 when none reached the API's 50 ms),
 * natDemoLongTasks, natDemoLongestTaskCpuMs (largest CPU time of any
 * main-thread task in the trace), natDemoLongestFrameGapMs,
 * natDemoStepsPlayed, and the same per scenario.
 *
 * Run after a build: node_modules/.bin/node scripts/bench/natDemo.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from '../support/benchKit.ts';
import { chromiumPath, testFlags } from '../support/chromium.ts';

const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const playSeconds = Number(process.env.PLAY_SECONDS ?? 12);
const args = [...testFlags];
const page = '/en/nat-types/';
const scenarios = [
  { name: 'holePunch', state: 'hp.prc.prc.0' },
  { name: 'iceWithTurn', state: 'ice.rc.sym.0.t' },
  { name: 'iceApdmEif', state: 'ice.pe.pe.0' },
] as const;

if (!existsSync(join(dist, page, 'index.html'))) {
  console.error(`No built site in ${dist}/ (run npm run build first).`);
  process.exit(1);
}


interface Measured {
  longestTaskMs: number;
  longTasks: number;
  longestTaskCpuMs: number;
  longestFrameGapMs: number;
  stepsPlayed: number;
}

/** One event of a Chrome trace (only the fields used here). */
interface TraceEvent {
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  /** Wall time, µs. */
  readonly dur?: number;
  /** Thread (CPU) time, µs. */
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** The largest CPU time of a task on the renderer's main thread, in ms. */
function longestCpuMs(trace: readonly TraceEvent[]): number {
  const main = new Set(trace.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  let longest = 0;
  for (const event of trace) {
    if (event.name === 'RunTask' && main.has(`${event.pid}:${event.tid}`)) longest = Math.max(longest, event.tdur ?? 0);
  }
  return Math.round(longest / 100) / 10;
}

const { server, port } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: chromiumPath, args });
const results: Record<string, Measured> = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
  for (const scenario of scenarios) {
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${port}${page}#nat-demo?s=${scenario.state}`);
    const demo = tab.locator('#nat-demo');
    await demo.scrollIntoViewIfNeeded();
    await tab.waitForFunction(() => document.getElementById('nat-demo')?.dataset['ready'] === 'true');
    await tab.selectOption('#nat-demo-speed', '8');
    // Start observing just before Play, so hydration is not counted.
    await tab.evaluate(() => {
      const store = { longest: 0, count: 0, gap: 0, last: 0, running: true };
      (window as unknown as { __natBench: typeof store }).__natBench = store;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          store.count++;
          store.longest = Math.max(store.longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
      const frame = (now: number): void => {
        if (store.last > 0) store.gap = Math.max(store.gap, now - store.last);
        store.last = now;
        if (store.running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const cdp = await context.newCDPSession(tab);
    const trace: TraceEvent[] = [];
    // The protocol types trace events as string maps; the fields read here are numbers.
    cdp.on('Tracing.dataCollected', (event) => {
      trace.push(...(event.value as unknown as TraceEvent[]));
    });
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
      transferMode: 'ReportEvents',
    });
    const before = Number(await demo.getAttribute('data-step'));
    await tab.click('#nat-demo .transport button.play');
    await tab.waitForTimeout(playSeconds * 1000);
    await cdp.send('Tracing.end');
    await traced;
    const after = Number(await demo.getAttribute('data-step'));
    const store = await tab.evaluate(() => {
      const bench = (window as unknown as { __natBench: { longest: number; count: number; gap: number; running: boolean } }).__natBench;
      bench.running = false;
      return bench;
    });
    await tab.click('#nat-demo .transport button.play');
    results[scenario.name] = {
      longestTaskMs: Math.round(store.longest * 10) / 10,
      longTasks: store.count,
      longestTaskCpuMs: longestCpuMs(trace),
      longestFrameGapMs: Math.round(store.gap * 10) / 10,
      stepsPlayed: after - before,
    };
    await tab.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const all = Object.values(results);
console.log(
  JSON.stringify({
    natDemoLongestTaskMs: Math.max(...all.map((r) => r.longestTaskMs)),
    natDemoLongTasks: all.reduce((sum, r) => sum + r.longTasks, 0),
    natDemoLongestTaskCpuMs: Math.max(...all.map((r) => r.longestTaskCpuMs)),
    natDemoLongestFrameGapMs: Math.max(...all.map((r) => r.longestFrameGapMs)),
    natDemoStepsPlayed: all.reduce((sum, r) => sum + r.stepsPlayed, 0),
    scenarios: results,
  }),
);
