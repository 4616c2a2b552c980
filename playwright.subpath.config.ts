import { defineConfig } from '@playwright/test';
import main from './playwright.config.ts';

/**
 * The portable build, as an intranet would host it: the site built with
 * `SITE_BASE=/ice-guide/` into SUBPATH_OUT_DIR (npm test does this) and
 * served by a plain static server under that path only, on SUBPATH_PORT.
 * Its tests (tests/e2e/subpath/) block every request outside that origin
 * and path.
 */
export const subpathBase = '/ice-guide/';
const port = Number(process.env.SUBPATH_PORT ?? 4481);
const dir = process.env.SUBPATH_OUT_DIR ?? 'dist-subpath';

const { globalSetup: _coturnNotNeeded, ...rest } = main;

export default defineConfig({
  ...rest,
  testDir: './tests/e2e/subpath',
  testMatch: '**/*.spec.ts',
  testIgnore: [],
  // Its own output directory: Playwright empties outputDir at the start of a
  // run, and test-results/ holds the main run's report (e2e.json).
  outputDir: 'test-results-subpath',
  reporter: [['list'], ['json', { outputFile: 'test-results-subpath/e2e-subpath.json' }]],
  use: { ...main.use, baseURL: `http://127.0.0.1:${port}${subpathBase}` },
  webServer: {
    command: `"${process.execPath}" scripts/support/serveSite.ts "${dir}" --base ${subpathBase} --port ${port}`,
    url: `http://127.0.0.1:${port}${subpathBase}en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
