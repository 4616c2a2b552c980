// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { explicitHeadingIds } from './src/plugins/explicitHeadingIds.mjs';

// The public address the site is deployed at; used for canonical URLs, the
// sitemap, RSS and Open Graph tags. Override with SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://ice-field-guide.example';

export default defineConfig({
  site,
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
      hastPlugins: [explicitHeadingIds()],
    }),
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !page.endsWith('/404/') && !/\/search\/?$/.test(page),
    }),
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
  },
});
