/**
 * `npm test`: every test, in order, on the project's pinned Node.
 *
 * 1. Makes sure the system tools exist (Debian's chromium and coturn; for the
 *    NAT lab also iproute2 and nftables). Missing ones are installed with
 *    apt-get when running as root; otherwise it stops and says what to
 *    install.
 * 2. Unit tests (node --test, tests/unit/**\/*.test.ts).
 * 3. Japanese prose lint (textlint) and type check (astro check).
 * 4. Build (astro build + Pagefind) and the link checker over dist/.
 * 5. End-to-end tests (Playwright in /usr/bin/chromium against astro preview;
 *    coturn on 127.0.0.1 started by the Playwright global setup).
 * 6. The live NAT lab (network namespaces; skipped with a reason when it
 *    cannot run here).
 *
 * It ends with one line "N passed, N failed" over all steps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const bin = 'node_modules/.bin';
let passed = 0;
let failed = 0;
const failures: string[] = [];

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number; stdout: string } {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

function step(title: string): void {
  console.log(`\n━━ ${title} ━━`);
}

function which(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
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

// 4. Build and link check.
step('build (astro build + pagefind)');
rmSync('dist', { recursive: true, force: true });
const built = sh('npm', ['run', '--silent', 'build']).status === 0;
if (!built) {
  failed += 1;
  failures.push('build');
} else {
  passed += 1;
  step('link check');
  if (sh(process.execPath, ['scripts/checkLinks.ts', 'dist']).status === 0) passed += 1; else { failed += 1; failures.push('link check'); }

  // 5. End-to-end tests.
  step('end-to-end tests (Playwright, Debian Chromium, coturn)');
  rmSync('test-results/e2e.json', { force: true });
  const { status } = sh(`${bin}/playwright`, ['test']);
  let p = 0;
  let f = 0;
  try {
    const report = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
    p = report.stats.expected + report.stats.flaky;
    f = report.stats.unexpected;
  } catch {
    f = 1;
  }
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  if (f > 0) failures.push('end-to-end tests');
  console.log(`e2e: ${p} passed, ${f} failed`);
}

// 6. Live NAT lab.
if (existsSync('scripts/lab/liveTest.ts')) {
  step('live NAT lab (network namespaces)');
  const { status, stdout } = sh(process.execPath, ['scripts/lab/liveTest.ts']);
  // TAP from liveTest.ts: "# pass N", "# fail N", or "1..0 # SKIP reason".
  const p = Number(/^# pass (\d+)/m.exec(stdout)?.[1] ?? 0);
  let f = Number(/^# fail (\d+)/m.exec(stdout)?.[1] ?? 0);
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  if (f > 0) failures.push('live NAT lab');
}

console.log(failures.length ? `\nFailed steps: ${failures.join(', ')}` : '\nAll steps passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
