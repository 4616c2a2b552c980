/**
 * Shared pieces of the benchmark scripts in scripts/bench/ and the sub-path
 * e2e server: a static server over the built site (like the static host, no
 * dev tooling in the way), the list of built pages, and the median. Chromium's flags are in
 * ./chromium.ts.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

/** Content types a static host must send (Pagefind's index files are binary; its WebAssembly needs application/wasm). */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on a free port of 127.0.0.1, like a plain static host:
 * directories as their index.html, `/dir` redirected to `/dir/`, unknown
 * paths answered 404 with the site's 404.html. With `base` (e.g.
 * `/ice-guide/`) the site is served only under that path, as on an intranet
 * host that keeps other things at its root. `listenPort` 0 picks a free port.
 */
export async function serveStatic(root: string, base = '/', listenPort = 0): Promise<{ server: Server; port: number }> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFound = join(dir, '404.html');
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const send404 = () => {
      if (existsSync(notFound)) response.writeHead(404, { 'content-type': contentTypes['.html']! }).end(readFileSync(notFound));
      else response.writeHead(404).end();
    };
    if (`${pathname}/` === prefix) {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      send404();
      return;
    }
    const path = normalize(`/${pathname.slice(prefix.length)}`);
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      send404();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      send404();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(listenPort, '127.0.0.1', done));
  const address = server.address();
  return { server, port: typeof address === 'object' && address !== null ? address.port : 0 };
}

/** The median, rounded to 0.1. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Number(value.toFixed(1));
}

/**
 * Every page a reader lands on in the built site under `dist`: each
 * language's pages (`/en/…/`, `/ja/…/`; not `/`, which only redirects, nor
 * the 404), sorted; with `only`, just those of them. Exits with a message
 * when there is no built site.
 */
export function builtPages(dist: string, only?: readonly string[]): string[] {
  if (!existsSync(join(dist, 'en', 'index.html'))) {
    console.error(`No built site in ${dist}/ (run npm run build first).`);
    process.exit(1);
  }
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
  return walk(dist)
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => /^\/(en|ja)\//.test(p) && (!only || only.includes(p)))
    .sort();
}
