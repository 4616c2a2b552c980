/**
 * `npm test`: every test, in order, on the project's pinned Node.
 *
 * 0. The committed lockfile must satisfy `npm ci` (checked with
 *    `npm ci --dry-run` in a temporary copy, so nothing here is touched).
 * 1. Makes sure the system tools exist (Debian's chromium and coturn; for the
 *    NAT lab also iproute2 and nftables). Missing ones are installed with
 *    apt-get when running as root; otherwise it stops and says what to
 *    install.
 * 2. Unit tests (node --test, tests/unit/**\/*.test.ts).
 * 3. Japanese prose lint (textlint) and type check (astro check).
 * 4. Build (astro build + Pagefind) and the link checker over dist/.
 * 5. End-to-end tests (Playwright in /usr/bin/chromium against astro preview;
 *    coturn on 127.0.0.1 started by the Playwright global setup).
 * 5b. The portable build: built again under SITE_BASE=/ice-guide/, archived
 *    with `npm run bundle`, unpacked, link-checked under that path, and
 *    served by a plain static server under it for a Playwright subset with
 *    every request outside that path blocked.
 * 6. The live NAT lab (network namespaces; skipped with a reason when it
 *    cannot run here). It runs the field-kit widgets from the build in
 *    dist/. It runs after the e2e tests, not beside them: beside them it
 *    slowed the e2e tests by more than it saved and made ICE timings there
 *    flaky. It is stopped if it hangs or if this run is interrupted.
 *
 * It ends with one line "N passed, N failed" over all steps. It never
 * changes tracked files; if something did, that is a failure too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'node_modules/.bin';
let passed = 0;
let failed = 0;
const failures: string[] = [];
/** Failed test titles, repeated at the very end so a truncated log still names them. */
const failedTests: string[] = [];
/** Seconds each step took, printed at the end. */
const timings: { title: string; seconds: number }[] = [];
const started = Date.now();
let stepStarted = Date.now();

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number; stdout: string } {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

function step(title: string): void {
  endStep();
  timings.push({ title, seconds: 0 });
  stepStarted = Date.now();
  console.log(`\n━━ ${title} ━━`);
}

function endStep(): void {
  const last = timings.at(-1);
  if (last) last.seconds = Math.round((Date.now() - stepStarted) / 1000);
}

function which(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

function trackedChanges(): string | undefined {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}
const trackedBefore = trackedChanges();

// 0. The lockfile.
step('lockfile (npm ci --dry-run in a temporary copy)');
{
  const dir = mkdtempSync(join(tmpdir(), 'ice-lock-'));
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) if (existsSync(f)) copyFileSync(f, join(dir, f));
  const r = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (r.status === 0) {
    passed += 1;
    console.log('npm ci accepts package-lock.json');
  } else {
    failed += 1;
    failures.push('lockfile');
    console.error(`npm ci refuses package-lock.json:\n${(r.stderr || r.stdout).trim()}\nRegenerate it with "npm install" and commit it.`);
  }
}

// 1. System tools.
step('system tools');
const needs: { tool: string; pkg: string; path?: string }[] = [
  { tool: 'chromium', pkg: 'chromium', path: '/usr/bin/chromium' },
  { tool: 'turnserver', pkg: 'coturn' },
  { tool: 'turnutils_natdiscovery', pkg: 'coturn' },
  { tool: 'ip', pkg: 'iproute2' },
  { tool: 'nft', pkg: 'nftables' },
];
const missing = needs.filter((n) => (n.path ? !existsSync(n.path) : !which(n.tool)));
if (missing.length > 0) {
  const pkgs = [...new Set(missing.map((m) => m.pkg))];
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    console.log(`Installing ${pkgs.join(', ')} with apt-get …`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (sh('apt-get', ['update', '-qq'], env).status !== 0 || sh('apt-get', ['install', '-y', '-qq', ...pkgs], env).status !== 0) {
      console.error(`apt-get could not install ${pkgs.join(' ')}.`);
      process.exit(1);
    }
  } else {
    console.error(`Missing: ${missing.map((m) => `${m.tool} (Debian package ${m.pkg})`).join(', ')}.`);
    console.error(`Install them first, e.g.: sudo apt-get install ${pkgs.join(' ')}`);
    process.exit(1);
  }
}
console.log('chromium, coturn, iproute2 and nftables are present');

// 2. Unit tests.
step('unit tests (node --test)');
{
  const { status, stdout } = sh(process.execPath, ['--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts']);
  const p = Number(/ℹ pass (\d+)/.exec(stdout)?.[1] ?? 0);
  const f = Number(/ℹ fail (\d+)/.exec(stdout)?.[1] ?? 0);
  passed += p;
  failed += f;
  if (status !== 0) { failures.push('unit tests'); if (f === 0) failed += 1; }
  console.log(`unit: ${p} passed, ${f} failed`);
}

// 2b. Japanese prose lint.
step('Japanese prose lint (textlint)');
if (sh(process.execPath, ['scripts/lintJa.ts']).status === 0) passed += 1; else { failed += 1; failures.push('textlint'); }

// 3. Type check.
step('type check (astro check)');
{
  const { status } = sh(`${bin}/astro`, ['check', '--minimumSeverity', 'warning']);
  if (status === 0) passed += 1; else { failed += 1; failures.push('astro check'); }
}

/** The live NAT lab as a child process: its TAP goes to a file, read when it ends. */
let lab: { file: string; started: number; exit: Promise<number> } | null = null;

function startLab(): void {
  if (!existsSync('scripts/lab/liveTest.ts')) return;
  const file = join(mkdtempSync(join(tmpdir(), 'ice-lab-')), 'tap.txt');
  const out = openSync(file, 'w');
  const child = spawn(process.execPath, ['scripts/lab/liveTest.ts'], { stdio: ['ignore', out, out], env: { ...process.env, LAB_SITE_DIR: dist } });
  closeSync(out);
  // The lab tears its namespaces down on SIGTERM: never leave it running
  // after this process, whatever ends it.
  const stop = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const exit = new Promise<number>((resolve) => {
    // A lab that hangs is stopped after LAB_WAIT_MINUTES (default 20) and counts as failed.
    const limit = setTimeout(() => {
      console.error('the live NAT lab did not finish in time; stopping it');
      stop();
    }, Number(process.env.LAB_WAIT_MINUTES ?? 20) * 60_000);
    child.on('exit', (code) => {
      clearTimeout(limit);
      resolve(code ?? 1);
    });
    child.on('error', () => {
      clearTimeout(limit);
      resolve(1);
    });
  });
  lab = { file, started: Date.now(), exit };

}

// 4. Build and link check.
step('build (astro build + pagefind)');
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
rmSync(dist, { recursive: true, force: true });
// The e2e tests check canonical URLs, the sitemap and RSS, which need the
// site's address; without SITE_URL the build would leave them out.
const siteUrl = process.env.SITE_URL ?? 'https://ice-field-guide.example/';
const built = sh('npm', ['run', '--silent', 'build'], { SITE_URL: siteUrl, SITE_BASE: '' }).status === 0;
if (!built) {
  failed += 1;
  failures.push('build');
} else {
  passed += 1;
  step('link check');
  if (sh(process.execPath, ['scripts/checkLinks.ts', dist]).status === 0) passed += 1; else { failed += 1; failures.push('link check'); }

  // 5. End-to-end tests.
  step('end-to-end tests (Playwright, Debian Chromium, coturn)');
  playwright([], 'test-results/e2e.json', 'end-to-end tests');
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}
interface PlaywrightReport { stats: { expected: number; unexpected: number; flaky: number }; suites?: PlaywrightSuite[] }

/** Adds every unexpected result in a Playwright JSON report to failedTests. */
function collectFailed(suites: PlaywrightSuite[], name: string): void {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== 'unexpected') continue;
        const message = (t.results.at(-1)?.error?.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
        failedTests.push(`${name}: ${spec.file}:${spec.line} › ${spec.title}\n    ${message.trim().slice(0, 300)}`);
      }
    }
    collectFailed(suite.suites ?? [], name);
  }
}

/** Runs Playwright and counts its JSON report's results. */
function playwright(args: string[], report: string, name: string, env: NodeJS.ProcessEnv = {}): void {
  rmSync(report, { force: true });
  const { status } = sh(`${bin}/playwright`, ['test', ...args], env);
  let p = 0;
  let f = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as PlaywrightReport;
    p = json.stats.expected + json.stats.flaky;
    f = json.stats.unexpected;
    collectFailed(json.suites ?? [], name);
  } catch {
    f = 1;
  }
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  if (f > 0) failures.push(name);
  console.log(`${name}: ${p} passed, ${f} failed`);
}

// 5b. The portable build under a sub-path, as an intranet would host it.
step('portable build: SITE_BASE=/ice-guide/, npm run bundle, served under the sub-path');
{
  const port = process.env.SUBPATH_PORT ?? '4481';
  const subDist = process.env.SUBPATH_BUILD_DIR ?? 'dist-subpath';
  const unpacked = mkdtempSync(join(tmpdir(), 'ice-bundle-'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  rmSync(subDist, { recursive: true, force: true });
  const ok = sh('npm', ['run', '--silent', 'build'], { ASTRO_OUT_DIR: subDist, SITE_BASE: '/ice-guide/', SITE_URL: `http://127.0.0.1:${port}/ice-guide/` }).status === 0
    && sh(process.execPath, ['scripts/bundle.ts', '--no-build', '--from', subDist, '--out', unpacked]).status === 0
    && sh('tar', ['-xzf', join(unpacked, `ice-field-guide-${version}.tar.gz`), '-C', unpacked]).status === 0;
  const site = ok ? join(unpacked, `ice-field-guide-${version}`, 'site') : '';
  if (!ok || !existsSync(join(site, 'index.html')) || !existsSync(join(site, '..', 'HOSTING.md'))) {
    failed += 1;
    failures.push('portable build');
  } else {
    passed += 1;
    if (sh(process.execPath, ['scripts/checkLinks.ts', site, '--base', '/ice-guide/']).status === 0) passed += 1; else { failed += 1; failures.push('sub-path link check'); }
    playwright(['-c', 'playwright.subpath.config.ts'], 'test-results-subpath/e2e-subpath.json', 'sub-path end-to-end tests', { SUBPATH_OUT_DIR: site, SUBPATH_PORT: port });
  }
  rmSync(unpacked, { recursive: true, force: true });
}

// 6. Live NAT lab.
startLab();
const running = lab as { file: string; started: number; exit: Promise<number> } | null;
if (running !== null) {
  step('live NAT lab (network namespaces)');
  const status = await running.exit;
  const stdout = readFileSync(running.file, 'utf8');
  rmSync(join(running.file, '..'), { recursive: true, force: true });
  process.stdout.write(stdout);
  // TAP from liveTest.ts: "# pass N", "# fail N", or "1..0 # SKIP reason".
  const p = Number(/^# pass (\d+)/m.exec(stdout)?.[1] ?? 0);
  let f = Number(/^# fail (\d+)/m.exec(stdout)?.[1] ?? 0);
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  if (f > 0) failures.push('live NAT lab');
}

// Nothing a test run does may change tracked files.
const trackedAfter = trackedChanges();
if (trackedBefore !== undefined && trackedAfter !== trackedBefore) {
  failed += 1;
  failures.push('tracked files changed during the run');
  console.error(`Tracked files changed during npm test:\n${trackedAfter}`);
}

endStep();
console.log('\nTime per step:');
for (const t of timings) console.log(`  ${String(t.seconds).padStart(5)} s  ${t.title}`);
console.log(`  ${String(Math.round((Date.now() - started) / 1000)).padStart(5)} s  in all`);
if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((t) => `  ${t}`).join('\n')}`);
console.log(failures.length ? `\nFailed steps: ${failures.join(', ')}` : '\nAll steps passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
