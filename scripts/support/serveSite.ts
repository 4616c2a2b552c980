/**
 * Serves a built site like a plain static host, optionally under a sub-path:
 *   node scripts/support/serveSite.ts <dir> [--base /ice-guide/] [--port 4481]
 * Used by playwright.subpath.config.ts for the sub-path tests.
 */
import { serveStatic } from './benchKit.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const base = option('--base') ?? '/';
const port = Number(option('--port') ?? 0);
const dir = args[0];
if (!dir) {
  console.error('usage: node scripts/support/serveSite.ts <dir> [--base /ice-guide/] [--port 4481]');
  process.exit(2);
}
const { port: listening } = await serveStatic(dir, base, port);
console.log(`serving ${dir} at http://127.0.0.1:${listening}${base}`);
