/** The part of an article a learning path needs. */
export interface PathItem {
  readonly slug: string;
  readonly order: number;
}

/**
 * Sorts articles into learning-path order (by `order`, then slug so ties are
 * stable in every language).
 * @param items - articles of one language
 */
export function sortPath<T extends PathItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/**
 * The neighbours of an article in the learning path.
 * @param items - articles of one language, in any order
 * @param slug - the article to look up
 * @returns previous and next articles (undefined at the ends), and the
 *   1-based position; position 0 when the slug is not in the path
 */
export function neighbours<T extends PathItem>(
  items: readonly T[],
  slug: string,
): { prev: T | undefined; next: T | undefined; position: number; total: number } {
  const sorted = sortPath(items);
  const index = sorted.findIndex((item) => item.slug === slug);
  return {
    prev: index > 0 ? sorted[index - 1] : undefined,
    next: index >= 0 && index < sorted.length - 1 ? sorted[index + 1] : undefined,
    position: index + 1,
    total: sorted.length,
  };
}

/**
 * Finds articles missing from a language: every slug present in one
 * language must exist in every other.
 * @param byLang - slugs per language
 * @returns one `{ lang, slug }` per missing translation, sorted
 * @example missingTranslations({ en: ['a', 'b'], ja: ['a'] }) // [{ lang: 'ja', slug: 'b' }]
 */
export function missingTranslations(
  byLang: Readonly<Record<string, readonly string[]>>,
): { lang: string; slug: string }[] {
  const all = new Set(Object.values(byLang).flat());
  const missing: { lang: string; slug: string }[] = [];
  for (const [lang, slugs] of Object.entries(byLang)) {
    const have = new Set(slugs);
    for (const slug of all) if (!have.has(slug)) missing.push({ lang, slug });
  }
  return missing.sort((a, b) => a.lang.localeCompare(b.lang) || a.slug.localeCompare(b.slug));
}
