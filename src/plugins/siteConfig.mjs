// @ts-check
/**
 * Where the built site will live, from the environment:
 *
 * - `SITE_URL` — its public address, e.g. `https://intranet.example/ice-guide/`.
 *   Canonical and hreflang links, Open Graph URLs, the sitemap, the RSS
 *   feeds and robots.txt's `Sitemap:` line need absolute URLs and are made
 *   from it.
 * - `SITE_BASE` — the path it is served under, e.g. `/ice-guide/`. Defaults
 *   to SITE_URL's path, else `/`.
 *
 * Without SITE_URL the site still works from any host and path it is built
 * for; it just cannot name its own absolute address, so those absolute-URL
 * parts are left out and the build says so.
 */

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string | undefined, base: string, warnings: string[], errors: string[] }}
 */
export function readSiteConfig(env) {
  /** @type {string[]} */
  const warnings = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {URL | undefined} */
  let url;
  const rawUrl = env.SITE_URL?.trim();
  if (rawUrl) {
    try {
      url = new URL(rawUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      if (url.search || url.hash) errors.push(`SITE_URL "${rawUrl}" has a query or fragment; give the plain address the site is served at, e.g. https://intranet.example/ice-guide/.`);
    } catch {
      url = undefined;
      errors.push(`SITE_URL "${rawUrl}" is not an http(s) address; give the full address the site is served at, e.g. https://intranet.example/ice-guide/.`);
    }
  }
  const rawBase = env.SITE_BASE?.trim();
  let base = normalizeBase(rawBase || url?.pathname || '/');
  if (rawBase && !/^\/?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(rawBase)) {
    errors.push(`SITE_BASE "${rawBase}" is not a URL path; give the path the site is served under, e.g. /ice-guide/.`);
    base = '/';
  }
  if (url && rawBase && normalizeBase(url.pathname) !== '/' && normalizeBase(url.pathname) !== base) {
    errors.push(`SITE_URL's path (${url.pathname}) and SITE_BASE (${base}) disagree; set only SITE_URL=https://host${base}, or make them match.`);
  }
  if (!url && errors.length === 0) {
    warnings.push(
      `SITE_URL is not set, so this build has no canonical, hreflang or Open Graph URLs, no sitemap, no RSS feeds and no Sitemap line in robots.txt (they need absolute addresses). Everything else works under ${base}. ` +
        `Set the address the site will be served at, e.g. SITE_URL=https://intranet.example${base} npm run build`,
    );
  }
  return { site: url ? url.origin : undefined, base, warnings, errors };
}

/** `ice-guide` → `/ice-guide/`; `/` stays `/`. */
export function normalizeBase(/** @type {string} */ path) {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Like readSiteConfig, but stops the build on a misconfiguration.
 * @param {Record<string, string | undefined>} env
 */
export function resolveSiteConfig(env) {
  const config = readSiteConfig(env);
  if (config.errors.length > 0) throw new Error(config.errors.join('\n'));
  return config;
}
