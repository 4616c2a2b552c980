import type { APIContext } from 'astro';
import { sitePath } from '~/i18n/locales.ts';

/**
 * robots.txt: everything may be crawled; the `Sitemap:` line must be an
 * absolute URL, so it is written only when the build knows the site's
 * address (SITE_URL). Under a sub-path this file is at /<base>/robots.txt,
 * where crawlers do not look; the host's own robots.txt can point to the
 * same sitemap.
 */
export function GET(context: APIContext): Response {
  const lines = ['User-agent: *', `Allow: ${sitePath()}`];
  if (context.site) lines.push(`Sitemap: ${new URL(sitePath('sitemap-index.xml'), context.site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
