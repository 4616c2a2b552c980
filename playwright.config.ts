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
    trace: 'retain-on-failure',
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
