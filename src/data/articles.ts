import { getCollection, type CollectionEntry } from 'astro:content';
import { splitEntryId, type Lang } from '~/i18n/locales.ts';
import { sortPath } from '~/lib/site/learningPath.ts';

export type Article = CollectionEntry<'articles'> & { lang: Lang; slug: string };

/** Every published article, each tagged with its language and slug. */
export async function allArticles(): Promise<Article[]> {
  const entries = await getCollection('articles', ({ data }) => !data.draft);
  return entries.map((entry) => ({ ...entry, ...splitEntryId(entry.id) }));
}

/** The articles of one language in learning-path order. */
export async function articlesIn(lang: Lang): Promise<Article[]> {
  return sortPath((await allArticles()).filter((a) => a.lang === lang).map((a) => ({ ...a, order: a.data.order })));
}

/** The newest articles of one language (by updated or published date). */
export async function newestIn(lang: Lang, count: number): Promise<Article[]> {
  const date = (a: Article) => (a.data.updatedDate ?? a.data.pubDate).getTime();
  return (await allArticles()).filter((a) => a.lang === lang).sort((a, b) => date(b) - date(a) || a.slug.localeCompare(b.slug)).slice(0, count);
}
