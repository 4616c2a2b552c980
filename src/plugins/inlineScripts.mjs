// @ts-check
/**
 * The site's few inline scripts, with their CSP hashes. Astro hashes the
 * scripts it bundles, not `is:inline` ones; each inline script lives here
 * as one string, so the page and the hash in astro.config.mjs come from the
 * same text and cannot drift apart.
 *
 * - `tocFoldScript`: runs inside the table of contents' `<details open>`
 *   while the page is parsed and folds it on narrow screens before the
 *   article below is laid out. Folding it later, from the page's module
 *   script, moved the whole article up on phones (Lighthouse CLS 0.2–0.74).
 */
import { createHash } from 'node:crypto';

/** Folds the table of contents below the two-column width (same query as global.css and page.ts). */
export const tocFoldScript = "document.currentScript.parentElement.open=matchMedia('(min-width: 64rem)').matches";

/** `sha256-…` hashes for the CSP's script-src (Astro's `scriptDirective.hashes`), one per inline script. */
export const inlineScriptHashes = [tocFoldScript].map(
  (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`,
);
