// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { explicitHeadingIds } from './src/plugins/explicitHeadingIds.mjs';

import { basePathLinks } from './src/plugins/basePathLinks.mjs';
import { resolveSiteConfig } from './src/plugins/siteConfig.mjs';
import { clientDirectives } from './src/directives/integration.ts';
import { inlineScriptHashes } from './src/plugins/inlineScripts.mjs';
import { pageLanguageText } from './src/plugins/pageLanguageText.mjs';

// Where the site is hosted. SITE_URL is its public address (e.g.
// https://intranet.example/ice-guide/), used for canonical and hreflang
// URLs, Open Graph, the sitemap, RSS and robots.txt; SITE_BASE the path it
// is served under (default: SITE_URL's path, else /). Every internal link,
// asset, the search index and widget links follow the base path.
const { site, base, warnings } = resolveSiteConfig(process.env);
for (const warning of warnings) console.warn(`\n\x1b[33m[site] ${warning}\x1b[0m\n`);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Overridable so several people (or CI jobs) can build side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'ignore',
  i18n: {
    locales: ['en', 'ja'],
    defaultLocale: 'en',
    // Both languages live under a prefix (/en/…, /ja/…); `/` is our own
    // page that sends the reader to the language the browser prefers.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki writes inline style attributes, which a strict CSP cannot hash;
    // Prism emits classes that our stylesheet colours for light and dark.
    syntaxHighlight: 'prism',
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [explicitHeadingIds(), basePathLinks(base)],
    }),
  },
  integrations: [
    mdx(),
    svelte(),
    // client:interact — when the reader reaches for a widget, or at once for a widget-state link.
    clientDirectives(),
    // A sitemap lists absolute URLs: only with a configured site address.
    ...(site
      ? [sitemap({
          i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
          filter: (page) => !page.endsWith('/404/') && !/\/search\/?$/.test(page),
        })]
      : []),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search index in the page.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Our own is:inline scripts (Astro hashes only those it bundles).
        hashes: /** @type {`sha256-${string}`[]} */ (inlineScriptHashes),
      },
      styleDirective: {
        resources: ["'self'"],
      },
    },
  },
  // Every stylesheet as a file: inlined <style> blocks from components
  // rendered inside MDX would not be covered by the CSP's style hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    // Each page's JavaScript carries only its own language's dictionary texts.
    plugins: [pageLanguageText()],
  },
});
