/**
 * The one table of languages the site is published in. Everything else —
 * routes, the language switch, hreflang links, feeds — reads from here.
 * To add a language: add it here, to `astro.config.mjs` `i18n.locales`,
 * give every dictionary (`defineDictionary`) its texts, and translate every article.
 */
export const locales = {
  en: { label: 'English', htmlLang: 'en', ogLocale: 'en_US', dateLocale: 'en-GB' },
  ja: { label: '日本語', htmlLang: 'ja', ogLocale: 'ja_JP', dateLocale: 'ja-JP' },
} as const;

export type Lang = keyof typeof locales;
export const langs = Object.keys(locales) as Lang[];
export const defaultLang: Lang = 'en';

/** Type guard for a route parameter. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && value in locales;
}

/** Splits a collection entry id like `en/how-ice-works` into language and slug. */
export function splitEntryId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!isLang(lang) || rest.length === 0) {
    throw new Error(`Article "${id}" is not inside a language folder (src/content/articles/<lang>/…).`);
  }
  return { lang, slug: rest.join('/') };
}

/**
 * The path the site is served under, with leading and trailing slash:
 * `/` by default, `/ice-guide/` when built with `SITE_BASE=/ice-guide/`
 * (Astro's `base`). Outside a Vite build (unit tests) it is `/`.
 */
export const basePath: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A file or page of the site, below the base path: `sitePath('favicon.svg')` → `/ice-guide/favicon.svg`. */
export function sitePath(rest = ''): string {
  return `${basePath}${rest.replace(/^\/+/, '')}`;
}

/** The URL path of a page in a language: `path('ja', 'glossary')` → `/ja/glossary/` (under the base path). */
export function path(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `${basePath}${lang}/${rest}/` : `${basePath}${lang}/`;
}
