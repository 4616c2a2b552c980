import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, testFlags } from './scripts/support/chromium.ts';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser),
 * against `astro build` output served by `astro preview`. The build is
 * done by `npm test` before Playwright starts (see scripts/test.ts).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // The sub-path build has its own server and config (playwright.subpath.config.ts).
  testIgnore: ['**/subpath/**'],
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace for every test costs about a third of the suite's
    // time on two cores (measured: 80 s → 55 s for the same six tests), and
    // a failure's first error line is printed at the end of npm test anyway.
    // E2E_TRACE=retain-on-failure (or on) records them when you need one.
    trace: (process.env.E2E_TRACE ?? 'off') as 'off' | 'on' | 'retain-on-failure' | 'on-first-retry',
    launchOptions: {
      executablePath: chromiumPath,
      // Let WebRTC use loopback and show real host addresses, so tests can
      // gather against the coturn that globalSetup starts on 127.0.0.1.
      args: [...testFlags],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // node_modules/.bin first, so astro runs on the pinned Node 24.
    command: `PATH="node_modules/.bin:$PATH" astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
