/**
 * `npm run bundle`: the built site as one archive to carry into a closed
 * network — `ice-field-guide-<version>.tar.gz` and `.zip`, each holding
 * `ice-field-guide-<version>/HOSTING.md` (how to serve it) and
 * `ice-field-guide-<version>/site/` (the files to serve).
 *
 * Builds first, with the environment's SITE_URL / SITE_BASE (say where the
 * site will live: `SITE_URL=https://intranet.example/ice-guide/ npm run
 * bundle`). Options:
 *   --no-build       archive an existing build instead
 *   --from <dir>     the build to archive (default ASTRO_OUT_DIR or dist)
 *   --out <dir>      where to write the archives (default .)
 *
 * The .tar.gz is written by the system `tar`; the .zip by fflate (a kept
 * library, so no `zip` binary is needed).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { hostingGuide } from './bundle/hostingGuide.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const from = resolve(option('--from') ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const out = resolve(option('--out') ?? '.');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const name = `ice-field-guide-${version}`;

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_OUT_DIR: from } });
  if (build.status !== 0) {
    console.error('bundle: the build failed; nothing was archived.');
    process.exit(1);
  }
}
if (!existsSync(join(from, 'index.html')) || !existsSync(join(from, 'pagefind'))) {
  console.error(`bundle: ${from} holds no built site with a search index (run "npm run build" first, or drop --no-build).`);
  process.exit(1);
}

// Which base path and address the build was made for, read from the build itself.
const rootHtml = readFileSync(join(from, 'index.html'), 'utf8');
const base = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(rootHtml)?.[1] ?? '/';
const robots = existsSync(join(from, 'robots.txt')) ? readFileSync(join(from, 'robots.txt'), 'utf8') : '';
const siteUrl = /^Sitemap: (\S+)sitemap-index\.xml$/m.exec(robots)?.[1];

const stage = mkdtempSync(join(tmpdir(), 'ice-bundle-'));
try {
  const top = join(stage, name);
  mkdirSync(top);
  cpSync(from, join(top, 'site'), { recursive: true });
  writeFileSync(join(top, 'HOSTING.md'), hostingGuide({ version, base, siteUrl }));

  mkdirSync(out, { recursive: true });
  const tarPath = join(out, `${name}.tar.gz`);
  const tar = spawnSync('tar', ['-czf', tarPath, '--owner=0', '--group=0', '-C', stage, name], { stdio: 'inherit' });
  if (tar.status !== 0) {
    console.error('bundle: tar failed.');
    process.exit(1);
  }

  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
  const files: Zippable = {};
  for (const file of walk(top)) files[`${name}/${relative(top, file).split(sep).join('/')}`] = readFileSync(file);
  const zipPath = join(out, `${name}.zip`);
  writeFileSync(zipPath, zipSync(files, { level: 9 }));

  const kb = (p: string) => `${(statSync(p).size / 1024).toFixed(0)} kB`;
  console.log(`bundle: ${Object.keys(files).length} files built for ${siteUrl ?? `base path ${base} (no SITE_URL)`}`);
  console.log(`  ${relative('.', tarPath) || tarPath} (${kb(tarPath)})`);
  console.log(`  ${relative('.', zipPath) || zipPath} (${kb(zipPath)})`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
