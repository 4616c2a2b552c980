// @ts-check
/**
 * `npm test`'s pretest: installs dependencies only when they are missing or
 * do not match the committed lockfile, with `npm ci` (which installs exactly
 * the lock and never rewrites package.json or package-lock.json). A test
 * command must not change tracked files.
 *
 * Plain JavaScript on purpose: it runs on whatever Node the reader has,
 * before the project's pinned Node 24 (the devDependency `node`) exists.
 *
 * "Stale" means: some package the lock lists for the project's own
 * dependencies is absent from node_modules, or installed at another version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** @returns {string[]} why node_modules does not match the lock (empty when it does) */
export function staleDependencies(root = '.') {
  if (!existsSync(`${root}/node_modules`)) return ['node_modules is missing'];
  /** @type {{ packages?: Record<string, { version?: string }> }} */
  const lock = JSON.parse(readFileSync(`${root}/package-lock.json`, 'utf8'));
  /** @type {{ dependencies?: Record<string, string>, devDependencies?: Record<string, string> }} */
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const problems = [];
  for (const name of names) {
    const locked = lock.packages?.[`node_modules/${name}`]?.version;
    if (!locked) {
      problems.push(`${name} is in package.json but not in package-lock.json`);
      continue;
    }
    const manifest = `${root}/node_modules/${name}/package.json`;
    if (!existsSync(manifest)) {
      problems.push(`${name} is not installed`);
      continue;
    }
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (installed !== locked) problems.push(`${name} ${installed} is installed, the lock has ${locked}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = staleDependencies();
  if (problems.length === 0) {
    console.log('dependencies match package-lock.json');
  } else {
    console.log(`installing from package-lock.json (npm ci): ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}`);
    // A registry connection that stalls must not hang the test run: the
    // settings go through the environment so that nested installs (the
    // `node` package's preinstall runs its own `npm install`) get them too,
    // every fetch gives up after 60 s and is retried, and the whole install
    // is tried at most twice, 10 minutes each (GNU coreutils `timeout`).
    const env = {
      ...process.env,
      npm_config_fetch_timeout: '60000',
      npm_config_fetch_retries: '3',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    let status = 1;
    for (let attempt = 1; attempt <= 2 && status !== 0; attempt += 1) {
      if (attempt > 1) console.log('npm ci did not finish; trying once more');
      // GNU timeout signals the whole process group, nested installs included.
      const result = spawnSync('timeout', ['-k', '10', '600', 'npm', 'ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', env });
      status = result.status ?? 1;
    }
    process.exit(status);
  }
}
